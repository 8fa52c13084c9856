#include "incidentstatus.h"

#include <QCoreApplication>

namespace sitrep {

QString statusKey(IncidentStatus status)
{
    switch (status) {
    case IncidentStatus::Investigating:
        return QStringLiteral("investigating");
    case IncidentStatus::Identified:
        return QStringLiteral("identified");
    case IncidentStatus::Monitoring:
        return QStringLiteral("monitoring");
    case IncidentStatus::Resolved:
        return QStringLiteral("resolved");
    }
    Q_UNREACHABLE();
    return QString();
}

std::optional<IncidentStatus> parseStatus(QStringView key)
{
    // Called for every row the cache loads: compare without building the keys.
    static constexpr std::pair<const char16_t *, IncidentStatus> keys[] = {
            {u"investigating", IncidentStatus::Investigating},
            {u"identified", IncidentStatus::Identified},
            {u"monitoring", IncidentStatus::Monitoring},
            {u"resolved", IncidentStatus::Resolved},
    };
    const QStringView trimmed = key.trimmed();
    for (const auto &[name, status] : keys) {
        if (trimmed.compare(QStringView(name), Qt::CaseInsensitive) == 0)
            return status;
    }
    return std::nullopt;
}

QString statusDisplayName(IncidentStatus status)
{
    switch (status) {
    case IncidentStatus::Investigating:
        return QCoreApplication::translate("IncidentStatus", "Investigating");
    case IncidentStatus::Identified:
        return QCoreApplication::translate("IncidentStatus", "Identified");
    case IncidentStatus::Monitoring:
        return QCoreApplication::translate("IncidentStatus", "Monitoring");
    case IncidentStatus::Resolved:
        return QCoreApplication::translate("IncidentStatus", "Resolved");
    }
    Q_UNREACHABLE();
    return QString();
}

QString detectionKey(DetectionSource source)
{
    return source == DetectionSource::Automated ? QStringLiteral("automated")
                                                : QStringLiteral("manual");
}

std::optional<DetectionSource> parseDetection(QStringView key)
{
    if (key.compare(u"automated", Qt::CaseInsensitive) == 0)
        return DetectionSource::Automated;
    if (key.compare(u"manual", Qt::CaseInsensitive) == 0)
        return DetectionSource::Manual;
    return std::nullopt;
}

} // namespace sitrep
