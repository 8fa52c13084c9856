#include "zonetime.h"

#include <algorithm>
#include <limits>
#include <vector>

#include <QHash>

namespace sitrep {

namespace {

constexpr qint64 dayMs = 24 * 3600 * 1000LL;
constexpr qint64 unixEpochJulianDay = 2440588;

} // namespace

// The zone's offsets: offsets[i] holds from changes[i - 1] (offsets[0] before the first change)
// within [fromMs, toMs); outside it QTimeZone is asked.
struct ZoneTime::Rules
{
    QTimeZone zone;
    qint64 fromMs = 0;
    qint64 toMs = 0;
    std::vector<qint64> changes;
    std::vector<int> offsets;

    explicit Rules(const QTimeZone &timeZone)
        : zone(timeZone.isValid() ? timeZone : QTimeZone::utc())
    {
        const QDateTime from(QDate(1970, 1, 1), QTime(0, 0), QTimeZone::utc());
        const QDateTime to(QDate(2100, 1, 1), QTime(0, 0), QTimeZone::utc());
        fromMs = from.toMSecsSinceEpoch();
        toMs = to.toMSecsSinceEpoch();
        offsets.push_back(zone.offsetFromUtc(from));
        if (!zone.hasTransitions())
            return;
        for (const QTimeZone::OffsetData &change : zone.transitions(from, to)) {
            changes.push_back(change.atUtc.toMSecsSinceEpoch());
            offsets.push_back(change.offsetFromUtc);
        }
    }

    int offsetAt(qint64 utcMs) const
    {
        if (utcMs < fromMs || utcMs >= toMs)
            return zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(utcMs, QTimeZone::utc()));
        const auto after = std::upper_bound(changes.begin(), changes.end(), utcMs);
        return offsets[std::size_t(after - changes.begin())];
    }

    // The first change after `utcMs`, or nullopt.
    std::optional<qint64> changeAfter(qint64 utcMs) const
    {
        if (utcMs < fromMs || utcMs >= toMs) {
            const QTimeZone::OffsetData change
                    = zone.nextTransition(QDateTime::fromMSecsSinceEpoch(utcMs, QTimeZone::utc()));
            return change.atUtc.isValid() ? std::optional(change.atUtc.toMSecsSinceEpoch())
                                          : std::nullopt;
        }
        const auto after = std::upper_bound(changes.begin(), changes.end(), utcMs);
        return after == changes.end() ? std::nullopt : std::optional(*after);
    }
};

ZoneTime::ZoneTime(const QTimeZone &zone)
{
    // Read once per zone and thread; QTimeZone itself is slow to ask.
    thread_local QHash<QByteArray, std::shared_ptr<const Rules>> known;
    const QByteArray id = zone.isValid() ? zone.id() : QByteArray("UTC");
    std::shared_ptr<const Rules> &rules = known[id];
    if (!rules)
        rules = std::make_shared<const Rules>(zone);
    m_rules = rules;
}

int ZoneTime::offsetSeconds(qint64 utcMs) const
{
    return m_rules->offsetAt(utcMs);
}

qint64 ZoneTime::wallClockMs(QDate date, QTime time)
{
    return (date.toJulianDay() - unixEpochJulianDay) * dayMs + time.msecsSinceStartOfDay();
}

qint64 ZoneTime::toUtcMs(QDate date, QTime time) const
{
    return wallClockToUtcMs(wallClockMs(date, time));
}

qint64 ZoneTime::wallClockToUtcMs(qint64 naive) const
{
    // A day either side of the wall time lies outside any DST change that concerns it.
    const int before = offsetSeconds(naive - dayMs);
    const int after = offsetSeconds(naive + dayMs);
    qint64 first = std::numeric_limits<qint64>::max();
    for (const int offset : {before, after}) {
        const qint64 candidate = naive - offset * 1000LL;
        if (offsetSeconds(candidate) == offset)
            first = std::min(first, candidate);
    }
    if (first != std::numeric_limits<qint64>::max())
        return first;
    // In the gap: the change itself is the first instant whose wall time is past it.
    const qint64 earliest = naive - std::max(before, after) * 1000LL;
    return m_rules->changeAfter(earliest - 1).value_or(naive - before * 1000LL);
}

QDateTime ZoneTime::wallClock(qint64 utcMs) const
{
    return QDateTime::fromMSecsSinceEpoch(utcMs + offsetSeconds(utcMs) * 1000LL, QTimeZone::utc());
}

qint64 ZoneTime::toUtcMs(const QTimeZone &zone, QDate date, QTime time)
{
    return ZoneTime(zone).toUtcMs(date, time);
}

qint64 ZoneTime::toUtcMs(const QTimeZone &zone, const QDateTime &wallClock)
{
    return ZoneTime(zone).wallClockToUtcMs(wallClock.toMSecsSinceEpoch());
}

QDateTime ZoneTime::wallClock(const QTimeZone &zone, qint64 utcMs)
{
    return ZoneTime(zone).wallClock(utcMs);
}

int ZoneTime::offsetSeconds(const QTimeZone &zone, qint64 utcMs)
{
    return ZoneTime(zone).offsetSeconds(utcMs);
}

} // namespace sitrep
