#include "domain/announcement.h"
#include "domain/deliveryrules.h"

#include <QTest>

using namespace sitrep;
using namespace Qt::StringLiterals;

// How the outbox waits between attempts, routes announcements and which secrets it accepts.
// How each remote API judges its answers is tested beside it, in tests/sync.
class tst_Delivery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void retryAfterReadsSecondsAndDates();
    void backoffDoublesWithJitterAndHonoursRetryAfter();
    void routingDefaults_data();
    void routingDefaults();
    void channelSeveritiesOverrideTheRole();
    void settingsApplyInAnyOrder();
    void secretsMustBeSafeUrls_data();
    void secretsMustBeSafeUrls();
};

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

void tst_Delivery::settingsApplyInAnyOrder()
{
    // The channel is judged when every setting is in, not after the first.
    Channel channel;
    channel.name = u"bot"_s;
    channel.kind = Channel::Kind::SlackApi;
    QVERIFY(!ChannelRules::apply(channel, u"role=chat"_s));
    QVERIFY(ChannelRules::problem(channel).has_value()); // no Slack channel yet
    QVERIFY(!ChannelRules::apply(channel, u"channel=C0123"_s));
    QCOMPARE(ChannelRules::problem(channel), std::nullopt);
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
