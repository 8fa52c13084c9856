#include "zonetime.h"

#include <limits>

namespace sitrep {

namespace {
constexpr qint64 dayMs = 24 * 3600 * 1000LL;
}

int ZoneTime::offsetSeconds(const QTimeZone &zone, qint64 utcMs)
{
    return zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(utcMs, QTimeZone::utc()));
}

qint64 ZoneTime::toUtcMs(const QTimeZone &zone, QDate date, QTime time)
{
    return toUtcMs(zone, QDateTime(date, time, QTimeZone::utc()));
}

qint64 ZoneTime::toUtcMs(const QTimeZone &zone, const QDateTime &wallClock)
{
    const qint64 naive = wallClock.toMSecsSinceEpoch();
    // A day either side of the wall time lies outside any DST change that concerns it.
    const int before = offsetSeconds(zone, naive - dayMs);
    const int after = offsetSeconds(zone, naive + dayMs);
    qint64 first = std::numeric_limits<qint64>::max();
    for (const int offset : {before, after}) {
        const qint64 candidate = naive - offset * 1000LL;
        if (offsetSeconds(zone, candidate) == offset)
            first = std::min(first, candidate);
    }
    if (first != std::numeric_limits<qint64>::max())
        return first;
    // In the gap: the change itself is the first instant whose wall time is past it.
    const qint64 earliest = naive - std::max(before, after) * 1000LL;
    const QTimeZone::OffsetData change = zone.nextTransition(
            QDateTime::fromMSecsSinceEpoch(earliest - 1, QTimeZone::utc()));
    return change.atUtc.isValid() ? change.atUtc.toMSecsSinceEpoch() : naive - before * 1000LL;
}

QDateTime ZoneTime::wallClock(const QTimeZone &zone, qint64 utcMs)
{
    return QDateTime::fromMSecsSinceEpoch(utcMs + offsetSeconds(zone, utcMs) * 1000LL,
                                          QTimeZone::utc());
}

} // namespace sitrep
