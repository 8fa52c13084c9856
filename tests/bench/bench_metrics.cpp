// Incident metrics benchmark: the seed's metrics (MTTR per severity, MTTD, MTTA, repeats, SLA
// response, weekly series) over 100,000 incidents (SITREP_BENCH_INCIDENTS=N for another size).
//  - Sitrep's computation over the incidents in memory (target <= 100 ms), and the dashboard's
//    whole request from the SQLite cache on its worker (read both periods, compute);
//  - the longest GUI-thread stall meanwhile (a 1 ms timer on the GUI thread);
//  - the baseline: the same figures as SQL aggregates (GROUP BY severity, AVG of differences, a
//    window function for repeats) run by SQLite over the same table, as a reporting tool would.
// Median of SITREP_BENCH_RUNS runs (default 5).
#include "benchfigures.h"
#include "domain/clock.h"
#include "services/incidentservice.h"
#include "services/metricsservice.h"
#include "services/policyloader.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTimer>

using namespace sitrep;
using namespace Qt::StringLiterals;
using bench::median;
using bench::milliseconds;

namespace {

// A year and more of history: incidents every few minutes, a tenth of root causes repeating.
QList<Incident> history(int count, const QDateTime &now)
{
    QRandomGenerator random(11);
    const QStringList services = {u"checkout"_s, u"payments"_s, u"search"_s, u"api"_s};
    QList<Incident> incidents;
    incidents.reserve(count);
    for (int i = 0; i < count; ++i) {
        Incident incident;
        incident.title = u"incident %1"_s.arg(i);
        incident.severity = static_cast<Severity>(1 + random.bounded(4));
        incident.services = {services.at(random.bounded(services.size()))};
        incident.detection
                = random.bounded(3) == 0 ? DetectionSource::Manual : DetectionSource::Automated;
        incident.startedAt = now.addSecs(-qint64(count - i) * 300);
        incident.detectedAt = incident.startedAt.addSecs(60 + random.bounded(900));
        incident.acknowledgedAt = incident.detectedAt.addSecs(random.bounded(1800));
        incident.lastUpdateAt = incident.detectedAt;
        if (i < count - 100) {
            incident.status = IncidentStatus::Resolved;
            incident.resolvedAt = incident.detectedAt.addSecs(600 + random.bounded(20000));
            incident.resolution = u"fixed"_s;
        }
        incident.rootCause
                = random.bounded(10) == 0 ? u"Connection pool exhausted"_s : u"cause %1"_s.arg(i);
        incidents.append(incident);
    }
    return incidents;
}

// The baseline: each figure as one SQL aggregate over the incidents table.
double sqlAggregates(Database &database, const MetricsPeriod &period)
{
    const QStringList statements {
            u"SELECT severity, count(*), sum(status <> 'resolved'),"
            " avg(CASE WHEN status = 'resolved' THEN resolved_at - started_at END),"
            " avg(acknowledged_at - detected_at) FROM incidents"
            " WHERE started_at >= :from AND started_at < :to GROUP BY severity"_s,
            u"SELECT detection, avg(detected_at - started_at) FROM incidents"
            " WHERE started_at >= :from AND started_at < :to GROUP BY detection"_s,
            // Repeats: every occurrence of a cause after its first (a window function; a
            // self-join would be quadratic).
            u"SELECT count(*) FROM (SELECT started_at, row_number() OVER (PARTITION BY"
            " lower(root_cause) ORDER BY started_at) AS n FROM incidents WHERE root_cause <> '')"
            " WHERE n > 1 AND started_at >= :from AND started_at < :to"_s,
            u"SELECT (started_at / 604800000) AS week, severity, count(*) FROM incidents"
            " WHERE started_at >= :from AND started_at < :to GROUP BY week, severity"_s,
    };
    QElapsedTimer timer;
    timer.start();
    for (const QString &statement : statements) {
        QSqlQuery query(database.connection());
        query.prepare(statement);
        query.bindValue(u":from"_s, period.from.toMSecsSinceEpoch());
        query.bindValue(u":to"_s, period.to.toMSecsSinceEpoch());
        if (!query.exec())
            qFatal("baseline query failed");
        while (query.next()) { }
    }
    return milliseconds(timer);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"sitrep.*.info=false"_s);
    const int count = bench::sizeFrom("SITREP_BENCH_INCIDENTS", 100'000);
    const SystemClock clock;
    const QDateTime now = clock.now();
    const QList<Incident> incidents = history(count, now);
    // Every incident: the period covers the whole history.
    const MetricsPeriod period {incidents.first().startedAt, now.addSecs(1), {}};

    QTemporaryDir dir;
    auto database = Database::open(dir.filePath(u"bench.sqlite"_s));
    if (!database)
        qFatal("%s", qPrintable(database.error()));
    IncidentService service(*database.value(), PolicyLoader::load({}).policy, clock);
    for (qsizetype from = 0; from < incidents.size(); from += 10'000)
        if (!service.importHistory(incidents.mid(from, 10'000), u"bench"_s))
            qFatal("import failed");
    MetricsService metrics(*database.value(), clock);

    QList<double> computed, requested, stalls, baseline;
    int repeats = 0;
    for (int run = 0; run < bench::runs(); ++run) {
        QElapsedTimer timer;
        timer.start();
        repeats = IncidentMetricsMath::compute(incidents, period, now).repeatIncidents;
        computed << milliseconds(timer);

        QEventLoop loop;
        bench::StallMeter stall;
        timer.restart();
        stall.start();
        metrics.request(period, [&](Result<MetricsReport> report) {
            if (!report)
                qFatal("%s", qPrintable(report.error()));
            loop.quit();
        });
        loop.exec();
        stalls << stall.stop();
        requested << milliseconds(timer);

        baseline << sqlAggregates(*database.value(), period);
    }
    std::printf("%d incidents, %d repeats (median of %d runs)\n", count, repeats, bench::runs());
    std::printf("%-52s %10.1f ms   (target <= 100)\n", "all metrics in memory, Sitrep",
                median(computed));
    std::printf("%-52s %10.1f ms   (target <= 200; spread %s)\n",
                "dashboard request: read both periods + compute (worker)", median(requested),
                qPrintable(bench::spread(requested)));
    std::printf("%-52s %10.1f ms\n", "longest GUI-thread stall during the request", median(stalls));
    std::printf("%-52s %10.1f ms\n", "same figures as SQL aggregates in SQLite (baseline)",
                median(baseline));
    bench::printMemory();
    return 0;
}
