#include "checkliststore.h"

#include "database.h"
#include "sqlerrors.h"

#include <QSqlQuery>

namespace sitrep {

ChecklistStore::ChecklistStore(Database &database) : m_database(database) { }

Result<QList<ChecklistTick>> ChecklistStore::ticks(IncidentId incidentId)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT item_key, at, ticked_by FROM checklist_ticks"
                                 " WHERE incident_id = ? ORDER BY at"));
    query.addBindValue(incidentId);
    if (!query.exec())
        return SqlErrors::describe(
                tr("Could not read the checklist of incident #%1").arg(incidentId),
                query.lastError());
    QList<ChecklistTick> ticks;
    while (query.next())
        ticks.append({query.value(0).toString(),
                      QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong(), Qt::UTC),
                      query.value(2).toString()});
    return ticks;
}

Result<void> ChecklistStore::tick(IncidentId incidentId, const ChecklistTick &tick)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO checklist_ticks (incident_id, item_key, at,"
                                 " ticked_by) VALUES (?, ?, ?, ?)"));
    query.addBindValue(incidentId);
    query.addBindValue(tick.itemKey);
    query.addBindValue(tick.at.toMSecsSinceEpoch());
    query.addBindValue(tick.by.isNull() ? QStringLiteral("") : tick.by);
    if (!query.exec())
        return SqlErrors::describe(
                tr("Could not tick the checklist of incident #%1").arg(incidentId),
                query.lastError());
    return {};
}

Result<void> ChecklistStore::untick(IncidentId incidentId, const QString &itemKey)
{
    QSqlQuery query(m_database.connection());
    query.prepare(
            QStringLiteral("DELETE FROM checklist_ticks WHERE incident_id = ? AND item_key = ?"));
    query.addBindValue(incidentId);
    query.addBindValue(itemKey);
    if (!query.exec())
        return SqlErrors::describe(
                tr("Could not change the checklist of incident #%1").arg(incidentId),
                query.lastError());
    return {};
}

} // namespace sitrep
