#include "incidentservice.h"

#include "announcements.h"
#include "declaration.h"
#include "domain/lifecycle.h"
#include "domain/uuidv7.h"
#include "storage/database.h"
#include "storage/incidentstore.h"
#include "storage/teamqueue.h"
#include "storage/timelinestore.h"
#include "storage/transaction.h"
#include "teamapplier.h"
#include "teamrecorder.h"

namespace sitrep {

IncidentService::IncidentService(Database &database, SeverityPolicy policy, const Clock &clock,
                                 QObject *parent)
    : QObject(parent),
      m_database(database),
      m_incidents(std::make_unique<IncidentStore>(database)),
      m_timeline(std::make_unique<TimelineStore>(database)),
      m_policy(std::move(policy)),
      m_clock(clock)
{
    connect(this, &IncidentService::incidentChanged, this, [this](const Incident &incident) {
        const auto known = m_labels.find(incident.id);
        if (known == m_labels.end() || *known == incident.label())
            return;
        *known = incident.label();
        Q_EMIT incidentRelabelled(incident.id);
    });
}

QString IncidentService::labelOf(IncidentId id)
{
    if (id <= 0)
        return {};
    if (const auto known = m_labels.constFind(id); known != m_labels.cend())
        return *known;
    const QString label = m_incidents->labelOf(id);
    m_labels.insert(id, label);
    return label;
}

TimelineEvent IncidentService::timelineEvent(const Incident &incident, TimelineKind kind,
                                             const QString &text, const QString &author) const
{
    return Declaration::capturedEntry(incident.id, kind, text, author, m_clock.now());
}

IncidentService::~IncidentService() = default;

Result<Incident> IncidentService::declare(const IncidentDraft &draft, const QString &author)
{
    Transaction transaction(m_database);
    if (auto begun = transaction.begun(); !begun)
        return Error {begun.error()};
    Result<Incident> declared = Declaration::declare(m_database, draft, author, m_clock.now());
    if (!declared)
        return declared;
    m_database.afterCommit([this, incident = declared.value()] { announceDeclared(incident); });
    if (auto committed = transaction.commit(); !committed)
        return Error {committed.error()};
    return declared;
}

void IncidentService::announceDeclared(const Incident &incident)
{
    Q_EMIT incidentDeclared(incident);
}

void IncidentService::announceTimelineEntry(const TimelineEvent &entry)
{
    Q_EMIT timelineEntryAdded(entry);
}

void IncidentService::announceFromTeam(const TeamApplied &applied)
{
    const auto each = [this](const QList<IncidentId> &ids, const auto &announce) {
        for (const IncidentId id : ids) {
            if (const Result<std::optional<Incident>> found = m_incidents->find(id);
                found && found.value())
                announce(*found.value());
        }
    };
    m_fromTeam = true;
    const auto done = qScopeGuard([this] { m_fromTeam = false; });
    m_importing = true;
    each(applied.declared, [this](const Incident &incident) { Q_EMIT incidentDeclared(incident); });
    m_importing = false;
    each(applied.changed, [this](const Incident &incident) { Q_EMIT incidentChanged(incident); });
    for (const qint64 id : applied.addedEntries) {
        if (const Result<std::optional<TimelineEvent>> found = m_timeline->find(id);
            found && found.value())
            Q_EMIT timelineEntryAdded(*found.value());
    }
}

Result<Incident> IncidentService::apply(IncidentId id, const Change &change,
                                        const Announce &announce)
{
    Transaction transaction(m_database);
    if (auto begun = transaction.begun(); !begun)
        return Error {begun.error()};
    const Result<std::optional<Incident>> found = m_incidents->find(id);
    if (!found)
        return Error {found.error()};
    if (!found.value())
        return Error {tr("There is no incident #%1.").arg(id)};

    Incident incident = *found.value();
    QList<TimelineEvent> entries;
    if (const auto refusal = change(incident, entries))
        return Error {*refusal};
    if (auto updated = m_incidents->update(incident); !updated)
        return Error {updated.error()};
    TeamRecorder team(m_database);
    if (auto recorded = team.changed(*found.value(), incident); !recorded)
        return Error {recorded.error()};
    for (TimelineEvent &entry : entries) {
        const Result<qint64> appended = m_timeline->append(entry);
        if (!appended)
            return Error {appended.error()};
        entry.id = appended.value();
        if (auto recorded = team.timelineEntry(entry.id); !recorded)
            return Error {recorded.error()};
    }
    if (announce) {
        if (auto queued = Announcements::queue(m_database, announce(incident)); !queued)
            return Error {queued.error()};
    }
    m_database.afterCommit([this, incident, entries] {
        Q_EMIT incidentChanged(incident);
        for (const TimelineEvent &entry : entries)
            Q_EMIT timelineEntryAdded(entry);
    });
    if (auto committed = transaction.commit(); !committed)
        return Error {committed.error()};
    return incident;
}

Result<Incident> IncidentService::changeStatus(IncidentId id, IncidentStatus status,
                                               const QString &author)
{
    return apply(id,
                 [&](Incident &incident, QList<TimelineEvent> &entries) -> std::optional<QString> {
                     if (status == IncidentStatus::Resolved)
                         return tr("Resolve incident #%1 with a resolution instead of setting its "
                                   "status.")
                                 .arg(incident.reference());
                     if (!incident.isOpen())
                         return tr("Incident #%1 is resolved; reopen it with a reason first.")
                                 .arg(incident.reference());
                     if (auto refusal = Lifecycle::refusal({incident.status, status, {}, {}}))
                         return refusal;
                     entries << timelineEvent(incident, TimelineKind::StatusChanged,
                                              tr("Status changed from %1 to %2")
                                                      .arg(statusDisplayName(incident.status),
                                                           statusDisplayName(status)),
                                              author);
                     incident.status = status;
                     return std::nullopt;
                 });
}

Result<Incident> IncidentService::changeSeverity(IncidentId id, Severity severity,
                                                 const QString &author)
{
    return apply(id,
                 [&](Incident &incident, QList<TimelineEvent> &entries) -> std::optional<QString> {
                     if (incident.severity == severity)
                         return tr("Incident #%1 is already %2.")
                                 .arg(incident.reference())
                                 .arg(severityCode(severity));
                     entries << timelineEvent(
                             incident, TimelineKind::SeverityChanged,
                             tr("Severity changed from %1 to %2")
                                     .arg(severityCode(incident.severity), severityCode(severity)),
                             author);
                     incident.severity = severity;
                     return std::nullopt;
                 });
}

Result<Incident> IncidentService::changeCommander(IncidentId id, const QString &commander,
                                                  const QString &author)
{
    const QString name = commander.trimmed();
    return apply(id,
                 [&](Incident &incident, QList<TimelineEvent> &entries) -> std::optional<QString> {
                     if (name.isEmpty())
                         return tr("Name the new incident commander.");
                     if (incident.commander == name)
                         return tr("%1 is already the incident commander.").arg(name);
                     entries << timelineEvent(incident, TimelineKind::CommanderChanged,
                                              tr("Incident commander is now %1").arg(name), author);
                     incident.commander = name;
                     if (!incident.responders.contains(name))
                         incident.responders << name;
                     return std::nullopt;
                 });
}

Result<Incident> IncidentService::assignRole(IncidentId id, IncidentRole role,
                                             const QString &person, const QString &author)
{
    if (role == IncidentRole::Commander)
        return changeCommander(id, person, author);
    const QString name = person.trimmed();
    return apply(id,
                 [&](Incident &incident, QList<TimelineEvent> &entries) -> std::optional<QString> {
                     QString &holder = roleHolder(incident, role);
                     if (holder == name)
                         return name.isEmpty() ? tr("Nobody is %1.").arg(roleName(role))
                                               : tr("%1 is already %2.").arg(name, roleName(role));
                     QString text;
                     if (name.isEmpty())
                         text = tr("%1 %2 stepped down").arg(roleName(role), holder);
                     else if (holder.isEmpty())
                         text = tr("%1 is now %2").arg(roleName(role), name);
                     else
                         text = tr("%1 is now %2 (was %3)").arg(roleName(role), name, holder);
                     entries << timelineEvent(incident, TimelineKind::RoleAssigned, text, author);
                     holder = name;
                     if (!name.isEmpty() && !incident.responders.contains(name))
                         incident.responders << name;
                     return std::nullopt;
                 });
}

Result<Incident> IncidentService::addResponder(IncidentId id, const QString &person,
                                               const QString &author)
{
    const QString name = person.trimmed();
    return apply(id,
                 [&](Incident &incident, QList<TimelineEvent> &entries) -> std::optional<QString> {
                     if (name.isEmpty())
                         return tr("Name the responder.");
                     if (incident.responders.contains(name))
                         return tr("%1 is already responding.").arg(name);
                     incident.responders << name;
                     entries << timelineEvent(incident, TimelineKind::RoleAssigned,
                                              tr("%1 joined as a responder").arg(name), author);
                     return std::nullopt;
                 });
}

Result<Incident> IncidentService::removeResponder(IncidentId id, const QString &person,
                                                  const QString &author)
{
    return apply(id,
                 [&](Incident &incident, QList<TimelineEvent> &entries) -> std::optional<QString> {
                     if (!incident.responders.contains(person))
                         return tr("%1 is not responding.").arg(person);
                     for (IncidentRole role : allRoles) {
                         if (roleHolder(incident, role) == person)
                             return tr("%1 is %2: hand the role over first.")
                                     .arg(person, roleName(role));
                     }
                     incident.responders.removeAll(person);
                     entries << timelineEvent(incident, TimelineKind::RoleAssigned,
                                              tr("%1 left the responders").arg(person), author);
                     return std::nullopt;
                 });
}

Result<Incident> IncidentService::acknowledge(IncidentId id, const QString &author)
{
    Result<Incident> acknowledged = apply(
            id,
            [&](Incident &incident, QList<TimelineEvent> &entries) -> std::optional<QString> {
                if (incident.acknowledgedAt.isValid())
                    return tr("Incident #%1 was already acknowledged.").arg(incident.reference());
                incident.acknowledgedAt = m_clock.now();
                entries << timelineEvent(incident, TimelineKind::Note,
                                         tr("Acknowledged by %1").arg(author), author);
                return std::nullopt;
            },
            // A paging provider (PagerDuty) stops its own escalation.
            [&](const Incident &incident) {
                Announcement acknowledged
                        = announcement(Announcement::Kind::Acknowledged, incident);
                acknowledged.person = author;
                return acknowledged;
            });
    if (acknowledged)
        Q_EMIT incidentAcknowledged(acknowledged.value(), author);
    return acknowledged;
}

Result<Incident> IncidentService::resolve(IncidentId id, const QString &resolution,
                                          const QString &rootCause, const QString &author)
{
    return apply(
            id,
            [&](Incident &incident, QList<TimelineEvent> &entries) -> std::optional<QString> {
                if (auto refusal = Lifecycle::refusal(
                            {incident.status, IncidentStatus::Resolved, resolution, {}}))
                    return refusal;
                incident.status = IncidentStatus::Resolved;
                incident.resolvedAt = m_clock.now();
                incident.resolution = resolution.trimmed();
                if (!rootCause.trimmed().isEmpty())
                    incident.rootCause = rootCause.trimmed();
                entries << timelineEvent(incident, TimelineKind::Resolved,
                                         tr("Resolved: %1").arg(incident.resolution), author);
                return std::nullopt;
            },
            [this](const Incident &incident) {
                return announcement(Announcement::Kind::Resolved, incident);
            });
}

Result<Incident> IncidentService::postUpdate(IncidentId id, IncidentStatus status,
                                             const QString &message, const QString &author)
{
    const QString text = message.trimmed();
    return apply(
            id,
            [&](Incident &incident, QList<TimelineEvent> &entries) -> std::optional<QString> {
                if (text.isEmpty())
                    return tr("Write the update's message: it is what stakeholders read.");
                if (status == IncidentStatus::Resolved && incident.isOpen())
                    return tr("Resolve incident #%1 first (Resolve…): a resolution needs what "
                              "fixed it, and the resolution is announced then.")
                            .arg(incident.reference());
                if (status != IncidentStatus::Resolved && !incident.isOpen())
                    return tr("Incident #%1 is resolved: reopen it before posting a \"%2\" "
                              "update.")
                            .arg(incident.reference())
                            .arg(statusDisplayName(status));
                incident.status = status;
                incident.lastUpdateAt = m_clock.now();
                entries << timelineEvent(
                        incident, TimelineKind::StatusUpdatePosted,
                        tr("Status update (%1): %2").arg(statusDisplayName(status), text), author);
                return std::nullopt;
            },
            [this, status, text](const Incident &incident) {
                Announcement update = announcement(Announcement::Kind::Update, incident);
                update.status = status;
                update.message = text;
                return update;
            });
}

Announcement IncidentService::announcement(Announcement::Kind kind, const Incident &incident) const
{
    Announcement made;
    made.kind = kind;
    made.incident = incident;
    made.status = incident.status;
    made.at = m_clock.now();
    if (incident.isOpen())
        made.nextUpdateDue = m_policy.nextUpdateDue(incident);
    return made;
}

Result<QList<std::pair<QString, QString>>>
IncidentService::previewUpdate(IncidentId id, IncidentStatus status, const QString &message)
{
    const Result<Incident> found = incident(id);
    if (!found)
        return Error {found.error()};
    Incident after = found.value();
    after.lastUpdateAt = m_clock.now();
    if (status != IncidentStatus::Resolved)
        after.status = status;
    Announcement update = announcement(Announcement::Kind::Update, after);
    update.status = status;
    update.message = message.trimmed();
    return Announcements::preview(m_database, update);
}

Result<Incident> IncidentService::reopen(IncidentId id, const QString &reason,
                                         const QString &author)
{
    return apply(id,
                 [&](Incident &incident, QList<TimelineEvent> &entries) -> std::optional<QString> {
                     if (incident.isOpen())
                         return tr("Incident #%1 is not resolved, so it cannot be reopened.")
                                 .arg(incident.reference());
                     if (auto refusal = Lifecycle::refusal(
                                 {incident.status, IncidentStatus::Investigating, {}, reason}))
                         return refusal;
                     entries << timelineEvent(incident, TimelineKind::Reopened,
                                              tr("Reopened: %1").arg(reason.trimmed()), author);
                     incident.status = IncidentStatus::Investigating;
                     // The earlier resolution stays in the timeline; the incident is open again.
                     incident.resolvedAt = QDateTime();
                     incident.lastUpdateAt = m_clock.now();
                     return std::nullopt;
                 });
}

Result<QList<Incident>> IncidentService::importHistory(const QList<Incident> &incidents,
                                                       const QString &author)
{
    Transaction transaction(m_database);
    if (auto begun = transaction.begun(); !begun)
        return Error {begun.error()};
    QList<Incident> imported;
    imported.reserve(incidents.size());
    TeamRecorder team(m_database);
    for (Incident incident : incidents) {
        if (incident.uid.isNull())
            incident.uid = UuidV7::make(QDateTime::currentMSecsSinceEpoch());
        const Result<IncidentId> id = m_incidents->insert(incident);
        if (!id)
            return Error {id.error()};
        incident.id = id.value();
        if (auto recorded = team.declared(incident.id); !recorded)
            return Error {recorded.error()};
        TimelineEvent declared = timelineEvent(incident, TimelineKind::Declared,
                                               Declaration::declaredText(incident), author);
        declared.at = incident.detectedAt;
        QList<TimelineEvent> entries {declared};
        if (!incident.isOpen()) {
            TimelineEvent resolved
                    = timelineEvent(incident, TimelineKind::Resolved,
                                    tr("Resolved: %1").arg(incident.resolution), author);
            resolved.at = incident.resolvedAt;
            entries << resolved;
        }
        for (const TimelineEvent &entry : std::as_const(entries)) {
            const Result<qint64> appended = m_timeline->append(entry);
            if (!appended)
                return Error {appended.error()};
            if (auto recorded = team.timelineEntry(appended.value()); !recorded)
                return Error {recorded.error()};
        }
        imported.append(incident);
    }
    if (auto committed = transaction.commit(); !committed)
        return Error {committed.error()};
    m_importing = true;
    for (const Incident &incident : std::as_const(imported))
        Q_EMIT incidentDeclared(incident);
    m_importing = false;
    return imported;
}

Result<Incident> IncidentService::incident(IncidentId id)
{
    const Result<std::optional<Incident>> found = m_incidents->find(id);
    if (!found)
        return Error {found.error()};
    if (!found.value())
        return Error {tr("There is no incident #%1.").arg(id)};
    return *found.value();
}

Result<std::optional<IncidentId>> IncidentService::resolve(const QString &reference)
{
    QString word = reference.trimmed();
    if (word.startsWith(u'#'))
        word.remove(0, 1);
    const auto found = [&reference](const Result<std::optional<IncidentId>> &id)
            -> Result<std::optional<IncidentId>> {
        if (id && !id.value()) {
            const QString named = reference.trimmed();
            return Error {tr("There is no incident %1.")
                                  .arg(named.startsWith(u'#') ? named : u'#' + named)};
        }
        return id;
    };
    if (const QUuid uid(word); !uid.isNull())
        return found(m_incidents->idOf(uid));
    if (word.startsWith(QLatin1String("P-"), Qt::CaseInsensitive) && word.size() > 2) {
        const Result<QList<IncidentId>> ids = m_incidents->provisionalIds(word.mid(2));
        if (!ids)
            return Error {ids.error()};
        if (ids.value().size() > 1)
            return Error {tr("%1 names more than one incident: give its whole uid.")
                                  .arg(reference.trimmed())};
        return found(ids.value().isEmpty() ? std::optional<IncidentId>()
                                           : std::optional(ids.value().first()));
    }
    bool ok = false;
    const qint64 number = word.toLongLong(&ok);
    if (!ok || number <= 0)
        return std::optional<IncidentId>();
    const Result<QString> team = TeamQueue(m_database).team();
    if (!team)
        return Error {team.error()};
    if (!team.value().isEmpty())
        return found(m_incidents->idOfNumber(number));
    return std::optional<IncidentId>(number);
}

Result<QList<Incident>> IncidentService::incidents(IncidentSelection selection)
{
    return m_incidents->list(selection);
}

Result<QList<Incident>> IncidentService::latestIncidents(int count)
{
    return m_incidents->latest(count);
}

Result<QList<TimelineEvent>> IncidentService::timeline(IncidentId id)
{
    return m_timeline->list(id);
}

} // namespace sitrep
