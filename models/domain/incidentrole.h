#pragma once

#include "incident.h"

#include <QString>

namespace sitrep {

// The roles of the war room, besides any number of responders.
enum class IncidentRole { Commander, Scribe, CommunicationsLead };

inline constexpr IncidentRole allRoles[]
        = {IncidentRole::Commander, IncidentRole::Scribe, IncidentRole::CommunicationsLead};

[[nodiscard]] QString roleKey(IncidentRole role); // "commander", "scribe", "communications_lead"
[[nodiscard]] std::optional<IncidentRole> parseRole(QStringView key);
[[nodiscard]] QString roleName(IncidentRole role); // translated: "Scribe"
[[nodiscard]] QString &roleHolder(Incident &incident, IncidentRole role);
[[nodiscard]] const QString &roleHolder(const Incident &incident, IncidentRole role);

} // namespace sitrep
