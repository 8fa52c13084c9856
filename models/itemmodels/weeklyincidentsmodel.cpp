#include "weeklyincidentsmodel.h"

#include "metricfigure.h"

namespace sitrep {

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
        return MetricFigure::week(week.start);
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

} // namespace sitrep
