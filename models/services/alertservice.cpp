#include "alertservice.h"

#include "alertingest.h"
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
    Transaction snapshot(m_database, Transaction::Lock::Deferred);
    if (auto begun = snapshot.begun(); !begun)
        return begun;
    const Result<qint64> count = m_store->writeCount();
    if (!count)
        return Error {count.error()};
    Result<QHash<QString, CachedAlert>> all = m_store->all();
    if (!all)
        return Error {all.error()};
    if (auto ended = snapshot.commit(); !ended)
        return ended;
    m_cache = std::move(all).value();
    m_cacheWriteCount = count.value();
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

// What the caller hears: the report, or why the ingest stopped after saving part of it.
Result<IngestReport> reportOf(const IngestOutcome &outcome)
{
    if (!outcome.failure.isEmpty())
        return Error {AlertService::tr("Only some of the alerts were saved; the next poll saves "
                                       "the rest: %1")
                              .arg(outcome.failure)};
    return outcome.report;
}

} // namespace

void AlertService::apply(const IngestOutcome &outcome)
{
    releaseOffThread(std::exchange(m_cache, outcome.alerts));
    m_cacheWriteCount = outcome.writeCount;
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
                                              m_cacheWriteCount, m_incidents.clock().now());
    if (!outcome)
        return Error {outcome.error()};
    apply(outcome.value());
    return reportOf(outcome.value());
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
        finished.done(outcome ? reportOf(outcome.value())
                              : Result<IngestReport>(Error {outcome.error()}));
        startNextIngest();
    });
    watcher->setFuture(QtConcurrent::run(
            // The alerts move to the worker, which lets go of them there.
            // The cache is shared, not copied: Qt's containers copy on write.
            [path = m_database.path(), routing = m_routing, endpoint = next.endpoint,
             alerts = std::move(next.alerts), known = m_cache, knownCount = m_cacheWriteCount,
             now = m_incidents.clock().now()]() -> Result<IngestOutcome> {
                Result<std::unique_ptr<Database>> connection = Database::openWriter(path);
                if (!connection)
                    return Error {connection.error()};
                return runIngest(*connection.value(), routing, endpoint, alerts, known, knownCount,
                                 now);
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
        // The lock is held: nobody writes between this count and the move.
        const Result<qint64> before = m_store->writeCount();
        if (!before)
            return Error {before.error()};
        const Result<qint64> saved = m_store->setIncident(moved, incidentId);
        if (!saved)
            return Error {saved.error()};
        if (auto noted
            = record(incidentId, TimelineKind::AlertFired,
                     tr("Alerts attached from the inbox: %1").arg(moved.size()), author, now);
            !noted)
            return Error {noted.error()};
        const std::optional<qint64> countAfter = m_cacheWriteCount == before.value()
                ? std::optional<qint64>(before.value() + saved.value())
                : std::nullopt;
        m_database.afterCommit([this, moved, incidentId, countAfter] {
            m_cacheWriteCount = countAfter;
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
    const Result<Incident> declared = declareForAlertGroup(
            m_database, m_routing, first, lead->groupKey, author, m_incidents.clock().now());
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
