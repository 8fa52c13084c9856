#include "apifixture.h"
#include "sync/mattermostapi.h"

using namespace sitrep;
using namespace Qt::StringLiterals;
using Verdict = DeliveryOutcome::Verdict;
using Status = ChatReceiver::Status;
using Kind = Announcement::Kind;

// Mattermost's incoming webhooks: the body byte for byte, one POST to the hook, and the answers
// Mattermost gives: 200 "ok", 400 for a body it cannot read, 403 when webhooks are off, 404
// for an unknown hook, 5xx.
class tst_MattermostApi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void payload_data();
    void payload();
    void postsThePayload();
    void answers_data();
    void answers();

private:
    ApiFixture f;
    MattermostApi m_api {f.client};
};

void tst_MattermostApi::payload_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("golden");
    QTest::newRow("declared") << Kind::Declared << u"mattermost-declared.json"_s;
    QTest::newRow("update") << Kind::Update << u"mattermost-update.json"_s;
    QTest::newRow("resolved") << Kind::Resolved << u"mattermost-resolved.json"_s;
}

void tst_MattermostApi::payload()
{
    QFETCH(Kind, kind);
    QFETCH(QString, golden);
    QCOMPARE(MattermostApi::payload(ApiFixture::announcement(kind)), ApiFixture::golden(golden));
}

void tst_MattermostApi::postsThePayload()
{
    const QByteArray body = MattermostApi::payload(ApiFixture::announcement(Kind::Update));
    const auto outcome = ApiFixture::deliver(
            m_api, ApiFixture::attempt({}, f.receiver.url(u"/mattermost"_s), body));
    QVERIFY(outcome);
    QCOMPARE(outcome->verdict, Verdict::Delivered);
    const QList<ChatReceiver::Request> posted = f.receiver.requests(u"/mattermost"_s);
    QCOMPARE(posted.size(), 1);
    QCOMPARE(posted.first().method, "POST");
    QCOMPARE(posted.first().body, body);
    QCOMPARE(posted.first().header("Content-Type"), "application/json; charset=utf-8");
}

void tst_MattermostApi::answers_data()
{
    QTest::addColumn<ErrorCase>("error");
    QTest::newRow("400 unreadable body")
            << ErrorCase {Status::BadRequest,
                          R"({"message":"Unable to parse incoming data"})",
                          {},
                          Verdict::GiveUp,
                          u"HTTP 400: Unable to parse incoming data"_s};
    QTest::newRow("403 webhooks off")
            << ErrorCase {Status::Forbidden,
                          R"({"message":"Incoming webhooks have been disabled"})",
                          {},
                          Verdict::GiveUp,
                          u"Incoming webhooks have been disabled"_s};
    QTest::newRow("404 unknown hook") << ErrorCase {Status::NotFound,
                                                    R"({"message":"Unable to find the webhook"})",
                                                    {},
                                                    Verdict::GiveUp,
                                                    u"HTTP 404"_s};
    QTest::newRow("500") << ErrorCase {
            Status::InternalServerError, {}, {}, Verdict::Retry, u"HTTP 500"_s};
    QTest::newRow("429") << ErrorCase {
            Status::TooManyRequests, {}, "5", Verdict::Retry, u"rate limited"_s};
}

void tst_MattermostApi::answers()
{
    QFETCH(ErrorCase, error);
    checkAnswer(f, m_api, u"/mattermost"_s,
                ApiFixture::attempt({}, f.receiver.url(u"/mattermost"_s), "{}"), error);
}

QTEST_GUILESS_MAIN(tst_MattermostApi)
#include "tst_mattermostapi.moc"
