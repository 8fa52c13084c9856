#pragma once

#include <memory>

#include <QDateTime>
#include <QTimeZone>

namespace sitrep {

// Wall-clock times in an IANA zone, resolved to instants by one documented rule:
// - a time that does not exist (skipped by a DST change) is the first instant after the gap:
//   02:30 on a spring-forward night in Chicago is 03:00 CDT;
// - a time that occurs twice is its first occurrence: 01:30 on a fall-back night is 01:30 CDT.
// A zone's offsets from 1970 to 2100 are read from QTimeZone once per thread and then looked up
// by binary search: shift computations ask tens of thousands of times.
class ZoneTime
{
public:
    explicit ZoneTime(const QTimeZone &zone);

    [[nodiscard]] int offsetSeconds(qint64 utcMs) const;
    [[nodiscard]] qint64 toUtcMs(QDate date, QTime time) const;
    // A wall-clock time given as milliseconds since 1970-01-01T00:00 of the zone's clock.
    [[nodiscard]] qint64 wallClockToUtcMs(qint64 wallClockMs) const;
    // The wall-clock date and time at an instant, as a QDateTime in UTC used as a plain value.
    [[nodiscard]] QDateTime wallClock(qint64 utcMs) const;

    [[nodiscard]] static qint64 toUtcMs(const QTimeZone &zone, QDate date, QTime time);
    [[nodiscard]] static qint64 toUtcMs(const QTimeZone &zone, const QDateTime &wallClock);
    [[nodiscard]] static QDateTime wallClock(const QTimeZone &zone, qint64 utcMs);
    [[nodiscard]] static int offsetSeconds(const QTimeZone &zone, qint64 utcMs);
    [[nodiscard]] static qint64 wallClockMs(QDate date, QTime time);

    struct Rules;

private:
    std::shared_ptr<const Rules> m_rules;
};

} // namespace sitrep
