#include "../fixtures/prometheusfixture.h"
#include "ctlrunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

// sitrepctl detect and verify, run as a user would, against the real Prometheus fixture, with
// the issue's rules file format and injected times (--at).
class tst_CtlDetection : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void detectOnceOpensOneIncident();
    void verifyGatesResolve();
    void badArguments_data();
    void badArguments();
    void ruleErrorsAreReportedAndExitNonZero();
    void detectionJoinsWatch();

private:
    CtlRun ctl(const QStringList &arguments) { return runCtl(*m_dir, arguments); }
    QJsonArray detect(const QString &at);
    QJsonObject verify(qint64 incident, const QString &at);
    QString rulesFile() const { return m_dir->filePath(u"rules.yaml"_s); }

    QString m_url;
    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {

// The issue's shape, with the checks filled in for the fixture's service.
const QByteArray rules = R"yaml(rules:
  - name: high-error-rate
    title: High Error Rate Detected
    severity: SEV-2
    services: [checkout]
    query: sum(rate(http_requests_total{service="checkout",code=~"5.."}[5m])) / sum(rate(http_requests_total{service="checkout"}[5m]))
    op: ">"
    threshold: 0.05
    for: 2m
  - name: traffic-drop
    title: Significant Traffic Drop
    severity: SEV-1
    services: [checkout]
    query: sum(rate(http_requests_total{service="checkout"}[5m])) * 60
    expected: sum(rate(http_requests_total{service="checkout"}[5m] offset 1w)) * 60
    op: "<"
    threshold_ratio: 0.5
verify:
  - { name: error-rate-normal, query: "sum(rate(http_requests_total{service=\"checkout\",code=~\"5..\"}[5m])) / sum(rate(http_requests_total{service=\"checkout\"}[5m]))", op: "<", threshold: 0.01 }
  - { name: p99-normal, query: "histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket{service=\"checkout\"}[5m])))", op: "<", threshold: 1.0 }
  - { name: traffic-normal, query: "sum(rate(http_requests_total{service=\"checkout\"}[5m])) * 60", expected: "sum(rate(http_requests_total{service=\"checkout\"}[5m] offset 1w)) * 60", op: ">", threshold_ratio: 0.9, recheck: false }
monitoring_window: 15m
)yaml";

} // namespace

void tst_CtlDetection::initTestCase()
{
    m_url = prometheus_fixture::url().toString();
    QVERIFY2(!m_url.isEmpty(), "the prometheus fixture did not start");
}

void tst_CtlDetection::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QFile file(rulesFile());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(rules);
}

QJsonArray tst_CtlDetection::detect(const QString &at)
{
    const CtlRun run = ctl({u"detect"_s, u"--prometheus"_s, m_url, u"--rules"_s, rulesFile(),
                            u"--once"_s, u"--at"_s, at, u"--json"_s});
    if (run.exitCode != 0)
        qWarning() << run.err;
    return QJsonDocument::fromJson(run.out).array();
}

QJsonObject tst_CtlDetection::verify(qint64 incident, const QString &at)
{
    const CtlRun run = ctl({u"verify"_s, QString::number(incident), u"--rules"_s, rulesFile(),
                            u"--at"_s, at, u"--json"_s});
    if (run.exitCode != 0)
        qWarning() << run.err;
    return QJsonDocument::fromJson(run.out).object();
}

void tst_CtlDetection::detectOnceOpensOneIncident()
{
    const QJsonArray first = detect(u"2026-03-09T02:10:00Z"_s);
    QCOMPARE(first.size(), 2);
    const QJsonObject errors = first[0].toObject();
    QCOMPARE(errors.value(u"rule").toString(), u"high-error-rate"_s);
    QVERIFY(errors.value(u"fired").toBool());
    QVERIFY(errors.value(u"value").toDouble() > 0.05);
    QVERIFY(errors.value(u"expected").isNull());
    QVERIFY(errors.value(u"error").isNull());
    const qint64 incident = errors.value(u"incident_id").toInteger();
    QVERIFY(incident > 0);
    const QJsonObject traffic = first[1].toObject();
    QVERIFY(!traffic.value(u"fired").toBool());
    QVERIFY(traffic.value(u"expected").toDouble() > 0);
    QVERIFY(traffic.value(u"incident_id").isNull());

    const QJsonArray again = detect(u"2026-03-09T02:15:00Z"_s);
    QCOMPARE(again[0].toObject().value(u"incident_id").toInteger(), incident);
    const CtlRun list = ctl({u"incidents"_s, u"list"_s, u"--json"_s});
    QCOMPARE(QJsonDocument::fromJson(list.out).array().size(), 1);

    // The traffic drop at 06:10: the ratio rule fires against the week before.
    const QJsonArray drop = detect(u"2026-03-09T06:10:00Z"_s);
    QVERIFY(drop[1].toObject().value(u"fired").toBool());
    QVERIFY(drop[1].toObject().value(u"value").toDouble()
            < 0.5 * drop[1].toObject().value(u"expected").toDouble());
}

void tst_CtlDetection::verifyGatesResolve()
{
    QCOMPARE(ctl({u"endpoint"_s, u"add"_s, u"prometheus"_s, u"prom"_s, u"--url"_s, m_url}).exitCode,
             0);
    const qint64 incident
            = detect(u"2026-03-09T02:10:00Z"_s)[0].toObject().value(u"incident_id").toInteger();
    const QJsonObject during = verify(incident, u"2026-03-09T02:15:00Z"_s);
    QCOMPARE(during.value(u"all_ok").toBool(true), false);
    QCOMPARE(during.value(u"checks").toArray().size(), 3);
    const QJsonObject errorCheck = during.value(u"checks").toArray()[0].toObject();
    QCOMPARE(errorCheck.value(u"name").toString(), u"error-rate-normal"_s);
    QCOMPARE(errorCheck.value(u"ok").toBool(true), false);
    QCOMPARE(errorCheck.value(u"threshold").toDouble(), 0.01);
    QVERIFY(during.value(u"monitoring_until").isNull());

    CtlRun resolve = ctl({u"incidents"_s, u"resolve"_s, QString::number(incident),
                          u"--resolution"_s, u"rolled back"_s});
    QCOMPARE(resolve.exitCode, 1);
    QVERIFY2(resolve.err.contains(u"not verified"_s), qPrintable(resolve.err));

    const QJsonObject passing = verify(incident, u"2026-03-09T02:45:00Z"_s);
    QVERIFY(passing.value(u"all_ok").toBool());
    QCOMPARE(passing.value(u"monitoring_until").toString(), u"2026-03-09T03:00:00Z"_s);
    QCOMPARE(passing.value(u"resolvable").toBool(true), false);

    const QJsonObject done = verify(incident, u"2026-03-09T03:01:00Z"_s);
    QVERIFY(done.value(u"resolvable").toBool());
    resolve = ctl({u"incidents"_s, u"resolve"_s, QString::number(incident), u"--resolution"_s,
                   u"rolled back"_s});
    QVERIFY2(resolve.exitCode == 0, qPrintable(resolve.err));
}

void tst_CtlDetection::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("problem");
    QTest::newRow("no server") << QStringList {u"detect"_s, u"--once"_s}
                               << u"either --prometheus or --endpoint"_s;
    QTest::newRow("bad time") << QStringList {u"detect"_s, u"--prometheus"_s, u"http://x"_s,
                                              u"--once"_s, u"--at"_s,         u"yesterday"_s}
                              << u"--at must be an ISO 8601 time"_s;
    QTest::newRow("verify without incident") << QStringList {u"verify"_s} << u"one incident"_s;
}

void tst_CtlDetection::badArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, problem);
    const CtlRun run = ctl(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(problem), qPrintable(run.err));
}

void tst_CtlDetection::ruleErrorsAreReportedAndExitNonZero()
{
    QFile file(rulesFile());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("rules:\n  - name: broken\n    title: Broken\n    severity: SEV-3\n"
               "    query: sum(rate(\n    op: \">\"\n    threshold: 1\n");
    file.close();
    CtlRun run = ctl({u"detect"_s, u"--prometheus"_s, m_url, u"--rules"_s, rulesFile(), u"--once"_s,
                      u"--json"_s});
    QCOMPARE(run.exitCode, 1);
    const QJsonObject report = QJsonDocument::fromJson(run.out).array()[0].toObject();
    QVERIFY2(report.value(u"error").toString().contains(u"parse error"_s),
             qPrintable(report.value(u"error").toString()));
    QCOMPARE(report.value(u"fired").toBool(true), false);

    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("rules:\n  - name: x\n    threshold: high\n");
    file.close();
    run = ctl({u"detect"_s, u"--prometheus"_s, m_url, u"--rules"_s, rulesFile(), u"--once"_s});
    QCOMPARE(run.exitCode, 1); // a problem with the file, not the arguments
    QVERIFY2(run.err.contains(u"rules.yaml:"_s), qPrintable(run.err));
}

void tst_CtlDetection::detectionJoinsWatch()
{
    QCOMPARE(ctl({u"endpoint"_s, u"add"_s, u"prometheus"_s, u"prom"_s, u"--url"_s, m_url,
                  u"--set"_s, u"poll_interval=1s"_s})
                     .exitCode,
             0);
    QProcess watch;
    startCtl(watch, *m_dir, {u"watch"_s});
    // Two evaluations logged, then SIGTERM.
    const QByteArray log = logUntilStopped(watch, "prom: ", 2);
    QCOMPARE(watch.state(), QProcess::NotRunning);
    QCOMPARE(watch.exitCode(), 0);
    QVERIFY2(log.contains("Watching 1 endpoint"), log.constData());
    // Now, long after the fixture's history, every rule answers "no value": a healthy server.
    QVERIFY2(log.contains("prom: 3 rules evaluated, 3 with problems; fired: none"),
             log.constData());
}

QTEST_GUILESS_MAIN(tst_CtlDetection)
#include "tst_ctldetection.moc"
