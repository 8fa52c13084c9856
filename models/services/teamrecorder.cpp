#include "teamrecorder.h"

#include "domain/teamchange.h"
#include "domain/teamincidentfields.h"
#include "domain/teampostmortemfields.h"
#include "domain/teamrole.h"
#include "domain/teamurl.h"
#include "domain/uuidv7.h"
#include "storage/checkliststore.h"
#include "storage/database.h"
#include "storage/incidentstore.h"
#include "storage/postmortemstore.h"
#include "storage/teamfields.h"
#include "storage/teamqueue.h"
#include "storage/timelinestore.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>

namespace sitrep {

namespace {

// Solo mode records nothing; a file that cannot say which mode it is in is a problem.
Result<void> nothingRecorded(const Result<bool> &recording)
{
    return recording ? Result<void>() : Result<void>(Error {recording.error()});
}

QJsonObject valued(const QJsonValue &value)
{
    return {{QStringLiteral("value"), value}};
}

} // namespace

TeamRecorder::TeamRecorder(Database &database) : m_database(database) { }

QUuid TeamRecorder::postmortemUid(const QUuid &incident)
{
    return UuidV7::derived("postmortem/" + incident.toByteArray(QUuid::WithoutBraces));
}

QUuid TeamRecorder::documentUid(TeamDocumentStore::Kind kind, const QString &name)
{
    return UuidV7::derived("document/" + TeamDocumentStore::kindKey(kind).toUtf8() + '/'
                           + name.toUtf8());
}

Result<bool> TeamRecorder::recording()
{
    if (!m_recording) {
        const Result<QString> team = TeamQueue(m_database).team();
        if (!team)
            return Error {team.error()};
        m_recording = !team.value().isEmpty();
        if (*m_recording) {
            const Result<TeamUrl> url = TeamUrl::parse(team.value());
            m_author = url ? url.value().user : QString();
            const Result<QString> readOnly = TeamQueue(m_database).readOnly();
            if (!readOnly)
                return Error {readOnly.error()};
            m_readOnly = readOnly.value();
        }
    }
    // A change the server could not take would wait forever: it is refused before it is made.
    if (*m_recording && !m_readOnly.isEmpty())
        return Error {tr("This console is read-only: %1. Changes made before wait in its "
                         "queue.")
                              .arg(m_readOnly)};
    return *m_recording;
}

bool TeamRecorder::watchesOnly(Database &database)
{
    TeamQueue queue(database);
    const Result<QString> team = queue.team();
    if (!team || team.value().isEmpty())
        return false;
    const Result<QString> role = queue.role();
    // Not asked yet: the loops run, and the recorder refuses what the server would.
    if (!role || role.value().isEmpty())
        return false;
    return !TeamRoles::canWrite(TeamRoles::parse(role.value()).value_or(TeamRole::None));
}

QString TeamRecorder::refusal(Database &database)
{
    const Result<bool> writable = TeamRecorder(database).recording();
    return writable ? QString() : writable.error();
}

Result<QUuid> TeamRecorder::incidentUid(IncidentId id)
{
    return IncidentStore(m_database).uidOf(id);
}

Result<void> TeamRecorder::record(const char *entity, const QUuid &entityUid, const QString &field,
                                  const QJsonObject &payload,
                                  const QList<std::pair<QString, QJsonObject>> &winners)
{
    TeamQueue queue(m_database);
    const Result<HlcStamp> last = queue.clock();
    if (!last)
        return Error {last.error()};
    HybridClock clock(last.value());
    TeamChange change;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    change.uid = UuidV7::make(now);
    TeamFields fields(m_database);
    if (m_importing) {
        // Named by what it imports: a second import, or one from a copy of the same file,
        // makes the same change, which this console skips and the server applies once. What
        // it says counts too (not what it replaced): two consoles bringing different
        // schedules of one name both reach the team, and the merge keeps a copy of the loser.
        QJsonObject said = payload;
        said.remove(QStringLiteral("base"));
        said.remove(QStringLiteral("settles"));
        change.uid = UuidV7::derived(
                "import/" + entityUid.toByteArray(QUuid::WithoutBraces) + '/' + field.toUtf8() + '/'
                + QCryptographicHash::hash(QJsonDocument(said).toJson(QJsonDocument::Compact),
                                           QCryptographicHash::Sha256)
                          .toHex());
        const Result<bool> fresh = fields.markSeen(change.uid);
        if (!fresh || !fresh.value())
            return fresh ? Result<void>() : Result<void>(Error {fresh.error()});
    }
    change.entity = QString::fromLatin1(entity);
    change.entityUid = entityUid;
    change.field = field;
    change.payload = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    const HlcStamp stamp = clock.stamp(now);
    change.hlcMs = stamp.ms;
    change.hlcCounter = stamp.counter;
    if (auto saved = queue.saveClock(clock.last()); !saved)
        return saved;
    if (auto queued = queue.enqueue(change); !queued)
        return queued;
    for (const auto &[name, value] : winners) {
        const FieldWinner winner {change.uid, stamp, m_author,
                                  QJsonDocument(value).toJson(QJsonDocument::Compact)};
        if (auto set = fields.setWinner(entityUid, name, winner); !set)
            return set;
    }
    const Result<bool> seen = fields.markSeen(change.uid);
    return seen ? Result<void>() : Result<void>(Error {seen.error()});
}

Result<int> TeamRecorder::importHistory()
{
    const Result<bool> on = recording();
    if (!on)
        return Error {on.error()};
    if (!on.value())
        return Error {tr("This console is in solo mode: there is no team to bring its history "
                         "to.")};
    m_importing = true;
    const auto done = qScopeGuard([this] { m_importing = false; });
    const Result<QList<Incident>> incidents
            = IncidentStore(m_database).list(IncidentSelection::All);
    if (!incidents)
        return Error {incidents.error()};
    int brought = 0;
    for (const Incident &incident : incidents.value()) {
        if (incident.teamNumber > 0)
            continue; // the team's already
        if (auto recorded = declared(incident.id); !recorded)
            return Error {recorded.error()};
        const Result<QList<TimelineEvent>> entries
                = TimelineStore(m_database).list(incident.id, true);
        if (!entries)
            return Error {entries.error()};
        for (const TimelineEvent &entry : entries.value()) {
            if (auto recorded = timelineEntry(entry.id); !recorded)
                return Error {recorded.error()};
        }
        const Result<QList<ChecklistTick>> ticks = ChecklistStore(m_database).ticks(incident.id);
        if (!ticks)
            return Error {ticks.error()};
        for (const ChecklistTick &ticked : ticks.value()) {
            if (auto recorded = tick(incident.id, ticked.itemKey, true, ticked.by, ticked.at);
                !recorded)
                return Error {recorded.error()};
        }
        const Result<std::optional<StoredPostmortem>> postmortem
                = PostmortemStore(m_database).find(incident.id);
        if (!postmortem)
            return Error {postmortem.error()};
        if (postmortem.value()) {
            if (auto recorded = this->postmortem(std::nullopt, *postmortem.value()); !recorded)
                return Error {recorded.error()};
        }
        ++brought;
    }
    // And the settings the team will share.
    TeamDocumentStore documents(m_database);
    for (const auto kind : {TeamDocumentStore::Kind::Schedule, TeamDocumentStore::Kind::Channel,
                            TeamDocumentStore::Kind::Slo, TeamDocumentStore::Kind::Leads}) {
        const Result<QStringList> names = documents.names(kind);
        if (!names)
            return Error {names.error()};
        for (const QString &name : names.value()) {
            if (auto recorded = document(kind, name); !recorded)
                return Error {recorded.error()};
        }
    }
    return brought;
}

Result<void> TeamRecorder::declared(IncidentId id, const QString &dedupKey)
{
    if (const Result<bool> on = recording(); !on || !on.value())
        return nothingRecorded(on);
    // The stored row, as every console will have it.
    const Result<std::optional<Incident>> found = IncidentStore(m_database).find(id);
    if (!found || !found.value())
        return Error {found ? tr("Could not record incident #%1 for the team.").arg(id)
                            : found.error()};
    const Incident &incident = *found.value();
    QJsonArray fields;
    QList<std::pair<QString, QJsonObject>> winners;
    int index = 0;
    for (const TeamField &field : TeamIncidentFields::all(incident)) {
        fields.append(QJsonArray {field.name, field.value});
        QJsonObject winner = valued(field.value);
        winner.insert(QStringLiteral("index"), index++);
        winners.append({field.name, winner});
    }
    QJsonObject payload {{QStringLiteral("fields"), fields}};
    if (!dedupKey.isEmpty())
        payload.insert(QLatin1String(dedupKeyName), dedupKey);
    return record(incidentEntity, incident.uid, QString::fromLatin1(declaredField), payload,
                  winners);
}

Result<void> TeamRecorder::changed(const Incident &before, const Incident &after)
{
    if (const Result<bool> on = recording(); !on || !on.value())
        return nothingRecorded(on);
    for (const TeamField &field : TeamIncidentFields::changed(before, after)) {
        // What this change replaced: a console that had another winner was writing at the
        // same time (and the timeline will say whose change was superseded).
        const Result<QJsonValue> base = baseOf(after.uid, field.name);
        if (!base)
            return Error {base.error()};
        QJsonObject payload = valued(field.value);
        payload.insert(QStringLiteral("base"), base.value());
        if (auto recorded = record(incidentEntity, after.uid, field.name, payload,
                                   {{field.name, valued(field.value)}});
            !recorded)
            return recorded;
    }
    return {};
}

Result<QJsonValue> TeamRecorder::baseOf(const QUuid &entity, const QString &field)
{
    const Result<std::optional<FieldWinner>> base = TeamFields(m_database).winner(entity, field);
    if (!base)
        return Error {base.error()};
    return base.value() ? QJsonValue(base.value()->change.toString(QUuid::WithoutBraces))
                        : QJsonValue(QJsonValue::Null);
}

Result<void> TeamRecorder::postmortem(const std::optional<StoredPostmortem> &before,
                                      const StoredPostmortem &after)
{
    if (const Result<bool> on = recording(); !on || !on.value())
        return nothingRecorded(on);
    const Result<QUuid> incident = incidentUid(after.postmortem.incident);
    if (!incident)
        return Error {incident.error()};
    const QUuid entity = postmortemUid(incident.value());
    TeamFields fields(m_database);
    for (const TeamField &field : before ? TeamPostmortemFields::changed(*before, after)
                                         : TeamPostmortemFields::all(after)) {
        const Result<QJsonValue> base = baseOf(entity, field.name);
        if (!base)
            return Error {base.error()};
        QJsonObject payload = valued(field.value);
        payload.insert(QStringLiteral("base"), base.value());
        payload.insert(QStringLiteral("incident"), incident.value().toString(QUuid::WithoutBraces));
        // The writer saw the section with its copies: what they wrote settles them.
        const Result<QList<std::pair<QString, FieldWinner>>> copies
                = fields.winners(entity, TeamFields::copiesOf(field.name));
        if (!copies)
            return Error {copies.error()};
        QJsonArray settles;
        for (const auto &[copyField, copy] : copies.value()) {
            settles.append(copy.change.toString(QUuid::WithoutBraces));
            if (auto removed = fields.remove(entity, copyField); !removed)
                return removed;
        }
        if (!settles.isEmpty())
            payload.insert(QStringLiteral("settles"), settles);
        if (auto recorded = record(postmortemEntity, entity, field.name, payload,
                                   {{field.name, valued(field.value)}});
            !recorded)
            return recorded;
    }
    return {};
}

Result<void> TeamRecorder::document(TeamDocumentStore::Kind kind, const QString &name)
{
    if (const Result<bool> on = recording(); !on || !on.value())
        return nothingRecorded(on);
    const Result<QJsonValue> value = TeamDocumentStore(m_database).read(kind, name);
    if (!value)
        return Error {value.error()};
    const QUuid entity = documentUid(kind, name);
    const QString field = QString::fromLatin1(documentField);
    const Result<QJsonValue> base = baseOf(entity, field);
    if (!base)
        return Error {base.error()};
    QJsonObject payload = valued(value.value());
    payload.insert(QStringLiteral("kind"), TeamDocumentStore::kindKey(kind));
    payload.insert(QStringLiteral("name"), name);
    payload.insert(QStringLiteral("base"), base.value());
    return record(documentEntity, entity, field, payload, {{field, valued(value.value())}});
}

Result<void> TeamRecorder::timelineEntry(qint64 entryId)
{
    if (const Result<bool> on = recording(); !on || !on.value())
        return nothingRecorded(on);
    const Result<std::optional<TimelineEvent>> found = TimelineStore(m_database).find(entryId);
    if (!found || !found.value())
        return Error {found ? tr("Could not record timeline entry %1 for the team.").arg(entryId)
                            : found.error()};
    const TimelineEvent &entry = *found.value();
    const Result<QUuid> incident = incidentUid(entry.incidentId);
    if (!incident)
        return Error {incident.error()};
    const QJsonObject value {
            {QStringLiteral("incident"), incident.value().toString(QUuid::WithoutBraces)},
            {QStringLiteral("at"), TeamIncidentFields::timeValue(entry.at)},
            {QStringLiteral("author"), entry.author},
            {QStringLiteral("kind"), timelineKindKey(entry.kind)},
            {QStringLiteral("text"), entry.text},
            {QStringLiteral("key"), entry.key},
            {QStringLiteral("automatic"), entry.automatic},
            {QStringLiteral("deleted_at"), TeamIncidentFields::timeValue(entry.deletedAt)},
    };
    return record(timelineEntity, entry.uid, QString::fromLatin1(entryField), valued(value),
                  {{QString::fromLatin1(entryField), valued(value)}});
}

Result<void> TeamRecorder::tick(IncidentId id, const QString &item, bool ticked, const QString &by,
                                const QDateTime &at)
{
    return recordWhole(id, checklistEntity, item, tickField,
                       {{QStringLiteral("item"), item},
                        {QStringLiteral("ticked"), ticked},
                        {QStringLiteral("by"), by},
                        {QStringLiteral("at"), TeamIncidentFields::timeValue(at)}});
}

Result<void> TeamRecorder::room(IncidentId id, const QString &channel, const ChatRoom &room)
{
    return recordWhole(id, roomEntity, channel, roomField,
                       {{QStringLiteral("channel"), channel},
                        {QStringLiteral("id"), room.id},
                        {QStringLiteral("name"), room.name}});
}

Result<void> TeamRecorder::recordWhole(IncidentId id, const char *entity, const QString &name,
                                       const char *field, QJsonObject value)
{
    if (const Result<bool> on = recording(); !on || !on.value())
        return nothingRecorded(on);
    const Result<QUuid> incident = incidentUid(id);
    if (!incident)
        return Error {incident.error()};
    value.insert(QStringLiteral("incident"), incident.value().toString(QUuid::WithoutBraces));
    const QUuid uid = UuidV7::derived(QByteArray(entity) + '/'
                                      + incident.value().toByteArray(QUuid::WithoutBraces) + '/'
                                      + name.toUtf8());
    return record(entity, uid, QString::fromLatin1(field), valued(value),
                  {{QString::fromLatin1(field), valued(value)}});
}

} // namespace sitrep
