#pragma once

#include "incident.h"

#include <QJsonObject>

namespace sitrep {

// The stable JSON shape of an incident that `sitrepctl ... --json` prints and the README
// documents. Times are ISO 8601 UTC with milliseconds, or null.
[[nodiscard]] QJsonObject incidentToJson(const Incident &incident);

} // namespace sitrep
