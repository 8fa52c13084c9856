#pragma once

#include "domain/result.h"
#include "providerfiles.h"

namespace sitrep {

// On-call schedules brought over from PagerDuty, read from the REST API's answers as saved to
// files (or fetched): `GET /schedules/{id}?since=…&until=…` ({"schedule": …}), a page of
// `GET /schedules`, `GET /escalation_policies`, `GET /users` and `GET /schedules/{id}/overrides`.
//
// A schedule's layers become Sitrep layers with PagerDuty's rule (the API lists the top layer
// first; a higher layer wins where it has someone), each layer one person per turn from
// `rotation_virtual_start` every `rotation_turn_length_seconds`, kept between its `start` and
// `end`; daily and weekly restrictions become restriction windows; overrides take over the
// schedule (`cover`). An escalation policy becomes the escalation of the schedule its rules page,
// with its services. The schedule's `final_schedule` (PagerDuty's own computed shifts) is the
// proof: every schedule is compared with it.
class PagerDutySchedules
{
    Q_DECLARE_TR_FUNCTIONS(PagerDutySchedules)
public:
    [[nodiscard]] static Result<OnCallImport> read(const QList<ProviderFile> &files);
};

} // namespace sitrep
