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

// Any table model as CSV: the horizontal headers, then every row's display texts, quoted where
// needed (RFC 4180).
class ModelCsv
{
public:
    [[nodiscard]] static QByteArray write(const QAbstractItemModel &model);
};

} // namespace sitrep
