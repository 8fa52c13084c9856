#pragma once

#include "oncallshifts.h"

namespace sitrep {

// One person's on-call time over a range, in milliseconds. On call means primary or added by
// an override (the one the pager reaches first); secondary time is counted apart.
struct OnCallHours
{
    QString person;
    qint64 totalMs = 0;
    qint64 nightMs = 0;   // 22:00–06:00 in the schedule's zone
    qint64 weekendMs = 0; // Saturday and Sunday in the schedule's zone
    qint64 secondaryMs = 0;
    bool operator==(const OnCallHours &) const = default;
};

struct OnCallHoursReport
{
    QList<OnCallHours> people; // most on-call time first
    // The average, over every pair of people, of the shorter on-call time over the longer:
    // 1 when everyone carried the same load, towards 0 as it gets lopsided. 1 for one person.
    // Counts the people who were on call at all in the range.
    double balance = 1.0;
};

class OnCallHoursMath
{
public:
    static constexpr int nightStartsHour = 22;
    static constexpr int nightEndsHour = 6;

    // Adds one schedule's shifts (computed over the report's range) to the report.
    static void add(OnCallHoursReport &report, const QList<OnCallShift> &shifts,
                    const QTimeZone &zone);
    // Sorts and computes the balance; call once every schedule was added.
    static void finish(OnCallHoursReport &report);
    [[nodiscard]] static double balance(const QList<qint64> &totals);
};

} // namespace sitrep
