#pragma once

#include <QStringList>

namespace sitrep {

class IncidentTableModel;
class OnCallService;

// The names a workspace offers for its roles, sorted: the people on call now in every
// schedule's rotations, and those on the incidents the board has read (the resolved history is
// read on demand, so the rotations name the rest).
[[nodiscard]] QStringList knownPeople(const OnCallService &oncall,
                                      const IncidentTableModel &incidents);

} // namespace sitrep
