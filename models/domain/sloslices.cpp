#include "sloslices.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace sitrep {

namespace {

struct Slice
{
    qint64 index = 0;
    double bad = 0;
    double total = 0;
    bool known = false;
};

SloEvent sliceEvent(const Slo &slo, const Slice &slice, qint64 sliceMs)
{
    const qint64 endMs = (slice.index + 1) * sliceMs;
    if (!slice.known)
        return {endMs, std::numeric_limits<double>::quiet_NaN(), 1.0};
    if (!(slice.total > 0) || slice.total < slo.minimumEvents)
        return {endMs, 0.0, 0.0};
    const double bad = std::clamp(slice.bad, 0.0, slice.total);
    if (slo.budgeting.method == SloBudgeting::Method::RatioTimeslices)
        return {endMs, bad / slice.total, 1.0};
    // The good share as (total − bad) / total, so a share exactly at the target is good.
    const double goodShare = (slice.total - bad) / slice.total;
    return {endMs, goodShare >= slo.budgeting.sliceTarget ? 0.0 : 1.0, 1.0};
}

// The slice a step belongs to: a step's event at atMs covers (atMs − step, atMs].
qint64 sliceIndex(qint64 atMs, qint64 sliceMs)
{
    const qint64 before = atMs - 1;
    return before >= 0 ? before / sliceMs : -((-before + sliceMs - 1) / sliceMs);
}

} // namespace

SloCounted SloSlices::counted(const Slo &slo, const QList<SloEvent> &events)
{
    if (slo.budgeting.method == SloBudgeting::Method::Occurrences)
        return {events, slo.minimumEvents};
    const qint64 sliceMs = std::chrono::milliseconds(slo.budgeting.sliceLength).count();
    SloCounted counted;
    if (events.isEmpty() || sliceMs <= 0)
        return counted;
    Slice slice {sliceIndex(events.first().atMs, sliceMs)};
    for (const SloEvent &event : events) {
        if (const qint64 index = sliceIndex(event.atMs, sliceMs); index != slice.index) {
            counted.events.append(sliceEvent(slo, slice, sliceMs));
            slice = Slice {index};
        }
        if (event.known()) {
            slice.bad += event.bad;
            slice.total += event.total;
            slice.known = true;
        }
    }
    counted.events.append(sliceEvent(slo, slice, sliceMs));
    return counted;
}

} // namespace sitrep
