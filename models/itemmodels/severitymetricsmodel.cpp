#include "severitymetricsmodel.h"

#include "metricfigure.h"

namespace sitrep {

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
        return MetricFigure::number(figures.mttrMinutes);
    case PreviousMttrColumn:
        return MetricFigure::number(m_report->previous.of(severity).mttrMinutes);
    case MttaColumn:
        return MetricFigure::number(figures.mttaMinutes);
    case ResponseColumn: {
        const auto compliance = figures.responseCompliance();
        return compliance ? MetricFigure::number(100.0 * *compliance) : QVariant();
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

} // namespace sitrep
