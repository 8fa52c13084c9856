#include "apifixture.h"
#include "sync/goalertapi.h"
#include "sync/mattermostapi.h"
#include "sync/slackwebhookapi.h"
#include "sync/teamsapi.h"
#include "sync/webhookapi.h"

using namespace sitrep;
using namespace Qt::StringLiterals;
using Verdict = DeliveryOutcome::Verdict;
using Status = ChatReceiver::Status;
using Kind = Announcement::Kind;
using ChannelKind = Channel::Kind;

// The APIs that take one JSON POST to the URL that is the channel's secret, each against the
// local receiver: its body byte for byte (tests/sync/golden), the POST itself, an unsafe URL
// never called, and every answer its receiver documents.
//   Slack incoming webhooks: 200 "ok"; 400 invalid_payload, 403 action_prohibited, 404
//     channel_not_found, 410 channel_is_archived, 429 with Retry-After, 500 rollup_error.
//   Mattermost: 400 unreadable body, 403 webhooks off, 404 unknown hook, 429, 5xx.
//   Teams workflows: 202 accepted; 400 bad card, 404 removed workflow, 429, 502.
//   GoAlert's generic incoming API: 204; 400 bad request, 401 bad token, 429, 503.
//   Sitrep's generic webhook (with Idempotency-Key): 2xx; 409, 422 refused; 408, 500 retried.
class tst_WebhookPosts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void payload_data();
    void payload();
    void postsThePayload_data();
    void postsThePayload();
    void answers_data();
    void answers();
    void anUnsafeUrlIsNeverCalled();
    void templatesEscapeValues();

private:
    [[nodiscard]] WebhookPost &api(ChannelKind kind);
    [[nodiscard]] static QByteArray payload(ChannelKind kind, Kind announcement);
    ApiFixture f;
    SlackWebhookApi m_slack {f.client};
    MattermostApi m_mattermost {f.client};
    TeamsApi m_teams {f.client};
    GoAlertApi m_goAlert {f.client};
    WebhookApi m_webhook {f.client};
};

WebhookPost &tst_WebhookPosts::api(ChannelKind kind)
{
    switch (kind) {
    case ChannelKind::Mattermost:
        return m_mattermost;
    case ChannelKind::Teams:
        return m_teams;
    case ChannelKind::GoAlert:
        return m_goAlert;
    case ChannelKind::Webhook:
        return m_webhook;
    default:
        return m_slack;
    }
}

QByteArray tst_WebhookPosts::payload(ChannelKind kind, Kind announcement)
{
    const Announcement said = ApiFixture::announcement(announcement);
    switch (kind) {
    case ChannelKind::Mattermost:
        return MattermostApi::payload(said);
    case ChannelKind::Teams:
        return TeamsApi::payload(said);
    case ChannelKind::GoAlert:
        return GoAlertApi::payload(said);
    case ChannelKind::Webhook:
        return WebhookApi::payload({}, said);
    default:
        return SlackWebhookApi::payload(said);
    }
}

void tst_WebhookPosts::payload_data()
{
    QTest::addColumn<ChannelKind>("channel");
    QTest::addColumn<Kind>("kind");
    for (const ChannelKind channel :
         {ChannelKind::SlackWebhook, ChannelKind::Mattermost, ChannelKind::Teams,
          ChannelKind::GoAlert, ChannelKind::Webhook})
        for (const Kind kind : {Kind::Declared, Kind::Update, Kind::Resolved})
            QTest::addRow("%s %s", qPrintable(channelKindKey(channel)),
                          qPrintable(announcementKindKey(kind)))
                    << channel << kind;
}

void tst_WebhookPosts::payload()
{
    QFETCH(ChannelKind, channel);
    QFETCH(Kind, kind);
    QCOMPARE(payload(channel, kind),
             ApiFixture::golden(
                     u"%1-%2.json"_s.arg(channelKindKey(channel), announcementKindKey(kind))));
}

void tst_WebhookPosts::postsThePayload_data()
{
    QTest::addColumn<ChannelKind>("channel");
    QTest::addColumn<QByteArray>("idempotencyKey");
    QTest::newRow("slack-webhook") << ChannelKind::SlackWebhook << QByteArray();
    QTest::newRow("mattermost") << ChannelKind::Mattermost << QByteArray();
    QTest::newRow("teams") << ChannelKind::Teams << QByteArray();
    QTest::newRow("goalert") << ChannelKind::GoAlert << QByteArray();
    QTest::newRow("webhook") << ChannelKind::Webhook << QByteArray("key-1");
}

void tst_WebhookPosts::postsThePayload()
{
    QFETCH(ChannelKind, channel);
    QFETCH(QByteArray, idempotencyKey);
    const QString path = u"/"_s + channelKindKey(channel);
    const QByteArray body = payload(channel, Kind::Declared);
    const auto outcome = ApiFixture::deliver(api(channel),
                                             ApiFixture::attempt({}, f.receiver.url(path), body));
    QVERIFY(outcome);
    QCOMPARE(outcome->verdict, Verdict::Delivered);
    const QList<ChatReceiver::Request> posted = f.receiver.requests(path);
    QCOMPARE(posted.size(), 1);
    QCOMPARE(posted.first().method, "POST");
    QCOMPARE(posted.first().body, body);
    QCOMPARE(posted.first().header("Content-Type"), "application/json; charset=utf-8");
    QCOMPARE(posted.first().header("Idempotency-Key"), idempotencyKey);
}

void tst_WebhookPosts::answers_data()
{
    QTest::addColumn<ChannelKind>("channel");
    QTest::addColumn<ErrorCase>("error");
    const auto row = [](const char *name, ChannelKind channel, const ErrorCase &error) {
        QTest::newRow(name) << channel << error;
    };
    using K = ChannelKind;
    row("slack 200 ok", K::SlackWebhook,
        {Status::Ok, "ok", {}, Verdict::Delivered, u"HTTP 200: ok"_s});
    row("slack 400 invalid_payload", K::SlackWebhook,
        {Status::BadRequest,
         "invalid_payload",
         {},
         Verdict::GiveUp,
         u"HTTP 400: invalid_payload (will not heal"_s});
    row("slack 403 action_prohibited", K::SlackWebhook,
        {Status::Forbidden, "action_prohibited", {}, Verdict::GiveUp, u"action_prohibited"_s});
    row("slack 404 channel_not_found", K::SlackWebhook,
        {Status::NotFound, "channel_not_found", {}, Verdict::GiveUp, u"channel_not_found"_s});
    row("slack 410 channel_is_archived", K::SlackWebhook,
        {Status::Gone, "channel_is_archived", {}, Verdict::GiveUp, u"channel_is_archived"_s});
    row("slack 429 with Retry-After", K::SlackWebhook,
        {Status::TooManyRequests, {}, "30", Verdict::Retry, u"rate limited, retry after 30 s"_s});
    row("slack 500 rollup_error", K::SlackWebhook,
        {Status::InternalServerError,
         "rollup_error",
         {},
         Verdict::Retry,
         u"HTTP 500: rollup_error"_s});
    row("mattermost 400 unreadable body", K::Mattermost,
        {Status::BadRequest,
         R"({"message":"Unable to parse incoming data"})",
         {},
         Verdict::GiveUp,
         u"HTTP 400: Unable to parse incoming data"_s});
    row("mattermost 403 webhooks off", K::Mattermost,
        {Status::Forbidden,
         R"({"message":"Incoming webhooks have been disabled"})",
         {},
         Verdict::GiveUp,
         u"Incoming webhooks have been disabled"_s});
    row("mattermost 404 unknown hook", K::Mattermost,
        {Status::NotFound,
         R"({"message":"Unable to find the webhook"})",
         {},
         Verdict::GiveUp,
         u"HTTP 404"_s});
    row("mattermost 429", K::Mattermost,
        {Status::TooManyRequests, {}, "5", Verdict::Retry, u"rate limited"_s});
    row("mattermost 500", K::Mattermost,
        {Status::InternalServerError, {}, {}, Verdict::Retry, u"HTTP 500"_s});
    row("teams 202 accepted", K::Teams,
        {Status::Accepted, {}, {}, Verdict::Delivered, u"HTTP 202: accepted"_s});
    row("teams 400 bad card", K::Teams,
        {Status::BadRequest,
         R"({"error":{"code":"InvalidRequestContent"}})",
         {},
         Verdict::GiveUp,
         u"HTTP 400"_s});
    row("teams 404 removed workflow", K::Teams,
        {Status::NotFound, {}, {}, Verdict::GiveUp, u"HTTP 404"_s});
    row("teams 429 with Retry-After", K::Teams,
        {Status::TooManyRequests, {}, "60", Verdict::Retry, u"retry after 60 s"_s});
    row("teams 502", K::Teams, {Status::BadGateway, {}, {}, Verdict::Retry, u"HTTP 502"_s});
    row("goalert 204 done", K::GoAlert,
        {Status::NoContent, {}, {}, Verdict::Delivered, u"HTTP 204"_s});
    row("goalert 400 bad request", K::GoAlert,
        {Status::BadRequest, "summary is required", {}, Verdict::GiveUp, u"summary is required"_s});
    row("goalert 401 bad token", K::GoAlert,
        {Status::Unauthorized, "unauthorized", {}, Verdict::GiveUp, u"HTTP 401"_s});
    row("goalert 429", K::GoAlert,
        {Status::TooManyRequests, {}, {}, Verdict::Retry, u"rate limited"_s});
    row("goalert 503", K::GoAlert,
        {Status::ServiceUnavailable, {}, {}, Verdict::Retry, u"HTTP 503"_s});
    row("webhook 200 received", K::Webhook,
        {Status::Ok, R"({"received":true})", {}, Verdict::Delivered, u"HTTP 200"_s});
    row("webhook 409 already done", K::Webhook,
        {Status::Conflict, R"({"error":"duplicate"})", {}, Verdict::GiveUp, u"duplicate"_s});
    row("webhook 422", K::Webhook,
        {Status::UnprocessableEntity, {}, {}, Verdict::GiveUp, u"HTTP 422"_s});
    row("webhook 408", K::Webhook, {Status::RequestTimeout, {}, {}, Verdict::Retry, u"HTTP 408"_s});
    row("webhook 500", K::Webhook,
        {Status::InternalServerError, {}, {}, Verdict::Retry, u"HTTP 500"_s});
}

void tst_WebhookPosts::answers()
{
    QFETCH(ChannelKind, channel);
    QFETCH(ErrorCase, error);
    const QString path = u"/"_s + channelKindKey(channel);
    checkAnswer(f, api(channel), path, ApiFixture::attempt({}, f.receiver.url(path), "{}"), error);
}

void tst_WebhookPosts::anUnsafeUrlIsNeverCalled()
{
    const qsizetype before = f.receiver.all().size();
    const auto outcome = ApiFixture::deliver(
            m_slack, ApiFixture::attempt({}, u"http://hooks.example.com/services/T/B/X"_s, "{}"));
    QVERIFY(outcome);
    QCOMPARE(outcome->verdict, Verdict::GiveUp);
    QVERIFY(outcome->answer.contains(u"not https"_s));
    QCOMPARE(f.receiver.all().size(), before);
}

void tst_WebhookPosts::templatesEscapeValues()
{
    Announcement update
            = AnnouncementText::sample(QDateTime(QDate(2026, 3, 9), QTime(2, 10), Qt::UTC));
    update.incident.id = 42;
    update.incident.title = u"Quotes \" and \\ backslashes\nand lines"_s;
    update.message = u"Ünïcode 🚨"_s;
    const QByteArray body = WebhookApi::fillTemplate(ChannelRules::defaultTemplate(), update);
    QJsonParseError error;
    const QJsonObject parsed = QJsonDocument::fromJson(body, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(parsed.value(u"incident_id").toInteger(), 42);
    QCOMPARE(parsed.value(u"title").toString(), update.incident.title);
    QCOMPARE(parsed.value(u"message").toString(), update.message);
    QCOMPARE(parsed.value(u"event").toString(), u"update"_s);
    QCOMPARE(parsed.value(u"severity").toString(), u"SEV-4"_s);
}

QTEST_GUILESS_MAIN(tst_WebhookPosts)
#include "tst_webhookposts.moc"
