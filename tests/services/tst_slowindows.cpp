#include "services/sloimport.h"

#include <QTest>
#include <QTimeZone>

using namespace sitrep;
using namespace Qt::StringLiterals;

// The windows an SLO spec gives: calendar windows, time slices (with OpenSLO's threshold
// metrics), and Sloth's AlertWindows as burn tiers.
class tst_SloWindows : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void calendarWindows();
    void timeslicesAndThresholds();
    void refusals_data();
    void refusals();
};

// Calendar windows of a week, a quarter or a year, counted from the spec's startTime in its
// timeZone, in both OpenSLO versions.
void tst_SloWindows::calendarWindows()
{
    const QByteArray yaml = R"yaml(apiVersion: openslo/v1
kind: SLO
metadata: {name: quarterly}
spec:
  service: checkout
  timeWindow:
    - duration: 1Q
      isRolling: false
      calendar: {startTime: "2026-02-01 00:00:00", timeZone: America/New_York}
  indicator: {spec: {ratioMetric: {bad: {metricSource: {type: Prometheus, spec: {query: e}}}, total: {metricSource: {type: Prometheus, spec: {query: t}}}}}}
  objectives: [{target: 0.999}]
---
apiVersion: openslo/v1
kind: SLO
metadata: {name: weekly}
spec:
  service: checkout
  timeWindow: [{duration: 1w, isRolling: false}]
  indicator: {spec: {ratioMetric: {bad: {metricSource: {type: Prometheus, spec: {query: e}}}, total: {metricSource: {type: Prometheus, spec: {query: t}}}}}}
  objectives: [{target: 0.99}]
---
apiVersion: openslo/v1alpha
kind: SLO
metadata: {name: yearly}
spec:
  service: checkout
  timeWindows: [{count: 1, unit: Year, isRolling: false, calendar: {startTime: "2026-04-01T00:00:00", timeZone: Europe/Berlin}}]
  objectives:
    - target: 0.9995
      ratioMetrics: {bad: {source: prometheus, query: e}, total: {source: prometheus, query: t}}
)yaml";
    const Result<SloImport> imported = SloImport::parse(yaml, u"calendar.yaml"_s);
    QVERIFY2(imported, qPrintable(imported ? QString() : imported.error()));
    const QList<Slo> &slos = imported.value().slos;
    QCOMPARE(slos.size(), 3);
    QCOMPARE(slos[0].calendar, Slo::Calendar::Quarter);
    QCOMPARE(slos[0].calendarStart,
             QDateTime(QDate(2026, 2, 1), QTime(0, 0), QTimeZone("America/New_York")));
    QCOMPARE(slos[0].window, std::chrono::seconds(90 * 86400));
    QCOMPARE(sloWindowText(slos[0]), u"quarter"_s);
    QCOMPARE(slos[1].calendar, Slo::Calendar::Week);
    QVERIFY(!slos[1].calendarStart.isValid()); // Monday 00:00 UTC
    QCOMPARE(slos[2].calendar, Slo::Calendar::Year);
    QCOMPARE(slos[2].calendarStart,
             QDateTime(QDate(2026, 4, 1), QTime(0, 0), QTimeZone("Europe/Berlin")));
    QVERIFY2(imported.value().ignored.isEmpty(), qPrintable(imported.value().ignored.join(u'\n')));
}

// OpenSLO v1's thresholdMetric (inline and in a kind: SLI), and budgeting by Timeslices and
// RatioTimeslices.
void tst_SloWindows::timeslicesAndThresholds()
{
    const QByteArray yaml = R"yaml(apiVersion: openslo/v1
kind: SLI
metadata: {name: p99}
spec:
  thresholdMetric:
    metricSource: {type: Prometheus, spec: {query: 'histogram_quantile(0.99, sum by (le) (rate(d_bucket[5m])))'}}
---
apiVersion: openslo/v1
kind: SLO
metadata: {name: fast-slices}
spec:
  service: checkout
  timeWindow: [{duration: 7d, isRolling: true}]
  budgetingMethod: Timeslices
  indicatorRef: p99
  objectives: [{displayName: fast, op: lte, value: 0.3, target: 0.99, timeSliceTarget: 0.8, timeSliceWindow: 5m}]
---
apiVersion: openslo/v1
kind: SLO
metadata: {name: fast-minutes}
spec:
  service: checkout
  indicator: {spec: {thresholdMetric: {metricSource: {type: Prometheus, spec: {query: up}}}}}
  objectives: [{op: gte, value: 1, target: 0.999}]
---
apiVersion: openslo/v1
kind: SLO
metadata: {name: ratio-slices}
spec:
  service: checkout
  budgetingMethod: RatioTimeslices
  indicator: {spec: {ratioMetric: {bad: {metricSource: {type: Prometheus, spec: {query: e}}}, total: {metricSource: {type: Prometheus, spec: {query: t}}}}}}
  objectives: [{target: 0.995, timeSliceWindow: 1h}]
)yaml";
    const Result<SloImport> imported = SloImport::parse(yaml, u"slices.yaml"_s);
    QVERIFY2(imported, qPrintable(imported ? QString() : imported.error()));
    const QList<Slo> &slos = imported.value().slos;
    QCOMPARE(slos.size(), 3);
    QCOMPARE(slos[0].thresholdQuery,
             u"histogram_quantile(0.99, sum by (le) (rate(d_bucket[5m])))"_s);
    QCOMPARE(slos[0].threshold, (SloThreshold {SloThreshold::Op::LessOrEqual, 0.3}));
    QCOMPARE(slos[0].kind, Slo::Kind::Latency);
    QCOMPARE(slos[0].budgeting,
             (SloBudgeting {SloBudgeting::Method::Timeslices, 0.8, std::chrono::minutes(5)}));
    QCOMPARE(slos[0].window, std::chrono::seconds(7 * 86400));
    QCOMPARE(slos[1].threshold, (SloThreshold {SloThreshold::Op::GreaterOrEqual, 1}));
    QCOMPARE(slos[1].kind, Slo::Kind::Availability);
    QCOMPARE(slos[1].budgeting.method, SloBudgeting::Method::Occurrences);
    QVERIFY(slos[2].thresholdQuery.isEmpty());
    QCOMPARE(slos[2].budgeting.method, SloBudgeting::Method::RatioTimeslices);
    QCOMPARE(slos[2].budgeting.sliceLength, std::chrono::seconds(3600));
    QVERIFY2(imported.value().ignored.isEmpty(), qPrintable(imported.value().ignored.join(u'\n')));
}

void tst_SloWindows::refusals_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("problem");
    const QByteArray head = "apiVersion: openslo/v1\nkind: SLO\nmetadata: {name: x}\nspec:\n";
    const QByteArray ratio = "  indicator: {spec: {ratioMetric: {good: {metricSource: {type: "
                             "Prometheus, spec: {query: g}}}, total: {metricSource: {type: "
                             "Prometheus, spec: {query: t}}}}}}\n";
    const QByteArray threshold = "  indicator: {spec: {thresholdMetric: {metricSource: {type: "
                                 "Prometheus, spec: {query: q}}}}}\n";
    QTest::newRow("a threshold without op")
            << head + threshold + "  objectives: [{value: 1, target: 0.9}]\n"
            << u"slos.yaml:6: spec.objectives.op: a threshold metric needs op: lt, lte, gt or "
               "gte, not \"\"."_s;
    QTest::newRow("a threshold of equality")
            << head + threshold + "  objectives: [{op: eq, value: 1, target: 0.9}]\n"
            << u"needs op: lt, lte, gt or gte, not \"eq\"."_s;
    QTest::newRow("a threshold without value")
            << head + threshold + "  objectives: [{op: lt, value: soon, target: 0.9}]\n"
            << u"spec.objectives.value: a threshold metric needs the value to compare with "
               "(0.3), not \"soon\"."_s;
    QTest::newRow("a budgeting method OpenSLO does not have")
            << head + ratio + "  budgetingMethod: Weighted\n  objectives: [{target: 0.9}]\n"
            << u"spec.budgetingMethod: must be Occurrences, Timeslices or RatioTimeslices, not "
               "\"Weighted\"."_s;
    QTest::newRow("timeslices without a slice")
            << head + ratio + "  budgetingMethod: Timeslices\n  objectives: [{target: 0.9}]\n"
            << u"spec.objectives.timeSliceWindow: Timeslices needs a timeSliceWindow of whole "
               "minutes, at most the SLO's window (5m), not \"\"."_s;
    QTest::newRow("slices of 90 seconds")
            << head + ratio
                    + "  budgetingMethod: RatioTimeslices\n  objectives: [{target: 0.9, "
                      "timeSliceWindow: 90s}]\n"
            << u"RatioTimeslices needs a timeSliceWindow of whole minutes"_s;
    QTest::newRow("slices longer than the window")
            << head + ratio
                    + "  timeWindow: [{duration: 1d, isRolling: true}]\n  budgetingMethod: "
                      "RatioTimeslices\n  objectives: [{target: 0.9, timeSliceWindow: 2d}]\n"
            << u"at most the SLO's window (5m), not \"2d\"."_s;
    QTest::newRow("timeslices without a slice target")
            << head + ratio
                    + "  budgetingMethod: Timeslices\n  objectives: [{target: 0.9, "
                      "timeSliceWindow: 1m, timeSliceTarget: 95}]\n"
            << u"spec.objectives.timeSliceTarget: Timeslices needs a timeSliceTarget above 0 and "
               "at most 1 (0.95), the share of good events that makes a slice good, not "
               "\"95\"."_s;

    const QByteArray calendar = "  timeWindow: [{duration: 1Q, isRolling: false, calendar: ";
    QTest::newRow("two weeks by the calendar")
            << head + "  timeWindow: [{duration: 2w, isRolling: false}]\n" + ratio
            << u"spec.timeWindow.duration: a calendar window is one week, month, quarter or "
               "year (1w, 1M, 1Q, 1Y), not \"2w\"."_s;
    QTest::newRow("a calendar zone that is not one")
            << head + calendar + "{timeZone: Mars/Olympus}}]\n" + ratio
            << u"spec.timeWindow.calendar.timeZone: \"Mars/Olympus\" is not an IANA time zone "
               "such as Europe/Berlin."_s;
    QTest::newRow("a calendar start that is not a time")
            << head + calendar + "{startTime: soon}}]\n" + ratio
            << u"spec.timeWindow.calendar.startTime: \"soon\" is not a date and time such as "
               "2026-01-01 00:00:00."_s;

    // Sloth's AlertWindows: each tier needs a share of the budget and two windows in order.
    const QByteArray windows = "apiVersion: sloth.slok.dev/v1\nkind: AlertWindows\nspec:\n";
    const QByteArray page = "  page:\n    quick: {errorBudgetPercent: 2, shortWindow: 5m, "
                            "longWindow: 1h}\n    slow: {errorBudgetPercent: 5, shortWindow: "
                            "30m, longWindow: 6h}\n";
    const QByteArray ticket = "  ticket:\n    quick: {errorBudgetPercent: 10, shortWindow: 2h, "
                              "longWindow: 1d}\n    slow: {errorBudgetPercent: 10, "
                              "shortWindow: 6h, longWindow: 3d}\n";
    QTest::newRow("alert windows without a period") << windows + page
                    + ticket << u"slos.yaml:4: spec.sloPeriod: \"\" is not a period such as 30d."_s;
    QTest::newRow("alert windows without ticket tiers")
            << windows + "  sloPeriod: 30d\n" + page
            << u"spec.ticket.quick: missing: give errorBudgetPercent, shortWindow and "
               "longWindow."_s;
    QByteArray swapped = ticket;
    swapped.replace("shortWindow: 6h, longWindow: 3d", "shortWindow: 3d, longWindow: 6h");
    QTest::newRow("alert windows short after long")
            << windows + "  sloPeriod: 30d\n" + page + swapped
            << u"slos.yaml:10: spec.ticket.slow: needs errorBudgetPercent above 0 and at most 100, "
               "and a shortWindow shorter than its longWindow, which is at most the period "
               "(30d)."_s;
    QByteArray none = page;
    none.replace("errorBudgetPercent: 2", "errorBudgetPercent: 0");
    QTest::newRow("alert windows spending nothing")
            << windows + "  sloPeriod: 30d\n" + none + ticket << u"spec.page.quick: needs"_s;
    QByteArray longer = ticket;
    longer.replace("longWindow: 3d", "longWindow: 60d");
    QTest::newRow("alert windows longer than the period")
            << windows + "  sloPeriod: 30d\n" + page + longer << u"spec.ticket.slow: needs"_s;
    const QByteArray twice = windows + "  sloPeriod: 30d\n" + page + ticket;
    QTest::newRow("alert windows twice for a period")
            << twice + "---\n" + twice
            << u"slos.yaml:15: spec.sloPeriod: 30d already has alert windows (slos.yaml:1)."_s;
}

void tst_SloWindows::refusals()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, problem);
    const Result<SloImport> imported = SloImport::parse(yaml, u"slos.yaml"_s);
    QVERIFY(!imported);
    QVERIFY2(imported.error().contains(problem), qPrintable(imported.error()));
}

QTEST_GUILESS_MAIN(tst_SloWindows)
#include "tst_slowindows.moc"
