#pragma once

#include "postmortem.h"

namespace sitrep {

// An action item in the tracker: which postmortem it belongs to.
struct TrackedActionItem
{
    IncidentId incident = 0;
    QString postmortemTitle;
    int position = 0;
    Postmortem::ActionItem item;
};

} // namespace sitrep
