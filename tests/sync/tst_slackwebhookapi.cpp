#include "apifixture.h"
#include "sync/slackwebhookapi.h"

using namespace sitrep;
using namespace Qt::StringLiterals;
using Verdict = DeliveryOutcome::Verdict;
using Status = ChatReceiver::Status;
using Kind = Announcement::Kind;

// Slack's incoming webhooks: the body byte for byte, one POST to the hook, and every answer
// Slack documents for them.
class tst_SlackWebhookApi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void payload_data();
    void payload();
    void postsThePayloadToTheHook();
    void answers_data();
    void answers();
    void anUnsafeUrlIsNeverCalled();

private:
    ApiFixture f;
    SlackWebhookApi m_api {f.client};
};

void tst_SlackWebhookApi::payload_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("golden");
    QTest::newRow("declared") << Kind::Declared << u"slack-webhook-declared.json"_s;
    QTest::newRow("update") << Kind::Update << u"slack-webhook-update.json"_s;
    QTest::newRow("resolved") << Kind::Resolved << u"slack-webhook-resolved.json"_s;
}

void tst_SlackWebhookApi::payload()
{
    QFETCH(Kind, kind);
    QFETCH(QString, golden);
    QCOMPARE(SlackWebhookApi::payload(ApiFixture::announcement(kind)), ApiFixture::golden(golden));
}

void tst_SlackWebhookApi::postsThePayloadToTheHook()
{
    const QByteArray body = SlackWebhookApi::payload(ApiFixture::announcement(Kind::Declared));
    const auto outcome
            = ApiFixture::deliver(m_api, ApiFixture::attempt({}, f.receiver.url(u"/hook"_s), body));
    QVERIFY(outcome);
    QCOMPARE(outcome->verdict, Verdict::Delivered);
    QCOMPARE(outcome->answer, u"HTTP 200: ok"_s);
    const QList<ChatReceiver::Request> posted = f.receiver.requests(u"/hook"_s);
    QCOMPARE(posted.size(), 1);
    QCOMPARE(posted.first().method, "POST");
    QCOMPARE(posted.first().body, body);
    QCOMPARE(posted.first().header("Content-Type"), "application/json; charset=utf-8");
}

void tst_SlackWebhookApi::answers_data()
{
    QTest::addColumn<ErrorCase>("error");
    QTest::newRow("400 invalid_payload")
            << ErrorCase {Status::BadRequest,
                          "invalid_payload",
                          {},
                          Verdict::GiveUp,
                          u"HTTP 400: invalid_payload (will not heal"_s};
    QTest::newRow("403 action_prohibited") << ErrorCase {
            Status::Forbidden, "action_prohibited", {}, Verdict::GiveUp, u"action_prohibited"_s};
    QTest::newRow("404 channel_not_found") << ErrorCase {
            Status::NotFound, "channel_not_found", {}, Verdict::GiveUp, u"channel_not_found"_s};
    QTest::newRow("410 channel_is_archived") << ErrorCase {
            Status::Gone, "channel_is_archived", {}, Verdict::GiveUp, u"channel_is_archived"_s};
    QTest::newRow("429 with Retry-After") << ErrorCase {
            Status::TooManyRequests, {}, "30", Verdict::Retry, u"rate limited, retry after 30 s"_s};
    QTest::newRow("500 rollup_error") << ErrorCase {Status::InternalServerError,
                                                    "rollup_error",
                                                    {},
                                                    Verdict::Retry,
                                                    u"HTTP 500: rollup_error"_s};
}

void tst_SlackWebhookApi::answers()
{
    QFETCH(ErrorCase, error);
    checkAnswer(f, m_api, u"/hook"_s, ApiFixture::attempt({}, f.receiver.url(u"/hook"_s), "{}"),
                error);
}

void tst_SlackWebhookApi::anUnsafeUrlIsNeverCalled()
{
    const qsizetype before = f.receiver.all().size();
    const auto outcome = ApiFixture::deliver(
            m_api, ApiFixture::attempt({}, u"http://hooks.example.com/services/T/B/X"_s, "{}"));
    QVERIFY(outcome);
    QCOMPARE(outcome->verdict, Verdict::GiveUp);
    QVERIFY(outcome->answer.contains(u"not https"_s));
    QCOMPARE(f.receiver.all().size(), before);
}

QTEST_GUILESS_MAIN(tst_SlackWebhookApi)
#include "tst_slackwebhookapi.moc"
