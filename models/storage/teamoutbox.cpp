#include "teamoutbox.h"

#include "sqlerrors.h"
#include "sqlvalues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace sitrep {

namespace {

QJsonValue ms(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toMSecsSinceEpoch()) : QJsonValue();
}

QDateTime timeOf(const QVariant &ms)
{
    return ms.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), Qt::UTC);
}

QString compact(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

} // namespace

TeamOutboxMessage teamOutboxHead(const QSqlQuery &query)
{
    TeamOutboxMessage shared;
    OutboxMessage &message = shared.message;
    message.key = query.value(0).toString();
    message.channel = query.value(1).toString();
    shared.incident = QUuid(query.value(2).toString());
    message.kind
            = parseAnnouncementKind(query.value(3).toString()).value_or(Announcement::Kind::Update);
    message.text = query.value(4).toString();
    return shared;
}

Result<void> TeamOutbox::put(const QList<TeamOutboxMessage> &messages)
{
    QJsonArray batch;
    for (const TeamOutboxMessage &shared : messages) {
        const OutboxMessage &message = shared.message;
        batch.append(QJsonObject {
                {QStringLiteral("key"), message.key},
                {QStringLiteral("channel"), message.channel},
                {QStringLiteral("incident"),
                 shared.incident.isNull() ? QJsonValue()
                                          : QJsonValue(sqlvalues::uid(shared.incident))},
                {QStringLiteral("kind"), announcementKindKey(message.kind)},
                {QStringLiteral("text"), message.text},
                {QStringLiteral("payload"), QString::fromLatin1(message.payload.toBase64())},
                {QStringLiteral("created_ms"), ms(message.createdAt)},
                {QStringLiteral("state"), outboxStateKey(message.state)},
                {QStringLiteral("attempts"), message.attempts},
                {QStringLiteral("next_ms"), ms(message.nextAttemptAt)},
                {QStringLiteral("first_ms"), ms(message.firstAttemptAt)},
                {QStringLiteral("answer"), message.lastAnswer},
                {QStringLiteral("delivered_ms"), ms(message.deliveredAt)},
                {QStringLiteral("thread_ts"), message.threadTs},
        });
    }
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT sitrep_outbox_put(CAST(? AS jsonb))"));
    query.addBindValue(compact(batch));
    if (!query.exec())
        return Error {tr("The team server refused the outbox's messages: %1")
                              .arg(SqlErrors::said(query.lastError()))};
    return {};
}

Result<QList<TeamOutboxMessage>> TeamOutbox::lease(const QUuid &console,
                                                   const QList<ChannelLease> &channels)
{
    QJsonArray wanted;
    for (const ChannelLease &channel : channels)
        wanted.append(QJsonObject {{QStringLiteral("channel"), channel.channel},
                                   {QStringLiteral("seconds"), qint64(channel.length.count())}});
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
            "SELECT key, channel, incident, kind, body, payload, created_ms, attempts, first_ms,"
            " thread_ts, fence FROM sitrep_outbox_lease(CAST(? AS uuid), CAST(? AS jsonb))"));
    query.addBindValue(sqlvalues::uid(console));
    query.addBindValue(compact(wanted));
    if (!query.exec())
        return Error {tr("The team server did not lease the outbox's channels: %1")
                              .arg(SqlErrors::said(query.lastError()))};
    QList<TeamOutboxMessage> leased;
    while (query.next()) {
        TeamOutboxMessage shared = teamOutboxHead(query);
        OutboxMessage &message = shared.message;
        message.payload = QByteArray::fromBase64(query.value(5).toString().toLatin1());
        message.createdAt = timeOf(query.value(6));
        message.attempts = query.value(7).toInt();
        message.firstAttemptAt = timeOf(query.value(8));
        message.threadTs = query.value(9).toString();
        shared.fence = query.value(10).toInt();
        leased.append(shared);
    }
    return leased;
}

Result<bool> TeamOutbox::settle(const QUuid &console, const TeamOutboxMessage &settled)
{
    const OutboxMessage &message = settled.message;
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT sitrep_outbox_settle(?, CAST(? AS uuid), ?, ?, ?, ?, ?)"));
    query.addBindValue(message.key);
    query.addBindValue(sqlvalues::uid(console));
    query.addBindValue(settled.fence);
    query.addBindValue(outboxStateKey(message.state));
    query.addBindValue(sqlvalues::text(message.lastAnswer));
    query.addBindValue(sqlvalues::time(message.nextAttemptAt));
    query.addBindValue(sqlvalues::text(message.threadTs));
    if (!query.exec() || !query.next())
        return Error {tr("The team server did not take the outcome of message %1: %2")
                              .arg(message.key, SqlErrors::said(query.lastError()))};
    return query.value(0).toBool();
}

Result<QList<TeamOutboxMessage>> TeamOutbox::states(const QStringList &keys)
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT key, state, attempts, answer, delivered_ms, delivered_by"
                                 " FROM sitrep_outbox_states(CAST(? AS jsonb))"));
    query.addBindValue(compact(QJsonArray::fromStringList(keys)));
    if (!query.exec())
        return Error {
                tr("Could not read the team's outbox: %1").arg(SqlErrors::said(query.lastError()))};
    QList<TeamOutboxMessage> states;
    while (query.next()) {
        TeamOutboxMessage told;
        told.message.key = query.value(0).toString();
        told.message.state = parseOutboxState(query.value(1).toString())
                                     .value_or(OutboxMessage::State::Pending);
        told.message.attempts = query.value(2).toInt();
        told.message.lastAnswer = query.value(3).toString();
        told.message.deliveredAt = timeOf(query.value(4));
        told.deliveredBy = query.value(5).toString();
        states.append(told);
    }
    return states;
}

Result<QList<TeamOutboxMessage>> TeamOutbox::since(qint64 after, int limit)
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
            "SELECT key, channel, incident, kind, body, seq, created_ms, state, attempts, answer,"
            " delivered_ms, delivered_by FROM sitrep_outbox_since(?, ?)"));
    query.addBindValue(after);
    query.addBindValue(limit);
    if (!query.exec())
        return Error {
                tr("Could not read the team's outbox: %1").arg(SqlErrors::said(query.lastError()))};
    QList<TeamOutboxMessage> messages;
    while (query.next()) {
        TeamOutboxMessage shared = teamOutboxHead(query);
        OutboxMessage &message = shared.message;
        shared.teamSeq = query.value(5).toLongLong();
        message.createdAt = timeOf(query.value(6));
        message.state = parseOutboxState(query.value(7).toString())
                                .value_or(OutboxMessage::State::Pending);
        message.attempts = query.value(8).toInt();
        message.lastAnswer = query.value(9).toString();
        message.deliveredAt = timeOf(query.value(10));
        shared.deliveredBy = query.value(11).toString();
        messages.append(shared);
    }
    return messages;
}

} // namespace sitrep
