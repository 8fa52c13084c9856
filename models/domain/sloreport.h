#pragma once

#include "burnalert.h"
#include "slo.h"
#include "sloevents.h"

#include <chrono>
#include <optional>

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>
#include <QPointF>

namespace sitrep {

// Where an SLO stands at one instant, computed from its per-step events.
struct SloReport
{
    Slo slo;
    QDateTime at;
    // The window the figures cover: the SLO's rolling window, or the month so far.
    QDateTime windowStart;
    std::chrono::milliseconds budgetTotal {0};
    double badEvents = 0;
    double totalEvents = 0;
    // None when there was no traffic (or less than the SLO's minimum).
    std::optional<double> sli;
    std::optional<double> errorRatio;
    // Fractions of the budget; nothing spent when nothing happened.
    double budgetRemaining = 1.0;
    [[nodiscard]] double budgetConsumed() const { return 1.0 - budgetRemaining; }
    // Keyed by the windows of the SLO's tiers; a window without (enough) traffic has none.
    QMap<QString, double> burnRates;
    BurnAlert::State alert = BurnAlert::State::None;
    // The burn rate of the last hour; none without (enough) traffic.
    std::optional<double> lastHourBurn;
    // At the last hour's burn rate; none when not burning or already spent.
    std::optional<std::chrono::milliseconds> exhaustion;
    // Steps of the window the cache has no known value for.
    qsizetype missingSteps = 0;

    // "30d", "28d", "month".
    [[nodiscard]] QString windowText() const;
};

// One calendar month of an availability SLO against the SLA.
struct SlaMonth
{
    QString service;
    QDate month; // its first day
    double availability = 1.0;
    double creditPercent = 0;
    bool complete = false; // the whole month is in the data
};

// What the charts draw, at full resolution (the view downsamples for the screen).
struct SloChartData
{
    // Budget remaining in percent at each step of the window, against the straight line from
    // 100 % at the window's start to 0 % at its end. x is milliseconds since the epoch.
    QList<QPointF> budgetRemaining;
    QList<QPointF> idealBudget;
    // The burn rate and the SLI (percent good) over the hour before each step.
    QList<QPointF> burnRate;
    QList<QPointF> sli;
};

// What the SLO overview shows of one SLO: its report, its budget line and its SLA months.
struct SloOverview
{
    SloReport report;
    QList<QPointF> budgetBurnDown;
    QList<SlaMonth> sla;
};

class SloReports
{
    Q_DECLARE_TR_FUNCTIONS(SloReports)
public:
    // `events` sorted by time, at least the window's; later ones are ignored.
    [[nodiscard]] static SloReport compute(const Slo &slo, const QList<SloEvent> &events,
                                           const QDateTime &at);
    [[nodiscard]] static SloChartData chart(const Slo &slo, const QList<SloEvent> &events,
                                            const QDateTime &at);
    // compute, budgetBurnDown and slaMonths at once, counting the events once for all three.
    [[nodiscard]] static SloOverview overview(const Slo &slo, const QList<SloEvent> &events,
                                              const QDateTime &at, double agreed = 0.999);
    // The chart's budget line alone (the overview's sparklines).
    [[nodiscard]] static QList<QPointF>
    budgetBurnDown(const Slo &slo, const QList<SloEvent> &events, const QDateTime &at);
    // The months the events touch, oldest first.
    [[nodiscard]] static QList<SlaMonth> slaMonths(const Slo &slo, const QList<SloEvent> &events,
                                                   const QDateTime &at, double agreed = 0.999);
    // The chart data at full resolution as CSV: time (ISO 8601 UTC), budget remaining
    // percent, burn rate and SLI percent over the hour before (empty without traffic).
    [[nodiscard]] static QByteArray csv(const SloChartData &chart);
    // Where the window starts for a report at `at`.
    [[nodiscard]] static QDateTime windowStart(const Slo &slo, const QDateTime &at);
    // Where the window holding `at` ends: `at` for a rolling window, else the next calendar
    // window's start.
    [[nodiscard]] static QDateTime windowEnd(const Slo &slo, const QDateTime &at);
};

} // namespace sitrep
