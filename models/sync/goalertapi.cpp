#include "goalertapi.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace sitrep {

QByteArray GoAlertApi::payload(const Announcement &announcement)
{
    const Incident &incident = announcement.incident;
    QJsonObject alert {
            {QStringLiteral("summary"),
             QStringLiteral("%1: %2").arg(severityCode(incident.severity), incident.title)},
            {QStringLiteral("details"), AnnouncementText::plainText(announcement)},
            {QStringLiteral("dedup"), QStringLiteral("sitrep-%1").arg(incident.id)},
    };
    if (announcement.kind == Announcement::Kind::Resolved)
        alert.insert(QStringLiteral("action"), QStringLiteral("close"));
    return QJsonDocument(alert).toJson(QJsonDocument::Compact);
}

} // namespace sitrep
