#include "apifixture.h"
#include "sync/goalertapi.h"

using namespace sitrep;
using namespace Qt::StringLiterals;
using Verdict = DeliveryOutcome::Verdict;
using Status = ChatReceiver::Status;
using Kind = Announcement::Kind;

// GoAlert's generic incoming API: the alert byte for byte (closed on resolution), one POST to
// the URL with its token, and the answers: 204 done, 400 for a bad request, 401 for a bad
// token, 429 and 5xx to wait for.
class tst_GoAlertApi : public QObject
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
    GoAlertApi m_api {f.client};
};

void tst_GoAlertApi::payload_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("golden");
    QTest::newRow("declared") << Kind::Declared << u"goalert-declared.json"_s;
    QTest::newRow("update") << Kind::Update << u"goalert-update.json"_s;
    QTest::newRow("resolved") << Kind::Resolved << u"goalert-resolved.json"_s;
}

void tst_GoAlertApi::payload()
{
    QFETCH(Kind, kind);
    QFETCH(QString, golden);
    QCOMPARE(GoAlertApi::payload(ApiFixture::announcement(kind)), ApiFixture::golden(golden));
}

void tst_GoAlertApi::postsThePayload()
{
    const QByteArray body = GoAlertApi::payload(ApiFixture::announcement(Kind::Resolved));
    const auto outcome = ApiFixture::deliver(
            m_api, ApiFixture::attempt({}, f.receiver.url(u"/goalert"_s), body));
    QVERIFY(outcome);
    QCOMPARE(outcome->verdict, Verdict::Delivered);
    const QList<ChatReceiver::Request> posted = f.receiver.requests(u"/goalert"_s);
    QCOMPARE(posted.size(), 1);
    QCOMPARE(posted.first().method, "POST");
    QCOMPARE(posted.first().body, body);
    QCOMPARE(posted.first().header("Content-Type"), "application/json; charset=utf-8");
}

void tst_GoAlertApi::answers_data()
{
    QTest::addColumn<ErrorCase>("error");
    QTest::newRow("204 done") << ErrorCase {
            Status::NoContent, {}, {}, Verdict::Delivered, u"HTTP 204"_s};
    QTest::newRow("400 bad request") << ErrorCase {Status::BadRequest,
                                                   "summary is required",
                                                   {},
                                                   Verdict::GiveUp,
                                                   u"summary is required"_s};
    QTest::newRow("401 bad token")
            << ErrorCase {Status::Unauthorized, "unauthorized", {}, Verdict::GiveUp, u"HTTP 401"_s};
    QTest::newRow("429") << ErrorCase {
            Status::TooManyRequests, {}, {}, Verdict::Retry, u"rate limited"_s};
    QTest::newRow("503") << ErrorCase {
            Status::ServiceUnavailable, {}, {}, Verdict::Retry, u"HTTP 503"_s};
}

void tst_GoAlertApi::answers()
{
    QFETCH(ErrorCase, error);
    checkAnswer(f, m_api, u"/goalert"_s,
                ApiFixture::attempt({}, f.receiver.url(u"/goalert"_s), "{}"), error);
}

QTEST_GUILESS_MAIN(tst_GoAlertApi)
#include "tst_goalertapi.moc"
