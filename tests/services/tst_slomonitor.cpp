#include "../fixtures/prometheusfixture.h"
#include "../itemmodels/boardfixture.h"

#include <cmath>

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>

using namespace sitrep;
using namespace Qt::StringLiterals;

// SLO reports against Debian's real Prometheus holding 31 days of backfilled counters and
// histograms for "payments" (tests/fixtures/promhistory.py): every figure must match what the
// generator computed directly from the data it wrote (slo-expected.json). The month is fetched
// through query_range in chunks under Prometheus' 11,000-point limit, cached, and refreshed
// incrementally.
class tst_SloMonitor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void reportMatchesTheBackfilledData();
    void importedSlosReportTheSame();
    void onlyNewTimeIsFetched();
    void queryProblemsArePerSlo();
    void nanStepsAreMissingNotBad();
    void chartHasEveryMinuteAndTheIncidents();

private:
    Result<SloSnapshot> refresh(const Endpoint &endpoint, const QDateTime &at);
    const SloReport *find(const SloSnapshot &snapshot, const QString &name) const;
    // Expected figures for a window ("5m" ... "30d").
    double expected(const QString &window, const char *field) const
    {
        return m_expected.value(u"windows"_s)
                .toObject()
                .value(window)
                .toObject()
                .value(QLatin1String(field))
                .toDouble();
    }

    Endpoint m_endpoint;
    QDateTime m_at;
    QJsonObject m_expected;
    std::unique_ptr<BoardFixture> f;
};

namespace {

bool near(double a, double b, double tolerance = 1e-9)
{
    return std::abs(a - b) <= tolerance * std::max(1.0, std::abs(b));
}

Slo sloFor(const QString &name, const QString &bad, const QString &total)
{
    Slo slo;
    slo.name = name;
    slo.service = u"payments"_s;
    slo.badQuery = bad;
    slo.totalQuery = total;
    return slo;
}

} // namespace

void tst_SloMonitor::initTestCase()
{
    m_endpoint = prometheus_fixture::endpoint();
    QVERIFY2(!m_endpoint.url.isEmpty(), "the prometheus fixture did not start");
    QFile file(QStringLiteral(SITREP_BINARY_DIR "/prometheus-fixture/slo-expected.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_expected = QJsonDocument::fromJson(file.readAll()).object();
    m_at = QDateTime::fromSecsSinceEpoch(m_expected.value(u"at"_s).toInteger(), Qt::UTC);
    QCOMPARE(m_at, QDateTime(QDate(2026, 3, 10), QTime(0, 0), Qt::UTC));
}

void tst_SloMonitor::init()
{
    f = std::make_unique<BoardFixture>();
    f->clock.setNow(m_at);
    for (const Slo &slo : SloDefaults::seed(u"payments"_s))
        QVERIFY(f->slos->save({slo}));
}

void tst_SloMonitor::cleanup()
{
    f.reset();
}

Result<SloSnapshot> tst_SloMonitor::refresh(const Endpoint &endpoint, const QDateTime &at)
{
    const auto snapshot = prometheus_fixture::await<Result<SloSnapshot>>(
            [&](auto done) { f->slos->refresh(endpoint, at, done); });
    if (!snapshot)
        qFatal("the SLO refresh did not answer");
    return *snapshot;
}

const SloReport *tst_SloMonitor::find(const SloSnapshot &snapshot, const QString &name) const
{
    for (const SloReport &report : snapshot.reports)
        if (report.slo.name == name)
            return &report;
    return nullptr;
}

void tst_SloMonitor::reportMatchesTheBackfilledData()
{
    const Result<SloSnapshot> snapshot = refresh(m_endpoint, m_at);
    QVERIFY2(snapshot, qPrintable(snapshot ? QString() : snapshot.error()));
    QCOMPARE(snapshot.value().problems, QStringList());
    QCOMPARE(snapshot.value().reports.size(), 3);

    const SloReport *availability = find(snapshot.value(), u"payments-availability"_s);
    QVERIFY(availability);
    QCOMPARE(availability->missingSteps, 0);
    QCOMPARE(availability->totalEvents, expected(u"30d"_s, "total"));
    QCOMPARE(availability->badEvents, expected(u"30d"_s, "failed"));
    const double errorRatio = expected(u"30d"_s, "failed") / expected(u"30d"_s, "total");
    QVERIFY(near(*availability->errorRatio, errorRatio));
    QVERIFY(near(*availability->sli, 1.0 - errorRatio));
    QVERIFY(near(availability->budgetRemaining, (0.001 - errorRatio) / 0.001));
    for (const QString &window : BurnAlert::windows()) {
        const double burn = expected(window, "failed") / expected(window, "total") / 0.001;
        QVERIFY2(near(availability->burnRates.value(window), burn),
                 qPrintable(u"%1: %2 != %3"_s.arg(window)
                                    .arg(availability->burnRates.value(window))
                                    .arg(burn)));
    }
    // The last 90 minutes burn at 20×: 1 h and 5 m both over 14.4.
    QCOMPARE(availability->alert, BurnAlert::State::Page);
    const double hours
            = availability->budgetRemaining * 30 * 24 / availability->burnRates.value(u"1h"_s);
    QVERIFY(near(double(availability->exhaustion->count()) / 3'600'000.0, hours, 1e-6));

    const SloReport *latency = find(snapshot.value(), u"payments-latency"_s);
    QVERIFY(latency);
    QCOMPARE(latency->badEvents, expected(u"30d"_s, "slow"));
    const double slowRatio = expected(u"30d"_s, "slow") / expected(u"30d"_s, "total");
    QVERIFY(near(latency->budgetRemaining, (0.01 - slowRatio) / 0.01));
    QCOMPARE(latency->alert, BurnAlert::State::None);
    // Worst first.
    QCOMPARE(snapshot.value().reports.first().slo.name, u"payments-availability"_s);
}

void tst_SloMonitor::importedSlosReportTheSame()
{
    // An OpenSLO good/total SLO over the same data, and a Sloth one with counters (no
    // {{.window}}: increases computed here, resets included).
    QTemporaryDir dir;
    QFile file(dir.filePath(u"slos.yaml"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"yaml(apiVersion: openslo/v1
kind: SLO
metadata:
  name: openslo-payments
spec:
  service: payments
  timeWindow:
    - duration: 30d
      isRolling: true
  indicator:
    metadata:
      name: good-requests
    spec:
      ratioMetric:
        counter: true
        good:
          metricSource:
            type: Prometheus
            spec:
              query: sum(increase(http_requests_total{service="payments",code="200"}[{{.window}}]))
        total:
          metricSource:
            type: Prometheus
            spec:
              query: sum(increase(http_requests_total{service="payments"}[{{.window}}]))
  objectives:
    - target: 0.999
---
version: "prometheus/v1"
service: "payments"
slos:
  - name: "sloth-counters"
    objective: 99.9
    sli:
      events:
        error_query: sum(http_requests_total{service="payments",code="500"})
        total_query: sum(http_requests_total{service="payments"})
)yaml");
    file.close();
    const Result<SloImport> imported = f->slos->importFiles({file.fileName()});
    QVERIFY2(imported, qPrintable(imported ? QString() : imported.error()));
    QCOMPARE(imported.value().slos.size(), 2);

    const Result<SloSnapshot> snapshot = refresh(m_endpoint, m_at);
    QVERIFY(snapshot);
    QCOMPARE(snapshot.value().problems, QStringList());
    for (const QString &name : {u"openslo-payments"_s, u"payments-sloth-counters"_s}) {
        const SloReport *report = find(snapshot.value(), name);
        QVERIFY2(report, qPrintable(name));
        QCOMPARE(report->badEvents, expected(u"30d"_s, "failed"));
        QCOMPARE(report->totalEvents, expected(u"30d"_s, "total"));
        QCOMPARE(report->alert, BurnAlert::State::Page);
    }
}

void tst_SloMonitor::onlyNewTimeIsFetched()
{
    // Fill the cache up to ten minutes before.
    QVERIFY(refresh(m_endpoint, m_at.addSecs(-600)));
    // A dead server: the ten new minutes cannot come, so each SLO says so and is reported
    // from what the cache has.
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    Endpoint dead = m_endpoint;
    dead.url.setPort(closed.serverPort());
    closed.close();
    const Result<SloSnapshot> offline = refresh(dead, m_at);
    QVERIFY(offline);
    QCOMPARE(offline.value().problems.size(), 3);
    QVERIFY2(offline.value().problems.first().contains(u"connection refused"_s),
             qPrintable(offline.value().problems.first()));
    QCOMPARE(offline.value().reports.size(), 3);
    QCOMPARE(offline.value().reports.first().missingSteps, 10);

    // The real server brings the ten minutes; afterwards nothing is left to fetch, so even the
    // dead server gives a complete report.
    QVERIFY(refresh(m_endpoint, m_at));
    const Result<SloSnapshot> cached = refresh(dead, m_at);
    QVERIFY(cached);
    QCOMPARE(cached.value().problems, QStringList());
    const SloReport *availability = find(cached.value(), u"payments-availability"_s);
    QCOMPARE(availability->missingSteps, 0);
    QCOMPARE(availability->totalEvents, expected(u"30d"_s, "total"));
}

void tst_SloMonitor::queryProblemsArePerSlo()
{
    QVERIFY(f->slos->save({sloFor(u"broken"_s, u"sum(increase(http_requests_total[{{.window}}]"_s,
                                  u"sum(increase(http_requests_total[{{.window}}]))"_s)}));
    QVERIFY(f->slos->save({sloFor(
            u"several"_s, u"sum(increase(http_requests_total{code=\"500\"}[{{.window}}]))"_s,
            u"increase(http_requests_total{service=\"payments\"}[{{.window}}])"_s)}));
    const Result<SloSnapshot> snapshot = refresh(m_endpoint, m_at);
    QVERIFY(snapshot);
    const QStringList problems = snapshot.value().problems;
    QCOMPARE(problems.size(), 2);
    QVERIFY2(problems.at(0).startsWith(u"broken: "_s) && problems.at(0).contains(u"parse error"_s),
             qPrintable(problems.at(0)));
    QVERIFY2(problems.at(1).startsWith(u"several: "_s)
                     && problems.at(1).contains(u"returns 2 series"_s),
             qPrintable(problems.at(1)));
    // The others are reported in full.
    QCOMPARE(find(snapshot.value(), u"payments-availability"_s)->missingSteps, 0);
    QCOMPARE(find(snapshot.value(), u"broken"_s)->totalEvents, 0.0);
}

void tst_SloMonitor::nanStepsAreMissingNotBad()
{
    // 0/0 is NaN wherever no request failed: those minutes are unknown, not failures.
    Slo ratio;
    ratio.name = u"nan-ratio"_s;
    ratio.service = u"payments"_s;
    ratio.errorRatioQuery = u"sum(increase(http_requests_total{service=\"payments\",code=\"500\"}"
                            "[{{.window}}])) / sum(increase(http_requests_total{service="
                            "\"payments\",code=\"500\"}[{{.window}}]))"_s;
    QVERIFY(f->slos->save({ratio}));
    const Result<SloSnapshot> snapshot = refresh(m_endpoint, m_at);
    QVERIFY(snapshot);
    const SloReport *report = find(snapshot.value(), u"nan-ratio"_s);
    QVERIFY(report);
    QVERIFY(report->missingSteps > 30'000);
    QCOMPARE(*report->errorRatio, 1.0);
    // The cache kept them unknown too.
    const Result<QList<SloEvent>> events
            = SloStore(*f->database)
                      .events(u"nan-ratio"_s, m_at.addSecs(-600).toMSecsSinceEpoch(),
                              m_at.toMSecsSinceEpoch());
    QVERIFY(events && events.value().size() == 10);
}

void tst_SloMonitor::chartHasEveryMinuteAndTheIncidents()
{
    f->clock.setNow(m_at.addDays(-3));
    const Incident outage = f->declare(u"Payments failing"_s, Severity::Sev2, {u"payments"_s});
    f->declare(u"Search slow"_s, Severity::Sev3, {u"search"_s});
    QVERIFY(refresh(m_endpoint, m_at));
    const auto chart = prometheus_fixture::await<Result<SloChart>>(
            [&](auto done) { f->slos->chart(u"payments-availability"_s, m_at, done); });
    QVERIFY(chart && *chart);
    const SloChart &data = chart->value();
    QCOMPARE(data.data.budgetRemaining.size(), 43'200);
    QVERIFY(near(data.data.budgetRemaining.last().y(), 100.0 * data.report.budgetRemaining, 1e-6));
    QCOMPARE(data.incidents.size(), 1);
    QCOMPARE(data.incidents.first().label, outage.label());
    QVERIFY(!data.incidents.first().to.isValid());

    const auto missing = prometheus_fixture::await<Result<SloChart>>(
            [&](auto done) { f->slos->chart(u"nope"_s, m_at, done); });
    QVERIFY(missing && !*missing);
    QCOMPARE(missing->error(), u"There is no SLO called nope."_s);
}

QTEST_GUILESS_MAIN(tst_SloMonitor)
#include "tst_slomonitor.moc"
