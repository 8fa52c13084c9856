#pragma once

#include <QDateTime>
#include <QTimeZone>

namespace sitrep {

// Wall-clock times in an IANA zone, resolved to instants by one documented rule:
// - a time that does not exist (skipped by a DST change) is the first instant after the gap:
//   02:30 on a spring-forward night in Chicago is 03:00 CDT;
// - a time that occurs twice is its first occurrence: 01:30 on a fall-back night is 01:30 CDT.
class ZoneTime
{
public:
    [[nodiscard]] static qint64 toUtcMs(const QTimeZone &zone, QDate date, QTime time);
    [[nodiscard]] static qint64 toUtcMs(const QTimeZone &zone, const QDateTime &wallClock);
    // The wall-clock date and time at an instant, as a QDateTime in UTC used as a plain value.
    [[nodiscard]] static QDateTime wallClock(const QTimeZone &zone, qint64 utcMs);
    [[nodiscard]] static int offsetSeconds(const QTimeZone &zone, qint64 utcMs);
};

} // namespace sitrep
