#include "teamlog.h"

#include "sqlerrors.h"
#include "sqlvalues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace sitrep {

namespace {

// A change's payload is JSON text: an object, an array or a single value (which QJsonDocument
// reads only inside an array). Nothing at all is null.
QJsonValue jsonValue(const QByteArray &payload)
{
    const QJsonArray wrapped = QJsonDocument::fromJson("[" + payload + "]").array();
    return wrapped.isEmpty() ? QJsonValue() : wrapped.first();
}

} // namespace

Result<qint64> TeamLog::push(const QList<TeamChange> &changes)
{
    QJsonArray batch;
    for (const TeamChange &change : changes)
        batch.append(QJsonObject {
                {QStringLiteral("uid"), sqlvalues::uid(change.uid)},
                {QStringLiteral("entity"), change.entity},
                {QStringLiteral("entity_uid"), sqlvalues::uid(change.entityUid)},
                {QStringLiteral("field"), change.field},
                {QStringLiteral("payload"), jsonValue(change.payload)},
                {QStringLiteral("hlc_ms"), change.hlcMs},
                {QStringLiteral("hlc_counter"), change.hlcCounter},
        });
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT sitrep_push(CAST(? AS jsonb))"));
    query.addBindValue(QString::fromUtf8(QJsonDocument(batch).toJson(QJsonDocument::Compact)));
    if (!query.exec() || !query.next())
        return Error {tr("The team server refused the changes: %1")
                              .arg(SqlErrors::said(query.lastError()))};
    return query.value(0).toLongLong();
}

Result<QList<TeamChange>> TeamLog::pull(qint64 after, int limit)
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT seq, uid, entity, entity_uid, field, payload, hlc_ms, "
                                 "hlc_counter, author, committed_at FROM sitrep_pull(?, ?)"));
    query.addBindValue(after);
    query.addBindValue(limit);
    if (!query.exec())
        return Error {tr("Could not read the team's changes: %1")
                              .arg(SqlErrors::said(query.lastError()))};
    QList<TeamChange> changes;
    while (query.next()) {
        TeamChange change;
        change.seq = query.value(0).toLongLong();
        change.uid = QUuid(query.value(1).toString());
        change.entity = query.value(2).toString();
        change.entityUid = QUuid(query.value(3).toString());
        change.field = query.value(4).toString();
        change.payload = query.value(5).toString().toUtf8();
        change.hlcMs = query.value(6).toLongLong();
        change.hlcCounter = query.value(7).toInt();
        change.author = query.value(8).toString();
        change.committedAt = query.value(9).toDateTime();
        changes.append(std::move(change));
    }
    return changes;
}

Result<qint64> TeamLog::newest()
{
    QSqlQuery query(m_database);
    if (!query.exec(QStringLiteral("SELECT sitrep_newest()")) || !query.next())
        return Error {tr("Could not read the team's changes: %1")
                              .arg(SqlErrors::said(query.lastError()))};
    return query.value(0).toLongLong();
}

} // namespace sitrep
