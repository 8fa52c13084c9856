#pragma once

#include "oncallshifts.h"

#include <QCoreApplication>

namespace sitrep {

// One calendar entry of an on-call calendar (RFC 5545 VEVENT). The UID is stable for the same
// schedule, person and occurrence, so calendars that subscribed update it instead of adding a
// copy; the SEQUENCE goes up whenever it changes.
struct CalendarEvent
{
    QString uid;
    qint64 startMs = 0;
    qint64 endMs = 0;
    QString summary;
    QString description;
    int sequence = 0;
    bool cancelled = false;
    bool operator==(const CalendarEvent &) const = default;
};

class OnCallCalendar
{
    Q_DECLARE_TR_FUNCTIONS(OnCallCalendar)
public:
    // The schedule's shifts as events, or one person's part of them (their primary, secondary
    // and added time, each a separate event). Pass shifts computed over whole turns: an
    // occurrence is numbered within its turn.
    [[nodiscard]] static QList<CalendarEvent>
    events(const QString &schedule, const QList<OnCallShift> &shifts, const QString &person = {});
    // What to publish now, given what was published before: changed events get the next
    // SEQUENCE, events published before in [fromMs, toMs) that no longer exist come back
    // cancelled (STATUS:CANCELLED), so calendars drop them.
    [[nodiscard]] static QList<CalendarEvent> reconcile(const QList<CalendarEvent> &published,
                                                        QList<CalendarEvent> current, qint64 fromMs,
                                                        qint64 toMs);
    // The calendar's name in the store of what was published: the schedule, or schedule/person.
    [[nodiscard]] static QString calendarKey(const QString &schedule, const QString &person);
};

} // namespace sitrep
