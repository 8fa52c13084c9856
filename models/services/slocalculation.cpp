#include "slocalculation.h"

#include "domain/lttb.h"
#include "domain/promquery.h"
#include "storage/database.h"
#include "storage/incidentstore.h"
#include "storage/slostore.h"
#include "sync/promqueryreply.h"

#include <algorithm>

#include <QtConcurrent/QtConcurrentRun>

namespace sitrep {

namespace {

// The cache keeps a little more than the longest window, and the month before for the SLA.
constexpr qint64 keptMs = qint64(70) * 24 * 3600 * 1000;

Result<QList<PromSample>> readSeries(const SloFetch &fetch, const SloFetch::Part &part,
                                     const QString &promql)
{
    const Result<QList<PromSeries>> series = PromQueryReply::parse(part.body);
    if (!series)
        return Error {SloCalculation::tr("%1: %2").arg(fetch.slo.name, series.error())};
    if (series.value().size() > 1)
        return Error {SloCalculation::tr("%1: the %2 query returns %3 series, one is needed "
                                         "(wrap it in sum()): %4")
                              .arg(fetch.slo.name, part.role)
                              .arg(series.value().size())
                              .arg(promql)};
    if (series.value().isEmpty())
        return QList<PromSample>();
    const QList<PromSample> &samples = series.value().first().samples;
    return SloFetch::isCounter(part.role, promql) ? SloEvents::fromCounter(samples) : samples;
}

// Adds to `snapshot` each of `slos`' report, sparkline and SLA months from the cached events.
void reportOn(SloStore &store, const QList<Slo> &slos, const QDateTime &at, SloSnapshot &snapshot)
{
    const qint64 atMs = at.toMSecsSinceEpoch();
    for (const Slo &slo : slos) {
        const QDateTime start = SloReports::windowStart(slo, at);
        // The month before the window too, for the SLA table.
        const qint64 fromMs
                = std::min(start.toMSecsSinceEpoch(),
                           QDateTime(QDate(at.date().year(), at.date().month(), 1).addMonths(-1),
                                     QTime(0, 0), Qt::UTC)
                                   .toMSecsSinceEpoch());
        const Result<QList<SloEvent>> events = store.events(slo.name, fromMs, atMs);
        if (!events) {
            snapshot.problems << events.error();
            continue;
        }
        SloOverview overview = SloReports::overview(slo, events.value(), at);
        snapshot.reports.append(std::move(overview.report));
        snapshot.sparklines.insert(
                slo.name,
                Lttb::downsample(overview.budgetBurnDown, SloCalculation::sparklinePoints));
        if (slo.kind == Slo::Kind::Availability)
            snapshot.sla.append(overview.sla);
    }
}

Result<SloSnapshot> reportFromFile(const QString &databasePath, const QList<Slo> &slos,
                                   const QDateTime &at)
{
    Result<std::unique_ptr<Database>> database = Database::openReader(databasePath);
    if (!database)
        return Error {database.error()};
    SloStore store(*database.value());
    SloSnapshot snapshot;
    reportOn(store, slos, at, snapshot);
    return snapshot;
}

} // namespace

Result<QList<SloEvent>> SloCalculation::events(const SloFetch &fetch)
{
    QList<SloEvent> all;
    const auto queries = fetch.queries();
    for (const TimeSpan &span : fetch.spans) {
        QHash<QString, QList<PromSample>> byRole;
        for (const SloFetch::Part &part : fetch.parts) {
            if (part.span != span)
                continue;
            const auto query = std::find_if(queries.begin(), queries.end(),
                                            [&](const auto &q) { return q.first == part.role; });
            Result<QList<PromSample>> samples = readSeries(fetch, part, query->second);
            if (!samples)
                return Error {samples.error()};
            byRole.insert(part.role, std::move(samples).value());
        }
        QList<SloEvent> events;
        if (byRole.contains(QStringLiteral("value")))
            events = SloEvents::fromThreshold(byRole.value(QStringLiteral("value")),
                                              fetch.slo.threshold);
        else if (byRole.contains(QStringLiteral("ratio")))
            events = SloEvents::fromRatio(byRole.value(QStringLiteral("ratio")));
        else if (byRole.contains(QStringLiteral("bad")))
            events = SloEvents::join(byRole.value(QStringLiteral("bad")),
                                     byRole.value(QStringLiteral("total")), false);
        else
            events = SloEvents::join(byRole.value(QStringLiteral("good")),
                                     byRole.value(QStringLiteral("total")), true);
        for (const SloEvent &event : std::as_const(events))
            if (event.atMs > span.startMs && event.atMs <= span.endMs)
                all.append(event);
    }
    std::sort(all.begin(), all.end(),
              [](const SloEvent &a, const SloEvent &b) { return a.atMs < b.atMs; });
    return all;
}

Result<SloSnapshot> SloCalculation::run(const QString &databasePath, const QList<SloFetch> &fetches,
                                        const QDateTime &at)
{
    Result<std::unique_ptr<Database>> database = Database::openWriter(databasePath);
    if (!database)
        return Error {database.error()};
    SloStore store(*database.value());
    SloSnapshot snapshot;
    snapshot.at = at;
    const qint64 atMs = at.toMSecsSinceEpoch();
    for (const SloFetch &fetch : fetches) {
        if (!fetch.problem.isEmpty()) {
            snapshot.problems << tr("%1: %2").arg(fetch.slo.name, fetch.problem);
            continue;
        }
        const Result<QList<SloEvent>> events = SloCalculation::events(fetch);
        Result<void> stored = events ? store.storeEvents(fetch.slo.name, events.value())
                                     : Result<void>(Error {events.error()});
        if (stored)
            stored = store.forgetBefore(fetch.slo.name, atMs - keptMs);
        if (!stored)
            snapshot.problems << stored.error();
    }

    const Result<QList<Slo>> slos = store.list();
    if (!slos)
        return Error {slos.error()};
    // Reading each SLO's month of events is most of a snapshot (50 × 43,200 rows), and SLOs
    // are independent: the second half is read and reported on beside the first, on its own
    // connection (SQLite readers do not wait for each other under WAL).
    const qsizetype half = slos.value().size() / 2;
    QFuture<Result<SloSnapshot>> other
            = QtConcurrent::run(reportFromFile, databasePath, slos.value().mid(half), at);
    reportOn(store, slos.value().first(half), at, snapshot);
    const Result<SloSnapshot> theirs = other.result();
    if (!theirs)
        return Error {theirs.error()};
    snapshot.reports << theirs.value().reports;
    snapshot.sparklines.insert(theirs.value().sparklines);
    snapshot.sla << theirs.value().sla;
    snapshot.problems << theirs.value().problems;
    std::stable_sort(snapshot.reports.begin(), snapshot.reports.end(),
                     [](const SloReport &a, const SloReport &b) {
                         return a.budgetRemaining < b.budgetRemaining;
                     });
    return snapshot;
}

Result<SloChart> SloCalculation::chart(const QString &databasePath, const QString &name,
                                       const QDateTime &at)
{
    Result<std::unique_ptr<Database>> database = Database::openReader(databasePath);
    if (!database)
        return Error {database.error()};
    SloStore store(*database.value());
    const Result<std::optional<Slo>> slo = store.find(name);
    if (!slo)
        return Error {slo.error()};
    if (!slo.value())
        return Error {tr("There is no SLO called %1.").arg(name)};
    const QDateTime start = SloReports::windowStart(*slo.value(), at);
    const Result<QList<SloEvent>> events
            = store.events(name, start.toMSecsSinceEpoch(), at.toMSecsSinceEpoch());
    if (!events)
        return Error {events.error()};
    SloChart chart;
    chart.report = SloReports::compute(*slo.value(), events.value(), at);
    chart.data = SloReports::chart(*slo.value(), events.value(), at);
    const Result<QList<Incident>> incidents
            = IncidentStore(*database.value()).openOrResolvedSince(start);
    if (!incidents)
        return Error {incidents.error()};
    for (const Incident &incident : incidents.value())
        if (incident.services.contains(slo.value()->service) && incident.startedAt <= at)
            chart.incidents.append(
                    {incident.label(), incident.title, incident.startedAt, incident.resolvedAt});
    return chart;
}

} // namespace sitrep
