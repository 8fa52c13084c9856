// Detection benchmark: 100 rules evaluated against Debian's real Prometheus (started here with
// the tests' backfilled history, tests/fixtures/prometheus.sh), at a time when a third of them
// fire and open incidents.
//  - wall time with every query in flight at once (Sitrep), against the same rules evaluated
//    one after another (the baseline, as a naive loop would);
//  - the longest the GUI thread is blocked during the parallel evaluation (a 1 ms timer on the
//    GUI thread records its longest gap; target <= 50 ms).
// Median of SITREP_BENCH_RUNS runs (default 5), each on a fresh database.
#include "benchfigures.h"
#include "domain/clock.h"
#include "services/incidentservice.h"
#include "services/monitoringservice.h"
#include "services/policyloader.h"
#include "storage/database.h"

#include <algorithm>
#include <cstdio>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QLoggingCategory>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

using namespace sitrep;
using namespace Qt::StringLiterals;
using bench::median;
using bench::milliseconds;

namespace {

constexpr int ruleCount = 100;
const QDateTime at(QDate(2026, 3, 9), QTime(2, 10), Qt::UTC); // inside the error spike

// 100 rules: the seed's three for "checkout" with different thresholds, names and windows.
QList<DetectionRule> rules()
{
    const QList<DetectionRule> seed = DetectionRules::seedDefaults(u"checkout"_s);
    QList<DetectionRule> made;
    for (int i = 0; i < ruleCount; ++i) {
        DetectionRule rule = seed.at(i % 3);
        rule.name = u"%1-%2"_s.arg(rule.name).arg(i);
        rule.title = u"%1 (%2)"_s.arg(rule.title).arg(i);
        if (rule.expected.isEmpty())
            rule.threshold *= 1.0 + (i % 7) * 0.1;
        if (i % 2 == 1)
            rule.holdFor = std::chrono::minutes(1 + i % 5);
        made.append(rule);
    }
    return made;
}

struct Services
{
    QTemporaryDir dir;
    SystemClock clock;
    std::unique_ptr<Database> database;
    std::unique_ptr<IncidentService> incidents;
    std::unique_ptr<MonitoringService> monitoring;

    Services()
    {
        database = Database::open(dir.filePath(u"bench.sqlite"_s)).value();
        incidents = std::make_unique<IncidentService>(*database, PolicyLoader::load({}).policy,
                                                      clock);
        monitoring = std::make_unique<MonitoringService>(*database, *incidents, clock);
    }
    ~Services() { monitoring.reset(); }
};

// Every rule at once, as the console does. Returns the wall time; `stall` gets the longest gap
// of a 1 ms GUI-thread timer meanwhile; `fired` the rules that fired.
double parallel(const Endpoint &endpoint, double *stall, int *fired)
{
    Services services;
    DetectionRulesFile file;
    file.rules = rules();
    services.monitoring->setDetectionRules(file);
    QEventLoop loop;
    bench::StallMeter meter;
    QElapsedTimer timer;
    timer.start();
    meter.start();
    services.monitoring->detect(endpoint, at, [&](Result<QList<DetectionReport>> reports) {
        *fired = 0;
        if (reports)
            for (const DetectionReport &report : reports.value())
                *fired += report.outcome.fired ? 1 : 0;
        loop.quit();
    });
    loop.exec();
    *stall = meter.stop();
    return milliseconds(timer);
}

// The baseline: one rule after another, each waiting for the one before.
double sequential(const Endpoint &endpoint)
{
    Services services;
    const QList<DetectionRule> all = rules();
    QElapsedTimer timer;
    timer.start();
    for (const DetectionRule &rule : all) {
        DetectionRulesFile file;
        file.rules = {rule};
        services.monitoring->setDetectionRules(file);
        QEventLoop loop;
        services.monitoring->detect(endpoint, at,
                                    [&](Result<QList<DetectionReport>>) { loop.quit(); });
        loop.exec();
    }
    return milliseconds(timer);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"sitrep.*.info=false"_s);
    const bench::Prometheus prometheus(std::chrono::seconds(60));
    if (!prometheus.started())
        return 1;
    const Endpoint &endpoint = prometheus.endpoint();
    const int count = bench::runs();
    QList<double> parallelMs, sequentialMs, stalls;
    int fired = 0;
    for (int run = 0; run < count; ++run) {
        double stall = 0;
        parallelMs << parallel(endpoint, &stall, &fired);
        stalls << stall;
        sequentialMs << sequential(endpoint);
    }

    std::printf("%d rules against a real Prometheus, %d fired (median of %d runs)\n", ruleCount,
                fired, count);
    std::printf("%-40s %10.1f ms\n", "all rules in parallel (Sitrep)", median(parallelMs));
    std::printf("%-40s %10.1f ms\n", "one after another (baseline)", median(sequentialMs));
    std::printf("%-40s %10.1f ms   (target <= 50)\n", "longest GUI-thread stall, parallel",
                median(stalls));
    return 0;
}
