#include "webhookapi.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sitrep {

namespace {

// A value placed inside a JSON string: the quotes and escapes JSON needs, without the quotes.
QByteArray jsonStringContent(const QString &text)
{
    const QByteArray quoted = QJsonDocument(QJsonArray {text}).toJson(QJsonDocument::Compact);
    return quoted.mid(2, quoted.size() - 4); // ["…"]
}

} // namespace

QByteArray WebhookApi::payload(const Channel &channel, const Announcement &announcement)
{
    return fillTemplate(channel.bodyTemplate.isEmpty() ? ChannelRules::defaultTemplate()
                                                       : channel.bodyTemplate,
                        announcement);
}

QByteArray WebhookApi::fillTemplate(const QString &bodyTemplate, const Announcement &announcement)
{
    const Incident &incident = announcement.incident;
    const QList<std::pair<QString, QString>> values {
            {QStringLiteral("event"), announcementKindKey(announcement.kind)},
            {QStringLiteral("title"), incident.title},
            {QStringLiteral("severity"), severityCode(incident.severity)},
            {QStringLiteral("status"),
             statusKey(announcement.kind == Announcement::Kind::Update ? announcement.status
                                                                       : incident.status)},
            {QStringLiteral("message"), announcement.message},
            {QStringLiteral("text"), AnnouncementText::plainText(announcement)},
            {QStringLiteral("services"), incident.services.join(QStringLiteral(", "))},
            {QStringLiteral("commander"), incident.commander},
            {QStringLiteral("person"), announcement.person},
            {QStringLiteral("at"), announcement.at.toUTC().toString(Qt::ISODate)},
    };
    QByteArray body = bodyTemplate.toUtf8();
    body.replace("{{incident_id}}", QByteArray::number(incident.id));
    for (const auto &[name, value] : values)
        body.replace("{{" + name.toUtf8() + "}}", jsonStringContent(value));
    return body;
}

ChatClient::Headers WebhookApi::headers(const DeliveryAttempt &attempt) const
{
    return {{"Idempotency-Key", attempt.message.key.toUtf8()}};
}

} // namespace sitrep
