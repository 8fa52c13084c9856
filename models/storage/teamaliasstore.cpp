#include "teamaliasstore.h"

#include "database.h"
#include "sqlerrors.h"
#include "sqlvalues.h"

#include <QSqlQuery>

namespace sitrep {

Result<void> TeamAliasStore::repoint(IncidentId from, IncidentId to)
{
    for (const char *statement :
         {"UPDATE OR IGNORE detections SET incident_id = ? WHERE incident_id = ?",
          "UPDATE alert_groups SET incident_id = ? WHERE incident_id = ?",
          "UPDATE alert_incidents SET incident_id = ? WHERE incident_id = ?"}) {
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
