#include "alertservice.h"

#include "declaration.h"
#include "incidentservice.h"
#include "offthread.h"
#include "storage/alertstore.h"
#include "storage/database.h"
#include "storage/incidentstore.h"
#include "storage/transaction.h"

#include <QFutureWatcher>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

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

} // namespace

AlertService::AlertService(Database &database, IncidentService &incidents, AlertRouting routing,
                           QObject *parent)
    : QObject(parent),
      m_database(database),
      m_incidents(incidents),
      m_routing(std::move(routing)),
      m_store(std::make_unique<AlertStore>(database))
{
    // A team's server numbers an incident after it was declared here: the inbox follows.
    connect(&incidents, &IncidentService::incidentRelabelled, this,
            &AlertService::incidentLabelChanged);
}

QString AlertService::incidentLabel(IncidentId id)
{
    return m_incidents.labelOf(id);
}

Result<void> AlertService::loadCache()
{
    if (m_cacheLoaded)
        return {};
    Result<QHash<QString, CachedAlert>> all = m_store->all();
    if (!all)
        return Error {all.error()};
    m_cache = std::move(all).value();
    m_cacheLoaded = true;
    return {};
}

AlertService::~AlertService() = default;

Result<void> AlertService::record(IncidentId incidentId, TimelineKind kind, const QString &text,
                                  const QString &author, const QDateTime &at)
{
    if (incidentId <= 0)
        return {};
    const Result<TimelineEvent> entry
            = Declaration::recordCaptured(m_database, incidentId, kind, text, author, at);
    if (!entry)
        return Error {entry.error()};
    m_database.afterCommit(
            [this, recorded = entry.value()] { m_incidents.announceTimelineEntry(recorded); });
    return {};
}

namespace {

Result<Incident> declareFor(Database &database, const AlertRouting &routing, const Alert &alert,
                            const QString &groupKey, const QString &author, const QDateTime &now)
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

// The ingest itself, on `database` and nothing else, so that it can run on a worker thread
// with its own connection. The write lock is taken first, so that the alerts read are the
// alerts the ingest writes over. `known` is the console's copy of the cache: the table's
// rows are read again, but their labels are not parsed again.
Result<IngestOutcome> runIngest(Database &database, const AlertRouting &routing,
                                const QString &endpoint, const QList<Alert> &alerts,
                                const QHash<QString, CachedAlert> &known, const QDateTime &now)
{
    const QString author = QStringLiteral("alertmanager:") + endpoint;
    IngestOutcome outcome;
    IngestReport &report = outcome.report;
    report.received = int(alerts.size());
    Transaction transaction(database, Transaction::Lock::Immediate);
    if (auto begun = transaction.begun(); !begun)
        return Error {begun.error()};
    AlertStore store(database);
    IncidentStore incidents(database);
    Result<QHash<QString, CachedAlert>> cached = store.all(known);
    if (!cached)
        return Error {cached.error()};
    outcome.alerts = std::move(cached).value();
    QHash<QString, CachedAlert> &cache = outcome.alerts;
    Result<QHash<QString, AlertGroup>> groups = store.groups();
    if (!groups)
        return Error {groups.error()};
    QHash<QString, CachedAlert> changed;
    QHash<QString, IncidentId> openIncidentOfGroup;

    // The open incident a group's alerts join, opening one if the group has none.
    const auto incidentFor = [&](const Alert &alert, const QString &key) -> Result<IncidentId> {
        if (const auto known = openIncidentOfGroup.constFind(key);
            known != openIncidentOfGroup.cend())
            return *known;
        AlertGroup group = groups.value().value(key);
        if (group.incidentId > 0) {
            const Result<std::optional<Incident>> incident = incidents.find(group.incidentId);
            if (!incident)
                return Error {incident.error()};
            if (incident.value() && incident.value()->isOpen()) {
                openIncidentOfGroup.insert(key, group.incidentId);
                return group.incidentId;
            }
        }
        const Result<Incident> declared = declareFor(database, routing, alert, key, author, now);
        if (!declared)
            return Error {declared.error()};
        outcome.declared << declared.value();
        group = AlertGroup {key, routing.groupLabels(alert), declared.value().id,
                            group.createdAt.isValid() ? group.createdAt : now};
        if (auto saved = store.saveGroup(group); !saved)
            return Error {saved.error()};
        groups.value().insert(key, group);
        openIncidentOfGroup.insert(key, group.incidentId);
        report.openedIncidents << group.incidentId;
        return group.incidentId;
    };

    QMap<IncidentId, QList<Alert>> firedFor;
    QMap<IncidentId, QList<Alert>> resolvedFor;
    QSet<QString> reported;
    reported.reserve(alerts.size());
    for (const Alert &alert : alerts) {
        reported.insert(alert.fingerprint);
        const auto known = cache.constFind(alert.fingerprint);
        const bool firing = !alert.hasEnded(now);
        if (known != cache.cend() && !known->isResolved()) {
            CachedAlert updated = *known;
            updated.alert = alert;
            updated.endpoint = endpoint;
            if (!firing) {
                updated.resolvedAt = now;
                ++report.resolvedAlerts;
                resolvedFor[updated.incidentId] << alert;
            } else if (sameState(known->alert, alert)) {
                continue; // nothing new: no write
            } else {
                ++report.changedAlerts;
            }
            changed.insert(alert.fingerprint, updated);
            continue;
        }
        if (!firing)
            continue; // ended before Sitrep saw it fire, or already recorded as resolved
        // New, or firing again after it resolved.
        CachedAlert fresh;
        fresh.alert = alert;
        fresh.groupKey = routing.groupKey(alert);
        fresh.endpoint = endpoint;
        fresh.firstSeen = now;
        const Result<IncidentId> incident = incidentFor(alert, fresh.groupKey);
        if (!incident)
            return Error {incident.error()};
        fresh.incidentId = incident.value();
        ++report.newAlerts;
        firedFor[fresh.incidentId] << alert;
        changed.insert(alert.fingerprint, fresh);
    }
    // What this endpoint reported last time and no longer does has resolved.
    for (const CachedAlert &known : std::as_const(cache)) {
        if (known.endpoint != endpoint || known.isResolved()
            || reported.contains(known.alert.fingerprint))
            continue;
        CachedAlert updated = known;
        updated.resolvedAt = now;
        ++report.resolvedAlerts;
        resolvedFor[updated.incidentId] << known.alert;
        changed.insert(known.alert.fingerprint, updated);
    }
    // One timeline entry per incident and ingest, however many alerts a storm brings.
    const auto record = [&](IncidentId incident, TimelineKind kind, const QString &text,
                            const QDateTime &at) -> Result<void> {
        if (incident <= 0)
            return {};
        const Result<TimelineEvent> entry
                = Declaration::recordCaptured(database, incident, kind, text, author, at);
        if (!entry)
            return Error {entry.error()};
        outcome.entries << entry.value();
        return {};
    };
    for (auto it = firedFor.begin(); it != firedFor.end(); ++it) {
        QDateTime earliest = now;
        for (const Alert &alert : it.value())
            earliest = std::min(earliest, alert.startsAt);
        if (auto noted = record(it.key(), TimelineKind::AlertFired,
                                summarise(AlertService::tr("Alert firing: %1"),
                                          AlertService::tr("%1 alerts firing: %2"), it.value()),
                                earliest);
            !noted)
            return Error {noted.error()};
    }
    for (auto it = resolvedFor.begin(); it != resolvedFor.end(); ++it) {
        if (auto noted = record(it.key(), TimelineKind::AlertResolved,
                                summarise(AlertService::tr("Alert resolved: %1"),
                                          AlertService::tr("%1 alerts resolved: %2"), it.value()),
                                now);
            !noted)
            return Error {noted.error()};
    }
    if (auto saved = store.saveAll(changed.values()); !saved)
        return Error {saved.error()};
    for (auto it = changed.begin(); it != changed.end(); ++it)
        cache.insert(it.key(), it.value());
    outcome.changed = !changed.isEmpty();
    outcome.changedFingerprints = changed.keys();
    if (auto committed = transaction.commit(); !committed)
        return Error {committed.error()};
    return outcome;
}

} // namespace

void AlertService::apply(const IngestOutcome &outcome)
{
    releaseOffThread(std::exchange(m_cache, outcome.alerts));
    m_cacheLoaded = true;
    // A move committed while the ingest ran may be newer than what the ingest read: the table
    // says which of the two came last.
    QSet<IncidentId> movedTo;
    for (const IncidentId incident : std::as_const(m_movedDuringIngest))
        movedTo.insert(incident);
    for (const IncidentId incident : std::as_const(movedTo)) {
        const Result<QList<CachedAlert>> joined = m_store->forIncident(incident);
        if (!joined) {
            qWarning("%s", qPrintable(joined.error()));
            continue;
        }
        for (const CachedAlert &alert : joined.value())
            if (m_movedDuringIngest.value(alert.alert.fingerprint) == incident)
                if (const auto cached = m_cache.find(alert.alert.fingerprint);
                    cached != m_cache.end())
                    cached->incidentId = incident;
    }
    QStringList updated = outcome.changedFingerprints;
    updated << m_movedDuringIngest.keys();
    m_movedDuringIngest.clear();
    for (const Incident &incident : outcome.declared)
        m_incidents.announceDeclared(incident);
    for (const TimelineEvent &entry : outcome.entries)
        m_incidents.announceTimelineEntry(entry);
    if (outcome.changed) {
        Q_EMIT alertsUpdated(updated);
        Q_EMIT alertsChanged();
    }
}

Result<IngestReport> AlertService::ingest(const QString &endpoint, const QList<Alert> &alerts)
{
    Result<IngestOutcome> outcome = runIngest(m_database, m_routing, endpoint, alerts, m_cache,
                                              m_incidents.clock().now());
    if (!outcome)
        return Error {outcome.error()};
    apply(outcome.value());
    return outcome.value().report;
}

void AlertService::ingestInBackground(const QString &endpoint, QList<Alert> alerts,
                                      std::function<void(Result<IngestReport>)> done)
{
    // One at a time: each ingest reads what the previous one wrote.
    m_queue.append({endpoint, std::move(alerts), std::move(done)});
    if (m_queue.size() == 1)
        startNextIngest();
}

void AlertService::startNextIngest()
{
    if (m_queue.isEmpty())
        return;
    QueuedIngest &next = m_queue.first();
    auto *watcher = new QFutureWatcher<Result<IngestOutcome>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        Result<IngestOutcome> outcome = watcher->result();
        const QueuedIngest finished = m_queue.takeFirst();
        if (outcome)
            apply(outcome.value());
        finished.done(outcome ? Result<IngestReport>(outcome.value().report)
                              : Result<IngestReport>(Error {outcome.error()}));
        startNextIngest();
    });
    watcher->setFuture(QtConcurrent::run(
            // The alerts move to the worker, which lets go of them there.
            // The cache is shared, not copied: Qt's containers copy on write.
            [path = m_database.path(), routing = m_routing, endpoint = next.endpoint,
             alerts = std::move(next.alerts), known = m_cache,
             now = m_incidents.clock().now()]() -> Result<IngestOutcome> {
                Result<std::unique_ptr<Database>> connection = Database::openWriter(path);
                if (!connection)
                    return Error {connection.error()};
                return runIngest(*connection.value(), routing, endpoint, alerts, known, now);
            }));
}

Result<QList<CachedAlert>> AlertService::alerts()
{
    if (auto loaded = loadCache(); !loaded)
        return Error {loaded.error()};
    // Newest first. Pointers are sorted, each with its start read once, and each alert copied
    // once: swapping the alerts themselves, or converting a start at every comparison, would
    // cost several times more for a storm of a hundred thousand.
    QList<std::pair<qint64, const CachedAlert *>> order;
    order.reserve(m_cache.size());
    for (const CachedAlert &alert : std::as_const(m_cache))
        order.append({alert.alert.startsAt.toMSecsSinceEpoch(), &alert});
    std::sort(order.begin(), order.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first
                                  : a.second->alert.fingerprint < b.second->alert.fingerprint;
    });
    QList<CachedAlert> all;
    all.reserve(order.size());
    for (const auto &[start, alert] : std::as_const(order))
        all << *alert;
    return all;
}

std::optional<CachedAlert> AlertService::cached(const QString &fingerprint) const
{
    const auto found = m_cache.constFind(fingerprint);
    return found == m_cache.cend() ? std::nullopt : std::optional<CachedAlert>(*found);
}

void AlertService::countGroups(QObject *owner, const QStringList &groupBy,
                               std::function<void(Result<GroupCounts>)> done)
{
    if (auto loaded = loadCache(); !loaded)
        return done(Error {loaded.error()});
    AlertRouting tried = m_routing;
    tried.groupBy = groupBy;
    // The cache is shared with the worker, not copied: the next ingest detaches its own.
    runOffThread<Result<GroupCounts>>(
            owner, m_counting,
            [cache = m_cache, tried, now = m_routing]() -> Result<GroupCounts> {
                QSet<QString> triedKeys;
                QSet<QString> nowKeys;
                for (const CachedAlert &cached : cache) {
                    if (cached.isResolved())
                        continue;
                    triedKeys.insert(tried.groupKey(cached.alert));
                    nowKeys.insert(now.groupKey(cached.alert));
                }
                return GroupCounts {int(triedKeys.size()), int(nowKeys.size())};
            },
            std::move(done));
}

Result<QList<CachedAlert>> AlertService::alertsOf(IncidentId incidentId)
{
    return m_store->forIncident(incidentId);
}

Result<std::optional<AlertGroup>> AlertService::groupOf(const QString &groupKey)
{
    return m_store->group(groupKey);
}

Result<void> AlertService::attach(const QStringList &fingerprints, IncidentId incidentId,
                                  const QString &author)
{
    if (auto loaded = loadCache(); !loaded)
        return Error {loaded.error()};
    const Result<Incident> incident = m_incidents.incident(incidentId);
    if (!incident)
        return Error {incident.error()};
    Transaction transaction(m_database);
    if (auto begun = transaction.begun(); !begun)
        return Error {begun.error()};
    QStringList moved;
    moved.reserve(fingerprints.size());
    const QDateTime now = m_incidents.clock().now();
    for (const QString &fingerprint : fingerprints) {
        const auto cached = m_cache.constFind(fingerprint);
        if (cached == m_cache.cend())
            return Error {tr("There is no alert %1 in the cache.").arg(fingerprint)};
        if (cached->incidentId != incidentId)
            moved << fingerprint;
    }
    if (!moved.isEmpty()) {
        if (auto saved = m_store->setIncident(moved, incidentId); !saved)
            return Error {saved.error()};
        if (auto noted
            = record(incidentId, TimelineKind::AlertFired,
                     tr("Alerts attached from the inbox: %1").arg(moved.size()), author, now);
            !noted)
            return Error {noted.error()};
        m_database.afterCommit([this, moved, incidentId] {
            for (const QString &fingerprint : moved) {
                m_cache[fingerprint].incidentId = incidentId;
                // A background ingest may have read the table before this: its picture of
                // it must not take the move back (see apply()).
                if (!m_queue.isEmpty())
                    m_movedDuringIngest.insert(fingerprint, incidentId);
            }
            Q_EMIT alertsAttached(moved, incidentId);
        });
    }
    if (auto committed = transaction.commit(); !committed)
        return Error {committed.error()};
    return {};
}

Result<Incident> AlertService::openIncident(const QStringList &fingerprints, const QString &author)
{
    if (auto loaded = loadCache(); !loaded)
        return Error {loaded.error()};
    if (fingerprints.isEmpty())
        return Error {tr("Select the alerts to open an incident for.")};
    // The most severe alert names the incident; the earliest start is its start.
    const CachedAlert *lead = nullptr;
    QDateTime earliest;
    for (const QString &fingerprint : fingerprints) {
        const auto cached = m_cache.constFind(fingerprint);
        if (cached == m_cache.cend())
            return Error {tr("There is no alert %1 in the cache.").arg(fingerprint)};
        if (!lead || m_routing.severityOf(cached->alert) < m_routing.severityOf(lead->alert))
            lead = &*cached;
        if (!earliest.isValid() || cached->alert.startsAt < earliest)
            earliest = cached->alert.startsAt;
    }
    Transaction transaction(m_database);
    if (auto begun = transaction.begun(); !begun)
        return Error {begun.error()};
    Alert first = lead->alert;
    first.startsAt = earliest;
    const Result<Incident> declared = declareFor(m_database, m_routing, first, lead->groupKey,
                                                 author, m_incidents.clock().now());
    if (!declared)
        return declared;
    m_database.afterCommit(
            [this, incident = declared.value()] { m_incidents.announceDeclared(incident); });
    if (auto attached = attach(fingerprints, declared.value().id, author); !attached)
        return Error {attached.error()};
    if (auto committed = transaction.commit(); !committed)
        return Error {committed.error()};
    return declared;
}

Result<QList<Silence>> AlertService::silences()
{
    return m_store->silences();
}

Result<void> AlertService::recordSilence(const Silence &silence)
{
    Transaction transaction(m_database);
    if (auto begun = transaction.begun(); !begun)
        return Error {begun.error()};
    if (auto saved = m_store->saveSilence(silence); !saved)
        return saved;
    return transaction.commit();
}

} // namespace sitrep
