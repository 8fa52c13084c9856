#include "lifecycle.h"

namespace sitrep {

std::optional<QString> Lifecycle::refusal(const StatusTransition &transition)
{
    if (transition.from == transition.to)
        return tr("The incident's status is already %1.").arg(statusDisplayName(transition.to));
    if (transition.to == IncidentStatus::Resolved && transition.resolution.trimmed().isEmpty())
        return tr("Resolving an incident needs a resolution: say what fixed it.");
    if (transition.from == IncidentStatus::Resolved && transition.reopenReason.trimmed().isEmpty())
        return tr("Reopening a resolved incident needs a reason.");
    return std::nullopt;
}

} // namespace sitrep
