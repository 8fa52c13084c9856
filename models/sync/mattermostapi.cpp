#include "mattermostapi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sitrep {

QByteArray MattermostApi::payload(const Announcement &announcement)
{
    QJsonArray fieldList;
    for (const auto &[label, value] : AnnouncementText::fields(announcement))
        fieldList.append(QJsonObject {{QStringLiteral("title"), label},
                                      {QStringLiteral("value"), value},
                                      {QStringLiteral("short"), true}});
    const QJsonObject body {
            {QStringLiteral("text"), AnnouncementText::headline(announcement)},
            {QStringLiteral("attachments"),
             QJsonArray {QJsonObject {{QStringLiteral("title"), tr("Incident Details")},
                                      {QStringLiteral("fields"), fieldList}}}}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

} // namespace sitrep
