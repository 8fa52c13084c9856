#pragma once

#include "promquery.h"
#include "slo.h"

#include <chrono>

#include <QList>

namespace sitrep {

// The events of one step of an SLO's history: how many were bad and how many there were in the
// step that ends at `atMs`. A value Prometheus could not give (NaN, ±Inf) is NaN here, and the
// step counts as missing.
struct SloEvent
{
    qint64 atMs = 0;
    double bad = 0;
    double total = 0;
    [[nodiscard]] bool known() const;
    bool operator==(const SloEvent &) const = default;
};

// A span of time to fetch, in milliseconds: (startMs, endMs], one point per step ending in it.
struct TimeSpan
{
    qint64 startMs = 0;
    qint64 endMs = 0;
    bool operator==(const TimeSpan &) const = default;
};

// How an SLO's queries become per-step events, and which time still has to be fetched.
class SloEvents
{
public:
    // Every SLO is kept at one-minute resolution: a 30-day window is 43,200 points.
    static constexpr std::chrono::seconds step {60};
    // Prometheus refuses ranges of more than 11,000 points per series.
    static constexpr int maxPointsPerRequest = 10'000;

    // The query that gives one step's events: Sloth's {{.window}} becomes the step ("1m").
    // A query without the placeholder is read as a counter (see fromCounters).
    [[nodiscard]] static QString stepQuery(const QString &query);
    [[nodiscard]] static bool isCounter(const QString &query);

    // What is missing of (windowStartMs, atMs] when the cache holds [firstMs, lastMs] (nothing
    // when both are 0), aligned to the step, cut into requests of at most maxPointsPerRequest.
    [[nodiscard]] static QList<TimeSpan> missing(qint64 windowStartMs, qint64 atMs, qint64 firstMs,
                                                 qint64 lastMs);

    // A counter's per-step increase. A drop is a reset (the process restarted): the new value
    // is what was counted since. The first sample only starts the count.
    [[nodiscard]] static QList<PromSample> fromCounter(const QList<PromSample> &counter);

    // Bad and total series (each one per-step values) joined by time. A step without a total is
    // missing; a step without bad events had none. `badIsGood` turns a good-events series into
    // bad = total − good, and there a step without good events is missing.
    [[nodiscard]] static QList<SloEvent> join(const QList<PromSample> &bad,
                                              const QList<PromSample> &total, bool badIsGood);
    // An error-ratio series: each step counts as one event, its ratio bad.
    [[nodiscard]] static QList<SloEvent> fromRatio(const QList<PromSample> &ratio);
    // A thresholdMetric's values: each step is one event, bad when the value misses the
    // threshold; a value Prometheus could not give leaves the step missing.
    [[nodiscard]] static QList<SloEvent> fromThreshold(const QList<PromSample> &values,
                                                       const SloThreshold &threshold);
};

} // namespace sitrep
