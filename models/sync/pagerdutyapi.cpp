#include "pagerdutyapi.h"

#include "apiurl.h"
#include "httpverdict.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace sitrep {

QByteArray PagerDutyApi::payload(const Announcement &announcement)
{
    const Incident &incident = announcement.incident;
    QJsonObject event {{QStringLiteral("dedup_key"), QString::number(incident.id)}};
    switch (announcement.kind) {
    case Announcement::Kind::Acknowledged:
        event.insert(QStringLiteral("event_action"), QStringLiteral("acknowledge"));
        return QJsonDocument(event).toJson(QJsonDocument::Compact);
    case Announcement::Kind::Resolved:
        event.insert(QStringLiteral("event_action"), QStringLiteral("resolve"));
        return QJsonDocument(event).toJson(QJsonDocument::Compact);
    default:
        break;
    }
    static const char *severities[] = {"critical", "error", "warning", "info"};
    QJsonObject details;
    for (const auto &[label, value] : AnnouncementText::fields(announcement))
        details.insert(label, value);
    event.insert(QStringLiteral("event_action"), QStringLiteral("trigger"));
    event.insert(
            QStringLiteral("payload"),
            QJsonObject {
                    {QStringLiteral("summary"),
                     QStringLiteral("%1: %2")
                             .arg(severityCode(incident.severity), incident.title)
                             .left(1024)},
                    {QStringLiteral("source"),
                     incident.services.isEmpty() ? QStringLiteral("sitrep")
                                                 : incident.services.join(QStringLiteral(", "))},
                    {QStringLiteral("severity"),
                     QString::fromLatin1(severities[int(incident.severity) - 1])},
                    {QStringLiteral("timestamp"), incident.startedAt.toUTC().toString(Qt::ISODate)},
                    {QStringLiteral("custom_details"), details},
            });
    return QJsonDocument(event).toJson(QJsonDocument::Compact);
}

QUrl PagerDutyApi::eventsUrl(const Channel &channel)
{
    return ApiUrl::base(channel.apiUrl, QStringLiteral("https://events.pagerduty.com/v2/enqueue"));
}

QUrl PagerDutyApi::restUrl(const Channel &channel, const QString &path)
{
    QUrl url = ApiUrl::base(channel.apiUrl, QStringLiteral("https://api.pagerduty.com/"));
    url.setPath(url.path().section(u'/', 0, -2) + u'/' + path);
    url.setQuery(QString());
    return url;
}

QString PagerDutyApi::restToken(const QString &secret)
{
    return secret.section(u'\n', 1, 1).trimmed();
}

void PagerDutyApi::deliver(const DeliveryAttempt &attempt, Done done)
{
    QJsonObject body = QJsonDocument::fromJson(attempt.message.payload).object();
    body.insert(QStringLiteral("routing_key"),
                attempt.secret.trimmed().section(u'\n', 0, 0).trimmed());
    ChatClient::Request request;
    request.url = eventsUrl(attempt.channel);
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    m_client.deliver(request, attempt.channel, &PagerDutyApi::judge, std::move(done));
}

DeliveryOutcome PagerDutyApi::judge(const HttpAnswer &answer)
{
    DeliveryOutcome outcome = HttpVerdict::judge(answer);
    if (answer.status != 400)
        return outcome;
    QStringList errors;
    for (const QJsonValue &error :
         QJsonDocument::fromJson(answer.body).object().value(u"errors").toArray())
        errors << error.toString();
    if (!errors.isEmpty())
        outcome.answer += QStringLiteral(": ") + errors.join(QStringLiteral("; "));
    return outcome;
}

void PagerDutyApi::acknowledger(const Channel &channel, const QString &token, IncidentId incident,
                                std::function<void(std::optional<QString>)> then)
{
    QUrl url = restUrl(channel, QStringLiteral("incidents"));
    if (!ChannelRules::isSafeUrl(url))
        return then(std::nullopt); // the token never travels in the clear
    url.setQuery(QUrlQuery {{QStringLiteral("incident_key"), QString::number(incident)}});
    m_client.get(url,
                 {{"Authorization", "Token token=" + token.toUtf8()},
                  {"Accept", "application/vnd.pagerduty+json;version=2"}},
                 channel, [then = std::move(then)](const HttpAnswer &answer) {
                     then(answer.status == 200 ? acknowledgerIn(answer.body) : std::nullopt);
                 });
}

std::optional<QString> PagerDutyApi::acknowledgerIn(const QByteArray &answer)
{
    for (const QJsonValue &incident :
         QJsonDocument::fromJson(answer).object().value(u"incidents").toArray()) {
        const QString status = incident[u"status"].toString();
        const QJsonArray acknowledgements = incident[u"acknowledgements"].toArray();
        if (status == u"acknowledged" || (status == u"resolved" && !acknowledgements.isEmpty())) {
            const QString who = acknowledgements.isEmpty()
                    ? QString()
                    : acknowledgements.last()[u"acknowledger"][u"summary"].toString();
            return who.isEmpty() ? QStringLiteral("PagerDuty")
                                 : QStringLiteral("%1 (PagerDuty)").arg(who);
        }
    }
    return std::nullopt;
}

} // namespace sitrep
