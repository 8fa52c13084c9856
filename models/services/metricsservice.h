#pragma once

#include "domain/clock.h"
#include "domain/incidentmetrics.h"
#include "domain/result.h"

#include <QObject>
#include <QThreadPool>

namespace sitrep {

class Database;

// A period's incident metrics and the period before it (the dashboard's ghost bars).
struct MetricsReport
{
    IncidentMetrics current;
    IncidentMetrics previous;
};

// Computes incident metrics from the cache: each request reads the two periods' incidents on
// a worker thread, with its own connection, so the GUI thread never waits on the history.
class MetricsService : public QObject
{
    Q_OBJECT
public:
    MetricsService(Database &database, const Clock &clock, QObject *parent = nullptr);
    ~MetricsService() override;

    void request(const MetricsPeriod &period, std::function<void(Result<MetricsReport>)> done);
    // The same, here and now (sitrepctl; any thread).
    [[nodiscard]] static Result<MetricsReport>
    compute(const QString &databasePath, const MetricsPeriod &period, const QDateTime &now);

private:
    Database &m_database;
    const Clock &m_clock;
    QThreadPool m_pool;
};

} // namespace sitrep
