#include "statuspageapi.h"

#include "apiurl.h"
#include "httpverdict.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sitrep {

namespace {

ChatClient::Headers apiKey(const QString &key)
{
    return {{"Authorization", "OAuth " + key.toUtf8()}};
}

} // namespace

QByteArray StatuspageApi::payload(const Channel &channel, const Announcement &announcement)
{
    const Incident &incident = announcement.incident;
    const bool resolved = announcement.kind == Announcement::Kind::Resolved;
    QString status = statusKey(announcement.kind == Announcement::Kind::Update ? announcement.status
                                                                               : incident.status);
    if (announcement.kind == Announcement::Kind::Declared)
        status = QStringLiteral("investigating");
    QString body = announcement.message;
    if (announcement.kind == Announcement::Kind::Declared)
        body = AnnouncementText::publicDeclaration(incident);
    else if (resolved)
        body = AnnouncementText::publicResolution(incident);
    QJsonObject components;
    QJsonArray componentIds;
    for (const QString &service : incident.services) {
        const auto id = channel.components.constFind(service);
        if (id == channel.components.cend())
            continue;
        componentIds.append(*id);
        components.insert(*id,
                          resolved ? QStringLiteral("operational")
                                   : channel.componentStatusFor(incident.severity));
    }
    static const char *impacts[] = {"critical", "major", "minor", "none"};
    // The name on every request: an update whose declaration never reached the page creates
    // the incident there instead.
    QJsonObject fields {{QStringLiteral("name"), incident.title},
                        {QStringLiteral("status"), status},
                        {QStringLiteral("body"), body}};
    if (announcement.kind == Announcement::Kind::Declared) {
        fields.insert(QStringLiteral("impact_override"),
                      QString::fromLatin1(impacts[int(incident.severity) - 1]));
        fields.insert(QStringLiteral("component_ids"), componentIds);
    }
    if (!components.isEmpty())
        fields.insert(QStringLiteral("components"), components);
    return QJsonDocument(QJsonObject {{QStringLiteral("incident"), fields}})
            .toJson(QJsonDocument::Compact);
}

QUrl StatuspageApi::baseUrl(const Channel &channel)
{
    return ApiUrl::base(channel.apiUrl, QStringLiteral("https://api.statuspage.io/v1"));
}

QUrl StatuspageApi::pageUrl(const Channel &channel, const QString &rest)
{
    return ApiUrl::below(baseUrl(channel), QStringLiteral("pages/%1").arg(channel.pageId) + rest);
}

void StatuspageApi::deliver(const DeliveryAttempt &attempt, Done done)
{
    // The first message creates the page's incident; later ones change it.
    ChatClient::Request request;
    request.verb = attempt.threadTs.isEmpty() ? "POST" : "PATCH";
    request.url = pageUrl(attempt.channel,
                          attempt.threadTs.isEmpty()
                                  ? QStringLiteral("/incidents")
                                  : QStringLiteral("/incidents/") + attempt.threadTs);
    request.body = attempt.message.payload;
    request.headers = apiKey(attempt.secret);
    m_client.deliver(request, attempt.channel, &StatuspageApi::judge, std::move(done));
}

DeliveryOutcome StatuspageApi::judge(const HttpAnswer &answer)
{
    DeliveryOutcome outcome = HttpVerdict::judge(answer);
    if (answer.status == 420) {
        outcome.verdict = DeliveryOutcome::Verdict::Retry;
        outcome.answer = tr("HTTP 420: rate limited by Statuspage");
    } else if (outcome.verdict == DeliveryOutcome::Verdict::Delivered) {
        outcome.threadTs = QJsonDocument::fromJson(answer.body).object().value(u"id").toString();
        if (outcome.threadTs.isEmpty())
            outcome.answer = tr("%1; the reply did not say the status page incident's id, so a "
                                "later update opens a new incident")
                                     .arg(outcome.answer);
    }
    return outcome;
}

void StatuspageApi::probe(const Channel &channel, const QString &key, Done done)
{
    ChatClient::Request request;
    request.verb = "GET";
    request.url = pageUrl(channel, {});
    request.headers = apiKey(key);
    m_client.deliver(request, channel, &HttpVerdict::judge, std::move(done));
}

} // namespace sitrep
