#pragma once

#include "oncallshifts.h"

namespace sitrep {

// One stretch of a provider's own answer to "who is on call" (PagerDuty's rendered final
// schedule, Opsgenie's timeline): `person` on call from `startMs` to `endMs`.
struct ProviderShift
{
    qint64 startMs = 0;
    qint64 endMs = 0;
    QString person;
    bool operator==(const ProviderShift &) const = default;
};

// Where the provider and Sitrep disagree: the people each has on call from `startMs` to `endMs`
// (sorted; empty is nobody).
struct ScheduleDifference
{
    qint64 startMs = 0;
    qint64 endMs = 0;
    QStringList provider;
    QStringList sitrep;
    bool operator==(const ScheduleDifference &) const = default;
};

// The proof of an import: the provider's answer set against Sitrep's computed shifts, moment by
// moment. Sitrep's secondary is not compared: neither provider has one, and an imported layer
// never makes one.
class ScheduleComparison
{
public:
    [[nodiscard]] static QList<ScheduleDifference> compare(const QList<ProviderShift> &provider,
                                                           const QList<OnCallShift> &sitrep,
                                                           qint64 fromMs, qint64 toMs);
};

} // namespace sitrep
