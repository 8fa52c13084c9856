// SLO benchmark, against Debian's real Prometheus (started here with the tests' backfilled
// history, tests/fixtures/prometheus.sh: 31 days of payments requests):
//  - 50 SLOs × 30 days of per-minute events (43,200 each): the error budget and every burn
//    window for all of them computed by Sitrep from its cache, against the same report computed
//    by Prometheus through query_range over the same data (every window of every SLO, all
//    requests in flight at once). Target: all 50 in <= 50 ms, and faster than Prometheus.
//  - Redrawing a 30-day chart with LTTB (about two points per pixel) against drawing every
//    point. Target: <= 16 ms per frame with LTTB.
//  - The whole snapshot the console's worker makes from the cache (every SLO's month read,
//    reported on, sparklines and SLA months), against the same work through QSqlQuery on one
//    thread from a row per minute (the cache before schema v23). Target: <= 250 ms.
// Median of SITREP_BENCH_RUNS runs (default 5). Run offscreen: QT_QPA_PLATFORM=offscreen.
#include "benchfigures.h"
#include "domain/clock.h"
#include "domain/lttb.h"
#include "services/incidentservice.h"
#include "services/monitoringservice.h"
#include "services/policyloader.h"
#include "services/slocalculation.h"
#include "services/slomonitor.h"
#include "slo/slochartspanel.h"
#include "slo/slochartview.h"
#include "storage/database.h"
#include "storage/slostore.h"
#include "sync/prometheusclient.h"
#include "sync/promqueryreply.h"

#include <algorithm>
#include <cstdio>

#include <QApplication>
#include <QChart>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QLoggingCategory>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace sitrep;
using namespace Qt::StringLiterals;
using bench::median;
using bench::milliseconds;

namespace {

constexpr int sloCount = 50;
const QDateTime at(QDate(2026, 3, 10), QTime(0, 0), Qt::UTC);

// 50 SLOs over the payments data with different targets, as a team with many services has.
QList<Slo> slos()
{
    QList<Slo> made;
    const Slo seed = SloDefaults::seed(u"payments"_s).first();
    for (int i = 0; i < sloCount; ++i) {
        Slo slo = seed;
        slo.name = u"slo-%1"_s.arg(i, 2, 10, QLatin1Char('0'));
        slo.target = 0.999 - 0.0001 * (i % 9);
        made.append(slo);
    }
    return made;
}

struct Services
{
    QTemporaryDir dir;
    ManualClock clock {at};
    std::unique_ptr<Database> database;
    std::unique_ptr<IncidentService> incidents;
    std::unique_ptr<MonitoringService> monitoring;
    std::unique_ptr<SloMonitor> sloMonitor;

    Services()
    {
        database = Database::open(dir.filePath(u"bench.sqlite"_s)).value();
        incidents = std::make_unique<IncidentService>(*database, PolicyLoader::load({}).policy,
                                                      clock);
        monitoring = std::make_unique<MonitoringService>(*database, *incidents, clock);
        sloMonitor = std::make_unique<SloMonitor>(*database, *monitoring, clock);
    }
    ~Services()
    {
        sloMonitor.reset();
        monitoring.reset();
    }
};

// The baseline's table: the events a row per minute, as the cache kept them before schema
// v23, for every SLO.
void storePerMinute(Database &database, const QList<SloEvent> &events)
{
    QSqlQuery query(database.connection());
    if (!query.exec(u"CREATE TABLE slo_events_per_minute ("
                    " slo TEXT NOT NULL, at_ms INTEGER NOT NULL, bad REAL, total REAL,"
                    " PRIMARY KEY (slo, at_ms)) WITHOUT ROWID"_s)
        || !database.connection().transaction())
        qFatal("no baseline table");
    query.prepare(u"INSERT INTO slo_events_per_minute VALUES ('slo-00', ?, ?, ?)"_s);
    for (const SloEvent &event : events) {
        query.addBindValue(event.atMs);
        query.addBindValue(event.bad);
        query.addBindValue(event.total);
        if (!query.exec())
            qFatal("baseline insert failed");
    }
    if (!query.exec(u"INSERT INTO slo_events_per_minute SELECT slos.name, e.at_ms, e.bad,"
                    " e.total FROM slos, slo_events_per_minute e"
                    " WHERE e.slo = 'slo-00' AND slos.name <> 'slo-00'"_s)
        || !database.connection().commit())
        qFatal("baseline copy failed");
}

// Fetches the month once for one SLO through Sitrep's own path, then gives all 50 the events.
QList<SloEvent> fillCache(Services &services, const Endpoint &endpoint)
{
    const QList<Slo> all = slos();
    if (!services.sloMonitor->save({all.first()}))
        qFatal("cannot save");
    QEventLoop loop;
    services.sloMonitor->refresh(endpoint, at, [&](Result<SloSnapshot>) { loop.quit(); });
    loop.exec();
    const QList<SloEvent> events
            = SloStore(*services.database)
                      .events(all.first().name, at.addDays(-30).toMSecsSinceEpoch(),
                              at.toMSecsSinceEpoch())
                      .value();
    for (const Slo &slo : all) {
        if (!services.sloMonitor->save({slo})
            || !services.sloMonitor->storeEvents(slo.name, events))
            qFatal("cannot store");
    }
    storePerMinute(*services.database, events);
    return events;
}

// Prometheus computes the same report: for every SLO the error ratio over each burn window
// and over 30 days, each a query_range (one point at `at`), all in flight at once.
double prometheusReport(Services &services, const Endpoint &endpoint)
{
    QStringList windows = BurnAlert::windows();
    windows << u"30d"_s;
    const Slo seed = SloDefaults::seed(u"payments"_s).first();
    int waiting = 0;
    QEventLoop loop;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < sloCount; ++i) {
        for (const QString &window : std::as_const(windows)) {
            QString bad = seed.badQuery;
            QString total = seed.totalQuery;
            const QString query = u"(%1) / (%2)"_s.arg(bad.replace(u"{{.window}}"_s, window),
                                                       total.replace(u"{{.window}}"_s, window));
            ++waiting;
            services.monitoring->prometheus().queryRange(
                    endpoint, {}, query, at, at, std::chrono::seconds(60),
                    [&](Result<QByteArray> body) {
                        if (!body || !PromQueryReply::parse(body.value()))
                            qFatal("Prometheus failed: %s",
                                   qPrintable(body ? QString() : body.error()));
                        if (--waiting == 0)
                            loop.quit();
                    });
        }
    }
    loop.exec();
    return milliseconds(timer);
}

// Sitrep: every SLO's budget and burn windows from the events in memory.
double sitrepReport(const QList<SloEvent> &events, int *paging)
{
    const QList<Slo> all = slos();
    QElapsedTimer timer;
    timer.start();
    *paging = 0;
    for (const Slo &slo : all)
        *paging += SloReports::compute(slo, events, at).alert == BurnAlert::State::Page ? 1 : 0;
    return milliseconds(timer);
}

// The whole snapshot from the SQLite cache, as the console's worker makes it: 50 × 43,200
// rows read, every report, and a sparkline each.
double snapshotFromCache(Services &services)
{
    QElapsedTimer timer;
    timer.start();
    const Result<SloSnapshot> snapshot = SloCalculation::run(services.database->path(), {}, at);
    if (!snapshot || snapshot.value().reports.size() != sloCount)
        qFatal("snapshot failed");
    return milliseconds(timer);
}

// The baseline: the snapshot as it was made before, on one thread, a row per minute read
// through QSqlQuery (a QVariant per value).
double snapshotThroughQSqlQuery(Services &services)
{
    QElapsedTimer timer;
    timer.start();
    Result<std::unique_ptr<Database>> database = Database::openReader(services.database->path());
    if (!database)
        qFatal("no reader");
    QSqlQuery query(database.value()->connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT at_ms, bad, total FROM slo_events_per_minute"
                  " WHERE slo = ? AND at_ms > ? AND at_ms <= ? ORDER BY at_ms"_s);
    const qint64 fromMs = QDateTime(QDate(2026, 2, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    int reports = 0;
    for (const Slo &slo : slos()) {
        query.addBindValue(slo.name);
        query.addBindValue(fromMs);
        query.addBindValue(at.toMSecsSinceEpoch());
        if (!query.exec())
            qFatal("baseline read failed");
        QList<SloEvent> events;
        while (query.next())
            events.append({query.value(0).toLongLong(), query.value(1).toDouble(),
                           query.value(2).toDouble()});
        reports += SloReports::compute(slo, events, at).totalEvents > 0 ? 1 : 0;
        static_cast<void>(Lttb::downsample(SloReports::budgetBurnDown(slo, events, at),
                                           SloCalculation::sparklinePoints));
        static_cast<void>(SloReports::slaMonths(slo, events, at));
    }
    if (reports != sloCount)
        qFatal("baseline snapshot incomplete");
    return milliseconds(timer);
}

// One frame of the charts panel: new lines for the view, painted.
double frame(SloChartsPanel &panel)
{
    QElapsedTimer timer;
    timer.start();
    for (SloChartView *view : panel.views())
        view->redraw();
    panel.grab();
    return milliseconds(timer);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"sitrep.*.info=false"_s);
    const bench::Prometheus server(std::chrono::seconds(120));
    if (!server.started())
        return 1;
    const Endpoint &endpoint = server.endpoint();
    const int count = bench::runs();
    Services services;
    const QList<SloEvent> events = fillCache(services, endpoint);
    QList<double> ours, prometheus, snapshots, naiveSnapshots;
    int paging = 0;
    for (int run = 0; run < count; ++run) {
        ours << sitrepReport(events, &paging);
        snapshots << snapshotFromCache(services);
        naiveSnapshots << snapshotThroughQSqlQuery(services);
    }
    // Apart from the snapshots: Prometheus keeps working after it answers, and the snapshot
    // wants both cores.
    for (int run = 0; run < count; ++run)
        prometheus << prometheusReport(services, endpoint);

    // The charts: a 30-day SLO drawn at 1440 × 900, with LTTB and with every point.
    QEventLoop loop;
    Result<SloChart> chart = Error {QString()};
    services.sloMonitor->chart(u"slo-00"_s, at, [&](Result<SloChart> made) {
        chart = std::move(made);
        loop.quit();
    });
    loop.exec();
    SloChartsPanel panel;
    panel.resize(1000, 900);
    panel.setAttribute(Qt::WA_DontShowOnScreen);
    panel.show();
    panel.setChart(chart.value());
    app.processEvents();
    QList<double> withLttb, everyPoint;
    qsizetype drawnWithLttb = 0;
    qsizetype drawnAll = 0;
    for (int run = 0; run < count; ++run) {
        for (SloChartView *view : panel.views())
            view->setDownsampling(true);
        withLttb << frame(panel);
        drawnWithLttb = panel.views().first()->drawnPoints();
        for (SloChartView *view : panel.views())
            view->setDownsampling(false);
        everyPoint << frame(panel);
        drawnAll = panel.views().first()->drawnPoints();
    }

    std::printf("%d SLOs x %lld per-minute events (30 days), %d paging (median of %d runs)\n",
                sloCount, qlonglong(events.size()), paging, count);
    std::printf("%-52s %10.1f ms   (target <= 50)\n", "budgets and burn windows, Sitrep",
                median(ours));
    std::printf("%-52s %10.1f ms\n", "same report by Prometheus via query_range (baseline)",
                median(prometheus));
    std::printf("%-52s %10.1f ms   (target <= 250; spread %s)\n",
                "whole snapshot from the SQLite cache (worker)", median(snapshots),
                qPrintable(bench::spread(snapshots)));
    std::printf("%-52s %10.1f ms\n", "same snapshot through QSqlQuery, one thread (baseline)",
                median(naiveSnapshots));
    std::printf("%-52s %10.1f ms   (target <= 16; %lld points on the budget chart)\n",
                "chart frame with LTTB", median(withLttb), qlonglong(drawnWithLttb));
    std::printf("%-52s %10.1f ms   (%lld points)\n", "chart frame with every point (baseline)",
                median(everyPoint), qlonglong(drawnAll));
    bench::printMemory();
    return 0;
}
