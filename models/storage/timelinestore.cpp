#include "timelinestore.h"

#include "database.h"
#include "sqlerrors.h"

#include <QSqlQuery>

namespace sitrep {

TimelineStore::TimelineStore(Database &database) : m_database(database) { }

Result<qint64> TimelineStore::append(const TimelineEvent &event)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO timeline_events (incident_id, at, author, kind, text)"
                                 " VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(event.incidentId);
    query.addBindValue(event.at.toMSecsSinceEpoch());
    query.addBindValue(event.author.isNull() ? QStringLiteral("") : event.author);
    query.addBindValue(timelineKindKey(event.kind));
    query.addBindValue(event.text.isNull() ? QStringLiteral("") : event.text);
    if (!query.exec())
        return SqlErrors::describe(
                tr("Could not add to the timeline of incident #%1").arg(event.incidentId),
                query.lastError());
    return query.lastInsertId().toLongLong();
}

Result<QList<TimelineEvent>> TimelineStore::list(IncidentId incidentId)
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, at, author, kind, text FROM timeline_events"
                                 " WHERE incident_id = ? ORDER BY at, id"));
    query.addBindValue(incidentId);
    if (!query.exec())
        return SqlErrors::describe(
                tr("Could not read the timeline of incident #%1").arg(incidentId),
                query.lastError());
    QList<TimelineEvent> events;
    while (query.next()) {
        TimelineEvent event;
        event.id = query.value(0).toLongLong();
        event.incidentId = incidentId;
        event.at = QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong(), Qt::UTC);
        event.author = query.value(2).toString();
        event.kind = parseTimelineKind(query.value(3).toString()).value_or(TimelineKind::Note);
        event.text = query.value(4).toString();
        events.append(event);
    }
    return events;
}

} // namespace sitrep
