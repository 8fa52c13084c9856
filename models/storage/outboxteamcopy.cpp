#include "outboxteamcopy.h"

#include "database.h"
#include "incidentstore.h"
#include "outboxstore.h"
#include "sqlerrors.h"
#include "sqlvalues.h"
#include "teamoutbox.h"

#include <QSqlQuery>

namespace sitrep {

Result<QList<TeamOutboxMessage>> OutboxTeamCopy::unsynced(int limit)
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
            "SELECT o.key, o.channel, i.uid, o.kind, o.text, o.payload, o.created_at, o.state,"
            " o.attempts, o.next_attempt_at, o.first_attempt_at, o.last_answer, o.delivered_at,"
            " o.thread_ts FROM outbox o LEFT JOIN incidents i ON i.id = o.incident_id"
            " WHERE o.team_synced = 0 ORDER BY o.id LIMIT ?"));
    query.addBindValue(limit);
    if (!query.exec())
        return SqlErrors::describe(tr("Could not read the outbox"), query.lastError());
    QList<TeamOutboxMessage> messages;
    while (query.next()) {
        TeamOutboxMessage shared = teamOutboxHead(query);
        OutboxMessage &message = shared.message;
        message.payload = query.value(5).toByteArray();
        message.createdAt = sqlvalues::timeAt(query, 6);
        message.state = parseOutboxState(query.value(7).toString())
                                .value_or(OutboxMessage::State::Pending);
        message.attempts = query.value(8).toInt();
        message.nextAttemptAt = sqlvalues::timeAt(query, 9);
        message.firstAttemptAt = sqlvalues::timeAt(query, 10);
        message.lastAnswer = query.value(11).toString();
        message.deliveredAt = sqlvalues::timeAt(query, 12);
        message.threadTs = query.value(13).toString();
        messages.append(shared);
    }
    return messages;
}

Result<void> OutboxTeamCopy::markSynced(const QList<TeamOutboxMessage> &messages)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE outbox SET team_synced = 1 WHERE key = ? AND state = ?"
                                 " AND attempts = ?"));
    for (const TeamOutboxMessage &shared : messages) {
        query.addBindValue(shared.message.key);
        query.addBindValue(outboxStateKey(shared.message.state));
        query.addBindValue(shared.message.attempts);
        if (!query.exec())
            return SqlErrors::describe(tr("Could not update the outbox"), query.lastError());
    }
    return {};
}

Result<OutboxMessage> OutboxTeamCopy::adopt(const TeamOutboxMessage &leased)
{
    const OutboxMessage &message = leased.message;
    const Result<IncidentId> found = localIncident(leased);
    if (!found)
        return Error {found.error()};
    const IncidentId incident = found.value();
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
            "INSERT INTO outbox (key, channel, incident_id, kind, text, payload, created_at,"
            " attempts, next_attempt_at, first_attempt_at, origin, team_synced)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'team', 1) ON CONFLICT (key) DO UPDATE SET"
            " state = 'pending', attempts = excluded.attempts, team_synced = 1,"
            // A row mirrored for the panel has no body yet.
            " payload = excluded.payload, incident_id = excluded.incident_id"
            // What happened here while apart is still to be told: it stands.
            " WHERE outbox.team_synced = 1"));
    query.addBindValue(message.key);
    query.addBindValue(message.channel);
    query.addBindValue(sqlvalues::id(incident));
    query.addBindValue(announcementKindKey(message.kind));
    query.addBindValue(sqlvalues::text(message.text));
    query.addBindValue(message.payload);
    query.addBindValue(sqlvalues::time(message.createdAt));
    query.addBindValue(message.attempts);
    query.addBindValue(sqlvalues::time(message.createdAt));
    query.addBindValue(sqlvalues::time(message.firstAttemptAt));
    if (!query.exec())
        return SqlErrors::describe(tr("Could not take message %1 from the team").arg(message.key),
                                   query.lastError());
    OutboxStore store(m_database);
    if (incident > 0 && !message.threadTs.isEmpty())
        if (const Result<void> saved
            = store.saveThread(message.channel, incident, message.threadTs);
            !saved)
            return Error {saved.error()};
    QSqlQuery id(m_database.connection());
    id.prepare(QStringLiteral("SELECT id FROM outbox WHERE key = ?"));
    id.addBindValue(message.key);
    if (!id.exec() || !id.next())
        return SqlErrors::describe(tr("Could not read the outbox"), id.lastError());
    const Result<std::optional<OutboxMessage>> adopted = store.find(id.value(0).toLongLong());
    if (!adopted)
        return Error {adopted.error()};
    return adopted.value().value_or(message);
}

Result<QStringList> OutboxTeamCopy::awaited(int limit)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT key FROM outbox WHERE state = 'pending' AND"
                                 " team_synced = 1 ORDER BY id LIMIT ?"));
    query.addBindValue(limit);
    if (!query.exec())
        return SqlErrors::describe(tr("Could not read the outbox"), query.lastError());
    QStringList keys;
    while (query.next())
        keys << query.value(0).toString();
    return keys;
}

Result<int> OutboxTeamCopy::applyStates(const QList<TeamOutboxMessage> &states)
{
    QSqlQuery query(m_database.connection());
    // Only rows the team has word of: what this console has still to tell wins here.
    query.prepare(QStringLiteral("UPDATE outbox SET state = ?, attempts = ?, last_answer = ?,"
                                 " delivered_at = ? WHERE key = ? AND team_synced = 1 AND"
                                 " (state <> ? OR attempts <> ?)"));
    int changed = 0;
    for (const TeamOutboxMessage &told : states) {
        const OutboxMessage &message = told.message;
        query.addBindValue(outboxStateKey(message.state));
        query.addBindValue(message.attempts);
        query.addBindValue(sqlvalues::text(message.lastAnswer));
        query.addBindValue(sqlvalues::time(message.deliveredAt));
        query.addBindValue(message.key);
        query.addBindValue(outboxStateKey(message.state));
        query.addBindValue(message.attempts);
        if (!query.exec())
            return SqlErrors::describe(tr("Could not update the outbox"), query.lastError());
        changed += query.numRowsAffected();
    }
    return changed;
}

Result<int> OutboxTeamCopy::mirror(const QList<TeamOutboxMessage> &messages)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
            "INSERT INTO outbox (key, channel, incident_id, kind, text, payload, created_at,"
            " state, attempts, next_attempt_at, last_answer, delivered_at, origin, team_synced)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'team', 1) ON CONFLICT (key) DO "
            "NOTHING"));
    int added = 0;
    for (const TeamOutboxMessage &shared : messages) {
        const OutboxMessage &message = shared.message;
        const Result<IncidentId> incident = localIncident(shared);
        if (!incident)
            return Error {incident.error()};
        query.addBindValue(message.key);
        query.addBindValue(message.channel);
        query.addBindValue(sqlvalues::id(incident.value()));
        query.addBindValue(announcementKindKey(message.kind));
        query.addBindValue(sqlvalues::text(message.text));
        query.addBindValue(QByteArray("")); // the body comes with a lease, if ever
        query.addBindValue(sqlvalues::time(message.createdAt));
        query.addBindValue(outboxStateKey(message.state));
        query.addBindValue(message.attempts);
        query.addBindValue(sqlvalues::time(message.createdAt));
        query.addBindValue(sqlvalues::text(message.lastAnswer));
        query.addBindValue(sqlvalues::time(message.deliveredAt));
        if (!query.exec())
            return SqlErrors::describe(tr("Could not keep the team's message %1").arg(message.key),
                                       query.lastError());
        added += query.numRowsAffected() > 0 ? 1 : 0;
    }
    return added;
}

Result<IncidentId> OutboxTeamCopy::localIncident(const TeamOutboxMessage &shared)
{
    if (shared.incident.isNull())
        return IncidentId(0);
    const Result<std::optional<IncidentId>> known = IncidentStore(m_database).idOf(shared.incident);
    if (!known)
        return Error {known.error()};
    return known.value().value_or(0);
}

} // namespace sitrep
