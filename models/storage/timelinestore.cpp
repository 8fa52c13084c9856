#include "timelinestore.h"

#include "database.h"
#include "domain/uuidv7.h"
#include "sqlerrors.h"
#include "sqlvalues.h"

#include <QSqlQuery>

namespace sitrep {

namespace {

constexpr auto selectEvents
        = "SELECT e.id, e.incident_id, e.at, e.author, e.kind, e.text, e.key_event, e.automatic,"
          " e.deleted_at, EXISTS (SELECT 1 FROM timeline_revisions r WHERE r.event_id = e.id),"
          " e.uid FROM timeline_events e";

TimelineEvent readEvent(const QSqlQuery &query)
{
    TimelineEvent event;
    event.id = query.value(0).toLongLong();
    event.incidentId = query.value(1).toLongLong();
    event.at = sqlvalues::timeAt(query, 2);
    event.author = query.value(3).toString();
    event.kind = parseTimelineKind(query.value(4).toString()).value_or(TimelineKind::Note);
    event.text = query.value(5).toString();
    event.key = query.value(6).toBool();
    event.automatic = query.value(7).toBool();
    event.deletedAt = sqlvalues::timeAt(query, 8);
    event.edited = query.value(9).toBool();
    event.uid = QUuid(query.value(10).toString());
    return event;
}

} // namespace

TimelineStore::TimelineStore(Database &database) : m_database(database) { }

Result<qint64> TimelineStore::append(const TimelineEvent &event)
{
    QSqlQuery &query = m_database.preparedWrite(QStringLiteral(
            "INSERT INTO timeline_events (incident_id, at, author, kind, text, key_event,"
            " automatic, deleted_at, uid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(event.incidentId);
    query.addBindValue(event.at.toMSecsSinceEpoch());
    query.addBindValue(sqlvalues::text(event.author));
    query.addBindValue(timelineKindKey(event.kind));
    query.addBindValue(sqlvalues::text(event.text));
    query.addBindValue(event.key);
    query.addBindValue(event.automatic);
    query.addBindValue(sqlvalues::time(event.deletedAt));
    // An entry made here gets its uid now; one that arrived from the team keeps its own.
    query.addBindValue(
            (event.uid.isNull() ? UuidV7::make(QDateTime::currentMSecsSinceEpoch()) : event.uid)
                    .toString(QUuid::WithoutBraces));
    if (!query.exec())
        return SqlErrors::describe(
                tr("Could not add to the timeline of incident #%1").arg(event.incidentId),
                query.lastError());
    return query.lastInsertId().toLongLong();
}

Result<QList<TimelineEvent>> TimelineStore::list(IncidentId incidentId, bool withDeleted)
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QString::fromUtf8(selectEvents)
                  + (withDeleted ? QStringLiteral(" WHERE e.incident_id = ?")
                                 : QStringLiteral(" WHERE e.incident_id = ?"
                                                  " AND e.deleted_at IS NULL"))
                  + QStringLiteral(" ORDER BY e.at, e.uid"));
    query.addBindValue(incidentId);
    if (!query.exec())
        return SqlErrors::describe(
                tr("Could not read the timeline of incident #%1").arg(incidentId),
                query.lastError());
    QList<TimelineEvent> events;
    while (query.next())
        events.append(readEvent(query));
    return events;
}

Result<QHash<IncidentId, QList<TimelineEvent>>>
TimelineStore::ofKind(TimelineKind kind, const QList<IncidentId> &incidents)
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QString::fromUtf8(selectEvents)
                  + QStringLiteral(" WHERE e.kind = ? AND e.deleted_at IS NULL AND e.incident_id"
                                   " IN (SELECT value FROM json_each(?)) ORDER BY e.at, e.uid"));
    query.addBindValue(timelineKindKey(kind));
    query.addBindValue(sqlvalues::ids(incidents));
    if (!query.exec())
        return SqlErrors::describe(tr("Could not read the timelines"), query.lastError());
    QHash<IncidentId, QList<TimelineEvent>> events;
    while (query.next()) {
        TimelineEvent event = readEvent(query);
        events[event.incidentId].append(std::move(event));
    }
    return events;
}

Result<std::optional<TimelineEvent>> TimelineStore::find(qint64 eventId)
{
    return findWhere(QStringLiteral("e.id"), eventId);
}

Result<std::optional<TimelineEvent>> TimelineStore::find(const QUuid &uid)
{
    return findWhere(QStringLiteral("e.uid"), sqlvalues::uid(uid));
}

Result<std::optional<TimelineEvent>> TimelineStore::findWhere(const QString &column,
                                                              const QVariant &value)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QString::fromUtf8(selectEvents) + QStringLiteral(" WHERE ") + column
                  + QStringLiteral(" = ?"));
    query.addBindValue(value);
    if (!query.exec())
        return SqlErrors::describe(tr("Could not read timeline entry %1").arg(value.toString()),
                                   query.lastError());
    if (!query.next())
        return std::optional<TimelineEvent>();
    return std::optional<TimelineEvent>(readEvent(query));
}

Result<void> TimelineStore::update(const TimelineEvent &event)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE timeline_events SET at = ?, kind = ?, text = ?,"
                                 " key_event = ?, deleted_at = ? WHERE id = ?"));
    query.addBindValue(event.at.toMSecsSinceEpoch());
    query.addBindValue(timelineKindKey(event.kind));
    query.addBindValue(sqlvalues::text(event.text));
    query.addBindValue(event.key);
    query.addBindValue(sqlvalues::time(event.deletedAt));
    query.addBindValue(event.id);
    if (!query.exec())
        return SqlErrors::describe(tr("Could not save timeline entry %1").arg(event.id),
                                   query.lastError());
    if (query.numRowsAffected() != 1)
        return Error {tr("Timeline entry %1 does not exist.").arg(event.id)};
    return {};
}

Result<void> TimelineStore::addRevision(const TimelineRevision &revision)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO timeline_revisions (event_id, edited_at, editor, at,"
                                 " kind, text) VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(revision.eventId);
    query.addBindValue(revision.editedAt.toMSecsSinceEpoch());
    query.addBindValue(sqlvalues::text(revision.editor));
    query.addBindValue(revision.at.toMSecsSinceEpoch());
    query.addBindValue(timelineKindKey(revision.kind));
    query.addBindValue(sqlvalues::text(revision.text));
    if (!query.exec())
        return SqlErrors::describe(
                tr("Could not keep the history of timeline entry %1").arg(revision.eventId),
                query.lastError());
    return {};
}

Result<QList<TimelineRevision>> TimelineStore::revisions(qint64 eventId)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT edited_at, editor, at, kind, text FROM"
                                 " timeline_revisions WHERE event_id = ? ORDER BY id"));
    query.addBindValue(eventId);
    if (!query.exec())
        return SqlErrors::describe(
                tr("Could not read the history of timeline entry %1").arg(eventId),
                query.lastError());
    QList<TimelineRevision> revisions;
    while (query.next()) {
        TimelineRevision revision;
        revision.eventId = eventId;
        revision.editedAt = sqlvalues::timeAt(query, 0);
        revision.editor = query.value(1).toString();
        revision.at = sqlvalues::timeAt(query, 2);
        revision.kind = parseTimelineKind(query.value(3).toString()).value_or(TimelineKind::Note);
        revision.text = query.value(4).toString();
        revisions.append(revision);
    }
    return revisions;
}

} // namespace sitrep
