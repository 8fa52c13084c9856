#include "outboxstore.h"

#include "database.h"
#include "sqlerrors.h"
#include "sqlvalues.h"

#include <QSqlQuery>

namespace sitrep {

namespace {

constexpr auto selectMessages
        = "SELECT id, key, channel, incident_id, kind, text, payload, created_at, state,"
          " attempts, next_attempt_at, first_attempt_at, last_answer, delivered_at, thread_ts"
          " FROM outbox";

// 1 in solo mode, where there is no team to tell; 0 in a team's cache, until it is told.
constexpr auto soloFile
        = "NOT EXISTS (SELECT 1 FROM team_state WHERE key = 'team' AND value <> '')";

// For each channel, its oldest pending message made here: while the team's server is out of
// reach a console delivers only its own (leased messages go out through TeamOutbox's lease).
constexpr auto channelHeads
        = "(SELECT (SELECT id FROM outbox WHERE state = 'pending' AND origin = 'here' AND"
          " channel = c.name ORDER BY id LIMIT 1) FROM channels c)";

OutboxMessage readMessage(const QSqlQuery &query)
{
    OutboxMessage message;
    message.id = query.value(0).toLongLong();
    message.key = query.value(1).toString();
    message.channel = query.value(2).toString();
    message.incident = query.value(3).toLongLong();
    message.kind
            = parseAnnouncementKind(query.value(4).toString()).value_or(Announcement::Kind::Update);
    message.text = query.value(5).toString();
    message.payload = query.value(6).toByteArray();
    message.createdAt = sqlvalues::timeAt(query, 7);
    message.state
            = parseOutboxState(query.value(8).toString()).value_or(OutboxMessage::State::Pending);
    message.attempts = query.value(9).toInt();
    message.nextAttemptAt = sqlvalues::timeAt(query, 10);
    message.firstAttemptAt = sqlvalues::timeAt(query, 11);
    message.lastAnswer = query.value(12).toString();
    message.deliveredAt = sqlvalues::timeAt(query, 13);
    message.threadTs = query.value(14).toString();
    return message;
}

} // namespace

OutboxStore::OutboxStore(Database &database) : m_database(database) { }

Result<qint64> OutboxStore::enqueue(const OutboxMessage &message)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO outbox (key, channel, incident_id, kind, text,"
                                 " payload, created_at, next_attempt_at, team_synced) VALUES"
                                 " (?, ?, ?, ?, ?, ?, ?, ?, ")
                  + QLatin1String(soloFile) + u')');
    query.addBindValue(message.key);
    query.addBindValue(message.channel);
    query.addBindValue(sqlvalues::id(message.incident));
    query.addBindValue(announcementKindKey(message.kind));
    query.addBindValue(sqlvalues::text(message.text));
    query.addBindValue(message.payload);
    query.addBindValue(sqlvalues::time(message.createdAt));
    query.addBindValue(sqlvalues::time(message.createdAt));
    if (!query.exec())
        return SqlErrors::describe(tr("Could not queue the message to %1").arg(message.channel),
                                   query.lastError());
    return query.lastInsertId().toLongLong();
}

Result<QList<OutboxMessage>> OutboxStore::due(const QDateTime &now)
{
    QSqlQuery query(m_database.connection());
    // One index lookup per channel: the outbox may hold thousands of pending messages.
    query.prepare(QString::fromUtf8(selectMessages) + QStringLiteral(" WHERE id IN ")
                  + QLatin1String(channelHeads)
                  + QStringLiteral(" AND next_attempt_at <= ? ORDER BY id"));
    query.addBindValue(now.toMSecsSinceEpoch());
    if (!query.exec())
        return SqlErrors::describe(tr("Could not read the outbox"), query.lastError());
    QList<OutboxMessage> messages;
    while (query.next())
        messages.append(readMessage(query));
    return messages;
}

Result<QDateTime> OutboxStore::nextDue()
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT min(next_attempt_at) FROM outbox WHERE id IN ")
                    + QLatin1String(channelHeads)))
        return SqlErrors::describe(tr("Could not read the outbox"), query.lastError());
    query.next();
    return sqlvalues::timeAt(query, 0);
}

Result<std::optional<OutboxMessage>> OutboxStore::find(qint64 id)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QString::fromUtf8(selectMessages) + QStringLiteral(" WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return SqlErrors::describe(tr("Could not read the outbox"), query.lastError());
    if (!query.next())
        return std::optional<OutboxMessage>();
    return std::optional<OutboxMessage>(readMessage(query));
}

Result<QList<OutboxMessage>> OutboxStore::recent(int limit)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QString::fromUtf8(selectMessages) + QStringLiteral(" ORDER BY id DESC LIMIT ?"));
    query.addBindValue(limit);
    if (!query.exec())
        return SqlErrors::describe(tr("Could not read the outbox"), query.lastError());
    QList<OutboxMessage> messages;
    while (query.next())
        messages.append(readMessage(query));
    return messages;
}

Result<int> OutboxStore::count(OutboxMessage::State state)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM outbox WHERE state = ?"));
    query.addBindValue(outboxStateKey(state));
    if (!query.exec() || !query.next())
        return SqlErrors::describe(tr("Could not read the outbox"), query.lastError());
    return query.value(0).toInt();
}

Result<void> OutboxStore::update(const OutboxMessage &message, TeamCopy copy)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE outbox SET state = ?, attempts = ?, next_attempt_at = ?,"
                                 " first_attempt_at = ?, last_answer = ?, delivered_at = ?,"
                                 " thread_ts = ?, team_synced = ")
                  + (copy == TeamCopy::Current ? QStringLiteral("1") : QLatin1String(soloFile))
                  + QStringLiteral(" WHERE id = ?"));
    query.addBindValue(outboxStateKey(message.state));
    query.addBindValue(message.attempts);
    query.addBindValue(sqlvalues::time(message.nextAttemptAt));
    query.addBindValue(sqlvalues::time(message.firstAttemptAt));
    query.addBindValue(sqlvalues::text(message.lastAnswer));
    query.addBindValue(sqlvalues::time(message.deliveredAt));
    query.addBindValue(sqlvalues::text(message.threadTs));
    query.addBindValue(message.id);
    if (!query.exec())
        return SqlErrors::describe(tr("Could not update outbox message %1").arg(message.id),
                                   query.lastError());
    return {};
}

Result<std::optional<ChatRoom>> OutboxStore::room(const QString &channel, IncidentId incident)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT room_id, room_name FROM incident_rooms WHERE channel = ?"
                                 " AND incident_id = ?"));
    query.addBindValue(channel);
    query.addBindValue(incident);
    if (!query.exec())
        return SqlErrors::describe(tr("Could not read the incident's Slack channel"),
                                   query.lastError());
    if (!query.next())
        return std::optional<ChatRoom>();
    return std::optional<ChatRoom>(ChatRoom {query.value(0).toString(), query.value(1).toString()});
}

Result<QList<ChatRoom>> OutboxStore::roomsOf(IncidentId incident)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT room_id, room_name FROM incident_rooms WHERE incident_id "
                                 "= ? ORDER BY channel"));
    query.addBindValue(incident);
    if (!query.exec())
        return SqlErrors::describe(tr("Could not read the incident's Slack channel"),
                                   query.lastError());
    QList<ChatRoom> rooms;
    while (query.next())
        rooms.append(ChatRoom {query.value(0).toString(), query.value(1).toString()});
    return rooms;
}

Result<void> OutboxStore::saveRoom(const QString &channel, IncidentId incident,
                                   const ChatRoom &room)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO incident_rooms (channel, incident_id,"
                                 " room_id, room_name) VALUES (?, ?, ?, ?)"));
    query.addBindValue(channel);
    query.addBindValue(incident);
    query.addBindValue(room.id);
    query.addBindValue(room.name);
    if (!query.exec())
        return SqlErrors::describe(tr("Could not save the incident's Slack channel"),
                                   query.lastError());
    return {};
}

Result<int> OutboxStore::failChannel(const QString &channel, const QString &why)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE outbox SET state = 'failed', last_answer = ? WHERE"
                                 " channel = ? AND state = 'pending'"));
    query.addBindValue(why);
    query.addBindValue(channel);
    if (!query.exec())
        return SqlErrors::describe(tr("Could not update the outbox"), query.lastError());
    return query.numRowsAffected();
}

Result<QString> OutboxStore::thread(const QString &channel, IncidentId incident)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
            "SELECT thread_ts FROM channel_threads WHERE channel = ? AND incident_id = ?"));
    query.addBindValue(channel);
    query.addBindValue(incident);
    if (!query.exec())
        return SqlErrors::describe(tr("Could not read the outbox"), query.lastError());
    return query.next() ? query.value(0).toString() : QString();
}

Result<void> OutboxStore::saveThread(const QString &channel, IncidentId incident, const QString &ts)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT OR IGNORE INTO channel_threads (channel, incident_id,"
                                 " thread_ts) VALUES (?, ?, ?)"));
    query.addBindValue(channel);
    query.addBindValue(incident);
    query.addBindValue(ts);
    if (!query.exec())
        return SqlErrors::describe(
                tr("Could not save the Slack thread of incident #%1").arg(incident),
                query.lastError());
    return {};
}

} // namespace sitrep
