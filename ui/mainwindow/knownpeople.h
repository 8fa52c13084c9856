#pragma once

#include <QStringList>

namespace sitrep {

class IncidentTableModel;
class OnCallService;

// The names a workspace offers for its roles, sorted: the people on call now in every
// schedule's rotations, everyone who held a role or responded (`people`, read by the loader
// from the whole store), and the commanders of the board's rows, which may have changed since.
[[nodiscard]] QStringList knownPeople(const OnCallService &oncall, const QStringList &people,
                                      const IncidentTableModel &incidents);

} // namespace sitrep
