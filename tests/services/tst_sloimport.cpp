#include "services/sloimport.h"

#include <QTest>
#include <QTimeZone>

using namespace sitrep;
using namespace Qt::StringLiterals;

// SLO files from OpenSLO and Sloth, and the seed's SLOs.
class tst_SloImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void openSlo();
    void sloth();
    void slothKubernetes();
    void openSloAlpha();
    void openSloIndicatorsAcrossFiles();
    void refusals_data();
    void refusals();
    void seedDefaults();
    void minimumEventsExtension();
};

void tst_SloImport::openSlo()
{
    const QByteArray yaml = R"yaml(apiVersion: openslo/v1
kind: SLO
metadata:
  name: checkout-availability
  displayName: Checkout availability
spec:
  service: checkout
  description: Checkout requests succeed
  budgetingMethod: Occurrences
  timeWindow:
    - duration: 28d
      isRolling: true
  indicator:
    metadata:
      name: checkout-good-requests
    spec:
      ratioMetric:
        counter: true
        good:
          metricSource:
            type: Prometheus
            spec:
              query: sum(rate(http_requests_total{service="checkout",code!~"5.."}[{{.window}}]))
        total:
          metricSource:
            type: Prometheus
            spec:
              query: sum(rate(http_requests_total{service="checkout"}[{{.window}}]))
  objectives:
    - displayName: Good
      target: 0.999
  alertPolicies: [page-on-burn]
---
apiVersion: openslo/v1
kind: SLO
metadata:
  name: search-errors
spec:
  service: search
  timeWindow:
    - duration: 1M
      isRolling: false
      calendar: {startTime: "2026-01-01 00:00:00", timeZone: UTC}
  indicator:
    spec:
      ratioMetric:
        bad: {metricSource: {type: prometheus, spec: {query: errors}}}
        total: {metricSource: {type: prometheus, spec: {query: requests}}}
  objectives:
    - target: 0.995
)yaml";
    const Result<SloImport> imported = SloImport::parse(yaml, u"slos.yaml"_s);
    QVERIFY2(imported, qPrintable(imported ? QString() : imported.error()));
    QCOMPARE(imported.value().slos.size(), 2);
    const Slo &checkout = imported.value().slos[0];
    QCOMPARE(checkout.name, u"checkout-availability"_s);
    QCOMPARE(checkout.service, u"checkout"_s);
    QCOMPARE(checkout.target, 0.999);
    QCOMPARE(checkout.window, std::chrono::seconds(std::chrono::hours(24 * 28)));
    QCOMPARE(checkout.calendar, Slo::Calendar::Rolling);
    QCOMPARE(checkout.kind, Slo::Kind::Availability);
    QVERIFY(checkout.goodQuery.contains(u"{{.window}}"_s));
    QVERIFY(checkout.totalQuery.startsWith(u"sum(rate(http_requests_total"_s));
    const Slo &search = imported.value().slos[1];
    QCOMPARE(search.calendar, Slo::Calendar::Month);
    QCOMPARE(search.calendarStart, QDateTime(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc()));
    QCOMPARE(search.kind, Slo::Kind::ErrorRate);
    QCOMPARE(search.badQuery, u"errors"_s);
    // What Sitrep does not use is listed, with where it stands.
    QCOMPARE(imported.value().ignored,
             QStringList {u"slos.yaml:32: spec.alertPolicies (not used by Sitrep)"_s});
}

void tst_SloImport::sloth()
{
    const QByteArray yaml = R"yaml(version: "prometheus/v1"
service: "myservice"
labels:
  owner: "myteam"
slos:
  - name: "requests-availability"
    objective: 99.9
    description: "Common SLO based on availability for HTTP request responses."
    sli:
      events:
        error_query: sum(rate(http_request_duration_seconds_count{job="myservice",code=~"(5..|429)"}[{{.window}}]))
        total_query: sum(rate(http_request_duration_seconds_count{job="myservice"}[{{.window}}]))
    alerting:
      name: MyServiceHighErrorRate
      page_alert:
        labels:
          severity: pageteam
  - name: "latency"
    objective: 99
    sli:
      raw:
        error_ratio_query: 1 - (sum(rate(latency_bucket{le="0.5"}[{{.window}}])) / sum(rate(latency_count[{{.window}}])))
)yaml";
    const Result<SloImport> imported = SloImport::parse(yaml, u"sloth.yaml"_s);
    QVERIFY2(imported, qPrintable(imported ? QString() : imported.error()));
    QCOMPARE(imported.value().slos.size(), 2);
    const Slo &availability = imported.value().slos[0];
    QCOMPARE(availability.service, u"myservice"_s);
    QCOMPARE(availability.name, u"myservice-requests-availability"_s);
    QCOMPARE(availability.target, 0.999);
    QVERIFY(availability.badQuery.contains(u"(5..|429)"_s));
    QVERIFY(availability.totalQuery.contains(u"[{{.window}}]"_s));
    QCOMPARE(imported.value().slos[1].target, 0.99);
    QVERIFY(imported.value().slos[1].errorRatioQuery.startsWith(u"1 - (sum"_s));
    QCOMPARE(imported.value().ignored.size(), 2);
    QVERIFY(imported.value().ignored[0].startsWith(u"sloth.yaml:3: labels"_s));
    QVERIFY2(imported.value().ignored[1].startsWith(u"sloth.yaml:14: slos.alerting"_s),
             qPrintable(imported.value().ignored[1]));
}

// Sloth's Kubernetes resources: the same SLOs in camelCase under spec, several per file, and
// the AlertWindows beside them listed as not used.
void tst_SloImport::slothKubernetes()
{
    const QByteArray yaml = R"yaml(apiVersion: sloth.slok.dev/v1
kind: PrometheusServiceLevel
metadata:
  name: sloth-slo-wifi
  namespace: monitoring
spec:
  service: "wifi"
  labels:
    site: "home"
  slos:
    - name: "client-satisfaction"
      objective: 95
      description: "Clients are happy"
      sli:
        events:
          errorQuery: sum_over_time((count(satisfaction < 0.75))[{{.window}}:]) OR on() vector(0)
          totalQuery: sum_over_time((count(satisfaction))[{{.window}}:])
      alerting:
        name: WifiSatisfaction
        pageAlert: {labels: {severity: home}}
---
apiVersion: sloth.slok.dev/v1
kind: PrometheusServiceLevel
metadata:
  name: sloth-slo-api
spec:
  service: api
  slos:
    - name: errors
      objective: 99.5
      sli:
        raw:
          errorRatioQuery: sum(rate(errors[{{.window}}])) / sum(rate(requests[{{.window}}]))
---
apiVersion: sloth.slok.dev/v1
kind: AlertWindows
spec:
  sloPeriod: 30d
  page:
    quick: {errorBudgetPercent: 2, shortWindow: 5m, longWindow: 1h}
    slow: {errorBudgetPercent: 4, shortWindow: 15m, longWindow: 4h}
  ticket:
    quick: {errorBudgetPercent: 10, shortWindow: 1h, longWindow: 12h}
    slow: {errorBudgetPercent: 10, shortWindow: 6h, longWindow: 5d}
---
apiVersion: sloth.slok.dev/v1
kind: AlertWindows
spec:
  sloPeriod: 7d
  page:
    quick: {errorBudgetPercent: 2, shortWindow: 5m, longWindow: 1h}
    slow: {errorBudgetPercent: 5, shortWindow: 30m, longWindow: 6h}
  ticket:
    quick: {errorBudgetPercent: 10, shortWindow: 2h, longWindow: 1d}
    slow: {errorBudgetPercent: 10, shortWindow: 6h, longWindow: 3d}
)yaml";
    const Result<SloImport> imported = SloImport::parse(yaml, u"k8s.yaml"_s);
    QVERIFY2(imported, qPrintable(imported ? QString() : imported.error()));
    const QList<Slo> &slos = imported.value().slos;
    QCOMPARE(slos.size(), 2);
    QCOMPARE(slos[0].name, u"wifi-client-satisfaction"_s);
    QCOMPARE(slos[0].service, u"wifi"_s);
    QCOMPARE(slos[0].description, u"Clients are happy"_s);
    QCOMPARE(slos[0].target, 0.95);
    QCOMPARE(slos[0].badQuery,
             u"sum_over_time((count(satisfaction < 0.75))[{{.window}}:]) OR on() vector(0)"_s);
    QCOMPARE(slos[0].totalQuery, u"sum_over_time((count(satisfaction))[{{.window}}:])"_s);
    QCOMPARE(slos[1].name, u"api-errors"_s);
    QCOMPARE(slos[1].target, 0.995);
    QVERIFY(slos[1].errorRatioQuery.startsWith(u"sum(rate(errors"_s));
    const QStringList &ignored = imported.value().ignored;
    QCOMPARE(ignored.size(), 3);
    QVERIFY2(ignored[0].startsWith(u"k8s.yaml:8: spec.labels"_s), qPrintable(ignored[0]));
    QVERIFY2(ignored[1].startsWith(u"k8s.yaml:19: spec.slos.alerting"_s), qPrintable(ignored[1]));
    QCOMPARE(ignored[2], u"k8s.yaml:46: kind: AlertWindows (no SLO of period 7d in the files)"_s);

    // The 30-day AlertWindows are both SLOs' burn tiers: p % of 30 days' budget spent within
    // the long window is a burn rate of p/100 × 720 h / window.
    using Tier = BurnAlert::Tier;
    using State = BurnAlert::State;
    const QList<Tier> tiers {{State::Page, u"5m"_s, u"1h"_s, 14.4},
                             {State::Page, u"15m"_s, u"4h"_s, 7.2},
                             {State::Ticket, u"1h"_s, u"12h"_s, 6.0},
                             {State::Ticket, u"6h"_s, u"5d"_s, 0.6}};
    QCOMPARE(slos[0].burnTiers, tiers);
    QCOMPARE(slos[1].tiers(), tiers);
    QCOMPARE(BurnAlert::windows(tiers),
             (QStringList {u"5m"_s, u"15m"_s, u"1h"_s, u"4h"_s, u"6h"_s, u"12h"_s, u"5d"_s}));
}

// OpenSLO v1alpha as Sloth reads it: ratioMetrics of source/query pairs, windows of a count
// and a unit (7 days here, not the 30 assumed elsewhere), or a calendar month.
void tst_SloImport::openSloAlpha()
{
    const QByteArray yaml = R"yaml(apiVersion: openslo/v1alpha
kind: SLO
metadata:
  name: checkout-availability
  displayName: Checkout availability
spec:
  service: checkout
  description: "Checkout requests succeed"
  budgetingMethod: Occurrences
  objectives:
    - ratioMetrics:
        good:
          source: prometheus
          queryType: promql
          query: sum(rate(requests{code!~"5.."}[{{.window}}]))
        total:
          source: prometheus
          queryType: promql
          query: sum(rate(requests[{{.window}}]))
      target: 0.999
  timeWindows:
    - count: 7
      unit: Day
      isRolling: true
---
apiVersion: openslo/v1alpha
kind: SLO
metadata: {name: search-errors}
spec:
  service: search
  objectives:
    - ratioMetrics:
        bad: {source: prometheus, query: errors}
        total: {source: prometheus, query: requests}
      target: 0.99
  timeWindows:
    - {count: 1, unit: Month, isRolling: false, calendar: {startTime: "2026-01-01 00:00:00", timeZone: UTC}}
)yaml";
    const Result<SloImport> imported = SloImport::parse(yaml, u"alpha.yaml"_s);
    QVERIFY2(imported, qPrintable(imported ? QString() : imported.error()));
    const QList<Slo> &slos = imported.value().slos;
    QCOMPARE(slos.size(), 2);
    QCOMPARE(slos[0].name, u"checkout-availability"_s);
    QCOMPARE(slos[0].service, u"checkout"_s);
    QCOMPARE(slos[0].kind, Slo::Kind::Availability);
    QCOMPARE(slos[0].goodQuery, u"sum(rate(requests{code!~\"5..\"}[{{.window}}]))"_s);
    QCOMPARE(slos[0].totalQuery, u"sum(rate(requests[{{.window}}]))"_s);
    QCOMPARE(slos[0].target, 0.999);
    QCOMPARE(slos[0].window, std::chrono::seconds(7 * 86400));
    QCOMPARE(slos[0].calendar, Slo::Calendar::Rolling);
    QCOMPARE(slos[1].kind, Slo::Kind::ErrorRate);
    QCOMPARE(slos[1].badQuery, u"errors"_s);
    QCOMPARE(slos[1].calendar, Slo::Calendar::Month);
    // Every field written is one Sitrep reads (displayName and queryType name, not measure).
    QVERIFY2(imported.value().ignored.isEmpty(), qPrintable(imported.value().ignored.join(u'\n')));
}

// An OpenSLO v1 SLO naming its SLI (indicatorRef) in another file read with it, beside a
// Service document; a name no file defines is refused, naming the SLO's file and line.
void tst_SloImport::openSloIndicatorsAcrossFiles()
{
    const QByteArray slos = R"yaml(apiVersion: openslo/v1
kind: Service
metadata: {name: checkout}
spec: {description: Takes the money}
---
apiVersion: openslo/v1
kind: SLO
metadata: {name: checkout-availability}
spec:
  service: checkout
  indicatorRef: checkout-good-requests
  timeWindow: [{duration: 28d, isRolling: true}]
  budgetingMethod: Occurrences
  objectives: [{target: 0.995}]
)yaml";
    const QByteArray slis = R"yaml(apiVersion: openslo/v1
kind: SLI
metadata: {name: checkout-good-requests}
spec:
  ratioMetric:
    counter: true
    good: {metricSource: {type: Prometheus, spec: {query: good_requests}}}
    total: {metricSource: {type: Prometheus, spec: {query: all_requests}}}
)yaml";
    const Result<SloImport> imported = SloImport::parse(
            QList<SloImport::File> {{slos, u"slos.yaml"_s}, {slis, u"slis.yaml"_s}});
    QVERIFY2(imported, qPrintable(imported ? QString() : imported.error()));
    QCOMPARE(imported.value().slos.size(), 1);
    const Slo &slo = imported.value().slos.first();
    QCOMPARE(slo.name, u"checkout-availability"_s);
    QCOMPARE(slo.goodQuery, u"good_requests"_s);
    QCOMPARE(slo.totalQuery, u"all_requests"_s);
    QCOMPARE(slo.target, 0.995);
    QCOMPARE(slo.window, std::chrono::seconds(28 * 86400));

    // Alone, the SLO's file does not say what to measure.
    const Result<SloImport> alone = SloImport::parse(slos, u"slos.yaml"_s);
    QVERIFY(!alone);
    QCOMPARE(alone.error(),
             u"slos.yaml:11: spec.indicatorRef: no SLI named "
             "\"checkout-good-requests\" (kind: SLI) in the files read; give its "
             "file too."_s);
    // A problem inside the SLI names the SLI's file.
    QByteArray broken = slis;
    broken.replace("type: Prometheus, spec: {query: all_requests}",
                   "type: Datadog, spec: {query: all_requests}");
    const Result<SloImport> refused = SloImport::parse(
            QList<SloImport::File> {{slos, u"slos.yaml"_s}, {broken, u"slis.yaml"_s}});
    QVERIFY(!refused);
    QVERIFY2(refused.error().startsWith(u"slis.yaml:8: spec.ratioMetric.total.metricSource.type"_s),
             qPrintable(refused.error()));
}

void tst_SloImport::refusals_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("problem");
    const QByteArray head = "apiVersion: openslo/v1\nkind: SLO\nmetadata: {name: x}\nspec:\n";
    const QByteArray ratio = "  indicator: {spec: {ratioMetric: {good: {metricSource: {type: "
                             "Prometheus, spec: {query: g}}}, total: {metricSource: {type: "
                             "Prometheus, spec: {query: t}}}}}}\n";
    QTest::newRow("not YAML") << QByteArray("slos: [\n") << u"not valid YAML"_s;
    QTest::newRow("stray comma") << QByteArray(",r")
                                 << u"slos.yaml:1: not valid YAML: a comma outside [ ] or { }."_s;
    QTest::newRow("unknown format") << QByteArray("apiVersion: v2\nkind: Thing\n")
                                    << u"slos.yaml:1: apiVersion: not an SLO Sitrep reads"_s;
    QTest::newRow("target above one")
            << head + ratio + "  objectives: [{target: 99.9}]\n"
            << u"spec.objectives.target: must be a number between 0 and 1 (0.999), not \"99.9\"."_s;
    QTest::newRow("no objective") << head + ratio << u"spec.objectives: needs an objective"_s;
    QTest::newRow("not Prometheus") << head
                    + "  indicator: {spec: {ratioMetric: {good: {metricSource: {type: Datadog, "
                      "spec: {query: g}}}, total: {metricSource: {type: Datadog, spec: "
                      "{query: t}}}}}}\n  objectives: [{target: 0.9}]\n"
                                    << u"only Prometheus sources are supported, not \"Datadog\""_s;
    QTest::newRow("threshold metric")
            << head + "  indicator: {spec: {thresholdMetric: {}}}\n  objectives: [{target: 0.9}]\n"
            << u"spec.indicator.spec.thresholdMetric: needs a metricSource."_s;
    QTest::newRow("neither ratio nor threshold")
            << head + "  indicator: {spec: {rawMetric: {}}}\n  objectives: [{target: 0.9}]\n"
            << u"spec.indicator.spec.ratioMetric: needs a ratio metric (good or bad, and total) "
               "or a threshold metric"_s;
    QTest::newRow("bad window") << head + ratio
                    + "  timeWindow: [{duration: soon, isRolling: true}]\n"
                      "  objectives: [{target: 0.9}]\n"
                                << u"spec.timeWindow.duration: must be a duration"_s;
    QTest::newRow("sloth plugin") << QByteArray(
            "version: prometheus/v1\nservice: s\nslos:\n  - name: a\n    "
            "objective: 99\n    sli: {plugin: {id: sloth-common/availability}}\n")
                                  << u"slos.yaml:6: slos.sli.plugin: Sloth SLI plugins run inside "
                                     "Sloth and cannot be read here (plugin "
                                     "\"sloth-common/availability\"): write the queries it makes "
                                     "as events (error_query, total_query) or raw "
                                     "(error_ratio_query)."_s;
    QTest::newRow("sloth k8s plugin")
            << QByteArray("apiVersion: sloth.slok.dev/v1\nkind: PrometheusServiceLevel\nspec:\n"
                          "  service: s\n  slos:\n    - name: a\n      objective: 99\n      "
                          "sli: {plugin: {id: x}}\n")
            << u"spec.slos.sli.plugin: Sloth SLI plugins run inside Sloth and cannot be read here "
               "(plugin \"x\"): write the queries it makes as events (errorQuery, totalQuery) or "
               "raw (errorRatioQuery)."_s;
    QTest::newRow("sloth k8s snake case")
            << QByteArray("apiVersion: sloth.slok.dev/v1\nkind: PrometheusServiceLevel\nspec:\n"
                          "  service: s\n  slos:\n    - name: a\n      objective: 99\n      "
                          "sli: {events: {error_query: e, total_query: t}}\n")
            << u"slos.yaml:8: spec.slos.sli.events: needs errorQuery and totalQuery."_s;
    const QByteArray alpha = "apiVersion: openslo/v1alpha\nkind: SLO\nmetadata: {name: x}\n"
                             "spec:\n  objectives: [{ratioMetrics: {good: {source: prometheus, "
                             "query: g}, total: {source: prometheus, query: t}}, target: 0.9}]\n";
    QTest::newRow("alpha months rolling")
            << alpha + "  timeWindows: [{count: 3, unit: Month, isRolling: true}]\n"
            << u"spec.timeWindows: a rolling window must be a count of Second, Minute, Hour, Day "
               u"or "
               "Week (30 Day), not \"3 Month\"."_s;
    QTest::newRow("alpha ten thousand years")
            << alpha + "  timeWindows: [{count: 99999999999999, unit: Week}]\n"
            << u"spec.timeWindows: a rolling window must be"_s;
    QTest::newRow("alpha calendar of two quarters")
            << alpha + "  timeWindows: [{count: 2, unit: Quarter, isRolling: false}]\n"
            << u"a calendar window is one week, month, quarter or year (count 1, unit Week, "
               "Month, Quarter or Year), not 2 Quarter."_s;
    QTest::newRow("alpha timeslices")
            << alpha + "  budgetingMethod: Timeslices\n"
            << u"spec.budgetingMethod: only Occurrences is supported, not \"Timeslices\"."_s;
    QTest::newRow("alpha datadog")
            << QByteArray("apiVersion: openslo/v1alpha\nkind: SLO\nmetadata: {name: x}\nspec:\n"
                          "  objectives: [{ratioMetrics: {good: {source: datadog, query: g}, "
                          "total: {source: datadog, query: t}}, target: 0.9}]\n")
            << u"spec.objectives.ratioMetrics.good.source: only Prometheus sources are supported, "
               "not \"datadog\"."_s;
    // Issue 27, defect 5: objectives yaml-cpp could not convert, and a missing spec.
    for (const char *objective : {"~", "NaN", "1e999", "0d", "[1]"})
        QTest::newRow(objective) << "version: prometheus/v1\nservice: s\nslos:\n  - name: a\n    "
                                    "objective: "
                        + QByteArray(objective) + "\n    sli: {raw: {error_ratio_query: x}}\n"
                                 << u"slos.yaml:5: slos.objective: must be a percentage between 0 "
                                    "and 100"_s;
    QTest::newRow("no spec") << QByteArray("apiVersion: openslo/v1\nkind: SLO\nmetadata: {name: "
                                           "x}\n")
                             << u"slos.yaml:1: spec: missing."_s;
    QTest::newRow("target a list") << head + ratio + "  objectives: [{target: [1]}]\n"
                                   << u"spec.objectives.target: must be a number between 0 and 1 "
                                      "(0.999), not a list."_s;
}

void tst_SloImport::refusals()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, problem);
    const Result<SloImport> imported = SloImport::parse(yaml, u"slos.yaml"_s);
    QVERIFY(!imported);
    QVERIFY2(imported.error().contains(problem), qPrintable(imported.error()));
}

void tst_SloImport::seedDefaults()
{
    const QList<Slo> seed = SloDefaults::seed(u"checkout"_s);
    QCOMPARE(seed.size(), 3);
    QCOMPARE(seed[0].target, 0.999);
    QCOMPARE(seed[0].window, std::chrono::seconds(std::chrono::hours(24 * 30)));
    QCOMPARE(seed[1].kind, Slo::Kind::Latency);
    QVERIFY(seed[1].goodQuery.contains(u"le=\"0.5\""_s));
    QCOMPARE(seed[2].kind, Slo::Kind::ErrorRate);
}

void tst_SloImport::minimumEventsExtension()
{
    // OpenSLO's annotations and a Sloth SLO's labels carry the minimum-events guard; their
    // other entries are listed as not used.
    const QByteArray yaml = R"yaml(apiVersion: openslo/v1
kind: SLO
metadata:
  name: quiet-service
  annotations:
    sitrep.io/minimum-events: "100"
    team: payments
spec:
  service: quiet
  indicator:
    spec:
      ratioMetric:
        bad: {metricSource: {type: Prometheus, spec: {query: "sum(increase(e[{{.window}}]))"}}}
        total: {metricSource: {type: Prometheus, spec: {query: "sum(increase(t[{{.window}}]))"}}}
  objectives: [{target: 0.99}]
---
version: "prometheus/v1"
service: "quiet"
slos:
  - name: "errors"
    objective: 99.9
    labels:
      sitrep_minimum_events: "50"
      owner: payments
    sli: {raw: {error_ratio_query: "sum(rate(e[{{.window}}])) / sum(rate(t[{{.window}}]))"}}
)yaml";
    const Result<SloImport> imported = SloImport::parse(yaml, u"quiet.yaml"_s);
    QVERIFY2(imported, qPrintable(imported ? QString() : imported.error()));
    QCOMPARE(imported.value().slos.at(0).minimumEvents, 100.0);
    QCOMPARE(imported.value().slos.at(1).minimumEvents, 50.0);
    QCOMPARE(imported.value().ignored,
             (QStringList {u"quiet.yaml:7: metadata.annotations.team (not used by Sitrep)"_s,
                           u"quiet.yaml:24: slos.labels.owner (not used by Sitrep)"_s}));

    const Result<SloImport> refused = SloImport::parse(
            "apiVersion: openslo/v1\nkind: SLO\nmetadata:\n  name: x\n  annotations:\n"
            "    sitrep.io/minimum-events: many\n",
            u"bad.yaml"_s);
    QVERIFY(!refused);
    QCOMPARE(refused.error(),
             u"bad.yaml:6: metadata.annotations.sitrep.io/minimum-events: must be "
             "a number of events, not \"many\"."_s);
}

QTEST_GUILESS_MAIN(tst_SloImport)
#include "tst_sloimport.moc"
