#include "metricsmodels.h"

#include <QLocale>

namespace sitrep {

namespace {

QVariant number(std::optional<double> value)
{
    return value ? QVariant(std::round(*value * 10.0) / 10.0) : QVariant();
}

QString weekText(const QDate &start)
{
    return QLocale().toString(start, QStringLiteral("dd MMM"));
}

} // namespace

void WeeklyIncidentsModel::setReport(const MetricsReport &report)
{
    beginResetModel();
    m_weeks = report.current.weeks;
    endResetModel();
}

int WeeklyIncidentsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_weeks.size());
}

int WeeklyIncidentsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WeeklyIncidentsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::DisplayRole)
        return {};
    const MetricsWeek &week = m_weeks.at(index.row());
    if (index.column() == WeekColumn)
        return weekText(week.start);
    return week.bySeverity.at(std::size_t(index.column() - Sev1Column));
}

QVariant WeeklyIncidentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section == WeekColumn)
        return tr("Week of");
    return severityCode(Severity(section - Sev1Column + 1));
}

void SeverityMetricsModel::setReport(const MetricsReport &report)
{
    beginResetModel();
    m_report = report;
    endResetModel();
}

int SeverityMetricsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_report ? 0 : int(allSeverities.size());
}

int SeverityMetricsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SeverityMetricsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Severity severity = allSeverities.at(std::size_t(index.row()));
    const SeverityFigures &figures = m_report->current.of(severity);
    if (role == Qt::TextAlignmentRole)
        return index.column() == SeverityColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                                : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == ResponseColumn)
        return tr("%1 of %2 acknowledged within the SLA's support response time")
                .arg(figures.responseMet)
                .arg(figures.responseMeasured);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case SeverityColumn:
        return severityCode(severity);
    case CountColumn:
        return figures.count;
    case OpenColumn:
        return figures.open;
    case MttrColumn:
        return number(figures.mttrMinutes);
    case PreviousMttrColumn:
        return number(m_report->previous.of(severity).mttrMinutes);
    case MttaColumn:
        return number(figures.mttaMinutes);
    case ResponseColumn: {
        const auto compliance = figures.responseCompliance();
        return compliance ? number(100.0 * *compliance) : QVariant();
    }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant SeverityMetricsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case SeverityColumn:
        return tr("Severity");
    case CountColumn:
        return tr("Incidents");
    case OpenColumn:
        return tr("Open");
    case MttrColumn:
        return tr("MTTR (min)");
    case PreviousMttrColumn:
        return tr("MTTR before (min)");
    case MttaColumn:
        return tr("MTTA (min)");
    case ResponseColumn:
        return tr("Response in SLA (%)");
    case ColumnCount:
        break;
    }
    return {};
}

void MetricsTrendModel::setReport(const MetricsReport &report)
{
    beginResetModel();
    m_weeks = report.current.weeks;
    endResetModel();
}

int MetricsTrendModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_weeks.size());
}

int MetricsTrendModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MetricsTrendModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::DisplayRole)
        return {};
    const MetricsWeek &week = m_weeks.at(index.row());
    switch (Column(index.column())) {
    case WeekColumn:
        return weekText(week.start);
    case MttaColumn:
        return number(week.mttaMinutes);
    case MttdAutomatedColumn:
        return number(week.mttdAutomatedMinutes);
    case MttdManualColumn:
        return number(week.mttdManualMinutes);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant MetricsTrendModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case WeekColumn:
        return tr("Week of");
    case MttaColumn:
        return tr("MTTA (min)");
    case MttdAutomatedColumn:
        return tr("MTTD automated (min)");
    case MttdManualColumn:
        return tr("MTTD manual (min)");
    case ColumnCount:
        break;
    }
    return {};
}

QByteArray ModelCsv::write(const QAbstractItemModel &model)
{
    const auto field = [](const QVariant &value) {
        QString text = value.typeId() == QMetaType::Double
                ? QString::number(value.toDouble(), 'g', 12)
                : value.toString();
        if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n'))
            text = u'"' + text.replace(u'"', QStringLiteral("\"\"")) + u'"';
        return text.toUtf8();
    };
    QByteArray csv;
    QList<QByteArray> cells;
    for (int column = 0; column < model.columnCount(); ++column)
        cells << field(model.headerData(column, Qt::Horizontal));
    csv += cells.join(',') + "\r\n";
    for (int row = 0; row < model.rowCount(); ++row) {
        cells.clear();
        for (int column = 0; column < model.columnCount(); ++column)
            cells << field(model.index(row, column).data());
        csv += cells.join(',') + "\r\n";
    }
    return csv;
}

} // namespace sitrep
