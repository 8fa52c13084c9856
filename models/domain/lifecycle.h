#pragma once

#include "incidentstatus.h"

#include <optional>

#include <QCoreApplication>
#include <QString>

namespace sitrep {

// A requested status change with the texts that some changes require.
struct StatusTransition
{
    IncidentStatus from = IncidentStatus::Investigating;
    IncidentStatus to = IncidentStatus::Investigating;
    QString resolution;   // required when moving to Resolved
    QString reopenReason; // required when leaving Resolved
};

// Which status changes are allowed. Open states may move freely among each other (a fix that
// did not hold sends Monitoring back to Investigating); resolving needs a resolution, and
// reopening needs a reason so that it is always recorded, never silent.
class Lifecycle
{
    Q_DECLARE_TR_FUNCTIONS(Lifecycle)
public:
    // Why the transition is refused, in words; nothing if it is allowed.
    [[nodiscard]] static std::optional<QString> refusal(const StatusTransition &transition);
};

} // namespace sitrep
