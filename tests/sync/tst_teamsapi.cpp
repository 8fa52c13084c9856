#include "apifixture.h"
#include "sync/teamsapi.h"

using namespace sitrep;
using namespace Qt::StringLiterals;
using Verdict = DeliveryOutcome::Verdict;
using Status = ChatReceiver::Status;
using Kind = Announcement::Kind;

// Microsoft Teams through a workflow's webhook: the Adaptive Card byte for byte, one POST, and
// the answers: 202 accepted, 400 for a card it cannot read, 404 for a removed workflow, 429
// with Retry-After, 5xx.
class tst_TeamsApi : public QObject
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
    TeamsApi m_api {f.client};
};

void tst_TeamsApi::payload_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("golden");
    QTest::newRow("declared") << Kind::Declared << u"teams-declared.json"_s;
    QTest::newRow("update") << Kind::Update << u"teams-update.json"_s;
    QTest::newRow("resolved") << Kind::Resolved << u"teams-resolved.json"_s;
}

void tst_TeamsApi::payload()
{
    QFETCH(Kind, kind);
    QFETCH(QString, golden);
    QCOMPARE(TeamsApi::payload(ApiFixture::announcement(kind)), ApiFixture::golden(golden));
}

void tst_TeamsApi::postsThePayload()
{
    const QByteArray body = TeamsApi::payload(ApiFixture::announcement(Kind::Declared));
    const auto outcome = ApiFixture::deliver(
            m_api, ApiFixture::attempt({}, f.receiver.url(u"/teams"_s), body));
    QVERIFY(outcome);
    QCOMPARE(outcome->verdict, Verdict::Delivered);
    const QList<ChatReceiver::Request> posted = f.receiver.requests(u"/teams"_s);
    QCOMPARE(posted.size(), 1);
    QCOMPARE(posted.first().method, "POST");
    QCOMPARE(posted.first().body, body);
    QCOMPARE(posted.first().header("Content-Type"), "application/json; charset=utf-8");
}

void tst_TeamsApi::answers_data()
{
    QTest::addColumn<ErrorCase>("error");
    QTest::newRow("202 accepted") << ErrorCase {
            Status::Accepted, {}, {}, Verdict::Delivered, u"HTTP 202: accepted"_s};
    QTest::newRow("400 bad card") << ErrorCase {Status::BadRequest,
                                                R"({"error":{"code":"InvalidRequestContent"}})",
                                                {},
                                                Verdict::GiveUp,
                                                u"HTTP 400"_s};
    QTest::newRow("404 removed workflow")
            << ErrorCase {Status::NotFound, {}, {}, Verdict::GiveUp, u"HTTP 404"_s};
    QTest::newRow("429 with Retry-After")
            << ErrorCase {Status::TooManyRequests, {}, "60", Verdict::Retry, u"retry after 60 s"_s};
    QTest::newRow("502") << ErrorCase {Status::BadGateway, {}, {}, Verdict::Retry, u"HTTP 502"_s};
}

void tst_TeamsApi::answers()
{
    QFETCH(ErrorCase, error);
    checkAnswer(f, m_api, u"/teams"_s, ApiFixture::attempt({}, f.receiver.url(u"/teams"_s), "{}"),
                error);
}

QTEST_GUILESS_MAIN(tst_TeamsApi)
#include "tst_teamsapi.moc"
