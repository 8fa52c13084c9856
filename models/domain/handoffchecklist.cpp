#include "handoffchecklist.h"

namespace sitrep {

QStringList HandoffChecklist::items(HandoffPhase phase)
{
    switch (phase) {
    case HandoffPhase::Before:
        return {tr("Review recent incidents"),
                tr("Test pager/alerting system"),
                tr("Ensure laptop charged and accessible"),
                tr("Review runbooks and documentation"),
                tr("Check access to all systems"),
                tr("Set up remote access if traveling")};
    case HandoffPhase::During:
        return {tr("Acknowledge alerts within 5 minutes"),
                tr("Respond to incidents within 15 minutes"),
                tr("Keep laptop nearby 24/7"),
                tr("Stay in cellular coverage"),
                tr("Limit alcohol consumption"),
                tr("Update runbooks with learnings")};
    case HandoffPhase::After:
        return {tr("Hand off open incidents"), tr("Document any new issues discovered"),
                tr("Update runbooks"), tr("Provide feedback on alerting"),
                tr("Take time off to recover")};
    }
    return {};
}

QString HandoffChecklist::title(HandoffPhase phase)
{
    switch (phase) {
    case HandoffPhase::Before:
        return tr("Before your on-call week");
    case HandoffPhase::During:
        return tr("During on-call");
    case HandoffPhase::After:
        return tr("After on-call");
    }
    return {};
}

QString HandoffChecklist::key(HandoffPhase phase)
{
    switch (phase) {
    case HandoffPhase::Before:
        return QStringLiteral("before");
    case HandoffPhase::During:
        return QStringLiteral("during");
    case HandoffPhase::After:
        return QStringLiteral("after");
    }
    return {};
}

std::optional<HandoffPhase> HandoffChecklist::parse(QStringView key)
{
    for (HandoffPhase phase : phases)
        if (key == HandoffChecklist::key(phase))
            return phase;
    return std::nullopt;
}

} // namespace sitrep
