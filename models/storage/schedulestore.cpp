#include "schedulestore.h"

#include "database.h"
#include "sqlerrors.h"
#include "transaction.h"

#include <QDateTime>
#include <QSqlQuery>

namespace sitrep {

ScheduleStore::ScheduleStore(Database &database) : m_database(database) { }

Result<QList<StoredSchedule>> ScheduleStore::list()
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT name, document FROM oncall_schedules ORDER BY name")))
        return SqlErrors::describe(tr("Could not read the on-call schedules"), query.lastError());
    QList<StoredSchedule> schedules;
    while (query.next())
        schedules << StoredSchedule {query.value(0).toString(), query.value(1).toString()};
    return schedules;
}

Result<void> ScheduleStore::save(const QList<StoredSchedule> &schedules)
{
    Transaction transaction(m_database);
    if (Result<void> begun = transaction.begun(); !begun)
        return begun;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
            "INSERT INTO oncall_schedules (name, document, updated_at) VALUES (?, ?, ?)"
            " ON CONFLICT (name) DO UPDATE SET document = excluded.document,"
            " updated_at = excluded.updated_at"));
    for (const StoredSchedule &schedule : schedules) {
        query.bindValue(0, schedule.name);
        query.bindValue(1, schedule.document);
        query.bindValue(2, QDateTime::currentMSecsSinceEpoch());
        if (!query.exec())
            return SqlErrors::describe(
                    tr("Could not save the on-call schedule %1").arg(schedule.name),
                    query.lastError());
    }
    return transaction.commit();
}

Result<bool> ScheduleStore::remove(const QString &name)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM oncall_schedules WHERE name = ?"));
    query.bindValue(0, name);
    if (!query.exec())
        return SqlErrors::describe(tr("Could not remove the on-call schedule %1").arg(name),
                                   query.lastError());
    return query.numRowsAffected() > 0;
}

Result<QList<CalendarEvent>> ScheduleStore::published(const QString &calendar)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT uid, start_ms, end_ms, summary, description, sequence,"
                                 " cancelled FROM oncall_published WHERE calendar = ?"
                                 " ORDER BY start_ms, uid"));
    query.bindValue(0, calendar);
    if (!query.exec())
        return SqlErrors::describe(
                tr("Could not read what the calendar %1 published").arg(calendar),
                query.lastError());
    QList<CalendarEvent> events;
    while (query.next())
        events << CalendarEvent {query.value(0).toString(),   query.value(1).toLongLong(),
                                 query.value(2).toLongLong(), query.value(3).toString(),
                                 query.value(4).toString(),   query.value(5).toInt(),
                                 query.value(6).toBool()};
    return events;
}

Result<void> ScheduleStore::publish(const QString &calendar, const QList<CalendarEvent> &events)
{
    Transaction transaction(m_database);
    if (Result<void> begun = transaction.begun(); !begun)
        return begun;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
            "INSERT INTO oncall_published (uid, calendar, start_ms, end_ms, summary, description,"
            " sequence, cancelled) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (uid) DO UPDATE SET start_ms = excluded.start_ms,"
            " end_ms = excluded.end_ms, summary = excluded.summary,"
            " description = excluded.description, sequence = excluded.sequence,"
            " cancelled = excluded.cancelled"));
    for (const CalendarEvent &event : events) {
        query.bindValue(0, event.uid);
        query.bindValue(1, calendar);
        query.bindValue(2, event.startMs);
        query.bindValue(3, event.endMs);
        query.bindValue(4, event.summary);
        query.bindValue(5, event.description);
        query.bindValue(6, event.sequence);
        query.bindValue(7, event.cancelled);
        if (!query.exec())
            return SqlErrors::describe(
                    tr("Could not record what the calendar %1 published").arg(calendar),
                    query.lastError());
    }
    return transaction.commit();
}

} // namespace sitrep
