#pragma once

#include "domain/alertrouting.h"
#include "domain/clock.h"
#include "storage/alertstore.h"
#include "storage/timelinestore.h"

#include <QHash>
#include <QObject>

namespace sitrep {

class Database;
class IncidentService;

// What one ingest changed.
struct IngestReport
{
    int received = 0;
    int newAlerts = 0;
    int resolvedAlerts = 0;
    int changedAlerts = 0;
    QList<IncidentId> openedIncidents;
};

// Turns what Alertmanager reports into incidents. Alerts are grouped (AlertRouting); a new group
// opens an incident, further alerts of the group join it, alerts that resolve (gone from their
// endpoint's list, or past their endsAt) are recorded on its timeline. Alerts are keyed by
// fingerprint, so polls, restarts and several endpoints reporting the same alert never give
// a second incident. Each ingest is one transaction: it happens entirely or not at all.
class AlertService : public QObject
{
    Q_OBJECT
public:
    AlertService(Database &database, IncidentService &incidents, AlertRouting routing,
                 QObject *parent = nullptr);

    [[nodiscard]] const AlertRouting &routing() const { return m_routing; }
    void setRouting(AlertRouting routing) { m_routing = std::move(routing); }

    // `alerts` is the whole current list of `endpoint`.
    [[nodiscard]] Result<IngestReport> ingest(const QString &endpoint, const QList<Alert> &alerts);

    [[nodiscard]] Result<QList<CachedAlert>> alerts();
    [[nodiscard]] Result<QList<CachedAlert>> alertsOf(IncidentId incidentId);
    [[nodiscard]] Result<std::optional<AlertGroup>> groupOf(const QString &groupKey);
    // Moves alerts to an incident (the inbox's "attach"); recorded on its timeline.
    [[nodiscard]] Result<void> attach(const QStringList &fingerprints, IncidentId incidentId,
                                      const QString &author);
    // Opens one incident for the given alerts (the inbox's "open incident").
    [[nodiscard]] Result<Incident> openIncident(const QStringList &fingerprints,
                                                const QString &author);
    [[nodiscard]] Result<QList<Silence>> silences();
    [[nodiscard]] Result<void> recordSilence(const Silence &silence);

Q_SIGNALS:
    void alertsChanged();

private:
    Result<void> loadCache();
    Result<Incident> declareFor(const Alert &alert, const QString &groupKey, const QString &author);
    Result<void> record(IncidentId incidentId, TimelineKind kind, const QString &text,
                        const QString &author, const QDateTime &at);

    Database &m_database;
    IncidentService &m_incidents;
    AlertRouting m_routing;
    AlertStore m_store;
    TimelineStore m_timeline;
    bool m_cacheLoaded = false;
    QHash<QString, CachedAlert> m_cache; // mirrors the alerts table after every commit
};

} // namespace sitrep
