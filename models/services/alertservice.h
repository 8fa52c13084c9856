#pragma once

#include "domain/alert.h"
#include "domain/alertrouting.h"
#include "domain/clock.h"
#include "domain/incident.h"
#include "domain/timelineevent.h"

#include <functional>
#include <memory>

#include <QHash>
#include <QObject>
#include <QThreadPool>

namespace sitrep {

class AlertStore;
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

// What one ingest did, computed on whichever connection ran it, then applied to the console's
// state (cache, announcements) on the console's thread.
struct IngestOutcome
{
    IngestReport report;
    QHash<QString, CachedAlert> alerts; // the whole table after the ingest
    // The table's write count (AlertStore::writeCount) that `alerts` mirrors; none when
    // another program wrote alerts while the ingest ran, or when it stopped partway.
    std::optional<qint64> writeCount;
    bool changed = false;
    QStringList changedFingerprints; // the alerts the ingest wrote
    QList<Incident> declared;
    QList<TimelineEvent> entries;
    // Why the ingest stopped after saving part of its work (the rest is written next time).
    QString failure;
};

// What a grouping rule would make of the firing alerts, against the rule in use.
struct GroupCounts
{
    int tried = 0;
    int now = 0;
};

// Turns what Alertmanager reports into incidents. Alerts are grouped (AlertRouting); a new group
// opens an incident, further alerts of the group join it, alerts that resolve (gone from their
// endpoint's list, or past their endsAt) are recorded on its timeline. Alerts are keyed by
// fingerprint, so polls, restarts and several endpoints reporting the same alert never give
// a second incident. An ingest is written in short slices (see runIngest), each whole or not at
// all; one stopped halfway is finished by the next.
class AlertService : public QObject
{
    Q_OBJECT
public:
    AlertService(Database &database, IncidentService &incidents, AlertRouting routing,
                 QObject *parent = nullptr);
    ~AlertService() override;

    [[nodiscard]] const AlertRouting &routing() const { return m_routing; }
    void setRouting(AlertRouting routing) { m_routing = std::move(routing); }

    // `alerts` is the whole current list of `endpoint`. Runs on the calling thread.
    [[nodiscard]] Result<IngestReport> ingest(const QString &endpoint, const QList<Alert> &alerts);
    // The same on a worker thread with its own connection, so that a storm of thousands of
    // alerts never stalls the window; `done` is called on this object's thread. Ingests run
    // one after another in the order asked.
    void ingestInBackground(const QString &endpoint, QList<Alert> alerts,
                            std::function<void(Result<IngestReport>)> done);

    [[nodiscard]] Result<QList<CachedAlert>> alerts();
    // One alert as the cache has it, if it is there.
    [[nodiscard]] std::optional<CachedAlert> cached(const QString &fingerprint) const;
    [[nodiscard]] Result<QList<CachedAlert>> alertsOf(IncidentId incidentId);
    // What people call the incident alerts joined: #12, or in a team #P-3f2a until the server
    // numbers it (the cache keeps the console's own id).
    [[nodiscard]] QString incidentLabel(IncidentId id);
    [[nodiscard]] Result<std::optional<AlertGroup>> groupOf(const QString &groupKey);
    // Moves alerts to an incident (the inbox's "attach"); recorded on its timeline.
    [[nodiscard]] Result<void> attach(const QStringList &fingerprints, IncidentId incidentId,
                                      const QString &author);
    // Opens one incident for the given alerts (the inbox's "open incident").
    [[nodiscard]] Result<Incident> openIncident(const QStringList &fingerprints,
                                                const QString &author);
    // How many incidents the firing alerts would open if grouped by `groupBy`, and how many the
    // rule in use gives them, counted on a worker over the cache: trying a rule on a storm of
    // alerts never stalls the window. `done` runs on `owner`'s thread, never after it is gone.
    void countGroups(QObject *owner, const QStringList &groupBy,
                     std::function<void(Result<GroupCounts>)> done);
    [[nodiscard]] Result<QList<Silence>> silences();
    [[nodiscard]] Result<void> recordSilence(const Silence &silence);

Q_SIGNALS:
    void alertsChanged();
    // Before alertsChanged() after an ingest: only these alerts came or changed (alerts are
    // never taken out of the cache), so a list of every alert can update just them.
    void alertsUpdated(const QStringList &fingerprints);
    // Only these alerts moved to another incident (attach): listeners update just them.
    void alertsAttached(const QStringList &fingerprints, qint64 incidentId);
    // An incident's label changed (the team's server numbered it).
    void incidentLabelChanged(qint64 incidentId);

private:
    Result<void> loadCache();
    void apply(const IngestOutcome &outcome);
    void startNextIngest();
    Result<void> record(IncidentId incidentId, TimelineKind kind, const QString &text,
                        const QString &author, const QDateTime &at);

    Database &m_database;
    IncidentService &m_incidents;
    AlertRouting m_routing;
    std::unique_ptr<AlertStore> m_store;
    bool m_cacheLoaded = false;
    QHash<QString, CachedAlert> m_cache; // mirrors the alerts table after every commit
    // The table's write count that m_cache mirrors; none once another program may have
    // written alerts, so that the next ingest reads the table again.
    std::optional<qint64> m_cacheWriteCount;
    struct QueuedIngest
    {
        QString endpoint;
        QList<Alert> alerts;
        std::function<void(Result<IngestReport>)> done;
    };
    QList<QueuedIngest> m_queue;
    // Alerts moved to an incident (attach, open incident) while a background ingest ran.
    QHash<QString, IncidentId> m_movedDuringIngest;
    QThreadPool m_counting;
};

} // namespace sitrep
