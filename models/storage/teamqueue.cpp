#include "teamqueue.h"

#include "database.h"
#include "sqlerrors.h"
#include "sqlvalues.h"
#include "transaction.h"

#include <QSqlQuery>

namespace sitrep {

namespace {

TeamChange readChange(const QSqlQuery &query)
{
    TeamChange change;
    change.uid = QUuid(query.value(0).toString());
    change.entity = query.value(1).toString();
    change.entityUid = QUuid(query.value(2).toString());
    change.field = query.value(3).toString();
    change.payload = query.value(4).toString().toUtf8();
    change.hlcMs = query.value(5).toLongLong();
    change.hlcCounter = query.value(6).toInt();
    return change;
}

// Binds what a console made (uid to clock), in the columns' order of both tables.
void bindMade(QSqlQuery &query, const TeamChange &change)
{
    query.addBindValue(sqlvalues::uid(change.uid));
    query.addBindValue(change.entity);
    query.addBindValue(sqlvalues::uid(change.entityUid));
    query.addBindValue(change.field);
    query.addBindValue(QString::fromUtf8(change.payload));
    query.addBindValue(change.hlcMs);
    query.addBindValue(change.hlcCounter);
}

} // namespace

Result<void> TeamQueue::enqueue(const TeamChange &change)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO team_queue (uid, entity, entity_uid, field, "
                                 "payload, hlc_ms, hlc_counter) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    bindMade(query, change);
    if (!query.exec())
        return SqlErrors::describe(tr("Could not queue a change for the team"), query.lastError());
    return {};
}

Result<QList<TeamChange>> TeamQueue::pending(int limit)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT uid, entity, entity_uid, field, payload, hlc_ms, "
                                 "hlc_counter FROM team_queue ORDER BY position LIMIT ?"));
    query.addBindValue(limit);
    if (!query.exec())
        return SqlErrors::describe(tr("Could not read the changes waiting for the team"),
                                   query.lastError());
    QList<TeamChange> changes;
    while (query.next())
        changes.append(readChange(query));
    return changes;
}

Result<int> TeamQueue::pendingCount()
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM team_queue")) || !query.next())
        return SqlErrors::describe(tr("Could not read the changes waiting for the team"),
                                   query.lastError());
    return query.value(0).toInt();
}

Result<void> TeamQueue::pushed(const QList<QUuid> &uids)
{
    Transaction transaction(m_database);
    if (auto begun = transaction.begun(); !begun)
        return begun;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM team_queue WHERE uid = ?"));
    for (const QUuid &uid : uids) {
        query.addBindValue(sqlvalues::uid(uid));
        if (!query.exec())
            return SqlErrors::describe(tr("Could not clear pushed changes"), query.lastError());
    }
    return transaction.commit();
}

Result<void> TeamQueue::recordPulled(const QList<TeamChange> &page, qint64 cursor)
{
    Transaction transaction(m_database);
    if (auto begun = transaction.begun(); !begun)
        return begun;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT OR IGNORE INTO team_log (uid, entity, entity_uid, field, "
                                 "payload, hlc_ms, hlc_counter, seq, author, committed_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const TeamChange &change : page) {
        bindMade(query, change);
        query.addBindValue(change.seq);
        query.addBindValue(change.author);
        query.addBindValue(change.committedAt.toMSecsSinceEpoch());
        if (!query.exec())
            return SqlErrors::describe(tr("Could not record the team's changes"),
                                       query.lastError());
    }
    if (auto saved = setState(QStringLiteral("cursor"), QString::number(cursor)); !saved)
        return saved;
    return transaction.commit();
}

Result<qint64> TeamQueue::cursor()
{
    const Result<QString> value = state(QStringLiteral("cursor"));
    if (!value)
        return Error {value.error()};
    return value.value().toLongLong();
}

Result<QList<TeamChange>> TeamQueue::log(qint64 after, int limit)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT uid, entity, entity_uid, field, payload, hlc_ms, "
                                 "hlc_counter, seq, author, committed_at FROM team_log "
                                 "WHERE seq > ? ORDER BY seq LIMIT ?"));
    query.addBindValue(after);
    query.addBindValue(limit);
    if (!query.exec())
        return SqlErrors::describe(tr("Could not read the team's changes"), query.lastError());
    QList<TeamChange> changes;
    while (query.next()) {
        TeamChange change = readChange(query);
        change.seq = query.value(7).toLongLong();
        change.author = query.value(8).toString();
        change.committedAt = QDateTime::fromMSecsSinceEpoch(query.value(9).toLongLong(), Qt::UTC);
        changes.append(std::move(change));
    }
    return changes;
}

Result<QString> TeamQueue::team()
{
    return state(QStringLiteral("team"));
}

Result<void> TeamQueue::setTeam(const QString &url)
{
    return setState(QStringLiteral("team"), url);
}

Result<QString> TeamQueue::readOnly()
{
    return state(QStringLiteral("read_only"));
}

Result<void> TeamQueue::setReadOnly(const QString &reason)
{
    return setState(QStringLiteral("read_only"), reason);
}

Result<QString> TeamQueue::role()
{
    return state(QStringLiteral("role"));
}

Result<void> TeamQueue::setRole(const QString &role)
{
    return setState(QStringLiteral("role"), role);
}

Result<qint64> TeamQueue::outboxCursor()
{
    const Result<QString> value = state(QStringLiteral("outbox_cursor"));
    if (!value)
        return Error {value.error()};
    return value.value().toLongLong();
}

Result<void> TeamQueue::setOutboxCursor(qint64 seq)
{
    return setState(QStringLiteral("outbox_cursor"), QString::number(seq));
}

Result<HlcStamp> TeamQueue::clock()
{
    const Result<QString> ms = state(QStringLiteral("hlc_ms"));
    const Result<QString> counter = state(QStringLiteral("hlc_counter"));
    if (!ms || !counter)
        return Error {ms ? counter.error() : ms.error()};
    return HlcStamp {ms.value().toLongLong(), counter.value().toInt()};
}

Result<void> TeamQueue::saveClock(HlcStamp stamp)
{
    if (auto saved = setState(QStringLiteral("hlc_ms"), QString::number(stamp.ms)); !saved)
        return saved;
    return setState(QStringLiteral("hlc_counter"), QString::number(stamp.counter));
}

Result<QString> TeamQueue::state(const QString &key)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT value FROM team_state WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec())
        return SqlErrors::describe(tr("Could not read the team state"), query.lastError());
    return query.next() ? query.value(0).toString() : QString();
}

Result<void> TeamQueue::setState(const QString &key, const QString &value)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO team_state (key, value) VALUES (?, ?)"));
    query.addBindValue(key);
    // A null QString binds as NULL: "nothing" is the empty text here.
    query.addBindValue(value.isNull() ? QStringLiteral("") : value);
    if (!query.exec())
        return SqlErrors::describe(tr("Could not save the team state"), query.lastError());
    return {};
}

} // namespace sitrep
