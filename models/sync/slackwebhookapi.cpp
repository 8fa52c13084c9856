#include "slackwebhookapi.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace sitrep {

namespace {

QJsonObject mrkdwn(const QString &text)
{
    return {{QStringLiteral("type"), QStringLiteral("mrkdwn")}, {QStringLiteral("text"), text}};
}

} // namespace

QJsonArray SlackWebhookApi::blocks(const Announcement &announcement)
{
    QJsonArray fieldBlocks;
    for (const auto &[label, value] : AnnouncementText::fields(announcement))
        fieldBlocks.append(mrkdwn(QStringLiteral("*%1*\n%2").arg(label, value)));
    QJsonArray blocks {QJsonObject {
            {QStringLiteral("type"), QStringLiteral("section")},
            {QStringLiteral("text"), mrkdwn(AnnouncementText::headline(announcement))}}};
    // Slack allows at most 10 fields per section.
    blocks.append(QJsonObject {{QStringLiteral("type"), QStringLiteral("section")},
                               {QStringLiteral("fields"), fieldBlocks}});
    return blocks;
}

QByteArray SlackWebhookApi::payload(const Announcement &announcement)
{
    return QJsonDocument(
                   QJsonObject {{QStringLiteral("text"), AnnouncementText::headline(announcement)},
                                {QStringLiteral("blocks"), blocks(announcement)}})
            .toJson(QJsonDocument::Compact);
}

} // namespace sitrep
