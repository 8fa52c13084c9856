#include "teamsapi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sitrep {

QByteArray TeamsApi::payload(const Announcement &announcement)
{
    QJsonArray facts;
    for (const auto &[label, value] : AnnouncementText::fields(announcement))
        facts.append(
                QJsonObject {{QStringLiteral("title"), label}, {QStringLiteral("value"), value}});
    const QStringList lines = AnnouncementText::headline(announcement).split(u'\n');
    QJsonArray body {QJsonObject {{QStringLiteral("type"), QStringLiteral("TextBlock")},
                                  {QStringLiteral("text"), lines.first()},
                                  {QStringLiteral("weight"), QStringLiteral("Bolder")},
                                  {QStringLiteral("size"), QStringLiteral("Medium")},
                                  {QStringLiteral("wrap"), true}}};
    const QString rest = lines.mid(1).join(u'\n').trimmed();
    if (!rest.isEmpty())
        body.append(QJsonObject {{QStringLiteral("type"), QStringLiteral("TextBlock")},
                                 {QStringLiteral("text"), rest},
                                 {QStringLiteral("wrap"), true}});
    body.append(QJsonObject {{QStringLiteral("type"), QStringLiteral("FactSet")},
                             {QStringLiteral("facts"), facts}});
    const QJsonObject card {{QStringLiteral("$schema"),
                             QStringLiteral("http://adaptivecards.io/schemas/adaptive-card.json")},
                            {QStringLiteral("type"), QStringLiteral("AdaptiveCard")},
                            {QStringLiteral("version"), QStringLiteral("1.4")},
                            {QStringLiteral("body"), body}};
    const QJsonObject message {
            {QStringLiteral("type"), QStringLiteral("message")},
            {QStringLiteral("attachments"),
             QJsonArray {QJsonObject {{QStringLiteral("contentType"),
                                       QStringLiteral("application/vnd.microsoft.card.adaptive")},
                                      {QStringLiteral("contentUrl"), QJsonValue()},
                                      {QStringLiteral("content"), card}}}}};
    return QJsonDocument(message).toJson(QJsonDocument::Compact);
}

} // namespace sitrep
