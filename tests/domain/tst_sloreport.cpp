#include "domain/sloreport.h"

#include <cmath>

#include <QTest>
#include <QTimeZone>

using namespace sitrep;
using namespace Qt::StringLiterals;
using namespace std::chrono;

// From Prometheus' answers to per-minute events (fetch plans, counters with resets, joins),
// and from events to an SLO's report, charts and SLA months.
class tst_SloReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void stepQueryFillsTheWindow();
    void missingTimeIsFetchedInChunks_data();
    void missingTimeIsFetchedInChunks();
    void countersSurviveResets();
    void joinTreatsGapsAsTheyAre();
    void reportOverSteadyTraffic();
    void burnWindowsSeeOnlyTheirTime();
    void tiersFromTheSpecDecide();
    void noTrafficSpendsNothing();
    void unknownStepsAreCountedNotSpent();
    void minimumEventsGuardsQuietServices();
    void windowShorterThanData();
    void calendarMonth();
    void calendarWindows_data();
    void calendarWindows();
    void chartEndsWhereTheReportIs();
    void slaMonths();
    void overviewIsTheThreeFiguresAtOnce();
};

namespace {

constexpr qint64 minuteMs = 60'000;
const QDateTime at(QDate(2026, 3, 10), QTime(0, 0), Qt::UTC);

// `minutes` steps ending at `end`, each with `total` events of which `bad` failed.
QList<SloEvent> steady(qint64 minutes, double bad, double total, const QDateTime &end = at)
{
    QList<SloEvent> events;
    const qint64 endMs = end.toMSecsSinceEpoch();
    for (qint64 i = minutes - 1; i >= 0; --i)
        events.append({endMs - i * minuteMs, bad, total});
    return events;
}

Slo availability(double target = 0.999)
{
    Slo slo;
    slo.name = u"payments-availability"_s;
    slo.service = u"payments"_s;
    slo.target = target;
    slo.window = days(30);
    return slo;
}

bool near(double a, double b, double tolerance = 1e-9)
{
    return std::abs(a - b) <= tolerance * std::max(1.0, std::abs(b));
}

} // namespace

void tst_SloReport::stepQueryFillsTheWindow()
{
    QCOMPARE(SloEvents::stepQuery(
                     u"sum(increase(x[{{.window}}])) / sum(increase(y[{{.window}}]))"_s),
             u"sum(increase(x[60s])) / sum(increase(y[60s]))"_s);
    QVERIFY(!SloEvents::isCounter(u"sum(rate(x[{{.window}}]))"_s));
    QVERIFY(SloEvents::isCounter(u"sum(http_requests_total)"_s));
}

void tst_SloReport::missingTimeIsFetchedInChunks_data()
{
    QTest::addColumn<qint64>("firstMs");
    QTest::addColumn<qint64>("lastMs");
    QTest::addColumn<QList<TimeSpan>>("expected");
    const qint64 end = at.toMSecsSinceEpoch();
    const qint64 start = end - 30 * 1440 * minuteMs;
    const qint64 chunk = 10'000 * minuteMs;
    // 43,200 points: four requests of 10,000 and one of 3,200, each under Prometheus' 11,000.
    QTest::newRow("empty cache") << qint64(0) << qint64(0)
                                 << QList<TimeSpan> {{start, start + chunk},
                                                     {start + chunk, start + 2 * chunk},
                                                     {start + 2 * chunk, start + 3 * chunk},
                                                     {start + 3 * chunk, start + 4 * chunk},
                                                     {start + 4 * chunk, end}};
    QTest::newRow("only the new minutes") << start + minuteMs << end - 5 * minuteMs
                                          << QList<TimeSpan> {{end - 5 * minuteMs, end}};
    QTest::newRow("up to date") << start + minuteMs << end << QList<TimeSpan> {};
    QTest::newRow("front and back")
            << start + 11 * minuteMs << end - minuteMs
            << QList<TimeSpan> {{start, start + 10 * minuteMs}, {end - minuteMs, end}};
}

void tst_SloReport::missingTimeIsFetchedInChunks()
{
    QFETCH(qint64, firstMs);
    QFETCH(qint64, lastMs);
    QFETCH(QList<TimeSpan>, expected);
    const qint64 end = at.toMSecsSinceEpoch();
    // The report's instant is not on a whole minute: the plan is.
    QCOMPARE(SloEvents::missing(end - 30 * 1440 * minuteMs + 5, end + 30'000, firstMs, lastMs),
             expected);
}

void tst_SloReport::countersSurviveResets()
{
    // 100 → 160 → (restart) 20 → 50: increases 60, 20 and 30.
    const QList<PromSample> counter {{0, 100}, {60, 160}, {120, 20}, {180, 50}};
    QCOMPARE(SloEvents::fromCounter(counter), (QList<PromSample> {{60, 60}, {120, 20}, {180, 30}}));
    QVERIFY(SloEvents::fromCounter({{0, 5}}).isEmpty());
}

void tst_SloReport::joinTreatsGapsAsTheyAre()
{
    const QList<PromSample> total {{1, 100}, {2, 100}, {3, 100}};
    // A filtered bad query has no point where nothing failed: none failed.
    const QList<SloEvent> bad = SloEvents::join({{1, 5}}, total, false);
    QCOMPARE(bad.size(), 3);
    QCOMPARE(bad.at(1).bad, 0.0);
    QVERIFY(bad.at(1).known());
    // A good query without a point is not "all failed": the step is unknown.
    const QList<SloEvent> good = SloEvents::join({{1, 95}, {3, 100}}, total, true);
    QCOMPARE(good.at(0).bad, 5.0);
    QVERIFY(!good.at(1).known());
    QCOMPARE(good.at(2).bad, 0.0);
    // NaN from Prometheus stays unknown.
    const QList<SloEvent> nan
            = SloEvents::join({}, {{1, std::numeric_limits<double>::quiet_NaN()}}, false);
    QVERIFY(!nan.first().known());
    const QList<SloEvent> ratio = SloEvents::fromRatio({{1, 0.02}});
    QCOMPARE(ratio.first(), (SloEvent {1, 0.02, 1.0}));
}

void tst_SloReport::reportOverSteadyTraffic()
{
    // 30 days of 1,000 requests a minute, 0.04 % failing: 40 % of the budget spent.
    const SloReport report = SloReports::compute(availability(), steady(43'200, 0.4, 1000), at);
    QCOMPARE(report.totalEvents, 43'200'000.0);
    QVERIFY(near(*report.errorRatio, 0.0004));
    QVERIFY(near(*report.sli, 0.9996));
    QVERIFY(near(report.budgetRemaining, 0.6));
    QCOMPARE(report.budgetTotal, milliseconds(minutes(43)) + seconds(12));
    QCOMPARE(report.burnRates.size(), 7);
    for (const double rate : report.burnRates)
        QVERIFY(near(rate, 0.4));
    QCOMPARE(report.alert, BurnAlert::State::None);
    // 60 % left at 0.4× of 30 days: 45 days.
    QCOMPARE(report.exhaustion, std::optional(milliseconds(days(45))));
    QCOMPARE(report.missingSteps, 0);
    QCOMPARE(report.windowText(), u"30d"_s);
}

void tst_SloReport::burnWindowsSeeOnlyTheirTime()
{
    // Quiet for 30 days, then the last hour at 2 % errors: 5m and 1h both burn 20× (over
    // 14.4×), so it pages; the longer windows see the same errors spread thinner.
    QList<SloEvent> events = steady(43'200, 0, 1000);
    for (qsizetype i = events.size() - 60; i < events.size(); ++i)
        events[i].bad = 20;
    const SloReport report = SloReports::compute(availability(), events, at);
    QVERIFY(near(report.burnRates.value(u"5m"_s), 20.0));
    QVERIFY(near(report.burnRates.value(u"1h"_s), 20.0));
    QVERIFY(near(report.burnRates.value(u"2h"_s), 10.0));
    QVERIFY(near(report.burnRates.value(u"3d"_s), 20.0 / 72.0));
    QCOMPARE(report.alert, BurnAlert::State::Page);
    // 1,200 bad of 43.2 M: 2.78 % of the budget gone.
    QVERIFY(near(report.budgetRemaining, 1.0 - 1200.0 / 43'200.0));
}

void tst_SloReport::tiersFromTheSpecDecide()
{
    // The same last hour at 2 % errors (20× over 99.9 %) with a spec's tiers: its page tier
    // wants 25× over 2 h and 10 min, its ticket tier 4× over 4 h and 30 min. 2 h burns 10×
    // and 4 h 5×: a ticket, not the Workbook's page; and only the spec's windows are read.
    QList<SloEvent> events = steady(43'200, 0, 1000);
    for (qsizetype i = events.size() - 60; i < events.size(); ++i)
        events[i].bad = 20;
    Slo slo = availability();
    slo.burnTiers = {{BurnAlert::State::Page, u"10m"_s, u"2h"_s, 25.0},
                     {BurnAlert::State::Ticket, u"30m"_s, u"4h"_s, 4.0}};
    const SloReport report = SloReports::compute(slo, events, at);
    QCOMPARE(report.burnRates.keys(), (QStringList {u"10m"_s, u"2h"_s, u"30m"_s, u"4h"_s}));
    QVERIFY(near(report.burnRates.value(u"10m"_s), 20.0));
    QVERIFY(near(report.burnRates.value(u"2h"_s), 10.0));
    QVERIFY(near(report.burnRates.value(u"4h"_s), 5.0));
    QCOMPARE(report.alert, BurnAlert::State::Ticket);
    QCOMPARE(SloReports::compute(availability(), events, at).alert, BurnAlert::State::Page);
    // The last hour is read all the same (20×), though no tier reads it.
    QVERIFY(near(*report.lastHourBurn, 20.0));
}

void tst_SloReport::noTrafficSpendsNothing()
{
    const SloReport report = SloReports::compute(availability(), steady(600, 0, 0), at);
    QVERIFY(!report.errorRatio);
    QVERIFY(!report.sli);
    QCOMPARE(report.budgetRemaining, 1.0);
    QVERIFY(report.burnRates.isEmpty());
    QCOMPARE(report.alert, BurnAlert::State::None);
    QVERIFY(!report.exhaustion);
    // Only ten hours of the thirty days are in the cache.
    QCOMPARE(report.missingSteps, 43'200 - 600);
}

void tst_SloReport::unknownStepsAreCountedNotSpent()
{
    QList<SloEvent> events = steady(43'200, 1, 1000);
    const double nan = std::numeric_limits<double>::quiet_NaN();
    events[100].bad = nan;
    events[200].total = std::numeric_limits<double>::infinity();
    const SloReport report = SloReports::compute(availability(), events, at);
    QCOMPARE(report.missingSteps, 2);
    QCOMPARE(report.totalEvents, 43'198'000.0);
    QVERIFY(near(*report.errorRatio, 0.001));
}

void tst_SloReport::minimumEventsGuardsQuietServices()
{
    // Two requests in the last five minutes, one failed: 50 % errors, but too few to page.
    QList<SloEvent> events = steady(43'200, 0, 100);
    for (qsizetype i = events.size() - 5; i < events.size(); ++i)
        events[i] = {events[i].atMs, 0, 0};
    events.last() = {events.last().atMs, 1, 2};
    Slo slo = availability();
    slo.minimumEvents = 50;
    const SloReport guarded = SloReports::compute(slo, events, at);
    QVERIFY(!guarded.burnRates.contains(u"5m"_s));
    QVERIFY(guarded.burnRates.contains(u"1h"_s));
    slo.minimumEvents = 0;
    const SloReport unguarded = SloReports::compute(slo, events, at);
    QVERIFY(near(unguarded.burnRates.value(u"5m"_s), 500.0));
}

void tst_SloReport::windowShorterThanData()
{
    // 60 days cached, the first 30 all failing: a 30-day window sees none of them.
    QList<SloEvent> events = steady(86'400, 0, 1000);
    for (qsizetype i = 0; i < 43'200; ++i)
        events[i].bad = 1000;
    const SloReport report = SloReports::compute(availability(), events, at);
    QCOMPARE(report.badEvents, 0.0);
    QCOMPARE(report.totalEvents, 43'200'000.0);
    QCOMPARE(report.budgetRemaining, 1.0);
    // Events after the report's instant are not seen either.
    const SloReport earlier = SloReports::compute(availability(), events, at.addDays(-30));
    QCOMPARE(earlier.totalEvents, 43'200'000.0);
    QCOMPARE(earlier.badEvents, 43'200'000.0);
    QVERIFY(near(earlier.budgetRemaining, (0.001 - 1.0) / 0.001));
}

void tst_SloReport::calendarMonth()
{
    Slo slo = availability();
    slo.calendar = Slo::Calendar::Month;
    // On March 10th the month so far is nine days; the budget is the whole month's.
    const SloReport report = SloReports::compute(slo, steady(43'200, 0.5, 1000), at);
    QCOMPARE(report.windowStart, QDateTime(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC));
    QCOMPARE(report.totalEvents, 9.0 * 1440 * 1000);
    QCOMPARE(report.budgetTotal, milliseconds(std::llround(0.001 * 31 * 86'400'000.0)));
    QVERIFY(near(report.budgetRemaining, 0.5));
    QCOMPARE(report.windowText(), u"month"_s);
}

void tst_SloReport::calendarWindows_data()
{
    QTest::addColumn<Slo::Calendar>("calendar");
    QTest::addColumn<QDateTime>("anchor"); // invalid: the default
    QTest::addColumn<QDateTime>("start");
    QTest::addColumn<QDateTime>("end");
    const auto utc = [](int y, int m, int d, int h = 0) {
        return QDateTime(QDate(y, m, d), QTime(h, 0), QTimeZone::utc());
    };
    const QTimeZone newYork("America/New_York");
    // `at` is Tuesday 10 March 2026, 00:00 UTC.
    QTest::newRow("week from Monday")
            << Slo::Calendar::Week << QDateTime() << utc(2026, 3, 9) << utc(2026, 3, 16);
    QTest::newRow("quarter") << Slo::Calendar::Quarter << QDateTime() << utc(2026, 1, 1)
                             << utc(2026, 4, 1);
    QTest::newRow("year") << Slo::Calendar::Year << QDateTime() << utc(2026, 1, 1)
                          << utc(2027, 1, 1);
    // Quarters from 1 February in New York: from 05:00 UTC (EST) to 04:00 UTC on 1 May (EDT).
    QTest::newRow("quarter in New York")
            << Slo::Calendar::Quarter << QDateTime(QDate(2026, 2, 1), QTime(0, 0), newYork)
            << utc(2026, 2, 1, 5) << utc(2026, 5, 1, 4);
    // Weeks from Sunday 18:00 in New York: the clocks went forward on 8 March, so the week
    // holding `at` (Monday 20:00 there) starts at 22:00 UTC, not 23:00.
    QTest::newRow("week across the change to summer time")
            << Slo::Calendar::Week << QDateTime(QDate(2026, 3, 1), QTime(18, 0), newYork)
            << utc(2026, 3, 8, 22) << utc(2026, 3, 15, 22);
    // Months from the 31st: 28 February, then 31 March (always counted from the anchor).
    QTest::newRow("month from the 31st")
            << Slo::Calendar::Month << utc(2026, 1, 31) << utc(2026, 2, 28) << utc(2026, 3, 31);
    QTest::newRow("anchor after now")
            << Slo::Calendar::Year << utc(2027, 1, 1) << utc(2026, 1, 1) << utc(2027, 1, 1);
}

void tst_SloReport::calendarWindows()
{
    QFETCH(Slo::Calendar, calendar);
    QFETCH(QDateTime, anchor);
    QFETCH(QDateTime, start);
    QFETCH(QDateTime, end);
    Slo slo = availability();
    slo.calendar = calendar;
    slo.calendarStart = anchor;
    QCOMPARE(SloReports::windowStart(slo, at), start);
    QCOMPARE(SloReports::windowEnd(slo, at), end);
    // The budget is the whole window's, however much of it has passed.
    const SloReport report = SloReports::compute(slo, steady(43'200, 0, 1000), at);
    QCOMPARE(report.budgetTotal, milliseconds(std::llround(0.001 * double(start.msecsTo(end)))));
    QCOMPARE(report.windowText(), sloCalendarKey(calendar));
}

void tst_SloReport::chartEndsWhereTheReportIs()
{
    QList<SloEvent> events = steady(43'200, 0.2, 1000);
    for (qsizetype i = events.size() - 60; i < events.size(); ++i)
        events[i].bad = 10;
    const SloChartData chart = SloReports::chart(availability(), events, at);
    const SloReport report = SloReports::compute(availability(), events, at);
    QCOMPARE(chart.budgetRemaining.size(), 43'200);
    QVERIFY(near(chart.budgetRemaining.last().y(), 100.0 * report.budgetRemaining, 1e-6));
    QVERIFY(near(chart.budgetRemaining.first().y(), 100.0 - 100.0 * 0.2 / (0.001 * 43'200'000)));
    // The ideal line runs from 100 % at the window's start to 0 % at its end.
    QCOMPARE(chart.idealBudget.size(), 2);
    QCOMPARE(chart.idealBudget.first(),
             QPointF(double(at.addDays(-30).toMSecsSinceEpoch()), 100.0));
    QCOMPARE(chart.idealBudget.last(), QPointF(double(at.toMSecsSinceEpoch()), 0.0));
    // The last hour burns at 10×, and its SLI is 99 %.
    QVERIFY(near(chart.burnRate.last().y(), 10.0));
    QVERIFY(near(chart.sli.last().y(), 99.0));
    QVERIFY(near(chart.burnRate.first().y(), 0.2));
}

void tst_SloReport::slaMonths()
{
    // February from the 8th and March to the 10th: February at 99.85 % (one step below
    // 99.9 %: 10 % credit), March at 99.95 % (none).
    QList<SloEvent> events = steady(43'200, 0, 1000);
    const qint64 march = QDateTime(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    for (SloEvent &event : events)
        event.bad = event.atMs <= march ? 1.5 : 0.5;
    const QList<SlaMonth> months = SloReports::slaMonths(availability(), events, at);
    QCOMPARE(months.size(), 2);
    QCOMPARE(months.at(0).month, QDate(2026, 2, 1));
    QVERIFY(near(months.at(0).availability, 0.9985));
    QCOMPARE(months.at(0).creditPercent, 10.0);
    QVERIFY(!months.at(0).complete); // the data starts on the 8th
    QCOMPARE(months.at(1).month, QDate(2026, 3, 1));
    QVERIFY(near(months.at(1).availability, 0.9995));
    QCOMPARE(months.at(1).creditPercent, 0.0);
    QVERIFY(!months.at(1).complete); // still running
}

// The snapshot's one pass gives what the three figures give one by one.
void tst_SloReport::overviewIsTheThreeFiguresAtOnce()
{
    QList<SloEvent> events = steady(43'200, 0, 1000);
    for (qsizetype i = 0; i < events.size(); i += 7)
        events[i].bad = 3;
    const SloOverview overview = SloReports::overview(availability(), events, at);
    const SloReport report = SloReports::compute(availability(), events, at);
    QCOMPARE(overview.report.budgetRemaining, report.budgetRemaining);
    QCOMPARE(overview.report.burnRates, report.burnRates);
    QCOMPARE(overview.report.totalEvents, report.totalEvents);
    QCOMPARE(overview.report.missingSteps, report.missingSteps);
    QVERIFY(report.budgetRemaining < 1.0);
    const QList<QPointF> line = SloReports::budgetBurnDown(availability(), events, at);
    QCOMPARE(line.size(), 43'200);
    QCOMPARE(overview.budgetBurnDown, line);
    const QList<SlaMonth> months = SloReports::slaMonths(availability(), events, at);
    QCOMPARE(overview.sla.size(), months.size());
    for (qsizetype i = 0; i < months.size(); ++i) {
        QCOMPARE(overview.sla.at(i).month, months.at(i).month);
        QCOMPARE(overview.sla.at(i).availability, months.at(i).availability);
    }
}

QTEST_GUILESS_MAIN(tst_SloReport)
#include "tst_sloreport.moc"
