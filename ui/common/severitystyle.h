#pragma once

#include "domain/incidentstatus.h"
#include "domain/severity.h"

#include <QColor>

namespace sitrep {

// The colours the war room learns once and reads across the room: red SEV-1, orange SEV-2,
// amber SEV-3, blue SEV-4; white text on all of them (contrast at least 4.5:1).
struct SeverityStyle
{
    [[nodiscard]] static QColor background(Severity severity);
    [[nodiscard]] static QColor text() { return Qt::white; }
    [[nodiscard]] static QColor statusColor(IncidentStatus status);
};

} // namespace sitrep
