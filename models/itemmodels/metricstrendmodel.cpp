#include "metricstrendmodel.h"

#include "metricfigure.h"

namespace sitrep {

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
        return MetricFigure::week(week.start);
    case MttaColumn:
        return MetricFigure::number(week.mttaMinutes);
    case MttdAutomatedColumn:
        return MetricFigure::number(week.mttdAutomatedMinutes);
    case MttdManualColumn:
        return MetricFigure::number(week.mttdManualMinutes);
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

} // namespace sitrep
