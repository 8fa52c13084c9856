#include "../fixtures/chatreceiver.h"
#include "../fixtures/postgresfixture.h"
#include "../fixtures/prometheusfixture.h"
#include "../itemmodels/boardfixture.h"
#include "services/detectionsync.h"
#include "services/slackrooms.h"
#include "services/teamservice.h"
#include "services/teamsync.h"
#include "storage/outboxstore.h"
#include "storage/teamclaims.h"
#include "storage/teamoutbox.h"
#include "sync/chatclient.h"
#include "sync/slackwebapi.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>

using namespace sitrep;
using namespace Qt::StringLiterals;
using prometheus_fixture::await;

// The outbox in the team store: a message made on one console goes out once, through whichever
// console holds its channel's lease; a lease taken over after its expiry fences the late answer
// of the console that lost it; while apart a console sends only its own messages and tells the
// team afterwards. A real PostgreSQL, a real keychain and a local receiver.
class tst_TeamOutbox : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void aMessageGoesOutOnceThroughTheLeaseHolder();
    void aLeaseTakenOverFencesTheLateAnswer();
    void whileApartAConsoleSendsItsOwnAndTellsTheTeamAfter();
    void twoDetectorsFiringTheSameRuleDeclareOneIncident();
    void claimsAreKeptAWeek();
    void settledMessagesAreForgottenAfter90Days();
    void anIncidentRoomIsKnownToTheWholeTeam();
    void everyConsoleShowsTheTeamsMessages();

private:
    struct Console
    {
        std::unique_ptr<BoardFixture> services;
        std::unique_ptr<TeamSync> sync;
    };
    [[nodiscard]] std::unique_ptr<Console> console(const QString &login);
    // Follows the team live.
    void goLive(Console &console, const QString &login);
    // Its delivery loop runs, leasing the team's outbox through the sync while it has one.
    static void deliver(Console &console);
    void addHook(Console &console);
    // Alice's and bob's consoles, both with the hook channel.
    [[nodiscard]] std::pair<std::unique_ptr<Console>, std::unique_ptr<Console>> hookedPair();
    // The seed's detection rules for checkout on the Prometheus fixture; the first fires at t.
    static void watchCheckout(Console &console);
    [[nodiscard]] static QList<DetectionReport> detect(Console &console, const QDateTime &at);
    [[nodiscard]] static std::optional<Incident> byUid(Console &console, const QUuid &uid);
    // The team's word on the hook's messages: state and who delivered, oldest first.
    [[nodiscard]] QStringList serverStates();
    // The incident that holds a trouble on the server (the first declared while none was open).
    [[nodiscard]] QUuid troubleHolder(const QString &dedup);
    std::unique_ptr<ChatReceiver> m_receiver;
    postgres_fixture::Connections m_connections;
    QSqlDatabase m_owner;
    QString m_database;
    QString m_channel;
};

void tst_TeamOutbox::init()
{
    QVERIFY2(!postgres_fixture::ownerPassword().isEmpty(), "the postgres fixture did not start");
    m_database = postgres_fixture::freshDatabase();
    QVERIFY(!m_database.isEmpty());
    for (const QString &login : {u"alice"_s, u"bob"_s, u"carol"_s})
        QVERIFY(postgres_fixture::grant(m_database, login + u'_' + m_database, u"pw"_s));
    m_receiver = std::make_unique<ChatReceiver>();
    m_channel = u"hook-"_s + m_database;
}

void tst_TeamOutbox::cleanup()
{
    m_owner = {};
    m_connections.closeAll();
    m_receiver.reset();
}

std::unique_ptr<tst_TeamOutbox::Console> tst_TeamOutbox::console(const QString &login)
{
    auto made = std::make_unique<Console>();
    made->services = std::make_unique<BoardFixture>();
    TeamService team(*made->services->database, made->services->monitoring->secrets());
    if (!team.recordFor(postgres_fixture::url(m_database, login + u'_' + m_database)))
        qFatal("could not put the console in team mode");
    return made;
}

void tst_TeamOutbox::goLive(Console &console, const QString &login)
{
    console.sync = std::make_unique<TeamSync>(
            console.services->database->path(),
            postgres_fixture::url(m_database, login + u'_' + m_database), u"pw"_s);
    connect(console.services->service.get(), &IncidentService::incidentDeclared, console.sync.get(),
            &TeamSync::syncNow);
    console.sync->start();
    QTRY_VERIFY2_WITH_TIMEOUT(console.sync->state().connected,
                              qPrintable(console.sync->state().problem), 10'000);
}

void tst_TeamOutbox::deliver(Console &console)
{
    OutboxDispatcher &dispatcher = console.services->messaging->dispatcher();
    if (console.sync)
        dispatcher.followTeam(*console.sync);
    dispatcher.start();
}

void tst_TeamOutbox::addHook(Console &console)
{
    Channel channel;
    channel.name = m_channel;
    channel.kind = Channel::Kind::Webhook;
    channel.timeout = std::chrono::seconds(1);
    const auto added = await<QString>([&](auto done) {
        console.services->messaging->addChannel(channel, m_receiver->url(u"/hook"_s), done);
    });
    QVERIFY(added && added->isEmpty());
}

std::pair<std::unique_ptr<tst_TeamOutbox::Console>, std::unique_ptr<tst_TeamOutbox::Console>>
tst_TeamOutbox::hookedPair()
{
    auto alice = console(u"alice"_s);
    auto bob = console(u"bob"_s);
    addHook(*alice);
    addHook(*bob);
    return {std::move(alice), std::move(bob)};
}

QStringList tst_TeamOutbox::serverStates()
{
    if (!m_owner.isOpen())
        m_owner = m_connections.open(m_database, u"owner"_s);
    QSqlQuery query(m_owner);
    query.prepare(u"SELECT state, coalesce(delivered_by, '') FROM sitrep_outbox WHERE channel = ?"
                  " ORDER BY seq"_s);
    query.addBindValue(m_channel);
    QStringList states;
    if (query.exec())
        while (query.next())
            states << query.value(0).toString() + u' ' + query.value(1).toString();
    return states;
}

// Alice declares; only bob delivers (alice's loop does not run): the message reaches the team's
// outbox, bob leases the channel and sends it once with the message's key, and alice's copy
// learns it was delivered. Alice's loop, started then, sends nothing again.
void tst_TeamOutbox::aMessageGoesOutOnceThroughTheLeaseHolder()
{
    auto [alice, bob] = hookedPair();
    goLive(*alice, u"alice"_s);
    goLive(*bob, u"bob"_s);
    deliver(*bob);
    alice->services->declare(u"Checkout down"_s, Severity::Sev1, {u"checkout"_s}, u"alice"_s);
    const QString bobLogin = u"bob_"_s + m_database;
    QTRY_COMPARE_WITH_TIMEOUT(serverStates(), QStringList {u"delivered "_s + bobLogin}, 15'000);
    QCOMPARE(m_receiver->requests(u"/hook"_s).size(), 1);
    const QList<OutboxMessage> made = alice->services->messaging->recentMessages(10).value();
    QCOMPARE(made.size(), 1);
    QCOMPARE(m_receiver->requests(u"/hook"_s).first().header("Idempotency-Key"),
             made.first().key.toUtf8());
    // Bob took it with its incident (pulled first if it had not come yet): labelled as alice's.
    const QList<OutboxMessage> taken = bob->services->messaging->recentMessages(10).value();
    QCOMPARE(taken.size(), 1);
    QVERIFY(taken.first().incident > 0);
    QCOMPARE(taken.first().incidentLabel, u"#1"_s);
    // Alice hears what became of her message with her next pull.
    alice->sync->syncNow();
    QTRY_COMPARE_WITH_TIMEOUT(alice->services->messaging->recentMessages(10).value().first().state,
                              OutboxMessage::State::Delivered, 10'000);
    // Alice's loop starts: a whole lease round later, still one request.
    QSignalSpy idle(&alice->services->messaging->dispatcher(), &OutboxDispatcher::idle);
    deliver(*alice);
    QVERIFY(idle.wait(10'000));
    QVERIFY(idle.wait(10'000));
    QCOMPARE(m_receiver->requests(u"/hook"_s).size(), 1);
}

// Two consoles on the server's functions directly: while alice holds the channel bob gets
// nothing; once alice's lease has run out bob takes the message with a new fence, alice's late
// answer is refused, and bob's counts.
void tst_TeamOutbox::aLeaseTakenOverFencesTheLateAnswer()
{
    const QSqlDatabase aliceDb
            = m_connections.open(m_database, u"a"_s, u"alice_"_s + m_database, u"pw"_s);
    const QSqlDatabase bobDb
            = m_connections.open(m_database, u"b"_s, u"bob_"_s + m_database, u"pw"_s);
    QVERIFY(aliceDb.isOpen() && bobDb.isOpen());
    TeamOutbox aliceOutbox(aliceDb);
    TeamOutbox bobOutbox(bobDb);
    TeamOutboxMessage message;
    message.message.key = u"declared-1"_s;
    message.message.channel = m_channel;
    message.message.text = u"SEV-1 declared"_s;
    message.message.payload = "{}";
    message.message.createdAt = QDateTime::currentDateTimeUtc();
    message.message.nextAttemptAt = message.message.createdAt;
    QVERIFY(aliceOutbox.put({message}));
    const QUuid aliceConsole = QUuid::createUuid();
    const QUuid bobConsole = QUuid::createUuid();
    const QList<ChannelLease> shortLease {{m_channel, std::chrono::seconds(1)}};
    const QList<ChannelLease> longLease {{m_channel, std::chrono::seconds(60)}};

    const QList<TeamOutboxMessage> aliceHas = aliceOutbox.lease(aliceConsole, shortLease).value();
    QCOMPARE(aliceHas.size(), 1);
    QCOMPARE(aliceHas.first().fence, 1);
    QCOMPARE(aliceHas.first().message.text, u"SEV-1 declared"_s);
    QVERIFY(bobOutbox.lease(bobConsole, longLease).value().isEmpty());
    // Alice's lease runs out (on the server's clock) and bob takes the message over.
    QList<TeamOutboxMessage> bobHas;
    QVERIFY(QTest::qWaitFor(
            [&] {
                bobHas = bobOutbox.lease(bobConsole, longLease).value();
                return !bobHas.isEmpty();
            },
            5'000));
    QCOMPARE(bobHas.first().message.key, u"declared-1"_s);
    QCOMPARE(bobHas.first().fence, 2);

    TeamOutboxMessage aliceSays = aliceHas.first();
    aliceSays.message.state = OutboxMessage::State::Delivered;
    QCOMPARE(aliceOutbox.settle(aliceConsole, aliceSays).value(), false);
    TeamOutboxMessage bobSays = bobHas.first();
    bobSays.message.state = OutboxMessage::State::Delivered;
    bobSays.message.lastAnswer = u"HTTP 200"_s;
    QCOMPARE(bobOutbox.settle(bobConsole, bobSays).value(), true);
    QCOMPARE(serverStates(), QStringList {u"delivered bob_"_s + m_database});
    // Settled twice counts once; nothing is left to lease.
    QCOMPARE(bobOutbox.settle(bobConsole, bobSays).value(), false);
    QVERIFY(aliceOutbox.lease(aliceConsole, longLease).value().isEmpty());
    const QList<TeamOutboxMessage> states = aliceOutbox.states({u"declared-1"_s}).value();
    QCOMPARE(states.size(), 1);
    QCOMPARE(states.first().message.attempts, 1);
    QCOMPARE(states.first().message.lastAnswer, u"HTTP 200"_s);
}

// Alice declares while the server is out of reach: she sends her own message (at least once)
// and, once back, tells the team it was delivered; bob, live all along, sends nothing.
void tst_TeamOutbox::whileApartAConsoleSendsItsOwnAndTellsTheTeamAfter()
{
    auto [alice, bob] = hookedPair();
    goLive(*bob, u"bob"_s);
    deliver(*bob);
    alice->services->declare(u"Checkout down"_s, Severity::Sev1, {u"checkout"_s}, u"alice"_s);
    const auto flushed = await<OutboxDispatcher::FlushReport>([&](auto done) {
        alice->services->messaging->dispatcher().flush(std::chrono::seconds(0), done);
    });
    QVERIFY(flushed && flushed->delivered == 1);
    QCOMPARE(m_receiver->requests(u"/hook"_s).size(), 1);
    QVERIFY(serverStates().isEmpty());
    goLive(*alice, u"alice"_s);
    QTRY_COMPARE_WITH_TIMEOUT(serverStates(), QStringList {u"delivered alice_"_s + m_database},
                              10'000);
    QSignalSpy idle(&bob->services->messaging->dispatcher(), &OutboxDispatcher::idle);
    QVERIFY(idle.wait(10'000));
    QVERIFY(idle.wait(10'000));
    QCOMPARE(m_receiver->requests(u"/hook"_s).size(), 1);
}

void tst_TeamOutbox::watchCheckout(Console &console)
{
    DetectionRulesFile rules;
    rules.rules = DetectionRules::seedDefaults(u"checkout"_s);
    console.services->monitoring->setDetectionRules(rules);
    const auto added = await<QString>([&](auto done) {
        console.services->monitoring->addEndpoint(prometheus_fixture::endpoint(), {}, done);
    });
    QCOMPARE(added, std::optional(QString()));
}

std::optional<Incident> tst_TeamOutbox::byUid(Console &console, const QUuid &uid)
{
    for (const Incident &incident :
         console.services->service->incidents(IncidentSelection::All).value())
        if (incident.uid == uid)
            return incident;
    return std::nullopt;
}

QList<DetectionReport> tst_TeamOutbox::detect(Console &console, const QDateTime &at)
{
    console.services->clock.setNow(at);
    const auto reports = await<Result<QList<DetectionReport>>>([&](auto done) {
        console.services->monitoring->detect(prometheus_fixture::endpoint(), at, done);
    });
    if (!reports || !*reports)
        qFatal("detection did not answer");
    return reports->value();
}

// Alice's detector and then bob's see the seed's first rule fire on the Prometheus fixture
// and each declares. The log declared alice's first: on both consoles bob's becomes its alias
// (resolved as a duplicate, its detection moved), its "declared" message reaches the team
// cancelled, and the channel hears of the trouble once. Bob's detector, asked again, keeps to
// alice's incident.
void tst_TeamOutbox::twoDetectorsFiringTheSameRuleDeclareOneIncident()
{
    QVERIFY2(!prometheus_fixture::endpoint().url.isEmpty(), "the prometheus fixture did not start");
    auto alice = console(u"alice"_s);
    auto bob = console(u"bob"_s);
    for (Console *each : {alice.get(), bob.get()}) {
        addHook(*each);
        watchCheckout(*each);
    }
    goLive(*alice, u"alice"_s);
    goLive(*bob, u"bob"_s);
    deliver(*alice);
    deliver(*bob);
    const QList<DetectionReport> first = detect(*alice, prometheus_fixture::scenario(2, 10));
    QVERIFY(first[0].opened);
    const QUuid winner = alice->services->service->incident(first[0].incident).value().uid;
    QTRY_VERIFY_WITH_TIMEOUT(byUid(*bob, winner).has_value(), 10'000);
    const QList<DetectionReport> second = detect(*bob, prometheus_fixture::scenario(2, 10));
    QVERIFY(second[0].opened);
    const QUuid alias = bob->services->service->incident(second[0].incident).value().uid;

    for (Console *each : {alice.get(), bob.get()}) {
        QTRY_VERIFY_WITH_TIMEOUT(byUid(*each, alias).has_value() && !byUid(*each, alias)->isOpen(),
                                 10'000);
        const Incident duplicate = *byUid(*each, alias);
        QVERIFY2(duplicate.resolution.startsWith(u"Duplicate of #1"_s),
                 qPrintable(duplicate.resolution));
        QVERIFY(byUid(*each, winner)->isOpen());
    }
    // Alice's message was delivered (by whichever console held the lease), bob's cancelled.
    const auto states = [this] {
        QStringList words;
        for (const QString &state : serverStates())
            words << state.section(u' ', 0, 0);
        return words;
    };
    QTRY_COMPARE_WITH_TIMEOUT(states(), (QStringList {u"delivered"_s, u"cancelled"_s}), 15'000);
    QCOMPARE(m_receiver->requests(u"/hook"_s).size(), 1);
    const QList<DetectionReport> again = detect(*bob, prometheus_fixture::scenario(2, 15));
    QVERIFY(again[0].outcome.fired);
    QVERIFY(!again[0].opened);
    QCOMPARE(bob->services->service->incident(again[0].incident).value().uid, winner);

    // Nobody pages for the duplicate: the team's claim on any of its escalation steps is lost
    // (so two detectors page the first level once), while the winner's is still to be had.
    const QSqlDatabase bobDb
            = m_connections.open(m_database, u"b"_s, u"bob_"_s + m_database, u"pw"_s);
    const QUuid claimer = QUuid::createUuid();
    const auto step = [&bobDb, &claimer](const QUuid &incident) {
        return TeamClaims(bobDb).claim(
                u"escalation"_s, incident.toString(QUuid::WithoutBraces) + u"/page/1"_s, claimer);
    };
    QVERIFY(step(alias) && !step(alias).value().won);
    QVERIFY(step(winner) && step(winner).value().won);

    // Resolved, the trouble is free again: the rule firing later is an incident of its own.
    QVERIFY(alice->services->service->resolve(first[0].incident, u"Rolled back"_s, {}, u"alice"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!byUid(*bob, winner)->isOpen(), 10'000);
    const QList<DetectionReport> later = detect(*bob, prometheus_fixture::scenario(2, 20));
    QVERIFY(later[0].opened);
    const QUuid fresh = bob->services->service->incident(later[0].incident).value().uid;
    QTRY_COMPARE_WITH_TIMEOUT(troubleHolder(u"rule/"_s + later[0].rule.name), fresh, 10'000);
    QTRY_VERIFY_WITH_TIMEOUT(byUid(*alice, fresh).has_value(), 10'000);
    QVERIFY(byUid(*alice, fresh)->isOpen());
    QVERIFY(step(fresh) && step(fresh).value().won);
}

QUuid tst_TeamOutbox::troubleHolder(const QString &dedup)
{
    (void)serverStates(); // opens the owner's connection
    QSqlQuery query(m_owner);
    query.prepare(u"SELECT incident FROM sitrep_troubles WHERE dedup = ?"_s);
    query.addBindValue(dedup);
    return query.exec() && query.next() ? QUuid(query.value(0).toString()) : QUuid();
}

// An escalation step's claim is long over after a week: a new claim forgets older ones, so
// the team store does not grow with every page ever sent.
void tst_TeamOutbox::claimsAreKeptAWeek()
{
    (void)serverStates(); // opens the owner's connection
    QSqlQuery old(m_owner);
    QVERIFY(old.exec(u"INSERT INTO sitrep_claims VALUES ('escalation', 'old/1',"
                     " gen_random_uuid(), 'alice', now() - interval '8 days'),"
                     " ('escalation', 'recent/1', gen_random_uuid(), 'alice',"
                     " now() - interval '6 days')"_s));
    const QSqlDatabase bobDb
            = m_connections.open(m_database, u"b"_s, u"bob_"_s + m_database, u"pw"_s);
    const Result<TeamClaim> claimed
            = TeamClaims(bobDb).claim(u"escalation"_s, u"new/1"_s, QUuid::createUuid());
    QVERIFY(claimed && claimed.value().won);
    QSqlQuery left(m_owner);
    QVERIFY(left.exec(u"SELECT key FROM sitrep_claims ORDER BY key"_s));
    QStringList keys;
    while (left.next())
        keys << left.value(0).toString();
    QCOMPARE(keys, (QStringList {u"new/1"_s, u"recent/1"_s}));
}

// Delivered and cancelled messages are forgotten 90 days after they reached the server, as
// messages are put; a message still pending is kept however old.
void tst_TeamOutbox::settledMessagesAreForgottenAfter90Days()
{
    (void)serverStates(); // opens the owner's connection
    QSqlQuery old(m_owner);
    QVERIFY2(old.exec(u"INSERT INTO sitrep_outbox (key, channel, kind, body, payload, created_at,"
                      " created_by, state, next_attempt_at, put_at) VALUES"
                      " ('old-delivered', 'c', 'update', '', '', now() - interval '91 days',"
                      "  'alice', 'delivered', now(), now() - interval '91 days'),"
                      " ('old-cancelled', 'c', 'update', '', '', now() - interval '91 days',"
                      "  'alice', 'cancelled', now(), now() - interval '91 days'),"
                      " ('old-pending', 'c', 'update', '', '', now() - interval '91 days',"
                      "  'alice', 'pending', now(), now() - interval '91 days'),"
                      " ('recent-delivered', 'c', 'update', '', '', now() - interval '89 days',"
                      "  'alice', 'delivered', now(), now() - interval '89 days'),"
                      " ('made-long-ago', 'c', 'update', '', '', now() - interval '1 year',"
                      "  'alice', 'delivered', now(), now())"_s),
             qPrintable(old.lastError().text()));
    const QSqlDatabase bobDb
            = m_connections.open(m_database, u"b"_s, u"bob_"_s + m_database, u"pw"_s);
    TeamOutboxMessage made;
    made.message.key = u"new"_s;
    made.message.channel = u"c"_s;
    made.message.createdAt = QDateTime::currentDateTimeUtc();
    made.message.nextAttemptAt = made.message.createdAt;
    made.incident = QUuid::createUuid();
    QVERIFY(TeamOutbox(bobDb).put({made}));
    QSqlQuery left(m_owner);
    QVERIFY(left.exec(u"SELECT key FROM sitrep_outbox ORDER BY key"_s));
    QStringList keys;
    while (left.next())
        keys << left.value(0).toString();
    // Judged by when the server got it: a console's clock may be anything.
    QCOMPARE(keys,
             (QStringList {u"made-long-ago"_s, u"new"_s, u"old-pending"_s, u"recent-delivered"_s}));
}

// The Slack room one console opened for an incident reaches every console: each shows it, and
// a console that takes the declaration over finds it instead of opening a second room.
void tst_TeamOutbox::anIncidentRoomIsKnownToTheWholeTeam()
{
    auto alice = console(u"alice"_s);
    auto bob = console(u"bob"_s);
    goLive(*alice, u"alice"_s);
    goLive(*bob, u"bob"_s);
    const Incident declared = alice->services->declare(u"Checkout API returning 500s"_s,
                                                       Severity::Sev1, {u"checkout"_s}, u"alice"_s);
    QTRY_VERIFY_WITH_TIMEOUT(byUid(*bob, declared.uid).has_value(), 10'000);
    QNetworkAccessManager network;
    ChatClient client(network);
    SlackWebApi slack(client);
    const ChatRoom room {u"C0INC1"_s, u"inc-1-checkout-api"_s};
    QVERIFY(SlackRooms(*alice->services->database, slack).keep(u"slack"_s, declared.id, room));
    alice->sync->syncNow();
    const IncidentId bobs = byUid(*bob, declared.uid)->id;
    const auto bobsRooms = [&bob, bobs] {
        const Result<QList<ChatRoom>> rooms = bob->services->messaging->roomsOf(bobs);
        return rooms && rooms.value().size() == 1 ? rooms.value().first().id : QString();
    };
    QTRY_COMPARE_WITH_TIMEOUT(bobsRooms(), u"C0INC1"_s, 10'000);
    const Result<std::optional<ChatRoom>> found
            = OutboxStore(*bob->services->database).room(u"slack"_s, bobs);
    QVERIFY(found && found.value());
    QCOMPARE(found.value()->name, u"inc-1-checkout-api"_s);
}

// Carol neither made nor sent alice's message: her outbox panel shows it all the same, with
// its incident, and what became of it; her console never sends it (it has no lease).
void tst_TeamOutbox::everyConsoleShowsTheTeamsMessages()
{
    auto [alice, bob] = hookedPair();
    auto carol = console(u"carol"_s);
    goLive(*alice, u"alice"_s);
    goLive(*bob, u"bob"_s);
    goLive(*carol, u"carol"_s);
    deliver(*bob);
    alice->services->declare(u"Checkout down"_s, Severity::Sev1, {u"checkout"_s}, u"alice"_s);
    QTRY_COMPARE_WITH_TIMEOUT(serverStates().size(), 1, 15'000);
    const auto carols = [&carol] {
        carol->sync->syncNow();
        return carol->services->messaging->recentMessages(10).value();
    };
    QTRY_VERIFY_WITH_TIMEOUT(carols().size() == 1
                                     && carols().first().state == OutboxMessage::State::Delivered,
                             15'000);
    const OutboxMessage seen = carols().first();
    QCOMPARE(seen.channel, m_channel);
    QCOMPARE(seen.incidentLabel, u"#1"_s);
    QCOMPARE(seen.kind, Announcement::Kind::Declared);
    QCOMPARE(m_receiver->requests(u"/hook"_s).size(), 1);
}

QTEST_GUILESS_MAIN(tst_TeamOutbox)
#include "tst_teamoutbox.moc"
