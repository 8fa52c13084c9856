#pragma once

#include "services/metricsservice.h"

#include <QAbstractTableModel>

namespace sitrep {

// Per severity: count, open, MTTR (and the period before's), MTTA, SLA response compliance.
class SeverityMetricsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        SeverityColumn,
        CountColumn,
        OpenColumn,
        MttrColumn,
        PreviousMttrColumn,
        MttaColumn,
        ResponseColumn,
        ColumnCount
    };
    using QAbstractTableModel::QAbstractTableModel;

    void setReport(const MetricsReport &report);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::optional<MetricsReport> m_report;
};

} // namespace sitrep
