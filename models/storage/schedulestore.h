#pragma once

#include "domain/oncallcalendar.h"
#include "domain/result.h"
#include "domain/storedschedule.h"

#include <QCoreApplication>

namespace sitrep {

class Database;

// The on-call schedules and, per calendar (a schedule, or one person's part of it), the events
// it published.
class ScheduleStore
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleStore)
public:
    explicit ScheduleStore(Database &database);

    [[nodiscard]] Result<QList<StoredSchedule>> list();
    // Adds or replaces every schedule in one transaction: an import is all or nothing.
    [[nodiscard]] Result<void> save(const QList<StoredSchedule> &schedules);
    [[nodiscard]] Result<bool> remove(const QString &name);

    [[nodiscard]] Result<QList<CalendarEvent>> published(const QString &calendar);
    [[nodiscard]] Result<void> publish(const QString &calendar, const QList<CalendarEvent> &events);

private:
    Database &m_database;
};

} // namespace sitrep
