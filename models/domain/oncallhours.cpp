#include "oncallhours.h"

#include "zonetime.h"

#include <algorithm>

namespace sitrep {

namespace {

struct Split
{
    qint64 nightMs = 0;
    qint64 weekendMs = 0;
};

qint64 overlap(qint64 aStart, qint64 aEnd, qint64 bStart, qint64 bEnd)
{
    return std::max<qint64>(0, std::min(aEnd, bEnd) - std::max(aStart, bStart));
}

// How much of [startMs, endMs) falls into nights and weekends, day by day in the zone.
Split split(qint64 startMs, qint64 endMs, const QTimeZone &zone)
{
    Split split;
    const ZoneTime clock(zone);
    const QDate last = clock.wallClock(endMs).date();
    for (QDate day = clock.wallClock(startMs).date(); day <= last; day = day.addDays(1)) {
        const qint64 dayStart = clock.toUtcMs(day, QTime(0, 0));
        const qint64 dayEnd = clock.toUtcMs(day.addDays(1), QTime(0, 0));
        if (day.dayOfWeek() >= Qt::Saturday)
            split.weekendMs += overlap(startMs, endMs, dayStart, dayEnd);
        const qint64 morning = clock.toUtcMs(day, QTime(OnCallHoursMath::nightEndsHour, 0));
        const qint64 evening = clock.toUtcMs(day, QTime(OnCallHoursMath::nightStartsHour, 0));
        split.nightMs += overlap(startMs, endMs, dayStart, morning)
                + overlap(startMs, endMs, evening, dayEnd);
    }
    return split;
}

OnCallHours &row(OnCallHoursReport &report, const QString &person)
{
    for (OnCallHours &hours : report.people)
        if (hours.person == person)
            return hours;
    report.people << OnCallHours {person};
    return report.people.last();
}

} // namespace

void OnCallHoursMath::add(OnCallHoursReport &report, const QList<OnCallShift> &shifts,
                          const QTimeZone &zone)
{
    for (const OnCallShift &shift : shifts) {
        const qint64 length = shift.endMs - shift.startMs;
        QStringList onCall = shift.added;
        if (!shift.primary.isEmpty())
            onCall.prepend(shift.primary);
        if (!onCall.isEmpty()) {
            const Split parts = split(shift.startMs, shift.endMs, zone);
            for (const QString &person : onCall) {
                OnCallHours &hours = row(report, person);
                hours.totalMs += length;
                hours.nightMs += parts.nightMs;
                hours.weekendMs += parts.weekendMs;
            }
        }
        if (!shift.secondary.isEmpty())
            row(report, shift.secondary).secondaryMs += length;
    }
}

void OnCallHoursMath::finish(OnCallHoursReport &report)
{
    std::stable_sort(report.people.begin(), report.people.end(),
                     [](const OnCallHours &a, const OnCallHours &b) {
                         return a.totalMs > b.totalMs
                                 || (a.totalMs == b.totalMs && a.person < b.person);
                     });
    QList<qint64> totals;
    for (const OnCallHours &hours : report.people)
        if (hours.totalMs > 0) // someone who was only a secondary carried no pager
            totals << hours.totalMs;
    report.balance = balance(totals);
}

double OnCallHoursMath::balance(const QList<qint64> &totals)
{
    double sum = 0;
    qint64 pairs = 0;
    for (qsizetype i = 0; i < totals.size(); ++i)
        for (qsizetype j = i + 1; j < totals.size(); ++j) {
            const qint64 longer = std::max(totals.at(i), totals.at(j));
            sum += longer == 0 ? 1.0 : double(std::min(totals.at(i), totals.at(j))) / longer;
            ++pairs;
        }
    return pairs == 0 ? 1.0 : sum / pairs;
}

} // namespace sitrep
