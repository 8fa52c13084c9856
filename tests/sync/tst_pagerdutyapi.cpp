#include "apifixture.h"
#include "sync/pagerdutyapi.h"

using namespace sitrep;
using namespace Qt::StringLiterals;
using Verdict = DeliveryOutcome::Verdict;
using Status = ChatReceiver::Status;
using Kind = Announcement::Kind;

// PagerDuty: Events API v2 bodies byte for byte (trigger, acknowledge, resolve; the routing
// key joins only on the way out), the answers it documents (202, 400 "invalid event" with its
// errors, 429, 5xx), and acknowledgements read back through the REST API.
class tst_PagerDutyApi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void payload_data();
    void payload();
    void sendsTheEventWithTheRoutingKey();
    void answers_data();
    void answers();
    void acknowledgementsComeBack_data();
    void acknowledgementsComeBack();
    void readsWhoAcknowledgedThroughTheRestApi();

private:
    std::unique_ptr<ApiFixture> f;
    std::unique_ptr<PagerDutyApi> m_api;
    Channel m_channel;
};

void tst_PagerDutyApi::init()
{
    f = std::make_unique<ApiFixture>();
    m_api = std::make_unique<PagerDutyApi>(f->client);
    m_channel = {};
    m_channel.name = u"pd"_s;
    m_channel.kind = Channel::Kind::PagerDuty;
    m_channel.apiUrl = QUrl(f->receiver.url(u"/enqueue"_s));
}

void tst_PagerDutyApi::payload_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("golden");
    QTest::newRow("trigger") << Kind::Declared << u"pagerduty-declared.json"_s;
    QTest::newRow("acknowledge") << Kind::Acknowledged << u"pagerduty-acknowledged.json"_s;
    QTest::newRow("resolve") << Kind::Resolved << u"pagerduty-resolved.json"_s;
}

void tst_PagerDutyApi::payload()
{
    QFETCH(Kind, kind);
    QFETCH(QString, golden);
    const QByteArray body = PagerDutyApi::payload(ApiFixture::announcement(kind));
    QCOMPARE(body, ApiFixture::golden(golden));
    QVERIFY(!body.contains("routing_key"));
}

void tst_PagerDutyApi::sendsTheEventWithTheRoutingKey()
{
    const QByteArray body = PagerDutyApi::payload(ApiFixture::announcement(Kind::Declared));
    const auto outcome = ApiFixture::deliver(
            *m_api, ApiFixture::attempt(m_channel, u" R0UT1NG \nREST-T0KEN"_s, body));
    QVERIFY(outcome);
    QCOMPARE(outcome->verdict, Verdict::Delivered);
    const QList<ChatReceiver::Request> sent = f->receiver.requests(u"/enqueue"_s);
    QCOMPARE(sent.size(), 1);
    QJsonObject expected = QJsonDocument::fromJson(body).object();
    expected.insert(u"routing_key"_s, u"R0UT1NG"_s);
    QCOMPARE(sent.first().json(), expected);
    QVERIFY(!sent.first().body.contains("REST-T0KEN"));
}

void tst_PagerDutyApi::answers_data()
{
    QTest::addColumn<ErrorCase>("error");
    QTest::newRow("202 success") << ErrorCase {
            Status::Accepted,
            R"({"status":"success","message":"Event processed","dedup_key":"121"})",
            {},
            Verdict::Delivered,
            u"HTTP 202: Event processed"_s};
    QTest::newRow("400 invalid event")
            << ErrorCase {Status::BadRequest,
                          R"({"status":"invalid event","message":"Event object is invalid",)"
                          R"("errors":["'routing_key' is invalid"]})",
                          {},
                          Verdict::GiveUp,
                          u"Event object is invalid (will not heal by retrying: check the "
                          "channel's settings): 'routing_key' is invalid"_s};
    QTest::newRow("429 too many") << ErrorCase {
            Status::TooManyRequests, {}, {}, Verdict::Retry, u"rate limited"_s};
    QTest::newRow("500") << ErrorCase {
            Status::InternalServerError, {}, {}, Verdict::Retry, u"HTTP 500"_s};
}

void tst_PagerDutyApi::answers()
{
    QFETCH(ErrorCase, error);
    checkAnswer(*f, *m_api, u"/enqueue"_s, ApiFixture::attempt(m_channel, u"R0UT1NG"_s, "{}"),
                error);
}

void tst_PagerDutyApi::acknowledgementsComeBack_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<QString>("who");
    QTest::newRow("acknowledged") << QByteArray(
            R"({"incidents":[{"status":"acknowledged","acknowledgements":)"
            R"([{"acknowledger":{"summary":"Erin"}}]}]})")
                                  << u"Erin (PagerDuty)"_s;
    QTest::newRow("acknowledged, nobody named")
            << QByteArray(R"({"incidents":[{"status":"acknowledged"}]})") << u"PagerDuty"_s;
    QTest::newRow("resolved after an acknowledgement")
            << QByteArray(R"({"incidents":[{"status":"resolved","acknowledgements":)"
                          R"([{"acknowledger":{"summary":"Bob"}}]}]})")
            << u"Bob (PagerDuty)"_s;
    QTest::newRow("still triggered")
            << QByteArray(R"({"incidents":[{"status":"triggered"}]})") << QString();
    QTest::newRow("not there") << QByteArray(R"({"incidents":[]})") << QString();
}

void tst_PagerDutyApi::acknowledgementsComeBack()
{
    QFETCH(QByteArray, answer);
    QFETCH(QString, who);
    QCOMPARE(PagerDutyApi::acknowledgerIn(answer).value_or(QString()), who);
}

void tst_PagerDutyApi::readsWhoAcknowledgedThroughTheRestApi()
{
    QCOMPARE(PagerDutyApi::restToken(u"R0UT1NG\n REST-T0KEN \n"_s), u"REST-T0KEN"_s);
    f->receiver.script(u"/incidents"_s,
                       {Status::Ok,
                        R"({"incidents":[{"status":"acknowledged","acknowledgements":)"
                        R"([{"acknowledger":{"summary":"Erin"}}]}]})",
                        {},
                        false});
    std::optional<std::optional<QString>> who;
    m_api->acknowledger(m_channel, u"REST-T0KEN"_s, 121,
                        [&](const std::optional<QString> &name) { who = name; });
    QTRY_VERIFY(who);
    QCOMPARE(who->value_or(QString()), u"Erin (PagerDuty)"_s);
    const ChatReceiver::Request asked = f->receiver.requests(u"/incidents"_s).first();
    QCOMPARE(asked.method, "GET");
    QCOMPARE(asked.query, u"incident_key=121"_s);
    QCOMPARE(asked.header("Authorization"), "Token token=REST-T0KEN");
    QCOMPARE(asked.header("Accept"), "application/vnd.pagerduty+json;version=2");
}

QTEST_GUILESS_MAIN(tst_PagerDutyApi)
#include "tst_pagerdutyapi.moc"
