#include "teamaliasstore.h"

#include "database.h"
#include "sqlerrors.h"
#include "sqlvalues.h"

#include <QSqlQuery>

namespace sitrep {

Result<std::optional<QUuid>> TeamAliasStore::firstOpen(const QString &dedupKey, qint64 seq,
                                                       const QUuid &other)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
            "SELECT l.entity_uid FROM team_log l JOIN incidents i ON i.uid = l.entity_uid"
            " WHERE l.entity = 'incident' AND l.field = 'declared' AND l.seq < ?"
            " AND json_extract(l.payload, '$.dedup') = ? AND l.entity_uid <> ?"
            " AND i.status <> 'resolved' ORDER BY l.seq LIMIT 1"));
    query.addBindValue(seq);
    query.addBindValue(dedupKey);
    query.addBindValue(sqlvalues::uid(other));
    if (!query.exec())
        return SqlErrors::describe(tr("Could not read the team's log"), query.lastError());
    if (!query.next())
        return std::optional<QUuid>();
    return std::optional<QUuid>(QUuid(query.value(0).toString()));
}

Result<void> TeamAliasStore::repoint(IncidentId from, IncidentId to)
{
    for (const char *statement :
         {"UPDATE OR IGNORE detections SET incident_id = ? WHERE incident_id = ?",
          "UPDATE alert_groups SET incident_id = ? WHERE incident_id = ?",
          "UPDATE alerts SET incident_id = ? WHERE incident_id = ?"}) {
        QSqlQuery query(m_database.connection());
        query.prepare(QString::fromLatin1(statement));
        query.addBindValue(to);
        query.addBindValue(from);
        if (!query.exec())
            return SqlErrors::describe(
                    tr("Could not move what incident #%1 was declared for").arg(from),
                    query.lastError());
    }
    return {};
}

Result<int> TeamAliasStore::cancelDeclared(IncidentId incident, const QString &why)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE outbox SET state = 'cancelled', last_answer = ?,"
                                 " team_synced = 0 WHERE incident_id = ? AND kind = 'declared'"
                                 " AND state = 'pending'"));
    query.addBindValue(why);
    query.addBindValue(incident);
    if (!query.exec())
        return SqlErrors::describe(tr("Could not update the outbox"), query.lastError());
    return query.numRowsAffected();
}

} // namespace sitrep
