#include "alertservice.h"

#include "incidentservice.h"
#include "storage/database.h"
#include "storage/transaction.h"

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
      m_store(database),
      m_timeline(database)
{ }

Result<void> AlertService::loadCache()
{
    if (m_cacheLoaded)
        return {};
    Result<QHash<QString, CachedAlert>> all = m_store.all();
    if (!all)
        return Error {all.error()};
    m_cache = std::move(all).value();
    m_cacheLoaded = true;
    return {};
}

Result<void> AlertService::record(IncidentId incidentId, TimelineKind kind, const QString &text,
                                  const QString &author, const QDateTime &at)
{
    if (incidentId <= 0)
        return {};
    TimelineEvent entry;
    entry.incidentId = incidentId;
    entry.at = at;
    entry.author = author;
    entry.kind = kind;
    entry.text = text;
    entry.automatic = true;
    const Result<qint64> id = m_timeline.append(entry);
    if (!id)
        return Error {id.error()};
    entry.id = id.value();
    m_database.afterCommit([this, entry] { Q_EMIT m_incidents.timelineEntryAdded(entry); });
    return {};
}

Result<Incident> AlertService::declareFor(const Alert &alert, const QString &groupKey,
                                          const QString &author)
{
    IncidentDraft draft;
    draft.title = AlertRouting::titleOf(alert);
    draft.severity = m_routing.severityOf(alert);
    draft.services = AlertRouting::servicesOf(alert);
    draft.impact = alert.annotations.value(QStringLiteral("description"));
    draft.detection = DetectionSource::Automated;
    const QDateTime now = m_incidents.clock().now();
    draft.startedAt = std::min(alert.startsAt, now);
    draft.detectedAt = draft.startedAt;
    Result<Incident> declared = m_incidents.declare(draft, author);
    if (!declared)
        return Error {tr("Could not open an incident for alert group %1: %2")
                              .arg(groupKey, declared.error())};
    return declared;
}

Result<IngestReport> AlertService::ingest(const QString &endpoint, const QList<Alert> &alerts)
{
    if (auto loaded = loadCache(); !loaded)
        return Error {loaded.error()};
    const QDateTime now = m_incidents.clock().now();
    const QString author = QStringLiteral("alertmanager:") + endpoint;
    IngestReport report;
    report.received = int(alerts.size());
    QHash<QString, CachedAlert> changed; // written in this transaction, applied after commit
    QHash<QString, IncidentId> openIncidentOfGroup;

    Transaction transaction(m_database);
    if (auto begun = transaction.begun(); !begun)
        return Error {begun.error()};
    Result<QHash<QString, AlertGroup>> groups = m_store.groups();
    if (!groups)
        return Error {groups.error()};

    // The open incident a group's alerts join, opening one if the group has none.
    const auto incidentFor = [&](const Alert &alert, const QString &key) -> Result<IncidentId> {
        if (const auto known = openIncidentOfGroup.constFind(key);
            known != openIncidentOfGroup.cend())
            return *known;
        AlertGroup group = groups.value().value(key);
        if (group.incidentId > 0) {
            const Result<Incident> incident = m_incidents.incident(group.incidentId);
            if (incident && incident.value().isOpen()) {
                openIncidentOfGroup.insert(key, group.incidentId);
                return group.incidentId;
            }
        }
        const Result<Incident> declared = declareFor(alert, key, author);
        if (!declared)
            return Error {declared.error()};
        group = AlertGroup {key, m_routing.groupLabels(alert), declared.value().id,
                            group.createdAt.isValid() ? group.createdAt : now};
        if (auto saved = m_store.saveGroup(group); !saved)
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
        const auto cached = m_cache.constFind(alert.fingerprint);
        const bool known = cached != m_cache.cend();
        const bool firing = !alert.hasEnded(now);
        if (known && !cached->isResolved()) {
            CachedAlert updated = *cached;
            updated.alert = alert;
            updated.endpoint = endpoint;
            if (!firing) {
                updated.resolvedAt = now;
                ++report.resolvedAlerts;
                resolvedFor[updated.incidentId] << alert;
            } else if (sameState(cached->alert, alert)) {
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
        fresh.groupKey = m_routing.groupKey(alert);
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
    for (const CachedAlert &cached : std::as_const(m_cache)) {
        if (cached.endpoint != endpoint || cached.isResolved()
            || reported.contains(cached.alert.fingerprint))
            continue;
        CachedAlert updated = cached;
        updated.resolvedAt = now;
        ++report.resolvedAlerts;
        resolvedFor[updated.incidentId] << cached.alert;
        changed.insert(cached.alert.fingerprint, updated);
    }
    // One timeline entry per incident and ingest, however many alerts a storm brings.
    for (auto it = firedFor.begin(); it != firedFor.end(); ++it) {
        QDateTime earliest = now;
        for (const Alert &alert : it.value())
            earliest = std::min(earliest, alert.startsAt);
        if (auto noted
            = record(it.key(), TimelineKind::AlertFired,
                     summarise(tr("Alert firing: %1"), tr("%1 alerts firing: %2"), it.value()),
                     author, earliest);
            !noted)
            return Error {noted.error()};
    }
    for (auto it = resolvedFor.begin(); it != resolvedFor.end(); ++it) {
        if (auto noted
            = record(it.key(), TimelineKind::AlertResolved,
                     summarise(tr("Alert resolved: %1"), tr("%1 alerts resolved: %2"), it.value()),
                     author, now);
            !noted)
            return Error {noted.error()};
    }
    for (const CachedAlert &alert : std::as_const(changed)) {
        if (auto saved = m_store.save(alert); !saved)
            return Error {saved.error()};
    }
    // The cache mirrors the table only once the change is saved, and before anyone hears of it.
    if (!changed.isEmpty())
        m_database.afterCommit([this, changed] {
            for (auto it = changed.begin(); it != changed.end(); ++it)
                m_cache.insert(it.key(), it.value());
            Q_EMIT alertsChanged();
        });
    if (auto committed = transaction.commit(); !committed)
        return Error {committed.error()};
    return report;
}

Result<QList<CachedAlert>> AlertService::alerts()
{
    if (auto loaded = loadCache(); !loaded)
        return Error {loaded.error()};
    QList<CachedAlert> all = m_cache.values();
    std::sort(all.begin(), all.end(), [](const CachedAlert &a, const CachedAlert &b) {
        return std::tie(b.alert.startsAt, a.alert.fingerprint)
                < std::tie(a.alert.startsAt, b.alert.fingerprint);
    });
    return all;
}

Result<QList<CachedAlert>> AlertService::alertsOf(IncidentId incidentId)
{
    return m_store.forIncident(incidentId);
}

Result<std::optional<AlertGroup>> AlertService::groupOf(const QString &groupKey)
{
    return m_store.group(groupKey);
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
    QList<CachedAlert> moved;
    const QDateTime now = m_incidents.clock().now();
    for (const QString &fingerprint : fingerprints) {
        const auto cached = m_cache.constFind(fingerprint);
        if (cached == m_cache.cend())
            return Error {tr("There is no alert %1 in the cache.").arg(fingerprint)};
        if (cached->incidentId == incidentId)
            continue;
        CachedAlert updated = *cached;
        updated.incidentId = incidentId;
        if (auto saved = m_store.save(updated); !saved)
            return Error {saved.error()};
        moved << updated;
    }
    if (!moved.isEmpty()) {
        if (auto noted
            = record(incidentId, TimelineKind::AlertFired,
                     tr("Alerts attached from the inbox: %1").arg(moved.size()), author, now);
            !noted)
            return Error {noted.error()};
        m_database.afterCommit([this, moved] {
            for (const CachedAlert &alert : moved)
                m_cache.insert(alert.alert.fingerprint, alert);
            Q_EMIT alertsChanged();
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
    const Result<Incident> declared = declareFor(first, lead->groupKey, author);
    if (!declared)
        return declared;
    if (auto attached = attach(fingerprints, declared.value().id, author); !attached)
        return Error {attached.error()};
    if (auto committed = transaction.commit(); !committed)
        return Error {committed.error()};
    return declared;
}

Result<QList<Silence>> AlertService::silences()
{
    return m_store.silences();
}

Result<void> AlertService::recordSilence(const Silence &silence)
{
    Transaction transaction(m_database);
    if (auto begun = transaction.begun(); !begun)
        return Error {begun.error()};
    if (auto saved = m_store.saveSilence(silence); !saved)
        return saved;
    return transaction.commit();
}

} // namespace sitrep
