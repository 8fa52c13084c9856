#include "slackwebapi.h"

#include "apiurl.h"
#include "httpverdict.h"
#include "slackwebhookapi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace sitrep {

namespace {

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

ChatClient::Headers bearer(const QString &token)
{
    return {{"Authorization", "Bearer " + token.toUtf8()}};
}

// Slack's history holds the message if an earlier attempt reached it before timing out.
QString tsOfEarlierAttempt(const QByteArray &history, const QString &key)
{
    const QJsonObject reply = QJsonDocument::fromJson(history).object();
    for (const QJsonValue &message : reply.value(u"messages").toArray()) {
        const QJsonObject metadata = message.toObject().value(u"metadata").toObject();
        if (metadata.value(u"event_payload").toObject().value(u"outbox_key").toString() == key)
            return message.toObject().value(u"ts").toString();
    }
    return {};
}

} // namespace

QByteArray SlackWebApi::payload(const Channel &channel, const Announcement &announcement)
{
    return compact({{QStringLiteral("channel"), channel.slackChannel},
                    {QStringLiteral("text"), AnnouncementText::headline(announcement)},
                    {QStringLiteral("blocks"), SlackWebhookApi::blocks(announcement)}});
}

QUrl SlackWebApi::baseUrl(const Channel &channel)
{
    return ApiUrl::base(channel.apiUrl, QStringLiteral("https://slack.com/api"));
}

QUrl SlackWebApi::methodUrl(const Channel &channel, const QString &method)
{
    return ApiUrl::below(baseUrl(channel), method);
}

DeliveryOutcome SlackWebApi::judge(const HttpAnswer &answer)
{
    DeliveryOutcome outcome = HttpVerdict::judge(answer);
    if (outcome.verdict != DeliveryOutcome::Verdict::Delivered)
        return outcome;
    // Slack says in its reply whether it took the message. A reply that broke off, or that is
    // not Slack's JSON at all, says nothing: tried again, and the next attempt first looks for
    // the message in the channel, so it is not posted twice.
    if (!answer.bodyError.isEmpty())
        return {DeliveryOutcome::Verdict::Retry,
                tr("Slack's reply broke off: %1").arg(answer.bodyError),
                {},
                {}};
    QJsonParseError unreadable;
    const QJsonDocument document = QJsonDocument::fromJson(answer.body, &unreadable);
    if (unreadable.error != QJsonParseError::NoError || !document.object().contains(u"ok"))
        return {DeliveryOutcome::Verdict::Retry,
                tr("the reply is not Slack's (no \"ok\" in it: %1); check the channel's API URL "
                   "if this lasts")
                        .arg(unreadable.error != QJsonParseError::NoError
                                     ? unreadable.errorString()
                                     : HttpVerdict::excerpt(answer.body)),
                {},
                {}};
    const QJsonObject reply = document.object();
    if (!reply.value(u"ok").toBool()) {
        const QString error = reply.value(u"error").toString(HttpVerdict::excerpt(answer.body));
        if (error == u"ratelimited" || error == u"service_unavailable" || error == u"internal_error"
            || error == u"fatal_error")
            return {DeliveryOutcome::Verdict::Retry, tr("Slack: %1").arg(error), {}, {}};
        return DeliveryOutcome::givenUp(tr("Slack: %1 (will not heal by retrying: check the "
                                           "token and the channel)")
                                                .arg(error));
    }
    outcome.threadTs = reply.value(u"ts").toString();
    return outcome;
}

QString SlackWebApi::unsafeUrl(const Channel &channel)
{
    // The token goes with every call: never over plain http to another machine.
    return ChannelRules::isSafeUrl(baseUrl(channel))
            ? QString()
            : tr("the channel's URL is not https (http only to this machine)");
}

void SlackWebApi::deliver(const DeliveryAttempt &attempt, Done done)
{
    if (const QString refused = unsafeUrl(attempt.channel); !refused.isEmpty())
        return done(DeliveryOutcome::givenUp(refused));
    // An earlier attempt may have reached Slack even though its answer never came back. (The
    // attempt under way is counted before it leaves: 1 is the first.)
    if (attempt.message.attempts <= 1)
        return post(attempt, std::move(done));
    QUrl history = methodUrl(attempt.channel, QStringLiteral("conversations.history"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("channel"), attempt.channel.slackChannel);
    query.addQueryItem(QStringLiteral("oldest"),
                       QString::number(attempt.message.firstAttemptAt.toSecsSinceEpoch() - 60));
    query.addQueryItem(QStringLiteral("include_all_metadata"), QStringLiteral("true"));
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("200"));
    history.setQuery(query);
    m_client.get(history, bearer(attempt.secret), attempt.channel,
                 [this, attempt, done = std::move(done)](const HttpAnswer &answer) {
                     const QString ts = answer.status == 200
                             ? tsOfEarlierAttempt(answer.body, attempt.message.key)
                             : QString();
                     if (ts.isEmpty())
                         return post(attempt, done);
                     DeliveryOutcome found = DeliveryOutcome::delivered(
                             tr("Slack had taken it before the timeout (ts %1)").arg(ts));
                     found.threadTs = ts;
                     done(found);
                 });
}

void SlackWebApi::post(const DeliveryAttempt &attempt, Done done)
{
    QJsonObject body = QJsonDocument::fromJson(attempt.message.payload).object();
    if (!attempt.threadTs.isEmpty())
        body.insert(QStringLiteral("thread_ts"), attempt.threadTs);
    // Lets a retry after a timeout find the message if Slack took it after all.
    body.insert(QStringLiteral("metadata"),
                QJsonObject {{QStringLiteral("event_type"), QStringLiteral("sitrep_message")},
                             {QStringLiteral("event_payload"),
                              QJsonObject {{QStringLiteral("outbox_key"), attempt.message.key}}}});
    ChatClient::Request request;
    request.url = methodUrl(attempt.channel, QStringLiteral("chat.postMessage"));
    request.body = compact(body);
    request.headers = bearer(attempt.secret);
    m_client.deliver(request, attempt.channel, &SlackWebApi::judge, std::move(done));
}

void SlackWebApi::call(const Channel &channel, const QString &token, const QString &method,
                       const QJsonObject &arguments, std::function<void(QJsonObject, QString)> then)
{
    if (const QString refused = unsafeUrl(channel); !refused.isEmpty())
        return then({}, refused);
    m_client.post(
            methodUrl(channel, method), compact(arguments), bearer(token), channel,
            [method, then = std::move(then)](const HttpAnswer &answer) {
                const QJsonObject reply = QJsonDocument::fromJson(answer.body).object();
                if (answer.status == 200 && reply.value(u"ok").toBool())
                    return then(reply, {});
                then(reply,
                     tr("Slack %1: %2")
                             .arg(method, reply.value(u"error").toString(judge(answer).answer)));
            });
}

void SlackWebApi::createConversation(const Channel &channel, const QString &token,
                                     const QString &name,
                                     std::function<void(ChatRoom, QString)> then)
{
    call(channel, token, QStringLiteral("conversations.create"), {{QStringLiteral("name"), name}},
         [then = std::move(then)](const QJsonObject &reply, const QString &problem) {
             const QJsonObject created = reply.value(u"channel").toObject();
             then({created.value(u"id").toString(), created.value(u"name").toString()}, problem);
         });
}

void SlackWebApi::invite(const Channel &channel, const QString &token, const ChatRoom &room,
                         const QStringList &users, std::function<void(QString)> then)
{
    call(channel, token, QStringLiteral("conversations.invite"),
         {{QStringLiteral("channel"), room.id}, {QStringLiteral("users"), users.join(u',')}},
         [then = std::move(then)](const QJsonObject &, const QString &problem) { then(problem); });
}

void SlackWebApi::postInto(const Channel &channel, const QString &token, const ChatRoom &room,
                           const QByteArray &payload, const QString &note,
                           std::function<void(QString)> then)
{
    QJsonObject post = QJsonDocument::fromJson(payload).object();
    post.insert(QStringLiteral("channel"), room.id);
    if (!note.isEmpty())
        post.insert(QStringLiteral("text"), post.value(u"text").toString() + u'\n' + note);
    call(channel, token, QStringLiteral("chat.postMessage"), post,
         [then = std::move(then)](const QJsonObject &, const QString &problem) { then(problem); });
}

void SlackWebApi::lookUpUser(const Channel &channel, const QString &token, const QString &email,
                             std::function<void(QString)> then)
{
    if (!unsafeUrl(channel).isEmpty())
        return then({});
    QUrl lookup = methodUrl(channel, QStringLiteral("users.lookupByEmail"));
    lookup.setQuery(QUrlQuery {{QStringLiteral("email"), email}});
    m_client.get(lookup, bearer(token), channel,
                 [then = std::move(then)](const HttpAnswer &answer) {
                     const QJsonObject reply = QJsonDocument::fromJson(answer.body).object();
                     then(reply.value(u"user").toObject().value(u"id").toString());
                 });
}

QString SlackWebApi::roomName(const Incident &incident)
{
    QString slug;
    for (const QChar c : incident.title.toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            slug += c;
        else if (!slug.isEmpty() && !slug.endsWith(u'-'))
            slug += u'-';
    }
    const QString prefix
            = QStringLiteral("inc-%1-").arg(incident.startedAt.toUTC().toString(u"yyyyMMdd"));
    const QString suffix = QStringLiteral("-%1").arg(incident.id);
    slug = slug.left(80 - prefix.size() - suffix.size());
    while (slug.endsWith(u'-'))
        slug.chop(1);
    return prefix + (slug.isEmpty() ? QStringLiteral("incident") : slug) + suffix;
}

} // namespace sitrep
