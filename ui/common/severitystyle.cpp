#include "severitystyle.h"

namespace sitrep {

QColor SeverityStyle::background(Severity severity)
{
    switch (severity) {
    case Severity::Sev1:
        return QColor(0xb9, 0x1c, 0x1c);
    case Severity::Sev2:
        return QColor(0xc2, 0x41, 0x0c);
    case Severity::Sev3:
        return QColor(0x92, 0x40, 0x0e);
    case Severity::Sev4:
        return QColor(0x1d, 0x4e, 0xd8);
    }
    return Qt::gray;
}

QColor SeverityStyle::foreground(Severity severity, ColourScheme scheme)
{
    const bool dark = scheme == ColourScheme::Dark;
    switch (severity) {
    case Severity::Sev1:
        return QColor(dark ? 0xfca5a5 : 0xb91c1c);
    case Severity::Sev2:
        return QColor(dark ? 0xfdba74 : 0x9a3412);
    case Severity::Sev3:
        return QColor(dark ? 0xfcd34d : 0x92400e);
    case Severity::Sev4:
        return QColor(dark ? 0x93c5fd : 0x1d4ed8);
    }
    return Qt::gray;
}

QColor SeverityStyle::statusColor(IncidentStatus status, ColourScheme scheme)
{
    const bool dark = scheme == ColourScheme::Dark;
    switch (status) {
    case IncidentStatus::Investigating:
        return QColor(dark ? 0xf87171 : 0xb91c1c);
    case IncidentStatus::Identified:
        return QColor(dark ? 0xfbbf24 : 0xb45309);
    case IncidentStatus::Monitoring:
        return QColor(dark ? 0x60a5fa : 0x1d4ed8);
    case IncidentStatus::Resolved:
        return QColor(dark ? 0x4ade80 : 0x15803d);
    }
    return Qt::gray;
}

} // namespace sitrep
