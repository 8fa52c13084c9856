#pragma once

#include "services/metricsservice.h"

#include <QAbstractTableModel>

namespace sitrep {

// MTTA and MTTD per week: the trend lines.
class MetricsTrendModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { WeekColumn, MttaColumn, MttdAutomatedColumn, MttdManualColumn, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setReport(const MetricsReport &report);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<MetricsWeek> m_weeks;
};

} // namespace sitrep
