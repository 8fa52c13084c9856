#pragma once

#include "domain/incident.h"
#include "domain/resolutioncheck.h"

#include <QAbstractTableModel>

namespace sitrep {

class ResolutionVerifier;

// One incident's resolution checks as a table: check, value, threshold, result. Before the
// first run it lists the configured checks as not run yet. It follows the verifier's signal, so
// a run from anywhere (the workspace, sitrepctl through a shared cache read) shows here.
class ResolutionCheckModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { CheckColumn, ValueColumn, ThresholdColumn, ResultColumn, ColumnCount };
    enum Role { HoldsRole = Qt::UserRole + 1 };

    ResolutionCheckModel(IncidentId incident, ResolutionVerifier &verifier,
                         QObject *parent = nullptr);

    // Reads the state from the cache; returns the problem, if any.
    QString reload();
    [[nodiscard]] const ResolutionVerification &state() const { return m_state; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void stateChanged();

private:
    void show(const ResolutionVerification &state);

    IncidentId m_incident;
    ResolutionVerifier &m_verifier;
    ResolutionVerification m_state;
    QList<CheckResult> m_rows;
};

} // namespace sitrep
