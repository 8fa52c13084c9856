#pragma once

namespace sitrep {

enum class IncidentSelection { Open, Resolved, All };

} // namespace sitrep
