#include "../fixtures/prometheusfixture.h"
#include "ctlrunner.h"

#include <yaml-cpp/yaml.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

// sitrepctl slo rules: the rule file Prometheus' own promtool accepts, and whose alerts,
// evaluated by the Prometheus fixture over its 31 days of payments history, say what
// `slo report` says at the same instants.
class tst_CtlSloRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void promtoolAcceptsTheFile();
    void alertsAgreeWithTheReport();
    void choosingSlosAndRefusals();

private:
    CtlRun ctl(const QStringList &arguments) { return runCtl(m_dir, arguments); }
    // The alert expressions, each with the recording rules it reads written in place (the
    // fixture's Prometheus evaluates no rules: its history is backfilled).
    [[nodiscard]] QHash<QString, QString> alertsInline(const QString &file);
    // Whether Prometheus' answer to `expr` at `at` has any series (the alert fires).
    [[nodiscard]] bool fires(const QString &expr, const QDateTime &at);

    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    QString m_rules;
};

void tst_CtlSloRules::initTestCase()
{
    QVERIFY2(!prometheus_fixture::url().isEmpty(), "the prometheus fixture did not start");
    QFile sloth(m_dir.filePath(u"sloth.yaml"_s));
    QVERIFY(sloth.open(QIODevice::WriteOnly));
    sloth.write(R"yaml(version: "prometheus/v1"
service: "payments"
slos:
  - name: "requests-availability"
    objective: 99.9
    sli:
      events:
        error_query: sum(increase(http_requests_total{service="payments",code="500"}[{{.window}}]))
        total_query: sum(increase(http_requests_total{service="payments"}[{{.window}}]))
    labels:
      sitrep_minimum_events: "100"
  - name: "error-ratio"
    objective: 99.9
    sli:
      raw:
        error_ratio_query: sum(increase(http_requests_total{service="payments",code="500"}[{{.window}}])) / sum(increase(http_requests_total{service="payments"}[{{.window}}]))
)yaml");
    sloth.close();
    QCOMPARE(ctl({u"slo"_s, u"import"_s, sloth.fileName()}).exitCode, 0);
    // An SLO over 28 days alerting with Sloth's AlertWindows for that period, not the
    // Workbook's tiers: its own windows are recorded and its own factors compared.
    QFile windows(m_dir.filePath(u"windows.yaml"_s));
    QVERIFY(windows.open(QIODevice::WriteOnly));
    windows.write(R"yaml(apiVersion: openslo/v1
kind: SLO
metadata: {name: requests-28d}
spec:
  service: payments
  timeWindow: [{duration: 28d, isRolling: true}]
  indicator:
    spec:
      ratioMetric:
        bad: {metricSource: {type: Prometheus, spec: {query: 'sum(increase(http_requests_total{service="payments",code="500"}[{{.window}}]))'}}}
        total: {metricSource: {type: Prometheus, spec: {query: 'sum(increase(http_requests_total{service="payments"}[{{.window}}]))'}}}
  objectives: [{target: 0.999}]
---
apiVersion: sloth.slok.dev/v1
kind: AlertWindows
spec:
  sloPeriod: 28d
  page:
    quick: {errorBudgetPercent: 2, shortWindow: 10m, longWindow: 2h}
    slow: {errorBudgetPercent: 5, shortWindow: 1h, longWindow: 12h}
  ticket:
    quick: {errorBudgetPercent: 10, shortWindow: 2h, longWindow: 1d}
    slow: {errorBudgetPercent: 20, shortWindow: 6h, longWindow: 4d}
)yaml");
    windows.close();
    const CtlRun imported = ctl({u"slo"_s, u"import"_s, windows.fileName()});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    // OpenSLO's other ways of counting: a value against a threshold, one minute one event;
    // five-minute slices, good when 99 % of their requests are; and the slices' average.
    QFile slices(m_dir.filePath(u"slices.yaml"_s));
    QVERIFY(slices.open(QIODevice::WriteOnly));
    slices.write(R"yaml(apiVersion: openslo/v1
kind: SLI
metadata: {name: payments-errors}
spec:
  ratioMetric:
    bad: {metricSource: {type: Prometheus, spec: {query: 'sum(increase(http_requests_total{service="payments",code="500"}[{{.window}}]))'}}}
    total: {metricSource: {type: Prometheus, spec: {query: 'sum(increase(http_requests_total{service="payments"}[{{.window}}]))'}}}
---
apiVersion: openslo/v1
kind: SLO
metadata: {name: error-share-threshold}
spec:
  service: payments
  timeWindow: [{duration: 30d, isRolling: true}]
  indicator:
    spec:
      thresholdMetric: {metricSource: {type: Prometheus, spec: {query: 'sum(rate(http_requests_total{service="payments",code="500"}[1m])) / sum(rate(http_requests_total{service="payments"}[1m]))'}}}
  objectives: [{op: lt, value: 0.01, target: 0.99}]
---
apiVersion: openslo/v1
kind: SLO
metadata: {name: requests-timeslices}
spec:
  service: payments
  timeWindow: [{duration: 30d, isRolling: true}]
  budgetingMethod: Timeslices
  indicatorRef: payments-errors
  objectives: [{target: 0.999, timeSliceTarget: 0.99, timeSliceWindow: 5m}]
---
apiVersion: openslo/v1
kind: SLO
metadata: {name: requests-ratio-timeslices}
spec:
  service: payments
  timeWindow: [{duration: 30d, isRolling: true}]
  budgetingMethod: RatioTimeslices
  indicatorRef: payments-errors
  objectives: [{target: 0.999, timeSliceWindow: 5m}]
)yaml");
    slices.close();
    const CtlRun sliced = ctl({u"slo"_s, u"import"_s, slices.fileName()});
    QVERIFY2(sliced.exitCode == 0, qPrintable(sliced.err));
    QCOMPARE(ctl({u"slo"_s, u"seed"_s, u"payments"_s}).exitCode, 0);
    m_rules = m_dir.filePath(u"rules.yml"_s);
    const CtlRun written = ctl({u"slo"_s, u"rules"_s, u"--output"_s, m_rules});
    QVERIFY2(written.exitCode == 0, qPrintable(written.err));
    QVERIFY2(written.out.contains("Wrote the rules of 9 SLOs to"), written.out.constData());
}

void tst_CtlSloRules::promtoolAcceptsTheFile()
{
    QProcess promtool;
    promtool.start(u"promtool"_s, {u"check"_s, u"rules"_s, m_rules});
    QVERIFY(promtool.waitForFinished(60000));
    const QByteArray said = promtool.readAllStandardOutput() + promtool.readAllStandardError();
    QVERIFY2(promtool.exitCode() == 0, said.constData());
    // 9 SLOs × (7 windows + page + ticket).
    QVERIFY2(said.contains("SUCCESS: 81 rules found"), said.constData());
}

QHash<QString, QString> tst_CtlSloRules::alertsInline(const QString &file)
{
    const YAML::Node document = YAML::LoadFile(file.toStdString());
    QHash<QString, QString> records;
    QHash<QString, QString> alerts;
    for (const YAML::Node &group : document["groups"]) {
        for (const YAML::Node &rule : group["rules"]) {
            const QString slo
                    = QString::fromStdString(rule["labels"]["sitrep_slo"].as<std::string>());
            const QString expr = QString::fromStdString(rule["expr"].as<std::string>());
            if (rule["record"])
                records.insert(
                        u"%1{sitrep_slo=\"%2\"}"_s.arg(
                                QString::fromStdString(rule["record"].as<std::string>()), slo),
                        expr);
            else
                alerts.insert(slo + u'/'
                                      + QString::fromStdString(
                                              rule["labels"]["severity"].as<std::string>()),
                              expr);
        }
    }
    for (QString &expr : alerts) {
        for (auto record = records.cbegin(); record != records.cend(); ++record)
            expr.replace(record.key(), u'(' + record.value() + u')');
        if (expr.contains(u"sitrep_slo:"_s))
            qFatal("a recording rule the alert reads is missing: %s", qPrintable(expr));
    }
    return alerts;
}

bool tst_CtlSloRules::fires(const QString &expr, const QDateTime &at)
{
    QUrl url = prometheus_fixture::url().resolved(QUrl(u"/api/v1/query"_s));
    QUrlQuery query;
    query.addQueryItem(u"query"_s, QString::fromLatin1(QUrl::toPercentEncoding(expr)));
    query.addQueryItem(u"time"_s, QString::number(at.toSecsSinceEpoch()));
    url.setQuery(query);
    QNetworkReply *reply = m_network.get(QNetworkRequest(url));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!finished.wait(60000))
        qFatal("Prometheus did not answer");
    const QByteArray body = reply->readAll();
    reply->deleteLater();
    const QJsonObject answer = QJsonDocument::fromJson(body).object();
    if (answer.value(u"status").toString() != u"success")
        qFatal("Prometheus refused %s: %s", qPrintable(expr), body.constData());
    return !answer.value(u"data").toObject().value(u"result").toArray().isEmpty();
}

void tst_CtlSloRules::alertsAgreeWithTheReport()
{
    const QHash<QString, QString> alerts = alertsInline(m_rules);
    QCOMPARE(alerts.size(), 18);
    const QDateTime reportAt(QDate(2026, 3, 10), QTime(0, 0), Qt::UTC);
    // tests/fixtures/promhistory.py: 1 % errors in the last 90 minutes, a quarter of the
    // requests failing for an hour three days before, 0.02 % otherwise.
    const QList<QDateTime> instants {reportAt, reportAt.addDays(-3).addSecs(30 * 60),
                                     reportAt.addDays(-3).addSecs(3 * 3600), reportAt.addDays(-5)};
    QSet<QString> seen;
    QHash<QString, QSet<QString>> seenBySlo;
    for (const QDateTime &at : instants) {
        const CtlRun run = ctl({u"slo"_s, u"report"_s, u"--prometheus"_s,
                                prometheus_fixture::url().toString(), u"--at"_s,
                                at.toString(Qt::ISODate), u"--json"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonArray reports = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(reports.size(), 9);
        for (const QJsonValue &value : reports) {
            const QString slo = value.toObject().value(u"name").toString();
            const QString sitrep = value.toObject().value(u"alert").toString();
            const bool page = fires(alerts.value(slo + u"/page"_s), at);
            const bool ticket = fires(alerts.value(slo + u"/ticket"_s), at);
            const QString prometheus = page ? u"page"_s : ticket ? u"ticket"_s : u"none"_s;
            QVERIFY2(prometheus == sitrep,
                     qPrintable(u"%1 at %2: Sitrep says %3, Prometheus %4"_s.arg(
                             slo, at.toString(Qt::ISODate), sitrep, prometheus)));
            seen << sitrep;
            seenBySlo[slo] << sitrep;
        }
    }
    // Each state was compared at least once: the agreement is not all "none".
    QCOMPARE(seen, (QSet<QString> {u"page"_s, u"ticket"_s, u"none"_s}));
    // The threshold and the slices page in the last 90 minutes' burn and are quiet before.
    for (const QString &slo :
         {u"error-share-threshold"_s, u"requests-timeslices"_s, u"requests-ratio-timeslices"_s})
        QVERIFY2(seenBySlo.value(slo).contains(u"page"_s)
                         && seenBySlo.value(slo).contains(u"none"_s),
                 qPrintable(slo + u": "_s + QStringList(seenBySlo.value(slo).values()).join(u' ')));
}

void tst_CtlSloRules::choosingSlosAndRefusals()
{
    const CtlRun one = ctl({u"slo"_s, u"rules"_s, u"--slo"_s, u"payments-latency"_s});
    QCOMPARE(one.exitCode, 0);
    QVERIFY(one.out.contains("name: sitrep-slo-payments-latency"));
    QVERIFY(!one.out.contains("payments-availability"));
    // The latency SLO counts good requests: its error ratio is what is not good.
    QVERIFY2(one.out.contains("1 - sum(sum(increase(http_request_duration_seconds_bucket"),
             one.out.constData());
    // The 28-day SLO's tiers: 2 % of 28 days in 2 h is 6.72× (an error ratio of 0.00672).
    const CtlRun windows = ctl({u"slo"_s, u"rules"_s, u"--slo"_s, u"requests-28d"_s});
    QVERIFY2(windows.out.contains("record: sitrep_slo:error_ratio:rate4d")
                     && windows.out.contains(
                             "sitrep_slo:error_ratio:rate2h{sitrep_slo=\"requests-28d\"} "
                             "> 0.00672")
                     && !windows.out.contains("rate3d"),
             windows.out.constData());
    const CtlRun unknown = ctl({u"slo"_s, u"rules"_s, u"--slo"_s, u"nope"_s});
    QCOMPARE(unknown.exitCode, 1);
    // The minimum-events guard: no ratio where the window holds fewer than 100 requests.
    const CtlRun guarded
            = ctl({u"slo"_s, u"rules"_s, u"--slo"_s, u"payments-requests-availability"_s});
    QVERIFY2(guarded.out.contains(") and on() (sum(sum_over_time((sum(increase(http_requests_total{"
                                  "service=\"payments\"}[1m])))[5m:1m])) >= 100)"),
             guarded.out.constData());
    QVERIFY2(unknown.err.contains(u"There is no SLO named \"nope\""_s), qPrintable(unknown.err));
    QTemporaryDir empty;
    const CtlRun none = runCtl(empty, {u"slo"_s, u"rules"_s});
    QCOMPARE(none.exitCode, 1);
    QVERIFY2(none.err.contains(u"No SLOs yet"_s), qPrintable(none.err));
}

QTEST_GUILESS_MAIN(tst_CtlSloRules)
#include "tst_ctlslorules.moc"
