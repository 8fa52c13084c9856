#pragma once

#include "domain/incidentstatus.h"
#include "domain/severity.h"
#include "itemmodels/tone.h"

#include <QColor>

namespace sitrep {

// The colours the war room learns once and reads across the room: red SEV-1, orange SEV-2,
// amber SEV-3, blue SEV-4. A badge carries its own background with white text (at least
// 4.5:1 on either scheme); where the severity's colour is the text itself, or a bar or dot on
// the window, it has a variant for each scheme (tst_tone checks every pair).
struct SeverityStyle
{
    [[nodiscard]] static QColor background(Severity severity);
    [[nodiscard]] static QColor text() { return Qt::white; }
    // The severity's colour as text or as a mark on the scheme's window and base.
    [[nodiscard]] static QColor foreground(Severity severity, ColourScheme scheme);
    [[nodiscard]] static QColor statusColor(IncidentStatus status, ColourScheme scheme);
};

} // namespace sitrep
