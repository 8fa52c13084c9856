#include "domain/sloreport.h"
#include "domain/sloslices.h"

#include <cmath>

#include <QTest>

using namespace sitrep;
using namespace Qt::StringLiterals;
using namespace std::chrono;

// OpenSLO's budgeting by time slices and its thresholdMetric, against vectors computed by hand:
// a slice is good when its share of good events meets the slice target (Timeslices), or
// counts with its error ratio (RatioTimeslices); the budget is in bad slices.
class tst_SloTimeslices : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void slices_data();
    void slices();
    void thresholdEvents_data();
    void thresholdEvents();
    void reportCountsBadSlices();
    void ratioTimeslicesAverageTheSlices();
    void thresholdSlicesNeedTheirShareOfGoodSteps();
    void textsReadBack_data();
    void textsReadBack();
};

namespace {

constexpr qint64 minuteMs = 60'000;

// One step per minute: minute m's event ends at m minutes after the epoch.
QList<SloEvent> perMinute(const QList<std::pair<double, double>> &badAndTotal, int firstMinute = 1)
{
    QList<SloEvent> events;
    for (qsizetype i = 0; i < badAndTotal.size(); ++i)
        events.append({(firstMinute + i) * minuteMs, badAndTotal[i].first, badAndTotal[i].second});
    return events;
}

Slo sliced(SloBudgeting::Method method, double sliceTarget = 0, minutes slice = minutes(5))
{
    Slo slo;
    slo.name = u"checkout"_s;
    slo.target = 0.9;
    slo.window = hours(1);
    slo.budgeting = {method, sliceTarget, slice};
    return slo;
}

// Compares event lists, NaN equal to NaN (a missing slice).
bool sameEvents(const QList<SloEvent> &actual, const QList<SloEvent> &expected)
{
    const auto same = [](double a, double b) {
        return (std::isnan(a) && std::isnan(b)) || qFuzzyCompare(1.0 + a, 1.0 + b);
    };
    if (actual.size() != expected.size())
        return false;
    for (qsizetype i = 0; i < actual.size(); ++i)
        if (actual[i].atMs != expected[i].atMs || !same(actual[i].bad, expected[i].bad)
            || !same(actual[i].total, expected[i].total))
            return false;
    return true;
}

QString describe(const QList<SloEvent> &events)
{
    QStringList parts;
    for (const SloEvent &event : events)
        parts << u"%1m:%2/%3"_s.arg(event.atMs / minuteMs).arg(event.bad).arg(event.total);
    return parts.join(u' ');
}

const double unknown = std::numeric_limits<double>::quiet_NaN();

} // namespace

void tst_SloTimeslices::slices_data()
{
    QTest::addColumn<Slo>("slo");
    QTest::addColumn<QList<SloEvent>>("steps");
    QTest::addColumn<QList<SloEvent>>("expected");
    const QList<SloEvent> tenMinutes = perMinute({{0, 100},
                                                  {0, 100},
                                                  {10, 100},
                                                  {0, 100},
                                                  {0, 100},
                                                  {0, 100},
                                                  {30, 100},
                                                  {0, 100},
                                                  {0, 100},
                                                  {0, 100}});
    // Slice 0 is minutes 1–5: 10 bad of 500, 98 % good. Slice 1 is minutes 6–10: 30 of 500,
    // 94 % good.
    QTest::newRow("timeslices: 98 % meets 95 %, 94 % does not")
            << sliced(SloBudgeting::Method::Timeslices, 0.95) << tenMinutes
            << QList<SloEvent> {{5 * minuteMs, 0, 1}, {10 * minuteMs, 1, 1}};
    QTest::newRow("ratio timeslices: each slice its error ratio")
            << sliced(SloBudgeting::Method::RatioTimeslices) << tenMinutes
            << QList<SloEvent> {{5 * minuteMs, 0.02, 1}, {10 * minuteMs, 0.06, 1}};
    QTest::newRow("occurrences: the steps as they are")
            << sliced(SloBudgeting::Method::Occurrences) << tenMinutes << tenMinutes;
    // 25 bad of 500 is 95 % good exactly: the slice meets its target.
    QTest::newRow("a share exactly at the target is good")
            << sliced(SloBudgeting::Method::Timeslices, 0.95)
            << perMinute({{5, 100}, {5, 100}, {5, 100}, {5, 100}, {5, 100}})
            << QList<SloEvent> {{5 * minuteMs, 0, 1}};
    QTest::newRow("ten-minute slices from minute 3")
            << sliced(SloBudgeting::Method::Timeslices, 0.5, minutes(10))
            << perMinute({{1, 1}, {1, 1}, {0, 1}, {0, 1}, {0, 1}, {0, 1}, {0, 1}, {0, 1}, {1, 1}},
                         3)
            // Minutes 3–10 (8 steps, 2 bad) end at 10; minute 11 alone (1 bad) ends at 20.
            << QList<SloEvent> {{10 * minuteMs, 0, 1}, {20 * minuteMs, 1, 1}};
    QTest::newRow("unknown steps: only the known count, a slice of none is missing")
            << sliced(SloBudgeting::Method::Timeslices, 0.9)
            << perMinute({{unknown, 100},
                          {0, 100},
                          {unknown, unknown},
                          {0, 100},
                          {0, 100},
                          {unknown, 100},
                          {unknown, unknown},
                          {unknown, 100},
                          {unknown, unknown},
                          {unknown, 100}})
            << QList<SloEvent> {{5 * minuteMs, 0, 1}, {10 * minuteMs, unknown, 1}};
    QTest::newRow("a quiet slice is not counted")
            << sliced(SloBudgeting::Method::Timeslices, 0.9)
            << perMinute({{0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {1, 2}})
            << QList<SloEvent> {{5 * minuteMs, 0, 0}, {10 * minuteMs, 1, 1}};
    Slo minimum = sliced(SloBudgeting::Method::Timeslices, 0.9);
    minimum.minimumEvents = 200;
    // 150 events in slice 0 are too few to judge; slice 1 has 250, 20 % of them bad.
    QTest::newRow("fewer events than the minimum: not counted")
            << minimum
            << perMinute({{30, 30},
                          {0, 30},
                          {0, 30},
                          {0, 30},
                          {0, 30},
                          {10, 50},
                          {10, 50},
                          {10, 50},
                          {10, 50},
                          {10, 50}})
            << QList<SloEvent> {{5 * minuteMs, 0, 0}, {10 * minuteMs, 1, 1}};
}

void tst_SloTimeslices::slices()
{
    QFETCH(Slo, slo);
    QFETCH(QList<SloEvent>, steps);
    QFETCH(QList<SloEvent>, expected);
    const SloCounted counted = SloSlices::counted(slo, steps);
    QVERIFY2(sameEvents(counted.events, expected),
             qPrintable(describe(counted.events) + u" instead of "_s + describe(expected)));
    QCOMPARE(counted.minimumEvents,
             slo.budgeting.method == SloBudgeting::Method::Occurrences ? slo.minimumEvents : 0.0);
}

void tst_SloTimeslices::thresholdEvents_data()
{
    QTest::addColumn<QString>("threshold");
    QTest::addColumn<QList<double>>("bad");
    // The values 0.3, 0.5, 0.6 and one Prometheus could not give.
    QTest::newRow("lt 0.5") << u"lt 0.5"_s << QList<double> {0, 1, 1, unknown};
    QTest::newRow("lte 0.5") << u"lte 0.5"_s << QList<double> {0, 0, 1, unknown};
    QTest::newRow("gt 0.5") << u"gt 0.5"_s << QList<double> {1, 1, 0, unknown};
    QTest::newRow("gte 0.5") << u"gte 0.5"_s << QList<double> {1, 0, 0, unknown};
}

void tst_SloTimeslices::thresholdEvents()
{
    QFETCH(QString, threshold);
    QFETCH(QList<double>, bad);
    const std::optional<SloThreshold> parsed = parseSloThreshold(threshold);
    QVERIFY(parsed);
    const QList<SloEvent> events = SloEvents::fromThreshold(
            {{minuteMs, 0.3}, {2 * minuteMs, 0.5}, {3 * minuteMs, 0.6}, {4 * minuteMs, unknown}},
            *parsed);
    QList<SloEvent> expected;
    for (qsizetype i = 0; i < bad.size(); ++i)
        expected.append({(i + 1) * minuteMs, bad[i], 1});
    QVERIFY2(sameEvents(events, expected), qPrintable(describe(events)));
    QVERIFY(!events.last().known());
}

// A one-hour window of twelve five-minute slices at a 90 % target: the budget is 1.2 bad
// slices. One bad slice spends 1/12 ÷ 0.1 = 5/6 of it.
void tst_SloTimeslices::reportCountsBadSlices()
{
    const Slo slo = sliced(SloBudgeting::Method::Timeslices, 0.95);
    QList<std::pair<double, double>> steps(62, {0, 100});
    for (int minute : {7, 8}) // slice 1 (minutes 6–10): 40 of 500 bad, 92 % good
        steps[minute - 1] = {20, 100};
    steps[61] = {100, 100}; // minute 62: in the running slice, not counted yet
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(62 * minuteMs, Qt::UTC);
    const SloReport report = SloReports::compute(slo, perMinute(steps), at);
    // The window (2, 62] holds the slices ending at 5, 10, …, 60.
    QCOMPARE(report.totalEvents, 12.0);
    QCOMPARE(report.badEvents, 1.0);
    QVERIFY(qFuzzyCompare(*report.errorRatio, 1.0 / 12));
    QVERIFY(qFuzzyCompare(report.budgetRemaining, 1.0 / 6));
    QCOMPARE(report.missingSteps, 0); // counted in steps, not slices
    // The hour's burn: (1/12) / 0.1. The last five minutes hold one ended slice, a good one:
    // the bad minute 62 does not burn until its slice ends.
    QVERIFY(qFuzzyCompare(report.burnRates.value(u"1h"_s), 10.0 / 12));
    QVERIFY(report.burnRates.contains(u"5m"_s));
    QCOMPARE(report.burnRates.value(u"5m"_s), 0.0);
    QVERIFY(qFuzzyCompare(*report.lastHourBurn, 10.0 / 12));
}

// A busy slice of 1,000 good events and a quiet one of 10 with 5 bad: counted as occurrences
// 5/1010 fail; averaged as slices (0 + 0.5) / 2 = 25 %.
void tst_SloTimeslices::ratioTimeslicesAverageTheSlices()
{
    const QList<SloEvent> steps = perMinute({{0, 200},
                                             {0, 200},
                                             {0, 200},
                                             {0, 200},
                                             {0, 200},
                                             {1, 2},
                                             {1, 2},
                                             {1, 2},
                                             {1, 2},
                                             {1, 2}});
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(10 * minuteMs, Qt::UTC);
    const SloReport byEvents
            = SloReports::compute(sliced(SloBudgeting::Method::Occurrences), steps, at);
    const SloReport bySlices
            = SloReports::compute(sliced(SloBudgeting::Method::RatioTimeslices), steps, at);
    QVERIFY(qFuzzyCompare(*byEvents.errorRatio, 5.0 / 1010));
    QVERIFY(qFuzzyCompare(*bySlices.errorRatio, 0.25));
    QVERIFY(qFuzzyCompare(*bySlices.sli, 0.75));
    QVERIFY(qFuzzyCompare(bySlices.budgetRemaining, 1.0 - 0.25 / 0.1));
}

// p99 latency per minute against "lte 0.3": a five-minute slice is good when at least 80 %
// of its minutes (four of five) are.
void tst_SloTimeslices::thresholdSlicesNeedTheirShareOfGoodSteps()
{
    Slo slo = sliced(SloBudgeting::Method::Timeslices, 0.8);
    slo.threshold = {SloThreshold::Op::LessOrEqual, 0.3};
    const QList<double> p99 {0.1, 0.2, 0.9, 0.3, 0.2, 0.5, 0.6, 0.1, 0.2, 0.3};
    QList<PromSample> samples;
    for (qsizetype i = 0; i < p99.size(); ++i)
        samples.append({(i + 1) * minuteMs, p99[i]});
    const QList<SloEvent> steps = SloEvents::fromThreshold(samples, slo.threshold);
    // Slice 0: one slow minute of five, 80 % good. Slice 1: two slow, 60 %.
    QVERIFY2(sameEvents(SloSlices::counted(slo, steps).events,
                        {{5 * minuteMs, 0, 1}, {10 * minuteMs, 1, 1}}),
             qPrintable(describe(SloSlices::counted(slo, steps).events)));
}

void tst_SloTimeslices::textsReadBack_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("occurrences") << QString() << true;
    QTest::newRow("timeslices") << u"timeslices 0.95 5m"_s << true;
    QTest::newRow("ratio timeslices") << u"ratio-timeslices 1h"_s << true;
    QTest::newRow("a target above one") << u"timeslices 1.5 5m"_s << false;
    QTest::newRow("no slice") << u"timeslices 0.9"_s << false;
    QTest::newRow("a slice of nothing") << u"ratio-timeslices 0m"_s << false;
    QTest::newRow("another method") << u"weighted 0.9 1m"_s << false;
}

void tst_SloTimeslices::textsReadBack()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    const std::optional<SloBudgeting> budgeting = parseSloBudgeting(text);
    QCOMPARE(bool(budgeting), valid);
    if (budgeting)
        QCOMPARE(sloBudgetingText(*budgeting), text);
    for (const QString &threshold : {u"lt 0.5"_s, u"gte 99.95"_s, u"lte -3"_s})
        QCOMPARE(sloThresholdText(parseSloThreshold(threshold).value()), threshold);
    for (const QString &wrong : {u"lt"_s, u"eq 1"_s, u"lt soon"_s, u"gt nan"_s})
        QVERIFY2(!parseSloThreshold(wrong), qPrintable(wrong));
}

QTEST_GUILESS_MAIN(tst_SloTimeslices)
#include "tst_slotimeslices.moc"
