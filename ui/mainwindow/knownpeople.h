#pragma once

#include <QStringList>

namespace sitrep {

class IncidentTableModel;
class OnCallService;

// The names a workspace offers for its roles, sorted: the people on call now in every
// schedule's rotations, and the commanders of the incidents the board has read (the board's
// rows do not hold the other roles, and the resolved history is read on demand).
[[nodiscard]] QStringList knownPeople(const OnCallService &oncall,
                                      const IncidentTableModel &incidents);

} // namespace sitrep
