#include "../fixtures/prometheusfixture.h"
#include "ctlrunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

// sitrepctl slo import, seed, list and report, run as a user would, against the real
// Prometheus fixture with 31 days of payments history.
class tst_CtlSlo : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void importListsWhatItDoesNotUse();
    void badFilesAreRefusedWithFileAndLine();
    void reportJsonHasTheIssuesShape();
    void reportTextForPeople();
    void badArguments_data();
    void badArguments();
    void deadServerExitsNonZeroButReportsTheCache();

private:
    CtlRun ctl(const QStringList &arguments) { return runCtl(*m_dir, arguments); }
    QString write(const QString &name, const QByteArray &content);

    QString m_url;
    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {

const QString at = u"2026-03-10T00:00:00Z"_s;

const QByteArray sloth = R"yaml(version: "prometheus/v1"
service: "payments"
labels:
  owner: "payments-team"
slos:
  - name: "requests-availability"
    objective: 99.9
    sli:
      events:
        error_query: sum(increase(http_requests_total{service="payments",code="500"}[{{.window}}]))
        total_query: sum(increase(http_requests_total{service="payments"}[{{.window}}]))
)yaml";

} // namespace

void tst_CtlSlo::initTestCase()
{
    m_url = prometheus_fixture::url().toString();
    QVERIFY2(!m_url.isEmpty(), "the prometheus fixture did not start");
}

void tst_CtlSlo::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

QString tst_CtlSlo::write(const QString &name, const QByteArray &content)
{
    QFile file(m_dir->filePath(name));
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(name));
    file.write(content);
    return file.fileName();
}

void tst_CtlSlo::importListsWhatItDoesNotUse()
{
    const CtlRun imported = ctl({u"slo"_s, u"import"_s, write(u"sloth.yaml"_s, sloth)});
    QCOMPARE(imported.exitCode, 0);
    QVERIFY2(imported.out.contains("imported payments-requests-availability"), imported.out);
    QVERIFY2(imported.err.contains(u"sloth.yaml:3: labels"_s), qPrintable(imported.err));

    QCOMPARE(ctl({u"slo"_s, u"seed"_s, u"payments"_s}).exitCode, 0);
    const CtlRun listed = ctl({u"slo"_s, u"list"_s, u"--json"_s});
    QCOMPARE(listed.exitCode, 0);
    const QJsonArray slos = QJsonDocument::fromJson(listed.out).array();
    QCOMPARE(slos.size(), 4);
    const QJsonObject first = slos.first().toObject();
    QCOMPARE(first.value(u"name").toString(), u"payments-availability"_s);
    QCOMPARE(first.value(u"target").toDouble(), 0.999);
    QCOMPARE(first.value(u"window").toString(), u"30d"_s);
    QCOMPARE(first.value(u"kind").toString(), u"availability"_s);
}

void tst_CtlSlo::badFilesAreRefusedWithFileAndLine()
{
    const CtlRun refused = ctl({u"slo"_s, u"import"_s,
                                write(u"bad.yaml"_s,
                                      "version: \"prometheus/v1\"\nservice: x\n"
                                      "slos:\n  - name: a\n    objective: 200\n")});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(u"bad.yaml:5"_s) && refused.err.contains(u"objective"_s),
             qPrintable(refused.err));
    QCOMPARE(QJsonDocument::fromJson(ctl({u"slo"_s, u"list"_s, u"--json"_s}).out).array().size(),
             0);
    const CtlRun missing = ctl({u"slo"_s, u"import"_s, m_dir->filePath(u"nope.yaml"_s)});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains(u"nope.yaml"_s), qPrintable(missing.err));
}

void tst_CtlSlo::reportJsonHasTheIssuesShape()
{
    QCOMPARE(ctl({u"slo"_s, u"seed"_s, u"payments"_s}).exitCode, 0);
    const CtlRun run
            = ctl({u"slo"_s, u"report"_s, u"--prometheus"_s, m_url, u"--at"_s, at, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonArray reports = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(reports.size(), 3);
    const QJsonObject worst = reports.first().toObject();
    QCOMPARE(worst.value(u"name").toString(), u"payments-availability"_s);
    QCOMPARE(worst.value(u"service").toString(), u"payments"_s);
    QCOMPARE(worst.value(u"target").toDouble(), 0.999);
    QCOMPARE(worst.value(u"window").toString(), u"30d"_s);
    // 25,702 of 43,200,000 requests failed (tests/fixtures/promhistory.py).
    QCOMPARE(worst.value(u"error_ratio").toDouble(), 25702.0 / 43'200'000.0);
    QCOMPARE(worst.value(u"sli").toDouble(), 1.0 - 25702.0 / 43'200'000.0);
    QVERIFY(std::abs(worst.value(u"budget_remaining").toDouble()
                     - (0.001 - 25702.0 / 43'200'000.0) / 0.001)
            < 1e-9);
    const QJsonObject burnRates = worst.value(u"burn_rates").toObject();
    QCOMPARE(burnRates.keys(),
             (QStringList {u"1d"_s, u"1h"_s, u"2h"_s, u"30m"_s, u"3d"_s, u"5m"_s, u"6h"_s}));
    QVERIFY(std::abs(burnRates.value(u"5m").toDouble() - 100.0 / 4992.0 / 0.001) < 1e-9);
    QCOMPARE(worst.value(u"alert").toString(), u"page"_s);
    QVERIFY(worst.value(u"exhaustion_hours").toDouble() > 10);
    // The latency SLO burns slower than its budget refills: no exhaustion, no alert.
    const QJsonObject latency = reports.last().toObject();
    QCOMPARE(latency.value(u"alert").toString(), u"none"_s);
    QVERIFY(latency.value(u"exhaustion_hours").isDouble());
    // A month before, the cache has nothing: every window answers "no traffic" as null.
    const CtlRun early = ctl({u"slo"_s, u"report"_s, u"--prometheus"_s, m_url, u"--at"_s,
                              u"2026-01-01T00:00:00Z"_s, u"--json"_s});
    QCOMPARE(early.exitCode, 0);
    const QJsonObject quiet = QJsonDocument::fromJson(early.out).array().first().toObject();
    QVERIFY(quiet.value(u"sli").isNull());
    QVERIFY(quiet.value(u"exhaustion_hours").isNull());
    QCOMPARE(quiet.value(u"alert").toString(), u"none"_s);
    QCOMPARE(quiet.value(u"budget_remaining").toDouble(), 1.0);
}

void tst_CtlSlo::reportTextForPeople()
{
    QCOMPARE(ctl({u"slo"_s, u"seed"_s, u"payments"_s}).exitCode, 0);
    const CtlRun run = ctl({u"slo"_s, u"report"_s, u"--prometheus"_s, m_url, u"--at"_s, at});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("payments-availability (payments): target 99.900 % over 30d"),
             run.out);
    QVERIFY2(run.out.contains("25702 of 43200000 events bad"), run.out);
    QVERIFY2(run.out.contains("alert PAGE"), run.out);
    QVERIFY2(run.out.contains("burn rates 5m 20.03"), run.out);
}

void tst_CtlSlo::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no source") << QStringList {u"report"_s} << u"needs either"_s;
    QTest::newRow("both sources") << QStringList {u"report"_s, u"--prometheus"_s, u"http://x"_s,
                                                  u"--endpoint"_s, u"p"_s}
                                  << u"needs either"_s;
    QTest::newRow("bad time") << QStringList {u"report"_s, u"--prometheus"_s, u"http://x"_s,
                                              u"--at"_s, u"yesterday"_s}
                              << u"--at must be an ISO 8601 time"_s;
    QTest::newRow("unknown endpoint")
            << QStringList {u"report"_s, u"--endpoint"_s, u"nope"_s} << u"no endpoint named"_s;
    QTest::newRow("import without file")
            << QStringList {u"import"_s} << u"takes one or more files"_s;
    QTest::newRow("bad minimum") << QStringList {u"seed"_s, u"x"_s, u"--minimum-events"_s, u"-3"_s}
                                 << u"--minimum-events must be a number"_s;
    QTest::newRow("unknown action") << QStringList {u"burn"_s} << u"unknown slo command"_s;
}

void tst_CtlSlo::badArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const CtlRun run = ctl(QStringList {u"slo"_s} + arguments);
    QVERIFY(run.exitCode != 0);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
}

void tst_CtlSlo::deadServerExitsNonZeroButReportsTheCache()
{
    QCOMPARE(ctl({u"slo"_s, u"seed"_s, u"payments"_s}).exitCode, 0);
    QCOMPARE(ctl({u"slo"_s, u"report"_s, u"--prometheus"_s, m_url, u"--at"_s, at}).exitCode, 0);
    // Ten minutes later the server is gone: the report comes from the cache, with the problem.
    const CtlRun run = ctl({u"slo"_s, u"report"_s, u"--prometheus"_s, u"http://127.0.0.1:1"_s,
                            u"--at"_s, u"2026-03-10T00:10:00Z"_s, u"--json"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"payments-availability: connection refused"_s), qPrintable(run.err));
    const QJsonObject report = QJsonDocument::fromJson(run.out).array().first().toObject();
    QCOMPARE(report.value(u"missing_steps").toInteger(), 10);
}

QTEST_GUILESS_MAIN(tst_CtlSlo)
#include "tst_ctlslo.moc"
