#pragma once

#include "services/slocalculation.h"

#include <QAbstractTableModel>

namespace sitrep {

// The SLO overview, one row per SLO, least budget left first: what the cards show. The
// snapshot comes whole from SloMonitor; the model only presents it.
class SloOverviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        ServiceColumn,
        TargetColumn,
        SliColumn,
        BudgetColumn,
        BurnColumn,
        AlertColumn,
        ColumnCount
    };
    enum Role {
        NameRole = Qt::UserRole + 1,
        AlertRole,     // BurnAlert::State as int
        BudgetRole,    // remaining fraction
        BurnRateRole,  // the last hour's, or invalid
        SparklineRole, // QList<QPointF>, budget remaining in percent over the window
    };

    explicit SloOverviewModel(QObject *parent = nullptr);

    void setSnapshot(const SloSnapshot &snapshot);
    [[nodiscard]] const SloReport &reportAt(int row) const { return m_snapshot.reports.at(row); }
    [[nodiscard]] int rowOf(const QString &slo) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "40.5 %", "no traffic"; shared with the cards and the charts' captions.
    [[nodiscard]] static QString percentText(std::optional<double> fraction, int decimals = 1);
    [[nodiscard]] static QString alertText(BurnAlert::State state);

private:
    SloSnapshot m_snapshot;
};

// The SLA table: each availability SLO's months, the availability reached and the credit
// owed (10 % of the monthly fee per started 0.1 % below 99.9 %).
class SlaTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        ServiceColumn,
        MonthColumn,
        AvailabilityColumn,
        AgreedColumn,
        CreditColumn,
        ColumnCount
    };
    explicit SlaTableModel(QObject *parent = nullptr);

    void setMonths(QList<SlaMonth> months);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<SlaMonth> m_months;
};

} // namespace sitrep
