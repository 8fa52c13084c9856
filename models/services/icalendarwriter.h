#pragma once

#include "domain/oncallcalendar.h"

namespace sitrep {

// A meeting to invite people to: an event with e-mail addresses.
struct ReviewInvitation
{
    CalendarEvent event;
    QString organizer;
    QStringList attendees;
};

// On-call calendars as RFC 5545 text through libical: CRLF line ends, lines folded at 75
// octets without splitting a UTF-8 sequence, TEXT escaped, PRODID and VERSION, UID and DTSTAMP
// on every event, times in UTC, SEQUENCE, STATUS:CANCELLED for removed shifts and
// TRANSP:TRANSPARENT so being on call does not show the person busy.
class IcalendarWriter
{
public:
    [[nodiscard]] static QByteArray write(const QString &calendarName,
                                          const QList<CalendarEvent> &events, qint64 stampMs);
    // A meeting request (METHOD:REQUEST) that shows everyone busy: ORGANIZER and an ATTENDEE
    // per address, each asked to reply.
    [[nodiscard]] static QByteArray writeInvitation(const ReviewInvitation &invitation,
                                                    qint64 stampMs);
};

} // namespace sitrep
