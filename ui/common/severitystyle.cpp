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

QColor SeverityStyle::statusColor(IncidentStatus status)
{
    switch (status) {
    case IncidentStatus::Investigating:
        return QColor(0xb9, 0x1c, 0x1c);
    case IncidentStatus::Identified:
        return QColor(0xb4, 0x53, 0x09);
    case IncidentStatus::Monitoring:
        return QColor(0x1d, 0x4e, 0xd8);
    case IncidentStatus::Resolved:
        return QColor(0x15, 0x80, 0x3d);
    }
    return Qt::gray;
}

} // namespace sitrep
