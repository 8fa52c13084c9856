#pragma once

#include "services/metricsservice.h"

#include <QAbstractTableModel>

namespace sitrep {

// The dashboard's tables, each over one MetricsReport; the charts are views over them. Numbers
// are numbers in the display role (minutes, counts, percent) so that views and CSV read them
// alike; a figure that could not be measured is empty.

// Incidents per week by severity: the stacked bars.
class WeeklyIncidentsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { WeekColumn, Sev1Column, Sev2Column, Sev3Column, Sev4Column, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setReport(const MetricsReport &report);
    [[nodiscard]] QDate weekAt(int row) const { return m_weeks.at(row).start; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<MetricsWeek> m_weeks;
};

} // namespace sitrep
