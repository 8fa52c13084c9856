#include "oncallhoursmodel.h"

namespace sitrep {

namespace {

double hours(qint64 ms)
{
    return double(ms) / 3'600'000.0;
}

} // namespace

void OnCallHoursModel::setReport(OnCallHoursReport report)
{
    beginResetModel();
    m_report = std::move(report);
    m_totalMs = 0;
    for (const OnCallHours &row : m_report.people)
        m_totalMs += row.totalMs;
    endResetModel();
}

int OnCallHoursModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_report.people.size());
}

int OnCallHoursModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OnCallHoursModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OnCallHours &row = m_report.people.at(index.row());
    const double share = m_totalMs > 0 ? 100.0 * double(row.totalMs) / double(m_totalMs) : 0.0;
    if (role == Qt::TextAlignmentRole)
        return index.column() == Person ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::UserRole) { // the number, for sorting and charts
        switch (index.column()) {
        case Person:
            return row.person;
        case Hours:
            return hours(row.totalMs);
        case Nights:
            return hours(row.nightMs);
        case Weekends:
            return hours(row.weekendMs);
        case Secondary:
            return hours(row.secondaryMs);
        case Share:
            return share;
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Person:
        return row.person;
    case Hours:
        return QString::number(hours(row.totalMs), 'f', 1);
    case Nights:
        return QString::number(hours(row.nightMs), 'f', 1);
    case Weekends:
        return QString::number(hours(row.weekendMs), 'f', 1);
    case Secondary:
        return QString::number(hours(row.secondaryMs), 'f', 1);
    case Share:
        return tr("%1 %").arg(share, 0, 'f', 1);
    }
    return {};
}

QVariant OnCallHoursModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Person:
        return tr("Person");
    case Hours:
        return tr("On call (h)");
    case Nights:
        return tr("Nights (h)");
    case Weekends:
        return tr("Weekends (h)");
    case Secondary:
        return tr("Secondary (h)");
    case Share:
        return tr("Share");
    }
    return {};
}

} // namespace sitrep
