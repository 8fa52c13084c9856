#include "apifixture.h"
#include "sync/statuspageapi.h"

using namespace sitrep;
using namespace Qt::StringLiterals;
using Verdict = DeliveryOutcome::Verdict;
using Status = ChatReceiver::Status;
using Kind = Announcement::Kind;

// Atlassian Statuspage's REST API v1: the incident body byte for byte (impact and components
// on the declaration, components back to operational on resolution), POST to create and
// PATCH to change with the API key, the created incident's id kept, and the answers it
// documents: 201/200, 401 and 404 for a wrong key or page, 422 for a bad body, 420 and 429
// for its rate limit.
class tst_StatuspageApi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void payload_data();
    void payload();
    void createsThenChangesTheIncident();
    void answers_data();
    void answers();
    void probeReadsThePage();

private:
    [[nodiscard]] DeliveryAttempt attempt(Kind kind) const;
    std::unique_ptr<ApiFixture> f;
    std::unique_ptr<StatuspageApi> m_api;
    Channel m_channel;
};

void tst_StatuspageApi::init()
{
    f = std::make_unique<ApiFixture>();
    m_api = std::make_unique<StatuspageApi>(f->client);
    m_channel = {};
    m_channel.name = u"status"_s;
    m_channel.kind = Channel::Kind::Statuspage;
    m_channel.pageId = u"p1"_s;
    m_channel.components = {{u"checkout"_s, u"comp-1"_s}};
    m_channel.apiUrl = QUrl(f->receiver.url(u"/v1"_s));
}

DeliveryAttempt tst_StatuspageApi::attempt(Kind kind) const
{
    return ApiFixture::attempt(m_channel, u"key-1"_s,
                               StatuspageApi::payload(m_channel, ApiFixture::announcement(kind)));
}

void tst_StatuspageApi::payload_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("golden");
    QTest::newRow("declared") << Kind::Declared << u"statuspage-declared.json"_s;
    QTest::newRow("update") << Kind::Update << u"statuspage-update.json"_s;
    QTest::newRow("resolved") << Kind::Resolved << u"statuspage-resolved.json"_s;
}

void tst_StatuspageApi::payload()
{
    QFETCH(Kind, kind);
    QFETCH(QString, golden);
    Channel channel = m_channel;
    channel.apiUrl = {};
    QCOMPARE(StatuspageApi::payload(channel, ApiFixture::announcement(kind)),
             ApiFixture::golden(golden));
}

void tst_StatuspageApi::createsThenChangesTheIncident()
{
    const auto created = ApiFixture::deliver(*m_api, attempt(Kind::Declared));
    QVERIFY(created);
    QCOMPARE(created->verdict, Verdict::Delivered);
    QCOMPARE(created->threadTs, u"inc1"_s);
    DeliveryAttempt update = attempt(Kind::Update);
    update.threadTs = created->threadTs;
    const auto changed = ApiFixture::deliver(*m_api, update);
    QVERIFY(changed);
    QCOMPARE(changed->verdict, Verdict::Delivered);

    const QList<ChatReceiver::Request> posts = f->receiver.requests(u"/v1/pages/p1/incidents"_s);
    QCOMPARE(posts.size(), 1);
    QCOMPARE(posts.first().method, "POST");
    QCOMPARE(posts.first().header("Authorization"), "OAuth key-1");
    QCOMPARE(posts.first().body, attempt(Kind::Declared).message.payload);
    const QList<ChatReceiver::Request> patches
            = f->receiver.requests(u"/v1/pages/p1/incidents/inc1"_s);
    QCOMPARE(patches.size(), 1);
    QCOMPARE(patches.first().method, "PATCH");
    QCOMPARE(patches.first().body, update.message.payload);
}

void tst_StatuspageApi::answers_data()
{
    QTest::addColumn<ErrorCase>("error");
    QTest::newRow("401 wrong key") << ErrorCase {Status::Unauthorized,
                                                 R"({"error":"Could not authenticate"})",
                                                 {},
                                                 Verdict::GiveUp,
                                                 u"Could not authenticate"_s};
    QTest::newRow("404 no such page") << ErrorCase {Status::NotFound,
                                                    R"({"error":"Page not found"})",
                                                    {},
                                                    Verdict::GiveUp,
                                                    u"Page not found"_s};
    QTest::newRow("422 bad body") << ErrorCase {Status::UnprocessableEntity,
                                                R"({"error":"Status is not included"})",
                                                {},
                                                Verdict::GiveUp,
                                                u"Status is not included"_s};
    QTest::newRow("420 enhance your calm") << ErrorCase {
            ChatReceiver::Status(420), {}, {}, Verdict::Retry, u"rate limited by Statuspage"_s};
    QTest::newRow("429") << ErrorCase {
            Status::TooManyRequests, {}, "2", Verdict::Retry, u"retry after 2 s"_s};
    QTest::newRow("500") << ErrorCase {
            Status::InternalServerError, {}, {}, Verdict::Retry, u"HTTP 500"_s};
}

void tst_StatuspageApi::answers()
{
    QFETCH(ErrorCase, error);
    checkAnswer(*f, *m_api, u"/v1/pages/p1/incidents"_s, attempt(Kind::Declared), error);
}

void tst_StatuspageApi::probeReadsThePage()
{
    std::optional<DeliveryOutcome> read;
    m_api->probe(m_channel, u"key-1"_s, [&](const DeliveryOutcome &outcome) { read = outcome; });
    QTRY_VERIFY(read);
    QCOMPARE(read->verdict, Verdict::Delivered);
    QCOMPARE(f->receiver.requests(u"/v1/pages/p1"_s).first().method, "GET");
    QVERIFY(f->receiver.requests(u"/v1/pages/p1/incidents"_s).isEmpty()); // nothing opened
    std::optional<DeliveryOutcome> refused;
    m_api->probe(m_channel, u"wrong"_s, [&](const DeliveryOutcome &outcome) { refused = outcome; });
    QTRY_VERIFY(refused);
    QCOMPARE(refused->verdict, Verdict::GiveUp);
    QVERIFY(refused->answer.contains(u"Could not authenticate"_s));
}

QTEST_GUILESS_MAIN(tst_StatuspageApi)
#include "tst_statuspageapi.moc"
