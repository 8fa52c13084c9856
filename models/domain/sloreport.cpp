#include "sloreport.h"

#include "durationtext.h"
#include "errorbudget.h"
#include "slacredit.h"
#include "sloslices.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include <QHash>
#include <QTimeZone>

namespace sitrep {

namespace {

// Running sums over the known steps, so any window's sums are two look-ups.
class EventSums
{
public:
    explicit EventSums(const QList<SloEvent> &events)
        : m_events(events), m_running(events.size() + 1)
    {
        // Filled in place: a month of steps is 43,200 of them, for every SLO of a snapshot.
        for (qsizetype i = 0; i < events.size(); ++i) {
            const SloEvent &event = events[i];
            const bool known = event.known();
            const Sums &before = m_running[size_t(i)];
            m_running[size_t(i) + 1]
                    = {before.bad + (known ? event.bad : 0),
                       before.total + (known ? event.total : 0), before.known + (known ? 1 : 0)};
        }
    }

    // The index of the first event after `ms`.
    [[nodiscard]] qsizetype after(qint64 ms) const
    {
        return std::upper_bound(
                       m_events.cbegin(), m_events.cend(), ms,
                       [](qint64 value, const SloEvent &event) { return value < event.atMs; })
                - m_events.cbegin();
    }

    struct Sums
    {
        double bad = 0;
        double total = 0;
        qsizetype known = 0;
    };
    // The events in (fromMs, toMs].
    [[nodiscard]] Sums between(qint64 fromMs, qint64 toMs) const
    {
        const qsizetype first = after(fromMs);
        const qsizetype end = std::max(first, after(toMs));
        const Sums &from = m_running[size_t(first)];
        const Sums &to = m_running[size_t(end)];
        return {to.bad - from.bad, to.total - from.total, to.known - from.known};
    }

private:
    const QList<SloEvent> &m_events;
    std::vector<Sums> m_running;
};

qint64 stepMs()
{
    return std::chrono::milliseconds(SloEvents::step).count();
}

} // namespace

QString SloReport::windowText() const
{
    return sloWindowText(slo);
}

namespace {

// Where the SLO's calendar windows are counted from.
QDateTime calendarAnchor(const Slo &slo)
{
    if (slo.calendarStart.isValid())
        return slo.calendarStart;
    return QDateTime(slo.calendar == Slo::Calendar::Week ? QDate(2024, 1, 1) : QDate(2000, 1, 1),
                     QTime(0, 0), Qt::UTC);
}

// The start of the calendar window `steps` windows after the anchor, on the anchor's wall
// clock (a week stays seven calendar days across a change of daylight saving time).
QDateTime calendarStep(const Slo &slo, const QDateTime &anchor, qint64 steps)
{
    switch (slo.calendar) {
    case Slo::Calendar::Week:
        return anchor.addDays(7 * steps);
    case Slo::Calendar::Quarter:
        return anchor.addMonths(int(3 * steps));
    case Slo::Calendar::Year:
        return anchor.addYears(int(steps));
    case Slo::Calendar::Month:
    case Slo::Calendar::Rolling:
        break;
    }
    return anchor.addMonths(int(steps));
}

} // namespace

namespace {

// How many calendar windows after the anchor the one holding `at` starts.
qint64 calendarSteps(const Slo &slo, const QDateTime &anchor, const QDateTime &at)
{
    // A first guess from the wall-clock distance, then a step either way to the window that
    // holds `at`.
    const QDate from = anchor.date();
    const QDate to = at.toTimeZone(anchor.timeZone()).date();
    const qint64 months = (qint64(to.year()) - from.year()) * 12 + (to.month() - from.month());
    qint64 steps = months;
    if (slo.calendar == Slo::Calendar::Week)
        steps = from.daysTo(to) / 7;
    else if (slo.calendar == Slo::Calendar::Quarter)
        steps = months / 3;
    else if (slo.calendar == Slo::Calendar::Year)
        steps = months / 12;
    while (calendarStep(slo, anchor, steps) > at)
        --steps;
    while (calendarStep(slo, anchor, steps + 1) <= at)
        ++steps;
    return steps;
}

} // namespace

QDateTime SloReports::windowStart(const Slo &slo, const QDateTime &at)
{
    if (slo.calendar == Slo::Calendar::Rolling)
        return at.addSecs(-slo.window.count());
    const QDateTime anchor = calendarAnchor(slo);
    return calendarStep(slo, anchor, calendarSteps(slo, anchor, at)).toUTC();
}

QDateTime SloReports::windowEnd(const Slo &slo, const QDateTime &at)
{
    if (slo.calendar == Slo::Calendar::Rolling)
        return at;
    const QDateTime anchor = calendarAnchor(slo);
    return calendarStep(slo, anchor, calendarSteps(slo, anchor, at) + 1).toUTC();
}

namespace {

// An SLO's events as its budget counts them (SloSlices), with their running sums: made once
// per SLO and read by the report, the budget line and the SLA months alike.
struct CountedHistory
{
    CountedHistory(const Slo &slo, const QList<SloEvent> &stepEvents)
        : counted(SloSlices::counted(slo, stepEvents)), sums(counted.events)
    { }
    CountedHistory(const CountedHistory &) = delete;
    CountedHistory &operator=(const CountedHistory &) = delete;

    const SloCounted counted;
    const EventSums sums;
};

SloReport reportFrom(const Slo &slo, const QList<SloEvent> &events, const CountedHistory &history,
                     const QDateTime &at)
{
    SloReport report;
    report.slo = slo;
    report.at = at.toUTC();
    report.windowStart = SloReports::windowStart(slo, report.at);
    std::chrono::milliseconds window = std::chrono::seconds(slo.window);
    if (slo.calendar != Slo::Calendar::Rolling)
        window = std::chrono::milliseconds(
                report.windowStart.msecsTo(SloReports::windowEnd(slo, report.at)));
    report.budgetTotal = ErrorBudget::total(slo.target, window);

    const double minimum = history.counted.minimumEvents;
    const EventSums &sums = history.sums;
    const qint64 atMs = report.at.toMSecsSinceEpoch();
    const qint64 startMs = report.windowStart.toMSecsSinceEpoch();
    const EventSums::Sums whole = sums.between(startMs, atMs);
    report.badEvents = whole.bad;
    report.totalEvents = whole.total;
    // Missing time is counted in steps, also where the budget is counted in slices.
    const bool sliced = slo.budgeting.method != SloBudgeting::Method::Occurrences;
    const qsizetype knownSteps = !sliced
            ? whole.known
            : std::count_if(events.cbegin(), events.cend(), [startMs, atMs](const SloEvent &event) {
                  return event.atMs > startMs && event.atMs <= atMs && event.known();
              });
    report.missingSteps
            = std::max<qsizetype>(0, report.windowStart.msecsTo(report.at) / stepMs() - knownSteps);
    report.errorRatio = ErrorBudget::errorRatio(whole.bad, whole.total, minimum);
    if (report.errorRatio) {
        report.sli = 1.0 - *report.errorRatio;
        report.budgetRemaining = ErrorBudget::remaining(slo.target, *report.errorRatio);
    }

    for (const QString &key : BurnAlert::windows(slo.tiers())) {
        // Keys come from BurnAlert's tiers, which only hold windows that read.
        const qint64 lengthMs = std::chrono::milliseconds(
                                        parseDurationText(key).value_or(std::chrono::seconds(0)))
                                        .count();
        const EventSums::Sums part = sums.between(atMs - lengthMs, atMs);
        if (const auto ratio = ErrorBudget::errorRatio(part.bad, part.total, minimum))
            report.burnRates.insert(key, ErrorBudget::burnRate(slo.target, *ratio));
    }
    report.alert = BurnAlert::state(report.burnRates, slo.tiers());
    // The last hour whatever the tiers read: the pace people compare SLOs by.
    const EventSums::Sums lastHour = sums.between(atMs - 3'600'000, atMs);
    if (const auto ratio = ErrorBudget::errorRatio(lastHour.bad, lastHour.total, minimum))
        report.lastHourBurn = ErrorBudget::burnRate(slo.target, *ratio);
    if (report.lastHourBurn)
        report.exhaustion = ErrorBudget::timeToExhaustion(report.budgetRemaining,
                                                          *report.lastHourBurn, window);
    return report;
}

// The budget line over the counted events.
QList<QPointF> burnDown(const Slo &slo, const CountedHistory &history, const QDateTime &at)
{
    const QList<SloEvent> &events = history.counted.events;
    const EventSums &sums = history.sums;
    const qint64 startMs = SloReports::windowStart(slo, at).toMSecsSinceEpoch();
    const qsizetype first = sums.after(startMs);
    const qsizetype end = std::max(first, sums.after(at.toMSecsSinceEpoch()));
    // The budget in events is the whole window's share of allowed failures, so the line ends
    // where the report's figure is.
    const double budgetEvents
            = (1.0 - slo.target) * sums.between(startMs, at.toMSecsSinceEpoch()).total;
    QList<QPointF> line;
    if (!(budgetEvents > 0))
        return line;
    // Written in place: a month is 43,200 points for each SLO of a snapshot.
    line.resize(end - first);
    QPointF *point = line.data();
    double bad = 0;
    for (qsizetype i = first; i < end; ++i) {
        if (events[i].known())
            bad += events[i].bad;
        *point++ = {double(events[i].atMs), 100.0 * (1.0 - bad / budgetEvents)};
    }
    return line;
}

QList<SlaMonth> slaMonthsFrom(const Slo &slo, const CountedHistory &history, const QDateTime &at,
                              double agreed)
{
    QList<SlaMonth> months;
    const QList<SloEvent> &events = history.counted.events;
    const EventSums &sums = history.sums;
    if (events.isEmpty())
        return months;
    const QDate firstDay = QDateTime::fromMSecsSinceEpoch(events.first().atMs - 1, Qt::UTC).date();
    QDateTime month(QDate(firstDay.year(), firstDay.month(), 1), QTime(0, 0), Qt::UTC);
    const qint64 atMs = at.toMSecsSinceEpoch();
    for (; month.toMSecsSinceEpoch() < atMs; month = month.addMonths(1)) {
        const qint64 fromMs = month.toMSecsSinceEpoch();
        const qint64 toMs = std::min(atMs, month.addMonths(1).toMSecsSinceEpoch());
        const EventSums::Sums part = sums.between(fromMs, toMs);
        const auto ratio = ErrorBudget::errorRatio(part.bad, part.total);
        if (!ratio)
            continue;
        SlaMonth row;
        row.service = slo.service;
        row.month = month.date();
        row.availability = 1.0 - *ratio;
        row.creditPercent = SlaCredit::creditPercent(row.availability, agreed);
        // Complete when the data reaches both ends of the month.
        row.complete = events.first().atMs <= fromMs + stepMs()
                && toMs == month.addMonths(1).toMSecsSinceEpoch();
        months.append(row);
    }
    return months;
}

} // namespace

SloReport SloReports::compute(const Slo &slo, const QList<SloEvent> &events, const QDateTime &at)
{
    return reportFrom(slo, events, CountedHistory(slo, events), at);
}

SloOverview SloReports::overview(const Slo &slo, const QList<SloEvent> &events, const QDateTime &at,
                                 double agreed)
{
    const CountedHistory history(slo, events);
    return {reportFrom(slo, events, history, at), burnDown(slo, history, at),
            slaMonthsFrom(slo, history, at, agreed)};
}

QList<QPointF> SloReports::budgetBurnDown(const Slo &slo, const QList<SloEvent> &stepEvents,
                                          const QDateTime &at)
{
    return burnDown(slo, CountedHistory(slo, stepEvents), at);
}

SloChartData SloReports::chart(const Slo &slo, const QList<SloEvent> &stepEvents,
                               const QDateTime &at)
{
    SloChartData chart;
    const qint64 startMs = windowStart(slo, at).toMSecsSinceEpoch();
    const qint64 atMs = at.toMSecsSinceEpoch();
    const CountedHistory history(slo, stepEvents);
    const QList<SloEvent> &events = history.counted.events;
    const EventSums &sums = history.sums;
    const qsizetype first = sums.after(startMs);
    const qsizetype end = std::max(first, sums.after(atMs));
    const qint64 hourMs = 3'600'000;
    chart.budgetRemaining = burnDown(slo, history, at);
    chart.burnRate.reserve(end - first);
    chart.sli.reserve(end - first);
    for (qsizetype i = first; i < end; ++i) {
        const qint64 t = events[i].atMs;
        const double x = double(t);
        const EventSums::Sums hour = sums.between(t - hourMs, t);
        if (const auto ratio
            = ErrorBudget::errorRatio(hour.bad, hour.total, history.counted.minimumEvents)) {
            chart.burnRate.append({x, ErrorBudget::burnRate(slo.target, *ratio)});
            chart.sli.append({x, 100.0 * (1.0 - *ratio)});
        }
    }
    const qint64 windowEndMs = windowEnd(slo, at).toMSecsSinceEpoch();
    chart.idealBudget = {{double(startMs), 100.0}, {double(windowEndMs), 0.0}};
    return chart;
}

QList<SlaMonth> SloReports::slaMonths(const Slo &slo, const QList<SloEvent> &stepEvents,
                                      const QDateTime &at, double agreed)
{
    return slaMonthsFrom(slo, CountedHistory(slo, stepEvents), at, agreed);
}

QByteArray SloReports::csv(const SloChartData &chart)
{
    QHash<qint64, double> burn;
    QHash<qint64, double> sli;
    for (const QPointF &point : chart.burnRate)
        burn.insert(qint64(point.x()), point.y());
    for (const QPointF &point : chart.sli)
        sli.insert(qint64(point.x()), point.y());
    const auto number = [](const QHash<qint64, double> &values, qint64 at) {
        const auto found = values.constFind(at);
        return found == values.cend() ? QByteArray() : QByteArray::number(*found, 'g', 10);
    };
    QByteArray text = "time,budget_remaining_percent,burn_rate_1h,sli_1h_percent\r\n";
    text.reserve(chart.budgetRemaining.size() * 64);
    for (const QPointF &point : chart.budgetRemaining) {
        const qint64 at = qint64(point.x());
        text += QDateTime::fromMSecsSinceEpoch(at, Qt::UTC).toString(Qt::ISODate).toLatin1() + ','
                + QByteArray::number(point.y(), 'g', 10) + ',' + number(burn, at) + ','
                + number(sli, at) + "\r\n";
    }
    return text;
}

} // namespace sitrep
