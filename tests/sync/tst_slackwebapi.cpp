#include "apifixture.h"
#include "sync/slackwebapi.h"

#include <QJsonArray>

using namespace sitrep;
using namespace Qt::StringLiterals;
using Verdict = DeliveryOutcome::Verdict;
using Status = ChatReceiver::Status;
using Kind = Announcement::Kind;

// Slack's Web API: the body byte for byte, chat.postMessage with the bot token, threads and
// metadata, the look into history after a lost answer, the incident's own conversation, and
// the errors Slack documents (HTTP 200 with "ok": false, and 429).
class tst_SlackWebApi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void payload_data();
    void payload();
    void postsWithTheTokenAThreadAndTheKey();
    void answers_data();
    void answers();
    void aLostAnswerIsFoundInTheHistory();
    void opensAConversationInvitesAndPostsThere();
    void roomNamesFollowSlacksRules();
    void anUnsafeApiUrlIsNeverCalled();

private:
    [[nodiscard]] DeliveryAttempt attempt() const;
    std::unique_ptr<ApiFixture> f;
    std::unique_ptr<SlackWebApi> m_api;
    Channel m_channel;
};

void tst_SlackWebApi::init()
{
    f = std::make_unique<ApiFixture>();
    m_api = std::make_unique<SlackWebApi>(f->client);
    m_channel = {};
    m_channel.name = u"slack"_s;
    m_channel.kind = Channel::Kind::SlackApi;
    m_channel.slackChannel = u"C0123"_s;
    m_channel.apiUrl = QUrl(f->receiver.url(u"/api"_s));
}

DeliveryAttempt tst_SlackWebApi::attempt() const
{
    return ApiFixture::attempt(
            m_channel, u"xoxb-test"_s,
            SlackWebApi::payload(m_channel, ApiFixture::announcement(Kind::Declared)));
}

void tst_SlackWebApi::payload_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("golden");
    QTest::newRow("declared") << Kind::Declared << u"slack-api-declared.json"_s;
    QTest::newRow("update") << Kind::Update << u"slack-api-update.json"_s;
    QTest::newRow("resolved") << Kind::Resolved << u"slack-api-resolved.json"_s;
}

void tst_SlackWebApi::payload()
{
    QFETCH(Kind, kind);
    QFETCH(QString, golden);
    Channel channel;
    channel.slackChannel = u"C0123"_s;
    QCOMPARE(SlackWebApi::payload(channel, ApiFixture::announcement(kind)),
             ApiFixture::golden(golden));
}

void tst_SlackWebApi::postsWithTheTokenAThreadAndTheKey()
{
    DeliveryAttempt threaded = attempt();
    threaded.threadTs = u"1773000000.000001"_s;
    const auto outcome = ApiFixture::deliver(*m_api, threaded);
    QVERIFY(outcome);
    QCOMPARE(outcome->verdict, Verdict::Delivered);
    QCOMPARE(outcome->threadTs, u"1773000000.000001"_s); // the receiver's first ts
    const QList<ChatReceiver::Request> posted = f->receiver.requests(u"/api/chat.postMessage"_s);
    QCOMPARE(posted.size(), 1);
    QCOMPARE(posted.first().header("Authorization"), "Bearer xoxb-test");
    const QJsonObject body = posted.first().json();
    QCOMPARE(body.value(u"thread_ts").toString(), u"1773000000.000001"_s);
    QCOMPARE(body.value(u"channel").toString(), u"C0123"_s);
    QCOMPARE(body.value(u"metadata")[u"event_payload"][u"outbox_key"].toString(), u"key-1"_s);
    QCOMPARE(body.value(u"blocks").toArray().size(), 2);
}

void tst_SlackWebApi::answers_data()
{
    QTest::addColumn<ErrorCase>("error");
    QTest::newRow("invalid_auth") << ErrorCase {Status::Ok,
                                                R"({"ok":false,"error":"invalid_auth"})",
                                                {},
                                                Verdict::GiveUp,
                                                u"Slack: invalid_auth (will not heal"_s};
    QTest::newRow("channel_not_found") << ErrorCase {Status::Ok,
                                                     R"({"ok":false,"error":"channel_not_found"})",
                                                     {},
                                                     Verdict::GiveUp,
                                                     u"channel_not_found"_s};
    QTest::newRow("not_in_channel") << ErrorCase {Status::Ok,
                                                  R"({"ok":false,"error":"not_in_channel"})",
                                                  {},
                                                  Verdict::GiveUp,
                                                  u"not_in_channel"_s};
    QTest::newRow("ratelimited") << ErrorCase {Status::Ok,
                                               R"({"ok":false,"error":"ratelimited"})",
                                               {},
                                               Verdict::Retry,
                                               u"Slack: ratelimited"_s};
    QTest::newRow("internal_error") << ErrorCase {Status::Ok,
                                                  R"({"ok":false,"error":"internal_error"})",
                                                  {},
                                                  Verdict::Retry,
                                                  u"internal_error"_s};
    QTest::newRow("HTTP 429") << ErrorCase {
            Status::TooManyRequests, {}, "12", Verdict::Retry, u"retry after 12 s"_s};
    QTest::newRow("HTTP 503") << ErrorCase {
            Status::ServiceUnavailable, {}, {}, Verdict::Retry, u"HTTP 503"_s};
}

void tst_SlackWebApi::answers()
{
    QFETCH(ErrorCase, error);
    checkAnswer(*f, *m_api, u"/api/chat.postMessage"_s, attempt(), error);
}

void tst_SlackWebApi::aLostAnswerIsFoundInTheHistory()
{
    // The first attempt reaches Slack but its answer never comes back.
    f->receiver.script(u"/api/chat.postMessage"_s, {Status::Ok, {}, {}, true});
    DeliveryAttempt first = attempt();
    first.channel.timeout = std::chrono::seconds(1);
    const auto lost = ApiFixture::deliver(*m_api, first);
    QVERIFY(lost);
    QCOMPARE(lost->verdict, Verdict::Retry);
    // The next attempt looks into the history first and posts nothing twice.
    DeliveryAttempt again = attempt();
    again.message.attempts = 2; // the second, counted before it leaves
    again.message.firstAttemptAt = QDateTime::currentDateTimeUtc();
    const auto found = ApiFixture::deliver(*m_api, again);
    QVERIFY(found);
    QCOMPARE(found->verdict, Verdict::Delivered);
    QVERIFY(found->answer.contains(u"before the timeout"_s));
    QCOMPARE(found->threadTs, u"1773000000.000001"_s);
    QCOMPARE(f->receiver.requests(u"/api/chat.postMessage"_s).size(), 1);
    const QList<ChatReceiver::Request> history
            = f->receiver.requests(u"/api/conversations.history"_s);
    QCOMPARE(history.size(), 1);
    QVERIFY(history.first().query.contains(u"channel=C0123"_s));
    QVERIFY(history.first().query.contains(u"include_all_metadata=true"_s));
}

void tst_SlackWebApi::opensAConversationInvitesAndPostsThere()
{
    std::optional<std::pair<ChatRoom, QString>> created;
    m_api->createConversation(m_channel, u"xoxb-test"_s, u"inc-20261126-checkout-121"_s,
                              [&](const ChatRoom &room, const QString &problem) {
                                  created = {room, problem};
                              });
    QTRY_VERIFY(created);
    QCOMPARE(created->second, QString());
    QCOMPARE(created->first.id, u"C900"_s);
    QCOMPARE(created->first.name, u"inc-20261126-checkout-121"_s);

    std::optional<QString> user;
    m_api->lookUpUser(m_channel, u"xoxb-test"_s, u"alice@example.com"_s,
                      [&](const QString &id) { user = id; });
    QTRY_VERIFY(user);
    QCOMPARE(*user, u"U1"_s);
    std::optional<QString> nobody;
    m_api->lookUpUser(m_channel, u"xoxb-test"_s, u"zed@example.com"_s,
                      [&](const QString &id) { nobody = id; });
    QTRY_VERIFY(nobody);
    QCOMPARE(*nobody, QString());

    std::optional<QString> invited;
    m_api->invite(m_channel, u"xoxb-test"_s, created->first, {u"U1"_s, u"U2"_s},
                  [&](const QString &problem) { invited = problem; });
    QTRY_VERIFY(invited);
    QCOMPARE(*invited, QString());
    QCOMPARE(f->receiver.requests(u"/api/conversations.invite"_s).first().json(),
             QJsonObject({{u"channel"_s, u"C900"_s}, {u"users"_s, u"U1,U2"_s}}));

    std::optional<QString> posted;
    m_api->postInto(m_channel, u"xoxb-test"_s, created->first, attempt().message.payload,
                    u"Not invited: bob"_s, [&](const QString &problem) { posted = problem; });
    QTRY_VERIFY(posted);
    QCOMPARE(*posted, QString());
    const QJsonObject body = f->receiver.requests(u"/api/chat.postMessage"_s).last().json();
    QCOMPARE(body.value(u"channel").toString(), u"C900"_s);
    QVERIFY(body.value(u"text").toString().endsWith(u"\nNot invited: bob"_s));

    f->receiver.script(u"/api/conversations.create"_s,
                       {Status::Ok, R"({"ok":false,"error":"name_taken"})", {}, false});
    std::optional<QString> refused;
    m_api->createConversation(m_channel, u"xoxb-test"_s, u"taken"_s,
                              [&](const ChatRoom &, const QString &problem) { refused = problem; });
    QTRY_VERIFY(refused);
    QCOMPARE(*refused, u"Slack conversations.create: name_taken"_s);
}

void tst_SlackWebApi::roomNamesFollowSlacksRules()
{
    Incident incident;
    incident.id = 121;
    incident.startedAt = QDateTime(QDate(2026, 11, 26), QTime(17, 0), Qt::UTC);
    incident.title = u"Checkout API: returning 500s — EU & US!"_s;
    QCOMPARE(SlackWebApi::roomName(incident),
             u"inc-20261126-checkout-api-returning-500s-eu-us-121"_s);
    incident.title = QString(200, u'x');
    const QString longName = SlackWebApi::roomName(incident);
    QCOMPARE(longName.size(), 80);
    QVERIFY(longName.endsWith(u"-121"_s));
    incident.title = u"!!!"_s;
    QCOMPARE(SlackWebApi::roomName(incident), u"inc-20261126-incident-121"_s);
}

void tst_SlackWebApi::anUnsafeApiUrlIsNeverCalled()
{
    DeliveryAttempt unsafe = attempt();
    unsafe.channel.apiUrl = QUrl(u"http://slack.example.com/api"_s);
    unsafe.message.attempts = 2; // would look into the history first
    const auto outcome = ApiFixture::deliver(*m_api, unsafe);
    QVERIFY(outcome);
    QCOMPARE(outcome->verdict, Verdict::GiveUp);
    QVERIFY(outcome->answer.contains(u"not https"_s));
    QVERIFY(f->receiver.all().isEmpty());
}

QTEST_GUILESS_MAIN(tst_SlackWebApi)
#include "tst_slackwebapi.moc"
