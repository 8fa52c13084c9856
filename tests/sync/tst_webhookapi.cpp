#include "apifixture.h"
#include "sync/webhookapi.h"

using namespace sitrep;
using namespace Qt::StringLiterals;
using Verdict = DeliveryOutcome::Verdict;
using Status = ChatReceiver::Status;
using Kind = Announcement::Kind;

// Sitrep's generic webhook: the default template filled in byte for byte, values escaped for
// JSON, the message's key as Idempotency-Key, and HTTP's own meanings for the answers.
class tst_WebhookApi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void payload_data();
    void payload();
    void postsThePayload();
    void answers_data();
    void answers();
    void templatesEscapeValues();

private:
    ApiFixture f;
    WebhookApi m_api {f.client};
};

void tst_WebhookApi::payload_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("golden");
    QTest::newRow("declared") << Kind::Declared << u"webhook-declared.json"_s;
    QTest::newRow("update") << Kind::Update << u"webhook-update.json"_s;
    QTest::newRow("resolved") << Kind::Resolved << u"webhook-resolved.json"_s;
}

void tst_WebhookApi::payload()
{
    QFETCH(Kind, kind);
    QFETCH(QString, golden);
    QCOMPARE(WebhookApi::payload({}, ApiFixture::announcement(kind)), ApiFixture::golden(golden));
}

void tst_WebhookApi::postsThePayload()
{
    const QByteArray body = WebhookApi::payload({}, ApiFixture::announcement(Kind::Update));
    const auto outcome = ApiFixture::deliver(
            m_api, ApiFixture::attempt({}, f.receiver.url(u"/webhook"_s), body));
    QVERIFY(outcome);
    QCOMPARE(outcome->verdict, Verdict::Delivered);
    const QList<ChatReceiver::Request> posted = f.receiver.requests(u"/webhook"_s);
    QCOMPARE(posted.size(), 1);
    QCOMPARE(posted.first().method, "POST");
    QCOMPARE(posted.first().body, body);
    QCOMPARE(posted.first().header("Content-Type"), "application/json; charset=utf-8");
    QCOMPARE(posted.first().header("Idempotency-Key"), "key-1");
}

void tst_WebhookApi::answers_data()
{
    QTest::addColumn<ErrorCase>("error");
    QTest::newRow("200 received") << ErrorCase {
            Status::Ok, R"({"received":true})", {}, Verdict::Delivered, u"HTTP 200"_s};
    QTest::newRow("409 already done") << ErrorCase {
            Status::Conflict, R"({"error":"duplicate"})", {}, Verdict::GiveUp, u"duplicate"_s};
    QTest::newRow("422") << ErrorCase {
            Status::UnprocessableEntity, {}, {}, Verdict::GiveUp, u"HTTP 422"_s};
    QTest::newRow("408") << ErrorCase {
            Status::RequestTimeout, {}, {}, Verdict::Retry, u"HTTP 408"_s};
    QTest::newRow("500") << ErrorCase {
            Status::InternalServerError, {}, {}, Verdict::Retry, u"HTTP 500"_s};
}

void tst_WebhookApi::answers()
{
    QFETCH(ErrorCase, error);
    checkAnswer(f, m_api, u"/webhook"_s,
                ApiFixture::attempt({}, f.receiver.url(u"/webhook"_s), "{}"), error);
}

void tst_WebhookApi::templatesEscapeValues()
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

QTEST_GUILESS_MAIN(tst_WebhookApi)
#include "tst_webhookapi.moc"
