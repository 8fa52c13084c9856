#include "alertingest.h"

#include "declaration.h"
#include "storage/alertstore.h"
#include "storage/database.h"
#include "storage/incidentstore.h"
#include "storage/sqlitehandle.h"
#include "storage/transaction.h"
#include "storage/writeslices.h"

#include <algorithm>
#include <optional>

#include <QSet>

namespace sitrep {

namespace {

QString describeAlert(const Alert &alert)
{
    QStringList labels;
    for (auto it = alert.labels.begin(); it != alert.labels.end(); ++it) {
        if (it.key() != u"alertname")
            labels << it.key() + u'=' + it.value();
    }
    return QStringLiteral("%1 {%2}").arg(alert.labels.value(QStringLiteral("alertname")),
                                         labels.join(QStringLiteral(", ")));
}

// "Alert firing: X {…}" for one; "12 alerts firing: X {…}; Y {…}; Z {…} and 9 more" for many.
QString summarise(const QString &one, const QString &many, const QList<Alert> &alerts)
{
    if (alerts.size() == 1)
        return one.arg(describeAlert(alerts.first()));
    QStringList shown;
    for (qsizetype i = 0; i < std::min<qsizetype>(alerts.size(), 3); ++i)
        shown << describeAlert(alerts.at(i));
    QString list = shown.join(QStringLiteral("; "));
    if (alerts.size() > 3)
        list = AlertService::tr("%1 and %2 more").arg(list).arg(alerts.size() - 3);
    return many.arg(alerts.size()).arg(list);
}

// What an ingest compares to decide that a stored alert needs writing again.
bool sameState(const Alert &a, const Alert &b)
{
    return a.state == b.state && a.endsAt == b.endsAt && a.silencedBy == b.silencedBy
            && a.inhibitedBy == b.inhibitedBy && a.annotations == b.annotations
            && a.startsAt == b.startsAt;
}

// How long a slice runs while no other writer waits. A storm's fingerprints come in random
// order, so each slice's commit writes again about a hundred pages of their index: a storm of
// 100,000 alerts took 2,753 ms in slices of 4 ms and 2,000 ms in slices of 50 ms (medians of
// five interleaved pairs of runs).
constexpr std::chrono::milliseconds longestSlice(50);

// One alert to write, how its row was when read, and the timeline entry it is told in.
struct AlertWrite
{
    CachedAlert alert;
    bool readOpen = false;
    std::optional<TimelineKind> told; // fired (new) or resolved; a mere change is not told
};

class AlertIngest
{
public:
    AlertIngest(Database &database, const AlertRouting &routing, const QString &endpoint,
                const QDateTime &now)
        : m_database(database),
          m_routing(routing),
          m_endpoint(endpoint),
          m_author(QStringLiteral("alertmanager:") + endpoint),
          m_now(now),
          m_store(database),
          m_incidents(database),
          m_slices(database, std::chrono::milliseconds(4), longestSlice)
    { }

    Result<IngestOutcome> run(const QList<Alert> &alerts, const QHash<QString, CachedAlert> &known,
                              std::optional<qint64> knownWriteCount)
    {
        m_outcome.report.received = int(alerts.size());
        if (auto read = readTable(known, knownWriteCount); !read)
            return Error {read.error()};
        plan(alerts);
        if (auto written = write(); !written) {
            if (!m_savedAny)
                return Error {written.error()};
            m_outcome.failure = written.error();
        } else {
            m_outcome.writeCount = writeCountMirrored();
        }
        m_outcome.changed = !m_outcome.changedFingerprints.isEmpty();
        return std::move(m_outcome);
    }

private:
    // The alerts and groups as one snapshot, without the write lock: a WAL reader never waits.
    // The alerts are `known` while the table's write count says nobody wrote one since.
    Result<void> readTable(const QHash<QString, CachedAlert> &known,
                           std::optional<qint64> knownWriteCount)
    {
        Transaction snapshot(m_database, Transaction::Lock::Deferred);
        if (auto begun = snapshot.begun(); !begun)
            return begun;
        const Result<qint64> count = m_store.writeCount();
        if (!count)
            return Error {count.error()};
        m_readWriteCount = count.value();
        if (knownWriteCount == count.value()) {
            m_outcome.alerts = known;
        } else {
            Result<QHash<QString, CachedAlert>> cached = m_store.all(known);
            if (!cached)
                return Error {cached.error()};
            m_outcome.alerts = std::move(cached).value();
        }
        Result<QHash<QString, AlertGroup>> groups = m_store.groups();
        if (!groups)
            return Error {groups.error()};
        m_groups = std::move(groups).value();
        return snapshot.commit();
    }

    // What to write, decided against the snapshot.
    void plan(const QList<Alert> &alerts)
    {
        IngestReport &report = m_outcome.report;
        const QHash<QString, CachedAlert> &cache = m_outcome.alerts;
        QSet<QString> reported;
        reported.reserve(alerts.size());
        for (const Alert &alert : alerts) {
            reported.insert(alert.fingerprint);
            const auto known = cache.constFind(alert.fingerprint);
            const bool firing = !alert.hasEnded(m_now);
            if (known != cache.cend() && !known->isResolved()) {
                AlertWrite update {*known, true, std::nullopt};
                update.alert.alert = alert;
                update.alert.endpoint = m_endpoint;
                if (!firing) {
                    update.alert.resolvedAt = m_now;
                    update.told = TimelineKind::AlertResolved;
                    ++report.resolvedAlerts;
                } else if (sameState(known->alert, alert)) {
                    continue; // nothing new: no write
                } else {
                    ++report.changedAlerts;
                }
                m_writes << update;
                continue;
            }
            if (!firing)
                continue; // ended before Sitrep saw it fire, or already recorded as resolved
            // New, or firing again after it resolved: its incident is found or opened later.
            AlertWrite fresh;
            fresh.alert.alert = alert;
            fresh.alert.groupKey = m_routing.groupKey(alert);
            fresh.alert.endpoint = m_endpoint;
            fresh.alert.firstSeen = m_now;
            fresh.told = TimelineKind::AlertFired;
            if (!m_firstOfGroup.contains(fresh.alert.groupKey)) {
                m_firstOfGroup.insert(fresh.alert.groupKey, alert);
                m_groupOrder << fresh.alert.groupKey;
            }
            ++report.newAlerts;
            m_writes << fresh;
        }
        // What this endpoint reported last time and no longer does has resolved.
        for (const CachedAlert &known : cache) {
            if (known.endpoint != m_endpoint || known.isResolved()
                || reported.contains(known.alert.fingerprint))
                continue;
            AlertWrite resolution {known, true, TimelineKind::AlertResolved};
            resolution.alert.resolvedAt = m_now;
            ++report.resolvedAlerts;
            m_writes << resolution;
        }
    }

    Result<void> write()
    {
        if (auto opened = openIncidents(); !opened)
            return opened;
        // Ended before the alerts are sorted for telling: at 100,000 alerts that sort takes
        // about 30 ms, which the last declarations' slice held the lock through.
        if (auto ended = afterSlice(m_slices.end()); !ended)
            return ended;
        if (auto written = writeAlerts(); !written)
            return written;
        return afterSlice(m_slices.end());
    }

    // `work` inside a slice, which ends after it if it has run its budget.
    template<typename Work> Result<void> inSlice(Work work)
    {
        return afterSlice(m_slices.write(work));
    }

    // Whether the slice ended (then what it wrote is saved), or why it could not.
    Result<void> afterSlice(const Result<bool> &ended)
    {
        if (!ended)
            return Error {ended.error()};
        if (ended.value())
            keepUnsaved();
        return {};
    }

    // The table's write count now, if only this ingest wrote alerts since the snapshot: then
    // the outcome's alerts mirror the table at that count.
    std::optional<qint64> writeCountMirrored()
    {
        const Result<qint64> now = m_store.writeCount();
        if (!now || now.value() != m_readWriteCount + m_rowsWritten)
            return std::nullopt;
        return now.value();
    }

    // The open incident each group with new alerts joins. A group whose incident was open
    // when read keeps it; the others are looked at again inside the slice that opens their
    // incident, so that a group another program opened one for meanwhile joins that one.
    Result<void> openIncidents()
    {
        for (const QString &key : std::as_const(m_groupOrder)) {
            const IncidentId read = m_groups.value(key).incidentId;
            if (read > 0) {
                const Result<std::optional<Incident>> incident = m_incidents.find(read);
                if (!incident)
                    return Error {incident.error()};
                if (incident.value() && incident.value()->isOpen()) {
                    m_incidentOfGroup.insert(key, read);
                    continue;
                }
            }
            if (auto opened = inSlice([&] { return openIncident(key); }); !opened)
                return opened;
        }
        return {};
    }

    Result<void> openIncident(const QString &key)
    {
        const Result<std::optional<AlertGroup>> now = m_store.group(key);
        if (!now)
            return Error {now.error()};
        AlertGroup group = now.value().value_or(AlertGroup {});
        if (group.incidentId > 0 && group.incidentId != m_groups.value(key).incidentId) {
            const Result<std::optional<Incident>> incident = m_incidents.find(group.incidentId);
            if (!incident)
                return Error {incident.error()};
            if (incident.value() && incident.value()->isOpen()) {
                m_incidentOfGroup.insert(key, group.incidentId);
                return {};
            }
        }
        const Alert &first = m_firstOfGroup.value(key);
        const Result<Incident> declared
                = declareForAlertGroup(m_database, m_routing, first, key, m_author, m_now);
        if (!declared)
            return Error {declared.error()};
        m_unsaved.declared << declared.value();
        group = AlertGroup {key, m_routing.groupLabels(first), declared.value().id,
                            group.createdAt.isValid() ? group.createdAt : m_now};
        if (auto saved = m_store.saveGroup(group); !saved)
            return saved;
        m_incidentOfGroup.insert(key, group.incidentId);
        return {};
    }

    // The alerts by the incident and entry they are told in, each incident's alerts written
    // with their entry in one slice, so that every entry tells exactly the alerts saved with
    // it: a run stopped between slices leaves nothing told twice or never. More than
    // `toldAtOnce` alerts of one incident are told in parts, so that no slice runs long.
    Result<void> writeAlerts()
    {
        for (AlertWrite &write : m_writes) {
            if (!write.readOpen)
                write.alert.incidentId = m_incidentOfGroup.value(write.alert.groupKey);
        }
        const auto telling = [](const AlertWrite &write) {
            return std::pair(write.alert.incidentId, write.told ? int(*write.told) : -1);
        };
        // Stable: an entry lists its alerts in the order Alertmanager gave them.
        std::stable_sort(
                m_writes.begin(), m_writes.end(),
                [&](const AlertWrite &a, const AlertWrite &b) { return telling(a) < telling(b); });
        constexpr qsizetype toldAtOnce = 2000;
        const PageCacheSize cache(sqliteHandle(m_database.connection()), PageCacheSize::bulkWrite);
        for (qsizetype first = 0; first < m_writes.size();) {
            qsizetype end = first + 1;
            if (m_writes.at(first).told) {
                while (end < m_writes.size() && end - first < toldAtOnce
                       && telling(m_writes.at(end)) == telling(m_writes.at(first)))
                    ++end;
            }
            if (auto written = inSlice([&] { return writePart(first, end); }); !written)
                return written;
            first = end;
        }
        return {};
    }

    // Writes m_writes[first, end), told in one entry if they are told at all.
    Result<void> writePart(qsizetype first, qsizetype end)
    {
        const AlertWrite &lead = m_writes.at(first);
        if (lead.told && lead.alert.incidentId > 0) {
            QList<Alert> alerts;
            alerts.reserve(end - first);
            for (qsizetype i = first; i < end; ++i)
                alerts << m_writes.at(i).alert.alert;
            if (auto told = tell(lead.alert.incidentId, *lead.told, alerts); !told)
                return told;
        }
        for (qsizetype i = first; i < end; ++i) {
            const AlertWrite &write = m_writes.at(i);
            const Result<int> saved = m_store.saveOver(write.alert, write.readOpen);
            if (!saved)
                return Error {saved.error()};
            m_unsaved.rowsWritten += saved.value();
            m_unsaved.alerts << write.alert;
        }
        return {};
    }

    // One timeline entry for many alerts, however many a storm brings.
    Result<void> tell(IncidentId incident, TimelineKind kind, const QList<Alert> &alerts)
    {
        const bool fired = kind == TimelineKind::AlertFired;
        QDateTime at = m_now;
        if (fired) {
            for (const Alert &alert : alerts)
                at = std::min(at, alert.startsAt);
        }
        const QString text = fired ? summarise(AlertService::tr("Alert firing: %1"),
                                               AlertService::tr("%1 alerts firing: %2"), alerts)
                                   : summarise(AlertService::tr("Alert resolved: %1"),
                                               AlertService::tr("%1 alerts resolved: %2"), alerts);
        const Result<TimelineEvent> entry
                = Declaration::recordCaptured(m_database, incident, kind, text, m_author, at);
        if (!entry)
            return Error {entry.error()};
        m_unsaved.entries << entry.value();
        return {};
    }

    // A slice was saved: what it wrote becomes part of the outcome.
    void keepUnsaved()
    {
        m_savedAny = true;
        m_rowsWritten += m_unsaved.rowsWritten;
        for (const CachedAlert &alert : std::as_const(m_unsaved.alerts)) {
            m_outcome.alerts.insert(alert.alert.fingerprint, alert);
            m_outcome.changedFingerprints << alert.alert.fingerprint;
        }
        for (const Incident &incident : std::as_const(m_unsaved.declared))
            m_outcome.report.openedIncidents << incident.id;
        m_outcome.declared << m_unsaved.declared;
        m_outcome.entries << m_unsaved.entries;
        m_unsaved = {};
    }

    Database &m_database;
    const AlertRouting &m_routing;
    const QString m_endpoint;
    const QString m_author;
    const QDateTime m_now;
    AlertStore m_store;
    IncidentStore m_incidents;
    WriteSlices m_slices;
    IngestOutcome m_outcome;
    QHash<QString, AlertGroup> m_groups; // as read
    QList<AlertWrite> m_writes;
    QHash<QString, Alert> m_firstOfGroup; // of the groups with new alerts
    QStringList m_groupOrder;             // those groups, in the order their alerts came
    QHash<QString, IncidentId> m_incidentOfGroup;
    struct Unsaved
    {
        QList<CachedAlert> alerts;
        QList<Incident> declared;
        QList<TimelineEvent> entries;
        qint64 rowsWritten = 0;
    } m_unsaved; // written in the open slice
    bool m_savedAny = false;
    qint64 m_readWriteCount = 0; // the table's write count in the snapshot read
    qint64 m_rowsWritten = 0;    // by the saved slices
};

} // namespace

Result<Incident> declareForAlertGroup(Database &database, const AlertRouting &routing,
                                      const Alert &alert, const QString &groupKey,
                                      const QString &author, const QDateTime &now)
{
    IncidentDraft draft;
    draft.title = AlertRouting::titleOf(alert);
    draft.severity = routing.severityOf(alert);
    draft.services = AlertRouting::servicesOf(alert);
    draft.impact = alert.annotations.value(QStringLiteral("description"));
    draft.detection = DetectionSource::Automated;
    draft.startedAt = std::min(alert.startsAt, now);
    draft.detectedAt = draft.startedAt;
    draft.dedupKey = QStringLiteral("alertgroup/") + groupKey;
    Result<Incident> declared = Declaration::declare(database, draft, author, now);
    if (!declared)
        return Error {AlertService::tr("Could not open an incident for alert group %1: %2")
                              .arg(groupKey, declared.error())};
    return declared;
}

Result<IngestOutcome> runIngest(Database &database, const AlertRouting &routing,
                                const QString &endpoint, const QList<Alert> &alerts,
                                const QHash<QString, CachedAlert> &known,
                                std::optional<qint64> knownWriteCount, const QDateTime &now)
{
    return AlertIngest(database, routing, endpoint, now).run(alerts, known, knownWriteCount);
}

} // namespace sitrep
