#include "../fixtures/providerreceiver.h"
#include "sync/opsgenieapi.h"
#include "sync/pagerdutyrestapi.h"
#include "translations.h"

#include <QNetworkAccessManager>
#include <QTest>

using namespace sitrep;
using namespace Qt::StringLiterals;

// The REST APIs of PagerDuty and Opsgenie read for an import, against a local receiver that
// answers their documented endpoints: the key in each one's header, PagerDuty's pages followed
// to the end, the named schedules chosen, 429 waited out (and refused when the wait is too
// long), and every failure (401, 404, a broken body, a URL in the clear) in words that name
// the request and never the key.
class tst_ProviderApis : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void pagerDutyFollowsEveryPage();
    void opsgenieAsksForFourWeeksOfTimeline();
    void failuresAreSaid_data();
    void failuresAreSaid();
    void waitsOutARateLimit();
    void refusesAWaitTooLong();
    void readsLargeAnswersAndRefusesHugeOnes();

private:
    using Fetched = std::optional<Result<ProviderApi::Answers>>;
    Fetched fetch(ProviderApi &api, const ProviderAccount &account);
    ProviderAccount account(const QString &key, const QStringList &schedules = {}) const;

    QNetworkAccessManager m_network;
    std::unique_ptr<ChatClient> m_client;
    std::unique_ptr<ProviderReceiver> m_receiver;
};

namespace {

const qint64 from = QDateTime(QDate(2026, 12, 3), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch();

QStringList names(const ProviderApi::Answers &answers)
{
    QStringList names;
    for (const ProviderAnswer &answer : answers)
        names << answer.name;
    return names;
}

} // namespace

void tst_ProviderApis::initTestCase()
{
    // English plural forms ("3600 seconds"), as sitrepctl has them.
    translations::install(*QCoreApplication::instance());
}

void tst_ProviderApis::init()
{
    m_client = std::make_unique<ChatClient>(m_network);
    m_receiver = std::make_unique<ProviderReceiver>("right-key");
}

ProviderAccount tst_ProviderApis::account(const QString &key, const QStringList &schedules) const
{
    return {QUrl(m_receiver->url()), key, schedules, from};
}

tst_ProviderApis::Fetched tst_ProviderApis::fetch(ProviderApi &api, const ProviderAccount &account)
{
    Fetched fetched;
    api.fetch(account, [&fetched](Result<ProviderApi::Answers> answers) {
        fetched.emplace(std::move(answers));
    });
    if (!QTest::qWaitFor([&fetched] { return fetched.has_value(); }, 20'000))
        return std::nullopt;
    return fetched;
}

void tst_ProviderApis::pagerDutyFollowsEveryPage()
{
    PagerDutyRestApi api(*m_client);
    const Fetched fetched = fetch(api, account(u"right-key"_s, {u"platform primary"_s}));
    QVERIFY(fetched);
    QVERIFY2(fetched->ok(), qPrintable(fetched->ok() ? QString() : fetched->error()));
    const ProviderApi::Answers &answers = fetched->value();
    QCOMPARE(
            names(answers),
            (QStringList {
                    u"GET /schedules/PSCHED1?since=2026-12-03T09:00:00Z&until=2026-12-31T09:00:00Z"_s,
                    u"GET /schedules/PSCHED1/overrides?since=2026-12-03T09:00:00Z&until=2027-12-04T09:00:00Z"_s,
                    u"GET /escalation_policies"_s, u"GET /users"_s}));
    // The overrides say their schedule only through the URL they came from.
    QCOMPARE(answers.at(1).scheduleId, u"PSCHED1"_s);
    QCOMPARE(answers.at(0).scheduleId, QString());

    // Five users in pages of two: three requests, one answer with all five and no more.
    const QList<ProviderReceiver::Request> users = m_receiver->requests(u"/users"_s);
    QCOMPARE(users.size(), 3);
    QStringList offsets;
    for (const ProviderReceiver::Request &request : users)
        offsets << request.query.queryItemValue(u"offset"_s);
    QCOMPARE(offsets, (QStringList {u"0"_s, u"2"_s, u"4"_s}));
    const QJsonObject merged = QJsonDocument::fromJson(answers.at(3).text).object();
    QCOMPARE(merged.value(u"users"_s).toArray().size(), 5);
    QCOMPARE(merged.value(u"users"_s).toArray().last()[u"name"_s].toString(), u"Erin Eze"_s);
    QCOMPARE(merged.value(u"more"_s).toBool(), false);
    QCOMPARE(m_receiver->requests(u"/schedules"_s).size(), 2); // three schedules, two pages

    for (const ProviderReceiver::Request &request : m_receiver->all()) {
        QCOMPARE(request.authorization, QByteArray("Token token=right-key"));
        QCOMPARE(request.accept, QByteArray("application/vnd.pagerduty+json;version=2"));
    }
    // The schedule not named was not read.
    QVERIFY(m_receiver->requests(u"/schedules/PSCHED9"_s).isEmpty());
}

void tst_ProviderApis::opsgenieAsksForFourWeeksOfTimeline()
{
    OpsgenieApi api(*m_client);
    const Fetched fetched = fetch(api, account(u"right-key"_s));
    QVERIFY(fetched);
    QVERIFY2(fetched->ok(), qPrintable(fetched->ok() ? QString() : fetched->error()));
    const QString schedule = u"/v2/schedules/d875e654-9b4e-4219-a803-0c26936d18de"_s;
    QCOMPARE(fetched->value().size(), 4);
    const QList<ProviderReceiver::Request> timeline
            = m_receiver->requests(schedule + u"/timeline"_s);
    QCOMPARE(timeline.size(), 1);
    QCOMPARE(timeline.first().query.queryItemValue(u"identifierType"_s), u"id"_s);
    QCOMPARE(timeline.first().query.queryItemValue(u"interval"_s), u"4"_s);
    QCOMPARE(timeline.first().query.queryItemValue(u"intervalUnit"_s), u"weeks"_s);
    QCOMPARE(timeline.first().query.queryItemValue(u"date"_s), u"2026-12-03T09:00:00Z"_s);
    QCOMPARE(m_receiver->requests(schedule + u"/overrides"_s)
                     .first()
                     .query.queryItemValue(u"scheduleIdentifierType"_s),
             u"id"_s);
    QCOMPARE(m_receiver->requests(u"/v2/escalations"_s).size(), 1);
    for (const ProviderReceiver::Request &request : m_receiver->all())
        QCOMPARE(request.authorization, QByteArray("GenieKey right-key"));
}

void tst_ProviderApis::failuresAreSaid_data()
{
    QTest::addColumn<bool>("opsgenie");
    QTest::addColumn<QString>("url"); // empty: the receiver's
    QTest::addColumn<QString>("key");
    QTest::addColumn<QStringList>("schedules");
    QTest::addColumn<QString>("broken");
    QTest::addColumn<QString>("words");

    QTest::newRow("PagerDuty refuses the key")
            << false << QString() << u"wrong-key"_s << QStringList() << QString()
            << u"PagerDuty refused the key (HTTP 401 on GET /schedules): Unauthorized."_s;
    QTest::newRow("Opsgenie refuses the key")
            << true << QString() << u"wrong-key"_s << QStringList() << QString()
            << u"Opsgenie refused the key (HTTP 401 on GET /v2/schedules): Could not "
               "authenticate."_s;
    QTest::newRow("a schedule that is not there")
            << false << QString() << u"right-key"_s << QStringList {u"Nope"_s} << QString()
            << u"PagerDuty has no schedule named \"Nope\"; it has: Platform Primary, Database "
               "Primary, Weekend Support."_s;
    QTest::newRow("a listed schedule that is gone (404)")
            << false << QString() << u"right-key"_s << QStringList() << QString()
            << u"PagerDuty does not know GET /schedules/PSCHED9 (HTTP 404): Not Found"_s;
    QTest::newRow("a broken answer")
            << true << QString() << u"right-key"_s << QStringList() << u"/v2/escalations"_s
            << u"Opsgenie's answer to GET /v2/escalations is not a JSON object: "_s;
    QTest::newRow("the key in the clear")
            << true << u"http://api.example.com"_s << u"right-key"_s << QStringList() << QString()
            << u"must use https (http only to this machine)"_s;
    QTest::newRow("nobody there") << false << u"http://127.0.0.1:9"_s << u"right-key"_s
                                  << QStringList() << QString()
                                  << u"PagerDuty did not answer GET /schedules: "_s;
}

void tst_ProviderApis::failuresAreSaid()
{
    QFETCH(bool, opsgenie);
    QFETCH(QString, url);
    QFETCH(QString, key);
    QFETCH(QStringList, schedules);
    QFETCH(QString, broken);
    QFETCH(QString, words);
    if (!broken.isEmpty())
        m_receiver->breakOnce(broken);
    ProviderAccount account = this->account(key, schedules);
    if (!url.isEmpty())
        account.url = QUrl(url);
    std::unique_ptr<ProviderApi> api;
    if (opsgenie)
        api = std::make_unique<OpsgenieApi>(*m_client);
    else
        api = std::make_unique<PagerDutyRestApi>(*m_client);
    const Fetched fetched = fetch(*api, account);
    QVERIFY(fetched);
    QVERIFY(!fetched->ok());
    QVERIFY2(fetched->error().contains(words), qPrintable(fetched->error()));
    QVERIFY(!fetched->error().contains(key)); // the key is never said
    if (url.startsWith(u"http://api."))
        QVERIFY(m_receiver->all().isEmpty());
}

void tst_ProviderApis::waitsOutARateLimit()
{
    const QString timeline = u"/v2/schedules/d875e654-9b4e-4219-a803-0c26936d18de/timeline"_s;
    m_receiver->rateLimitOnce(timeline, "1");
    OpsgenieApi api(*m_client);
    QElapsedTimer waited;
    waited.start();
    const Fetched fetched = fetch(api, account(u"right-key"_s));
    QVERIFY(fetched);
    QVERIFY2(fetched->ok(), qPrintable(fetched->ok() ? QString() : fetched->error()));
    QCOMPARE(m_receiver->requests(timeline).size(), 2);
    QVERIFY(waited.elapsed() >= 1000); // Retry-After was honoured, not hammered
    QCOMPARE(fetched->value().size(), 4);
}

void tst_ProviderApis::refusesAWaitTooLong()
{
    m_receiver->rateLimitOnce(u"/users"_s, "3600");
    PagerDutyRestApi api(*m_client);
    const Fetched fetched = fetch(api, account(u"right-key"_s, {u"Platform Primary"_s}));
    QVERIFY(fetched);
    QVERIFY(!fetched->ok());
    QVERIFY2(fetched->error().contains(u"PagerDuty limits how often it is asked (HTTP 429 on GET "
                                       "/users) and asks to wait 3600 seconds"_s),
             qPrintable(fetched->error()));
    QCOMPARE(m_receiver->requests(u"/users"_s).size(), 1);
}

void tst_ProviderApis::readsLargeAnswersAndRefusesHugeOnes()
{
    // Two MiB (more than a chat receiver's answer may be) is read whole.
    m_receiver->padOnce(u"/v2/escalations"_s, 2 * 1024 * 1024);
    OpsgenieApi api(*m_client);
    const Fetched large = fetch(api, account(u"right-key"_s));
    QVERIFY(large);
    QVERIFY2(large->ok(), qPrintable(large->ok() ? QString() : large->error()));
    QVERIFY(large->value().last().text.size() > 2 * 1024 * 1024);
    // Beyond the cap the import stops and says what to do.
    m_receiver->padOnce(u"/v2/escalations"_s, ProviderApi::mostBytes);
    const Fetched huge = fetch(api, account(u"right-key"_s));
    QVERIFY(huge);
    QVERIFY(!huge->ok());
    QVERIFY2(huge->error().contains(u"Opsgenie's answer to GET /v2/escalations is larger than 32 "
                                    "MiB; import fewer schedules at a time"_s),
             qPrintable(huge->error()));
}

QTEST_GUILESS_MAIN(tst_ProviderApis)
#include "tst_providerapis.moc"
