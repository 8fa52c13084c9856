#pragma once

#include "slo.h"
#include "sloevents.h"

#include <QList>

namespace sitrep {

// The events an SLO's budget is counted in. For Occurrences these are the per-step events as
// they are. For the timeslice methods each slice of the SLO's slice length (aligned to the
// epoch, as Prometheus aligns subqueries) becomes one event at the slice's end:
// - Timeslices: total 1, bad 1 when the slice's share of good events is below the slice
//   target, so the budget is in bad slices.
// - RatioTimeslices: total 1, bad the slice's error ratio, so the SLI is the slices' average.
// A slice without a known step is missing; one with fewer events than the SLO's minimum (or
// none) is not counted. Only slices that have ended count: the running one waits.
struct SloCounted
{
    QList<SloEvent> events;
    // The minimum per window for the counted events: the SLO's for Occurrences, none for
    // slices (the minimum already decided which slices count).
    double minimumEvents = 0;
};

class SloSlices
{
public:
    [[nodiscard]] static SloCounted counted(const Slo &slo, const QList<SloEvent> &events);
};

} // namespace sitrep
