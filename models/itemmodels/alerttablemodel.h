#pragma once

#include "domain/alert.h"
#include "domain/clock.h"

#include <QAbstractTableModel>

namespace sitrep {

class AlertService;

// Every cached alert, newest first: the triage inbox. Reloaded after each ingest, with one
// reset; views keep their selection by fingerprint (selectionFor()).
class AlertTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        StateColumn,
        NameColumn,
        SeverityColumn,
        IncidentColumn,
        LabelsColumn,
        AgeColumn,
        EndpointColumn,
        FingerprintColumn,
        ColumnCount
    };
    enum Role { FingerprintRole = Qt::UserRole + 1, GroupKeyRole, IncidentIdRole, ResolvedRole };

    AlertTableModel(AlertService &alerts, const Clock &clock, QObject *parent = nullptr);

    QString reload();
    // Moves the given rows to another incident in place: one dataChanged, no reload.
    void attached(const QStringList &fingerprints, qint64 incidentId);
    [[nodiscard]] const CachedAlert &alertAt(int row) const { return m_alerts.at(row); }
    [[nodiscard]] int rowOf(const QString &fingerprint) const
    {
        return m_rowOf.value(fingerprint, -1);
    }
    // "3 firing, 1 silenced, 2 resolved"
    [[nodiscard]] QString summary() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString stateText(const CachedAlert &alert) const;

    AlertService &m_service;
    const Clock &m_clock;
    QList<CachedAlert> m_alerts;
    QHash<QString, int> m_rowOf;
};

} // namespace sitrep
