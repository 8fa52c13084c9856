#include "teamapplier.h"

#include "declaration.h"
#include "domain/teamincidentfields.h"
#include "domain/uuidv7.h"
#include "storage/checkliststore.h"
#include "storage/database.h"
#include "storage/incidentstore.h"
#include "storage/outboxstore.h"
#include "storage/teamfields.h"
#include "storage/teamqueue.h"
#include "storage/timelinestore.h"
#include "teamdocumentapplier.h"
#include "teampostmortemapplier.h"
#include "teamrecorder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

namespace sitrep {

namespace {

Q_LOGGING_CATEGORY(teamLog, "sitrep.team")

QJsonObject parsed(const QByteArray &payload)
{
    return QJsonDocument::fromJson(payload).object();
}

} // namespace

TeamApplier::TeamApplier(Database &database)
    : m_database(database),
      m_fields(std::make_unique<TeamFields>(database)),
      m_incidents(std::make_unique<IncidentStore>(database)),
      m_postmortems(std::make_unique<TeamPostmortemApplier>(database, *m_fields)),
      m_documents(std::make_unique<TeamDocumentApplier>(database, *m_fields))
{ }

void TeamApplier::noteChanged(IncidentId id)
{
    if (!m_touched.contains(id)) {
        m_touched.insert(id);
        m_applied.changed.append(id);
    }
}

TeamApplier::~TeamApplier() = default;

Result<TeamApplied> TeamApplier::apply(const QList<TeamChange> &page)
{
    m_applied = {};
    m_touched.clear();
    TeamQueue queue(m_database);
    const Result<HlcStamp> last = queue.clock();
    if (!last)
        return Error {last.error()};
    m_clock = HybridClock(last.value());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const TeamChange &change : page) {
        const Result<bool> fresh = m_fields->markSeen(change.uid);
        if (!fresh)
            return Error {fresh.error()};
        if (!fresh.value())
            continue;
        // A change made after this one was seen here will sort after it.
        m_clock.observe({change.hlcMs, change.hlcCounter}, now);
        const QJsonObject payload = parsed(change.payload);
        Result<void> applied;
        if (change.entity == QLatin1String(TeamRecorder::incidentEntity))
            applied = change.field == QLatin1String(TeamRecorder::declaredField)
                    ? applyDeclared(change, payload)
                    : change.field == QLatin1String(TeamRecorder::numberField)
                    ? applyNumber(change, payload)
                    : change.field == QLatin1String(TeamRecorder::refusedField)
                    ? applyRefused(change, payload)
                    : applyIncidentField(change, payload);
        else if (change.entity == QLatin1String(TeamRecorder::timelineEntity))
            applied = applyEntry(change, payload);
        else if (change.entity == QLatin1String(TeamRecorder::checklistEntity))
            applied = applyTick(change, payload);
        else if (change.entity == QLatin1String(TeamRecorder::roomEntity))
            applied = applyRoom(change, payload);
        else if (change.entity == QLatin1String(TeamRecorder::postmortemEntity))
            applied = applyPostmortem(change, payload);
        else if (change.entity == QLatin1String(TeamRecorder::documentEntity))
            applied = applyDocument(change, payload);
        else
            qCInfo(teamLog) << "team change of unknown kind kept in the log:" << change.entity;
        if (!applied)
            return Error {applied.error()};
    }
    if (auto saved = queue.saveClock(m_clock.last()); !saved)
        return Error {saved.error()};
    return m_applied;
}

Result<std::optional<IncidentId>> TeamApplier::localIncident(const QJsonValue &uid)
{
    return m_incidents->idOf(QUuid(uid.toString()));
}

Result<void> TeamApplier::applyDeclared(const TeamChange &change, const QJsonObject &payload)
{
    IncidentStore &incidents = *m_incidents;
    const Result<std::optional<IncidentId>> existing = incidents.idOf(change.entityUid);
    if (!existing)
        return Error {existing.error()};
    QList<TeamField> fields;
    for (const QJsonValue &pair : payload.value(u"fields").toArray())
        fields.append({pair.toArray().at(0).toString(), pair.toArray().at(1)});
    const auto claim = [&change, &fields](qsizetype index) {
        return FieldWinner::of(change,
                               {{QStringLiteral("value"), fields.at(index).value},
                                {QStringLiteral("index"), int(index)}});
    };
    if (!existing.value()) {
        // New here: every field is the declaration's.
        Incident incident;
        incident.uid = change.entityUid;
        for (qsizetype index = 0; index < fields.size(); ++index) {
            TeamIncidentFields::apply(incident, fields.at(index));
            if (auto set
                = m_fields->setWinner(change.entityUid, fields.at(index).name, claim(index));
                !set)
                return set;
        }
        const Result<IncidentId> id = incidents.insert(incident);
        if (!id)
            return Error {id.error()};
        m_touched.insert(id.value());
        m_applied.declared.append(id.value());
        return {};
    }
    // Declared here too (one alert group seen by two consoles): each field is the
    // declaration's unless a later change has it already.
    const Result<std::optional<Incident>> found = incidents.find(*existing.value());
    if (!found || !found.value())
        return Error {found ? tr("Could not apply a declaration from the team.") : found.error()};
    Incident incident = *found.value();
    bool changed = false;
    for (qsizetype index = 0; index < fields.size(); ++index) {
        const TeamField &field = fields.at(index);
        const Result<std::optional<FieldWinner>> winner
                = m_fields->winner(change.entityUid, field.name);
        if (!winner)
            return Error {winner.error()};
        if (winner.value() && winner.value()->beats({change.hlcMs, change.hlcCounter}, change.uid))
            continue;
        if (auto set = m_fields->setWinner(change.entityUid, field.name, claim(index)); !set)
            return set;
        changed |= TeamIncidentFields::apply(incident, field);
    }
    if (!changed)
        return {};
    for (const QString &set : TeamIncidentFields::setNames()) {
        if (auto ordered = orderSet(incident, set); !ordered)
            return ordered;
    }
    if (auto updated = incidents.update(incident); !updated)
        return updated;
    noteChanged(incident.id);
    return {};
}

Result<void> TeamApplier::applyNumber(const TeamChange &change, const QJsonObject &payload)
{
    IncidentStore &incidents = *m_incidents;
    if (auto set
        = incidents.setTeamNumber(change.entityUid, qint64(payload.value(u"value").toDouble()));
        !set)
        return set;
    const Result<std::optional<IncidentId>> id = incidents.idOf(change.entityUid);
    if (!id)
        return Error {id.error()};
    if (id.value())
        noteChanged(*id.value());
    return {};
}

Result<void> TeamApplier::applyIncidentField(const TeamChange &change, const QJsonObject &payload)
{
    IncidentStore &incidents = *m_incidents;
    const Result<std::optional<IncidentId>> id = incidents.idOf(change.entityUid);
    if (!id)
        return Error {id.error()};
    if (!id.value()) {
        qCWarning(teamLog) << "team change for an incident this console does not have:"
                           << change.entityUid;
        return {};
    }
    const Result<bool> won
            = settle({change, change.field, {{QStringLiteral("value"), payload.value(u"value")}}},
                     payload, *id.value());
    if (!won || !won.value())
        return won ? Result<void>() : Result<void>(Error {won.error()});
    const Result<std::optional<Incident>> found = incidents.find(*id.value());
    if (!found || !found.value())
        return Error {found ? tr("Could not apply a change from the team.") : found.error()};
    Incident incident = *found.value();
    if (!TeamIncidentFields::apply(incident, {change.field, payload.value(u"value")}))
        return {};
    if (const QString set = TeamIncidentFields::setOf(change.field); !set.isEmpty()) {
        if (auto ordered = orderSet(incident, set); !ordered)
            return ordered;
    }
    if (auto updated = incidents.update(incident); !updated)
        return updated;
    noteChanged(incident.id);
    return {};
}

Result<void> TeamApplier::applyRefused(const TeamChange &change, const QJsonObject &payload)
{
    const Result<std::optional<IncidentId>> id = m_incidents->idOf(change.entityUid);
    if (!id || !id.value())
        return id ? Result<void>() : Result<void>(Error {id.error()});
    if (auto noted = noteRefused(*id.value(), change, payload); !noted)
        return noted;
    const QString field = payload.value(u"field").toString();
    const QJsonObject holder = payload.value(u"holder").toObject();
    const Result<std::optional<FieldWinner>> current = m_fields->winner(change.entityUid, field);
    if (!current)
        return Error {current.error()};
    // Only the console that made the refused change has it as the field's winner.
    if (holder.isEmpty() || !current.value()
        || current.value()->change != QUuid(payload.value(u"change").toString()))
        return {};
    const QJsonValue value = holder.value(u"value");
    const FieldWinner kept {
            QUuid(holder.value(u"change").toString()),
            {qint64(holder.value(u"hlc_ms").toDouble()), holder.value(u"hlc_counter").toInt()},
            holder.value(u"author").toString(),
            QJsonDocument(QJsonObject {{QStringLiteral("value"), value}})
                    .toJson(QJsonDocument::Compact)};
    if (auto set = m_fields->setWinner(change.entityUid, field, kept); !set)
        return set;
    if (auto withdrawn
        = withdrawSuperseded(kept.change, QDateTime::fromMSecsSinceEpoch(change.hlcMs, Qt::UTC));
        !withdrawn)
        return withdrawn;
    const Result<std::optional<Incident>> found = m_incidents->find(*id.value());
    if (!found || !found.value())
        return Error {found ? tr("Could not apply a change from the team.") : found.error()};
    Incident incident = *found.value();
    if (!TeamIncidentFields::apply(incident, {field, value}))
        return {};
    if (auto updated = m_incidents->update(incident); !updated)
        return updated;
    noteChanged(incident.id);
    return {};
}

Result<void> TeamApplier::noteRefused(IncidentId incident, const TeamChange &refusal,
                                      const QJsonObject &payload)
{
    const QString field = payload.value(u"field").toString();
    const QString author = payload.value(u"author").toString();
    const QString wanted = TeamIncidentFields::describe({field, payload.value(u"value")});
    const QJsonObject holder = payload.value(u"holder").toObject();
    const QString reason = payload.value(u"reason").toString();
    const QString text = reason == u"reopened_unseen"
            ? tr("The team server refused %1's change to %2: %3 had resolved the incident, and "
                 "reopening it needs a reason. It stays %4.")
                      .arg(author, wanted, holder.value(u"author").toString(),
                           TeamIncidentFields::describe({field, holder.value(u"value")}))
            : reason == u"no_resolution"
            ? tr("The team server refused %1's change to %2: resolving needs a resolution.")
                      .arg(author, wanted)
            : tr("The team server refused %1's change to %2 (%3).").arg(author, wanted, reason);
    return addNote(
            UuidV7::derived("refused/" + payload.value(u"change").toString().toUtf8()),
            Declaration::capturedEntry(incident, TimelineKind::FieldsUpdated, text, refusal.author,
                                       QDateTime::fromMSecsSinceEpoch(refusal.hlcMs, Qt::UTC)));
}

Result<void> TeamApplier::addNote(const QUuid &uid, TimelineEvent note)
{
    // Every console writes a note under the same uid, whichever change it saw first: once.
    TimelineStore timeline(m_database);
    const Result<std::optional<TimelineEvent>> existing = timeline.find(uid);
    if (!existing || existing.value())
        return existing ? Result<void>() : Result<void>(Error {existing.error()});
    note.uid = uid;
    const Result<qint64> id = timeline.append(note);
    if (!id)
        return Error {id.error()};
    m_applied.addedEntries.append(id.value());
    return {};
}

Result<void> TeamApplier::withdrawSuperseded(const QUuid &loser, const QDateTime &at)
{
    TimelineStore timeline(m_database);
    const Result<std::optional<TimelineEvent>> note = timeline.find(
            UuidV7::derived("superseded/" + loser.toByteArray(QUuid::WithoutBraces)));
    if (!note || !note.value() || note.value()->deletedAt.isValid())
        return note ? Result<void>() : Result<void>(Error {note.error()});
    TimelineEvent withdrawn = *note.value();
    withdrawn.deletedAt = at;
    if (auto updated = timeline.update(withdrawn); !updated)
        return updated;
    m_applied.changedEntries.append(withdrawn.id);
    return {};
}

Result<bool> TeamApplier::settle(const Claim &claim, const QJsonObject &written,
                                 IncidentId incident)
{
    const Result<std::optional<FieldWinner>> current
            = m_fields->winner(claim.change.entityUid, claim.field);
    if (!current)
        return Error {current.error()};
    const FieldWinner mine = FieldWinner::of(claim.change, claim.payload);
    if (current.value()
        && current.value()->beats({claim.change.hlcMs, claim.change.hlcCounter},
                                  claim.change.uid)) {
        // Pulled in the server's order, a change older than the winner here was made without
        // seeing it.
        if (auto noted = noteSuperseded(incident, claim.field, mine, *current.value()); !noted)
            return Error {noted.error()};
        return false;
    }
    if (current.value() && !current.value()->seenBy(written)) {
        if (auto noted = noteSuperseded(incident, claim.field, *current.value(), mine); !noted)
            return Error {noted.error()};
    }
    if (auto set = m_fields->setWinner(claim.change.entityUid, claim.field, mine); !set)
        return Error {set.error()};
    return true;
}

Result<void> TeamApplier::noteSuperseded(IncidentId incident, const QString &field,
                                         const FieldWinner &loser, const FieldWinner &winner)
{
    const auto said = [&field](const FieldWinner &change) {
        return TeamIncidentFields::describe({field, change.value()});
    };
    return addNote(UuidV7::derived("superseded/" + loser.change.toByteArray(QUuid::WithoutBraces)),
                   Declaration::capturedEntry(
                           incident, TimelineKind::FieldsUpdated,
                           tr("%1: %2's %3 superseded by %4's %5")
                                   .arg(TeamIncidentFields::fieldName(field), loser.author,
                                        said(loser), winner.author, said(winner)),
                           winner.author,
                           QDateTime::fromMSecsSinceEpoch(std::max(loser.stamp.ms, winner.stamp.ms),
                                                          Qt::UTC)));
}

Result<void> TeamApplier::orderSet(Incident &incident, const QString &set)
{
    const Result<QList<std::pair<QString, FieldWinner>>> members
            = m_fields->winners(incident.uid, set + u'/');
    if (!members)
        return Error {members.error()};
    struct Member
    {
        QString name;
        HlcStamp stamp;
        QUuid change;
        int index;
        bool present;
    };
    QList<Member> known;
    for (const auto &[field, winner] : members.value()) {
        const QJsonObject payload = parsed(winner.payload);
        known.append({field.mid(set.size() + 1), winner.stamp, winner.change,
                      payload.value(u"index").toInt(), payload.value(u"value").toBool()});
    }
    std::stable_sort(known.begin(), known.end(), [](const Member &a, const Member &b) {
        return std::tie(a.stamp, a.change, a.index) < std::tie(b.stamp, b.change, b.index);
    });
    QStringList &list = TeamIncidentFields::members(incident, set);
    // Members from before the team knew the incident keep their places in front.
    QStringList ordered;
    for (const QString &name : std::as_const(list)) {
        if (std::none_of(known.cbegin(), known.cend(),
                         [&name](const Member &member) { return member.name == name; }))
            ordered << name;
    }
    for (const Member &member : std::as_const(known)) {
        if (member.present)
            ordered << member.name;
    }
    list = ordered;
    return {};
}

Result<void> TeamApplier::applyEntry(const TeamChange &change, const QJsonObject &payload)
{
    const QJsonObject value = payload.value(u"value").toObject();
    const Result<std::optional<IncidentId>> incident = localIncident(value.value(u"incident"));
    if (!incident || !incident.value())
        return incident ? Result<void>() : Result<void>(Error {incident.error()});
    TimelineStore timeline(m_database);
    const Result<std::optional<TimelineEvent>> existing = timeline.find(change.entityUid);
    if (!existing)
        return Error {existing.error()};
    TimelineEvent entry;
    entry.uid = change.entityUid;
    entry.incidentId = *incident.value();
    entry.at = TeamIncidentFields::timeOf(value.value(u"at"));
    entry.kind = parseTimelineKind(value.value(u"kind").toString()).value_or(TimelineKind::Note);
    entry.text = value.value(u"text").toString();
    entry.key = value.value(u"key").toBool();
    entry.automatic = value.value(u"automatic").toBool();
    // A person's entry is by the login the server authenticated, not by whatever name the
    // console wrote; it stays the first writer's through later revisions. Captured entries
    // keep their source ("alertmanager:prod"), shown as captured, never as a person.
    entry.author = entry.automatic ? value.value(u"author").toString()
            : existing.value()     ? existing.value()->author
                                   : change.author;
    entry.deletedAt = TeamIncidentFields::timeOf(value.value(u"deleted_at"));

    const Result<std::optional<FieldWinner>> current
            = m_fields->winner(change.entityUid, QString::fromLatin1(TeamRecorder::entryField));
    if (!current)
        return Error {current.error()};
    const bool wins = !current.value()
            || !current.value()->beats({change.hlcMs, change.hlcCounter}, change.uid);
    if (existing.value()) {
        // Every revision stays in the entry's history; the newest is what the entry says.
        const TimelineEvent &shown = *existing.value();
        const TimelineEvent &older = wins ? shown : entry;
        const TimelineEvent &newer = wins ? entry : shown;
        if (older.at != newer.at || older.kind != newer.kind || older.text != newer.text) {
            const TimelineRevision revision {
                    shown.id,      QDateTime::fromMSecsSinceEpoch(change.hlcMs, Qt::UTC),
                    change.author, older.at,
                    older.kind,    older.text};
            if (auto kept = timeline.addRevision(revision); !kept)
                return kept;
        }
    }
    if (!wins)
        return {};
    if (auto set
        = m_fields->setWinner(change.entityUid, QString::fromLatin1(TeamRecorder::entryField),
                              FieldWinner::of(change, {{QStringLiteral("value"), value}}));
        !set)
        return set;
    if (!existing.value()) {
        const Result<qint64> id = timeline.append(entry);
        if (!id)
            return Error {id.error()};
        m_applied.addedEntries.append(id.value());
        return {};
    }
    entry.id = existing.value()->id;
    if (auto updated = timeline.update(entry); !updated)
        return updated;
    m_applied.changedEntries.append(entry.id);
    return {};
}

Result<void> TeamApplier::applyPostmortem(const TeamChange &change, const QJsonObject &payload)
{
    const Result<std::optional<IncidentId>> incident = m_postmortems->apply(change, payload);
    if (!incident)
        return Error {incident.error()};
    if (incident.value() && !m_applied.postmortems.contains(*incident.value()))
        m_applied.postmortems.append(*incident.value());
    return {};
}

Result<void> TeamApplier::applyDocument(const TeamChange &change, const QJsonObject &payload)
{
    const Result<std::optional<TeamDocumentStore::Kind>> kind = m_documents->apply(change, payload);
    if (!kind)
        return Error {kind.error()};
    if (kind.value()) {
        const QString key = TeamDocumentStore::kindKey(*kind.value());
        if (!m_applied.documents.contains(key))
            m_applied.documents.append(key);
    }
    return {};
}

Result<void> TeamApplier::applyTick(const TeamChange &change, const QJsonObject &payload)
{
    const QJsonObject value = payload.value(u"value").toObject();
    const Result<std::optional<IncidentId>> incident = localIncident(value.value(u"incident"));
    if (!incident || !incident.value())
        return incident ? Result<void>() : Result<void>(Error {incident.error()});
    const Result<bool> taken = takeWhole(change, TeamRecorder::tickField, value);
    if (!taken || !taken.value())
        return taken ? Result<void>() : Result<void>(Error {taken.error()});
    ChecklistStore ticks(m_database);
    const QString item = value.value(u"item").toString();
    Result<void> saved = ticks.untick(*incident.value(), item);
    if (saved && value.value(u"ticked").toBool())
        saved = ticks.tick(*incident.value(),
                           {item, TeamIncidentFields::timeOf(value.value(u"at")), change.author});
    if (!saved)
        return saved;
    if (!m_applied.checklists.contains(*incident.value()))
        m_applied.checklists.append(*incident.value());
    return {};
}

Result<bool> TeamApplier::takeWhole(const TeamChange &change, const char *field,
                                    const QJsonObject &value)
{
    const QString name = QString::fromLatin1(field);
    const Result<std::optional<FieldWinner>> current = m_fields->winner(change.entityUid, name);
    if (!current)
        return Error {current.error()};
    if (current.value() && current.value()->beats({change.hlcMs, change.hlcCounter}, change.uid))
        return false;
    if (auto set = m_fields->setWinner(change.entityUid, name,
                                       FieldWinner::of(change, {{QStringLiteral("value"), value}}));
        !set)
        return Error {set.error()};
    return true;
}

Result<void> TeamApplier::applyRoom(const TeamChange &change, const QJsonObject &payload)
{
    const QJsonObject value = payload.value(u"value").toObject();
    const Result<std::optional<IncidentId>> incident = localIncident(value.value(u"incident"));
    if (!incident || !incident.value())
        return incident ? Result<void>() : Result<void>(Error {incident.error()});
    const Result<bool> taken = takeWhole(change, TeamRecorder::roomField, value);
    if (!taken || !taken.value())
        return taken ? Result<void>() : Result<void>(Error {taken.error()});
    if (auto saved
        = OutboxStore(m_database)
                  .saveRoom(value.value(u"channel").toString(), *incident.value(),
                            {value.value(u"id").toString(), value.value(u"name").toString()});
        !saved)
        return saved;
    if (!m_applied.changed.contains(*incident.value()))
        m_applied.changed.append(*incident.value());
    return {};
}

} // namespace sitrep
