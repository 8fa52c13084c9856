#pragma once

#include "domain/result.h"
#include "domain/sloreport.h"
#include "slofetcher.h"

#include <QCoreApplication>
#include <QHash>

namespace sitrep {

// A time an incident of the SLO's service was open.
struct IncidentSpan
{
    QString label; // what the team calls it: #12, #P-3f2a
    QString title;
    QDateTime from;
    QDateTime to; // invalid while open
};

// Every SLO's report at one instant, worst first, with what the overview draws.
struct SloSnapshot
{
    QDateTime at;
    QList<SloReport> reports;
    // Budget remaining (percent) over the window, downsampled for a card's sparkline.
    QHash<QString, QList<QPointF>> sparklines;
    QList<SlaMonth> sla;
    // What went wrong fetching or reading, per SLO, in words; the figures are then the
    // cache's.
    QStringList problems;
};

// One SLO's charts at full resolution, with the incidents to shade.
struct SloChart
{
    SloReport report;
    SloChartData data;
    QList<IncidentSpan> incidents;
};

// The SLO work that reads and writes many rows: on a worker thread, with its own connection
// to the cache file.
class SloCalculation
{
    Q_DECLARE_TR_FUNCTIONS(SloCalculation)
public:
    // Stores what `fetches` brought, then reports on every SLO at `at`.
    [[nodiscard]] static Result<SloSnapshot>
    run(const QString &databasePath, const QList<SloFetch> &fetches, const QDateTime &at);
    [[nodiscard]] static Result<SloChart> chart(const QString &databasePath, const QString &slo,
                                                const QDateTime &at);
    // The per-step events in one SLO's fetched replies, or the problem in words.
    [[nodiscard]] static Result<QList<SloEvent>> events(const SloFetch &fetch);

    static constexpr int sparklinePoints = 60;
};

} // namespace sitrep
