#include "domain/announcement.h"
#include "domain/delivery.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace sitrep;
using namespace Qt::StringLiterals;

// How the outbox judges answers, waits between attempts, routes announcements and fills
// webhook templates.
class tst_Delivery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void judge_data();
    void judge();
    void retryAfterReadsSecondsAndDates();
    void backoffDoublesWithJitterAndHonoursRetryAfter();
    void routingDefaults_data();
    void routingDefaults();
    void channelSeveritiesOverrideTheRole();
    void templatesEscapeValues();
    void slackRoomNamesFollowSlacksRules();
    void secretsMustBeSafeUrls_data();
    void secretsMustBeSafeUrls();
};

using Verdict = DeliveryOutcome::Verdict;

void tst_Delivery::judge_data()
{
    QTest::addColumn<Channel::Kind>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("timedOut");
    QTest::addColumn<Verdict>("verdict");
    QTest::addColumn<QString>("answer");
    const auto webhook = Channel::Kind::SlackWebhook;
    const auto api = Channel::Kind::SlackApi;
    QTest::newRow("200 ok") << webhook << 200 << QByteArray("ok") << false << Verdict::Delivered
                            << u"HTTP 200: ok"_s;
    QTest::newRow("202 accepted") << Channel::Kind::Teams << 202 << QByteArray() << false
                                  << Verdict::Delivered << u"accepted"_s;
    QTest::newRow("500") << webhook << 500 << QByteArray("boom") << false << Verdict::Retry
                         << u"HTTP 500: boom"_s;
    QTest::newRow("503") << webhook << 503 << QByteArray() << false << Verdict::Retry << u"503"_s;
    QTest::newRow("429") << webhook << 429 << QByteArray() << false << Verdict::Retry
                         << u"rate limited"_s;
    QTest::newRow("408") << webhook << 408 << QByteArray() << false << Verdict::Retry << u"408"_s;
    QTest::newRow("400") << webhook << 400 << QByteArray("invalid_payload") << false
                         << Verdict::GiveUp << u"invalid_payload"_s;
    QTest::newRow("401") << webhook << 401 << QByteArray() << false << Verdict::GiveUp
                         << u"will not heal"_s;
    QTest::newRow("403") << webhook << 403 << QByteArray("action_prohibited") << false
                         << Verdict::GiveUp << u"action_prohibited"_s;
    QTest::newRow("404") << webhook << 404 << QByteArray("no_service") << false << Verdict::GiveUp
                         << u"no_service"_s;
    QTest::newRow("timeout") << webhook << 0 << QByteArray() << true << Verdict::Retry
                             << u"no answer in time"_s;
    QTest::newRow("slack ok") << api << 200 << QByteArray(R"({"ok":true,"ts":"1.2"})") << false
                              << Verdict::Delivered << u"HTTP 200"_s;
    QTest::newRow("slack invalid_auth")
            << api << 200 << QByteArray(R"({"ok":false,"error":"invalid_auth"})") << false
            << Verdict::GiveUp << u"Slack: invalid_auth"_s;
    QTest::newRow("slack channel_not_found")
            << api << 200 << QByteArray(R"({"ok":false,"error":"channel_not_found"})") << false
            << Verdict::GiveUp << u"channel_not_found"_s;
    QTest::newRow("slack ratelimited")
            << api << 200 << QByteArray(R"({"ok":false,"error":"ratelimited"})") << false
            << Verdict::Retry << u"Slack: ratelimited"_s;
}

void tst_Delivery::judge()
{
    QFETCH(Channel::Kind, kind);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(bool, timedOut);
    QFETCH(Verdict, verdict);
    QFETCH(QString, answer);
    HttpAnswer http;
    http.status = status;
    http.body = body;
    http.timedOut = timedOut;
    const DeliveryOutcome outcome = DeliveryRules::judge(kind, http);
    QCOMPARE(outcome.verdict, verdict);
    QVERIFY2(outcome.answer.contains(answer), qPrintable(outcome.answer));
    if (kind == Channel::Kind::SlackApi && verdict == Verdict::Delivered)
        QCOMPARE(outcome.threadTs, u"1.2"_s);
}

void tst_Delivery::retryAfterReadsSecondsAndDates()
{
    const QDateTime now(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC);
    QCOMPARE(DeliveryRules::retryAfter("30", now), std::chrono::seconds(30));
    QCOMPARE(DeliveryRules::retryAfter("Thu, 26 Nov 2026 12:01:30 GMT", now),
             std::chrono::seconds(90));
    QCOMPARE(DeliveryRules::retryAfter("Thu, 26 Nov 2026 11:00:00 GMT", now),
             std::chrono::seconds(0));
    QVERIFY(!DeliveryRules::retryAfter("soon", now));
    QVERIFY(!DeliveryRules::retryAfter("", now));
}

void tst_Delivery::backoffDoublesWithJitterAndHonoursRetryAfter()
{
    using namespace std::chrono;
    QCOMPARE(DeliveryRules::backoff(1, std::nullopt, 0.5), milliseconds(5000));
    QCOMPARE(DeliveryRules::backoff(2, std::nullopt, 0.5), milliseconds(10000));
    QCOMPARE(DeliveryRules::backoff(3, std::nullopt, 0.5), milliseconds(20000));
    QCOMPARE(DeliveryRules::backoff(30, std::nullopt, 0.5), milliseconds(minutes(10)));
    QCOMPARE(DeliveryRules::backoff(1, std::nullopt, 0.0), milliseconds(4000));   // -20 %
    QVERIFY(DeliveryRules::backoff(1, std::nullopt, 0.999) < milliseconds(6000)); // +20 %
    QCOMPARE(DeliveryRules::backoff(5, seconds(7), 0.9), milliseconds(7000));
}

void tst_Delivery::routingDefaults_data()
{
    QTest::addColumn<Channel::Role>("role");
    QTest::addColumn<Announcement::Kind>("kind");
    QTest::addColumn<QString>("severities");
    using Kind = Announcement::Kind;
    using Role = Channel::Role;
    QTest::newRow("chat hears every declaration") << Role::Chat << Kind::Declared << u"1234"_s;
    QTest::newRow("chat hears SEV-1/2 updates") << Role::Chat << Kind::Update << u"12"_s;
    QTest::newRow("chat hears every resolution") << Role::Chat << Kind::Resolved << u"1234"_s;
    QTest::newRow("status page hears every update")
            << Role::StatusPage << Kind::Update << u"1234"_s;
    QTest::newRow("executives hear SEV-1 updates")
            << Role::ExecutiveEmail << Kind::Update << u"1"_s;
    QTest::newRow("executives skip declarations")
            << Role::ExecutiveEmail << Kind::Declared << QString();
    QTest::newRow("paging hears nothing by default") << Role::Paging << Kind::Update << QString();
}

void tst_Delivery::routingDefaults()
{
    QFETCH(Channel::Role, role);
    QFETCH(Announcement::Kind, kind);
    QFETCH(QString, severities);
    QString heard;
    for (Severity severity : AnnouncementRouting::defaults(role, kind))
        heard += QString::number(int(severity));
    QCOMPARE(heard, severities);
}

void tst_Delivery::channelSeveritiesOverrideTheRole()
{
    Channel channel;
    channel.name = u"pager"_s;
    channel.role = Channel::Role::Paging;
    QVERIFY(!ChannelRules::apply(channel, u"severities=SEV-1, SEV-2"_s));
    Announcement update;
    update.incident.severity = Severity::Sev2;
    QVERIFY(AnnouncementRouting::routes(channel, update));
    update.incident.severity = Severity::Sev3;
    QVERIFY(!AnnouncementRouting::routes(channel, update));
    QVERIFY(ChannelRules::apply(channel, u"severities=SEV-9"_s).has_value());
}

void tst_Delivery::templatesEscapeValues()
{
    Announcement update
            = AnnouncementText::sample(QDateTime(QDate(2026, 3, 9), QTime(2, 10), Qt::UTC));
    update.incident.id = 42;
    update.incident.title = u"Quotes \" and \\ backslashes\nand lines"_s;
    update.message = u"Ünïcode 🚨"_s;
    const QByteArray body = AnnouncementText::fillTemplate(ChannelRules::defaultTemplate(), update);
    QJsonParseError error;
    const QJsonObject parsed = QJsonDocument::fromJson(body, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(parsed.value(u"incident_id").toInteger(), 42);
    QCOMPARE(parsed.value(u"title").toString(), update.incident.title);
    QCOMPARE(parsed.value(u"message").toString(), update.message);
    QCOMPARE(parsed.value(u"event").toString(), u"update"_s);
    QCOMPARE(parsed.value(u"severity").toString(), u"SEV-4"_s);
}

void tst_Delivery::slackRoomNamesFollowSlacksRules()
{
    Incident incident;
    incident.id = 121;
    incident.startedAt = QDateTime(QDate(2026, 11, 26), QTime(17, 0), Qt::UTC);
    incident.title = u"Checkout API: returning 500s — EU & US!"_s;
    QCOMPARE(AnnouncementText::slackRoomName(incident),
             u"inc-20261126-checkout-api-returning-500s-eu-us-121"_s);
    incident.title = QString(200, u'x');
    const QString longName = AnnouncementText::slackRoomName(incident);
    QCOMPARE(longName.size(), 80);
    QVERIFY(longName.endsWith(u"-121"_s));
    incident.title = u"!!!"_s;
    QCOMPARE(AnnouncementText::slackRoomName(incident), u"inc-20261126-incident-121"_s);
}

void tst_Delivery::secretsMustBeSafeUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("safe");
    QTest::newRow("https") << u"https://hooks.slack.com/services/T/B/X"_s << true;
    QTest::newRow("http elsewhere") << u"http://hooks.example.com/x"_s << false;
    QTest::newRow("http loopback") << u"http://127.0.0.1:8080/x"_s << true;
    QTest::newRow("http localhost") << u"http://localhost/x"_s << true;
    QTest::newRow("not a URL") << u"hooks.slack.com"_s << false;
    QTest::newRow("ftp") << u"ftp://127.0.0.1/x"_s << false;
}

void tst_Delivery::secretsMustBeSafeUrls()
{
    QFETCH(QString, url);
    QFETCH(bool, safe);
    Channel channel;
    channel.kind = Channel::Kind::Teams;
    QCOMPARE(!ChannelRules::secretProblem(channel, url).has_value(), safe);
}

QTEST_GUILESS_MAIN(tst_Delivery)
#include "tst_delivery.moc"
