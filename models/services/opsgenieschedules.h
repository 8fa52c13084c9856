#pragma once

#include "providerfiles.h"

namespace sitrep {

// On-call schedules brought over from Opsgenie, read from its REST API's answers as saved to
// files: `GET /v2/schedules/{id}?expand=rotation` (or the list with expand=rotation), its
// `/timeline?interval=4&intervalUnit=weeks`, `/overrides`, and `GET /v2/escalations`.
//
// Opsgenie's semantics, not Sitrep's: every rotation of a schedule is on call at once, so a
// schedule becomes a cumulative one, a layer per rotation (in the rotations' order) with one
// person per turn ("none" is a turn with nobody) from `startDate` every `length` hours, days or
// weeks of the schedule's wall clock until `endDate`; time restrictions become windows of the
// day or of the week. An override of the whole schedule takes it over (`cover`); one of some
// rotations replaces whoever those rotations have then. An escalation becomes the escalation of
// the schedule its rules notify. The timeline's final timeline (Opsgenie's own computed shifts)
// is the proof.
class OpsgenieSchedules
{
    Q_DECLARE_TR_FUNCTIONS(OpsgenieSchedules)
public:
    [[nodiscard]] static Result<OnCallImport> read(const QList<ProviderFile> &files);
};

} // namespace sitrep
