#include "apifixture.h"
#include "sync/staticpageapi.h"

using namespace sitrep;
using namespace Qt::StringLiterals;
using Verdict = DeliveryOutcome::Verdict;
using Status = ChatReceiver::Status;

// The static status page PUT to a URL: the page as HTML, and what an upload target answers
// (200, 201 and 204 stored; 403 and 413 refused for good; 5xx to try again).
class tst_StaticPageApi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void putsThePage();
    void answers_data();
    void answers();
    void anUnsafeUrlIsNeverCalled();

private:
    ApiFixture f;
    StaticPageApi m_api {f.client};
};

void tst_StaticPageApi::putsThePage()
{
    const QByteArray page = "<!DOCTYPE html><title>Service status</title>";
    const auto outcome = ApiFixture::deliver(
            m_api, ApiFixture::attempt({}, f.receiver.url(u"/status"_s), page));
    QVERIFY(outcome);
    QCOMPARE(outcome->verdict, Verdict::Delivered);
    const QList<ChatReceiver::Request> put = f.receiver.requests(u"/status"_s);
    QCOMPARE(put.size(), 1);
    QCOMPARE(put.first().method, "PUT");
    QCOMPARE(put.first().body, page);
    QCOMPARE(put.first().header("Content-Type"), "text/html; charset=utf-8");
}

void tst_StaticPageApi::answers_data()
{
    QTest::addColumn<ErrorCase>("error");
    QTest::newRow("201 created") << ErrorCase {
            Status::Created, {}, {}, Verdict::Delivered, u"HTTP 201"_s};
    QTest::newRow("204 stored") << ErrorCase {
            Status::NoContent, {}, {}, Verdict::Delivered, u"HTTP 204"_s};
    QTest::newRow("403 no write access") << ErrorCase {
            Status::Forbidden, "AccessDenied", {}, Verdict::GiveUp, u"AccessDenied"_s};
    QTest::newRow("413 too large")
            << ErrorCase {Status::PayloadTooLarge, {}, {}, Verdict::GiveUp, u"HTTP 413"_s};
    QTest::newRow("503") << ErrorCase {
            Status::ServiceUnavailable, {}, {}, Verdict::Retry, u"HTTP 503"_s};
}

void tst_StaticPageApi::answers()
{
    QFETCH(ErrorCase, error);
    checkAnswer(f, m_api, u"/status"_s,
                ApiFixture::attempt({}, f.receiver.url(u"/status"_s), "<html></html>"), error);
}

void tst_StaticPageApi::anUnsafeUrlIsNeverCalled()
{
    const qsizetype before = f.receiver.all().size();
    const auto outcome = ApiFixture::deliver(
            m_api, ApiFixture::attempt({}, u"http://status.example.com/index.html"_s, "<html>"));
    QVERIFY(outcome);
    QCOMPARE(outcome->verdict, Verdict::GiveUp);
    QCOMPARE(f.receiver.all().size(), before);
}

QTEST_GUILESS_MAIN(tst_StaticPageApi)
#include "tst_staticpageapi.moc"
