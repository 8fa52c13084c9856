#include "slooverviewmodel.h"

#include "domain/durationtext.h"

#include <cmath>

#include <QLocale>

namespace sitrep {

SloOverviewModel::SloOverviewModel(QObject *parent) : QAbstractTableModel(parent) { }

void SloOverviewModel::setSnapshot(const SloSnapshot &snapshot)
{
    beginResetModel();
    m_snapshot = snapshot;
    endResetModel();
}

int SloOverviewModel::rowOf(const QString &slo) const
{
    for (int row = 0; row < m_snapshot.reports.size(); ++row)
        if (m_snapshot.reports.at(row).slo.name == slo)
            return row;
    return -1;
}

int SloOverviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_snapshot.reports.size());
}

int SloOverviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SloOverviewModel::percentText(std::optional<double> fraction, int decimals)
{
    if (!fraction || !std::isfinite(*fraction))
        return tr("no traffic");
    return tr("%1 %").arg(QLocale().toString(100.0 * *fraction, 'f', decimals));
}

QString SloOverviewModel::alertText(BurnAlert::State state)
{
    switch (state) {
    case BurnAlert::State::Page:
        return tr("Page", "burn alert: wake someone now");
    case BurnAlert::State::Ticket:
        return tr("Ticket", "burn alert: look during working hours");
    case BurnAlert::State::None:
        break;
    }
    return tr("OK");
}

QVariant SloOverviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const SloReport &report = m_snapshot.reports.at(index.row());
    switch (role) {
    case NameRole:
        return report.slo.name;
    case AlertRole:
        return int(report.alert);
    case BudgetRole:
        return report.budgetRemaining;
    case BurnRateRole:
        return report.lastHourBurn ? QVariant(*report.lastHourBurn) : QVariant();
    case SparklineRole:
        return QVariant::fromValue(m_snapshot.sparklines.value(report.slo.name));
    case Qt::ToolTipRole:
        return report.slo.description;
    case Qt::AccessibleTextRole:
        // A card paints its figures; a screen reader hears them.
        if (index.column() != NameColumn)
            return {};
        return tr("%1 (%2, target %3): %4 budget left, burn %5, %6")
                .arg(report.slo.name, report.slo.service,
                     index.siblingAtColumn(TargetColumn).data().toString(),
                     index.siblingAtColumn(BudgetColumn).data().toString(),
                     index.siblingAtColumn(BurnColumn).data().toString(),
                     index.siblingAtColumn(AlertColumn).data().toString());
    case Qt::TextAlignmentRole:
        return index.column() == NameColumn || index.column() == ServiceColumn
                ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case NameColumn:
            return report.slo.name;
        case ServiceColumn:
            return report.slo.service;
        case TargetColumn:
            if (report.slo.budgeting.method != SloBudgeting::Method::Occurrences)
                return tr("%1 of %2 slices over %3")
                        .arg(percentText(report.slo.target, 2),
                             durationText(report.slo.budgeting.sliceLength), report.windowText());
            return tr("%1 over %2").arg(percentText(report.slo.target, 2), report.windowText());
        case SliColumn:
            return percentText(report.sli, 3);
        case BudgetColumn:
            return percentText(report.budgetRemaining);
        case BurnColumn:
            return report.lastHourBurn
                    ? tr("%1×").arg(QLocale().toString(*report.lastHourBurn, 'f', 1))
                    : tr("–");
        case AlertColumn:
            return alertText(report.alert);
        case ColumnCount:
            break;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant SloOverviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case NameColumn:
        return tr("SLO");
    case ServiceColumn:
        return tr("Service");
    case TargetColumn:
        return tr("Target");
    case SliColumn:
        return tr("SLI");
    case BudgetColumn:
        return tr("Budget left");
    case BurnColumn:
        return tr("Burn (1 h)");
    case AlertColumn:
        return tr("Alert");
    case ColumnCount:
        break;
    }
    return {};
}

SlaTableModel::SlaTableModel(QObject *parent) : QAbstractTableModel(parent) { }

void SlaTableModel::setMonths(QList<SlaMonth> months)
{
    beginResetModel();
    m_months = std::move(months);
    endResetModel();
}

int SlaTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_months.size());
}

int SlaTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SlaTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const SlaMonth &month = m_months.at(index.row());
    if (role == Qt::TextAlignmentRole)
        return index.column() <= MonthColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                             : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && !month.complete)
        return tr("The month is not over, or the cache does not reach its start: the figure "
                  "covers the part of it Sitrep has data for.");
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case ServiceColumn:
        return month.service;
    case MonthColumn: {
        const QString name = QLocale().toString(month.month, QStringLiteral("MMMM yyyy"));
        return month.complete ? name : tr("%1 (so far)").arg(name);
    }
    case AvailabilityColumn:
        return SloOverviewModel::percentText(month.availability, 3);
    case AgreedColumn:
        return SloOverviewModel::percentText(0.999, 1);
    case CreditColumn:
        return tr("%1 % of the fee").arg(QLocale().toString(month.creditPercent, 'f', 0));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant SlaTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case ServiceColumn:
        return tr("Service");
    case MonthColumn:
        return tr("Month");
    case AvailabilityColumn:
        return tr("Availability");
    case AgreedColumn:
        return tr("Agreed");
    case CreditColumn:
        return tr("SLA credit");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace sitrep
