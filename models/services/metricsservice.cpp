#include "metricsservice.h"

#include "offthread.h"
#include "storage/database.h"
#include "storage/incidentstore.h"
#include "storage/postmortemstore.h"

namespace sitrep {

MetricsService::MetricsService(Database &database, const Clock &clock, QObject *parent)
    : QObject(parent), m_database(database), m_clock(clock)
{ }

MetricsService::~MetricsService()
{
    m_pool.waitForDone();
}

void MetricsService::request(const MetricsPeriod &period,
                             std::function<void(Result<MetricsReport>)> done)
{
    runOffThread<Result<MetricsReport>>(
            this, m_pool,
            [path = m_database.path(), period, now = m_clock.now()] {
                return compute(path, period, now);
            },
            std::move(done));
}

Result<MetricsReport> MetricsService::compute(const QString &databasePath,
                                              const MetricsPeriod &period, const QDateTime &now)
{
    Result<std::unique_ptr<Database>> database = Database::openReader(databasePath);
    if (!database)
        return Error {database.error()};
    IncidentStore store(*database.value());
    const MetricsPeriod before = IncidentMetricsMath::previous(period);
    // Both periods in one read; causes from before the earlier one mark repeats in both.
    const Result<QList<MetricsIncident>> incidents = store.metricsBetween(before.from, period.to);
    if (!incidents)
        return Error {incidents.error()};
    const Result<QStringList> earlier = store.rootCausesBefore(before.from);
    if (!earlier)
        return Error {earlier.error()};
    const Result<QSet<IncidentId>> linked
            = PostmortemStore(*database.value()).sameRootCauseIncidents();
    if (!linked)
        return Error {linked.error()};
    MetricsReport report;
    report.previous = IncidentMetricsMath::compute(incidents.value(), before, now, earlier.value(),
                                                   linked.value());
    QStringList causesBeforePeriod = earlier.value();
    const qint64 periodStart = period.from.toMSecsSinceEpoch();
    for (const MetricsIncident &incident : incidents.value())
        if (incident.startedMs < periodStart && !incident.rootCause.isEmpty())
            causesBeforePeriod << incident.rootCause;
    report.current = IncidentMetricsMath::compute(incidents.value(), period, now,
                                                  causesBeforePeriod, linked.value());
    return report;
}

} // namespace sitrep
