#include "../fixtures/postgresfixture.h"
#include "../fixtures/tcpproxy.h"
#include "services/teamrecorder.h"
#include "services/teamsync.h"
#include "storage/database.h"
#include "storage/teamlog.h"
#include "storage/teamqueue.h"
#include "storage/teamschema.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sitrep;
using namespace Qt::StringLiterals;

// Two consoles on one team server (the postgres fixture): a change queued on one reaches the
// other through LISTEN/NOTIFY; both come back after the server drops their connections; an
// unreachable server keeps the queue and says why.
class tst_TeamSync : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void aChangeReachesTheOtherConsole();
    void consolesComeBackAfterTheServerDropsThem();
    void anUnreachableServerKeepsTheQueue();
    void aSilentPartitionIsNoticedWithinTheHeartbeat();
    void aStoppedServerIsCaughtUpWhenItIsBack();
    void quittingDuringASilentPartitionDoesNotWait();
    void aNewerServerMakesTheConsoleReadOnly();
    void aConsoleOnAStandbyPollsAndKeepsItsChanges();

private:
    struct Console
    {
        std::unique_ptr<Database> database;
        std::unique_ptr<TeamSync> sync;
    };
    [[nodiscard]] Console console(const QString &name, const TeamUrl &url,
                                  std::chrono::milliseconds heartbeat = TeamSync::defaultHeartbeat);
    // Alice, who reaches the server through `proxy`, with a heartbeat of a second.
    [[nodiscard]] Console consoleThrough(const TcpProxy &proxy);
    [[nodiscard]] static TeamChange change(const QByteArray &payload);
    [[nodiscard]] static bool hasInLog(Console &console, const QUuid &uid);
    void dropConnections();
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_database;
};

void tst_TeamSync::init()
{
    QVERIFY2(!postgres_fixture::ownerPassword().isEmpty(), "the postgres fixture did not start");
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = postgres_fixture::freshDatabase();
    QVERIFY(!m_database.isEmpty());
    {
        auto owner = TeamConnection::open(postgres_fixture::url(m_database),
                                          postgres_fixture::ownerPassword(), u"migrate"_s);
        QVERIFY(owner && TeamSchema::migrate(owner.value()));
    }
    TeamConnection::close(u"migrate"_s);
}

void tst_TeamSync::cleanup()
{
    m_dir.reset();
}

tst_TeamSync::Console tst_TeamSync::console(const QString &name, const TeamUrl &url,
                                            std::chrono::milliseconds heartbeat)
{
    Console made;
    const QString file = m_dir->filePath(name + u".sqlite"_s);
    made.database = Database::open(file).value();
    made.sync = std::make_unique<TeamSync>(file, url, postgres_fixture::ownerPassword(), heartbeat);
    return made;
}

tst_TeamSync::Console tst_TeamSync::consoleThrough(const TcpProxy &proxy)
{
    TeamUrl through = postgres_fixture::url(m_database);
    through.port = proxy.port();
    using namespace std::chrono_literals;
    return console(u"alice"_s, through, 1s);
}

TeamChange tst_TeamSync::change(const QByteArray &payload)
{
    return postgres_fixture::sampleChange(payload);
}

bool tst_TeamSync::hasInLog(Console &console, const QUuid &uid)
{
    const Result<QList<TeamChange>> log = TeamQueue(*console.database).log(0, 1000);
    return log
            && std::any_of(log.value().begin(), log.value().end(),
                           [&uid](const TeamChange &change) { return change.uid == uid; });
}

void tst_TeamSync::dropConnections()
{
    auto admin = TeamConnection::open(postgres_fixture::url(u"postgres"_s),
                                      postgres_fixture::ownerPassword(), u"admin"_s);
    QVERIFY(admin);
    QSqlQuery query(admin.value());
    query.prepare(u"SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                  "WHERE datname = ? AND pid <> pg_backend_pid()"_s);
    query.addBindValue(m_database);
    QVERIFY(query.exec() && query.next());
    QCOMPARE(query.value(0).toInt(), 2);
    admin = Error {QString()};
    TeamConnection::close(u"admin"_s);
}

void tst_TeamSync::aNewerServerMakesTheConsoleReadOnly()
{
    const auto setServerSchema = [this](int version) {
        auto owner = TeamConnection::open(postgres_fixture::url(m_database),
                                          postgres_fixture::ownerPassword(), u"schema"_s);
        QVERIFY(owner);
        QSqlQuery query(owner.value());
        query.prepare(u"UPDATE sitrep_meta SET value = ? WHERE key = 'schema'"_s);
        query.addBindValue(QString::number(version));
        QVERIFY(query.exec());
        owner = Error {QString()};
        TeamConnection::close(u"schema"_s);
    };
    setServerSchema(TeamSchema::latest + 1);
    Console alice = console(u"alice"_s, postgres_fixture::url(m_database));
    QVERIFY(TeamQueue(*alice.database).setTeam(postgres_fixture::url(m_database).toString()));
    const TeamChange made = change(R"("SEV-1")");
    QVERIFY(TeamQueue(*alice.database).enqueue(made));
    alice.sync->start();
    QTRY_VERIFY_WITH_TIMEOUT(alice.sync->state().readOnly, 15'000);
    QVERIFY2(alice.sync->state().problem.contains(u"read-only"_s),
             qPrintable(alice.sync->state().problem));
    // Nothing new is taken, and what waited still waits.
    const Result<bool> refused = TeamRecorder(*alice.database).recording();
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(u"read-only"_s), qPrintable(refused.error()));
    QTRY_COMPARE(alice.sync->state().pending, 1);

    // Sitrep "updated" (the server back at what it understands): writes resume, the queue goes.
    setServerSchema(TeamSchema::latest);
    alice.sync->syncNow();
    QTRY_VERIFY_WITH_TIMEOUT(alice.sync->state().connected, 15'000);
    QTRY_COMPARE(alice.sync->state().pending, 0);
    const Result<bool> taken = TeamRecorder(*alice.database).recording();
    QVERIFY2(taken && taken.value(), qPrintable(taken ? QString() : taken.error()));
}

void tst_TeamSync::aChangeReachesTheOtherConsole()
{
    Console alice = console(u"alice"_s, postgres_fixture::url(m_database));
    Console bob = console(u"bob"_s, postgres_fixture::url(m_database));
    alice.sync->start();
    bob.sync->start();
    QTRY_VERIFY(alice.sync->state().connected && bob.sync->state().connected);

    const TeamChange made = change(R"("SEV-1")");
    QVERIFY(TeamQueue(*alice.database).enqueue(made));
    QSignalSpy pulled(bob.sync.get(), &TeamSync::pulled);
    alice.sync->syncNow();
    // Bob is told by the server, not by his heartbeat (10 s): well within it. The worker
    // commits the page before its signal crosses to this thread, so wait on the signal.
    QTRY_VERIFY_WITH_TIMEOUT(!pulled.isEmpty(), 5000);
    QCOMPARE(pulled.last().at(0).toLongLong(), 1);
    QVERIFY(hasInLog(bob, made.uid));
    QTRY_COMPARE(alice.sync->state().pending, 0);
    QTRY_VERIFY(hasInLog(alice, made.uid)); // the pusher pulls its own change in order too
    QCOMPARE(TeamQueue(*bob.database).log(0, 10).value().first().author, u"sitrep_owner"_s);
}

void tst_TeamSync::consolesComeBackAfterTheServerDropsThem()
{
    Console alice = console(u"alice"_s, postgres_fixture::url(m_database));
    Console bob = console(u"bob"_s, postgres_fixture::url(m_database));
    alice.sync->start();
    bob.sync->start();
    QTRY_VERIFY(alice.sync->state().connected && bob.sync->state().connected);
    dropConnections();

    // Alice writes while her connection is gone; the push fails, she reconnects, LISTENs
    // again and pushes; Bob, reconnected too, is notified.
    const TeamChange made = change(R"("SEV-2")");
    QVERIFY(TeamQueue(*alice.database).enqueue(made));
    alice.sync->syncNow();
    bob.sync->syncNow(); // a console notices a dropped connection at its next query
    QTRY_VERIFY_WITH_TIMEOUT(hasInLog(bob, made.uid), 15'000);
    QTRY_VERIFY(alice.sync->state().connected && alice.sync->state().pending == 0);
}

void tst_TeamSync::anUnreachableServerKeepsTheQueue()
{
    TeamUrl nobody = postgres_fixture::url(m_database);
    nobody.port = 9;
    Console offline = console(u"offline"_s, nobody);
    const TeamChange made = change(R"("SEV-3")");
    QVERIFY(TeamQueue(*offline.database).enqueue(made));
    QSignalSpy changed(offline.sync.get(), &TeamSync::stateChanged);
    offline.sync->start();
    QTRY_VERIFY(!changed.isEmpty());
    const TeamSyncState state = offline.sync->state();
    QVERIFY(!state.connected);
    QVERIFY2(state.problem.contains(u"connection refused"_s), qPrintable(state.problem));
    QCOMPARE(state.pending, 1);
    QCOMPARE(TeamQueue(*offline.database).pending(10).value().first().uid, made.uid);
}

void tst_TeamSync::aSilentPartitionIsNoticedWithinTheHeartbeat()
{
    TcpProxy proxy(quint16(postgres_fixture::url(m_database).port));
    Console alice = consoleThrough(proxy);
    alice.sync->start();
    QTRY_VERIFY(alice.sync->state().connected);

    // Nothing is refused and nothing arrives: the next heartbeat's pull waits for an answer
    // that does not come, and the console says so within a heartbeat or two.
    proxy.goSilent();
    QElapsedTimer noticed;
    noticed.start();
    QTRY_VERIFY_WITH_TIMEOUT(!alice.sync->state().connected, 5000);
    QVERIFY2(noticed.elapsed() < 3000, qPrintable(QString::number(noticed.elapsed())));
    QVERIFY2(alice.sync->state().problem.contains(u"has not answered"_s),
             qPrintable(alice.sync->state().problem));

    // A change made meanwhile waits, and goes once the network is back.
    const TeamChange made = change(R"("SEV-1")");
    QVERIFY(TeamQueue(*alice.database).enqueue(made));
    proxy.forwardAgain();
    alice.sync->syncNow();
    QTRY_VERIFY_WITH_TIMEOUT(alice.sync->state().connected && alice.sync->state().pending == 0,
                             10'000);
    QTRY_VERIFY(hasInLog(alice, made.uid));
}

// Closing the console while its worker waits on a server that went silent: the exit does not
// wait for TCP to give up (tcp_user_timeout, 20 s).
void tst_TeamSync::quittingDuringASilentPartitionDoesNotWait()
{
    TcpProxy proxy(quint16(postgres_fixture::url(m_database).port));
    Console alice = consoleThrough(proxy);
    alice.sync->start();
    QTRY_VERIFY(alice.sync->state().connected);
    proxy.goSilent();
    QTRY_VERIFY_WITH_TIMEOUT(!alice.sync->state().connected, 5000);
    QVERIFY2(alice.sync->state().problem.contains(u"has not answered"_s),
             qPrintable(alice.sync->state().problem));
    QElapsedTimer closing;
    closing.start();
    alice.sync.reset();
    QVERIFY2(closing.elapsed() < 5000, qPrintable(QString::number(closing.elapsed())));
}

void tst_TeamSync::aStoppedServerIsCaughtUpWhenItIsBack()
{
    TcpProxy proxy(quint16(postgres_fixture::url(m_database).port));
    Console alice = consoleThrough(proxy);
    Console bob = console(u"bob"_s, postgres_fixture::url(m_database));
    alice.sync->start();
    bob.sync->start();
    QTRY_VERIFY(alice.sync->state().connected && bob.sync->state().connected);

    // To alice the server is gone: her connection is cut and new ones are refused. She keeps
    // writing; so does bob, who still reaches it.
    proxy.goDown();
    QList<QUuid> hers;
    for (int i = 0; i < 3; ++i) {
        const TeamChange made = change(QByteArray::number(i));
        hers << made.uid;
        QVERIFY(TeamQueue(*alice.database).enqueue(made));
    }
    alice.sync->syncNow();
    QTRY_VERIFY_WITH_TIMEOUT(!alice.sync->state().connected, 5000);
    QCOMPARE(alice.sync->state().pending, 3);
    const TeamChange his = change(R"("his")");
    QVERIFY(TeamQueue(*bob.database).enqueue(his));
    bob.sync->syncNow();
    QTRY_COMPARE(bob.sync->state().pending, 0);

    // Back: alice reconnects by herself (backoff), LISTENs, pushes and pulls what she missed.
    proxy.comeBack();
    QTRY_VERIFY_WITH_TIMEOUT(alice.sync->state().connected && alice.sync->state().pending == 0,
                             15'000);
    QTRY_VERIFY(hasInLog(alice, his.uid));
    for (const QUuid &uid : hers)
        QTRY_VERIFY_WITH_TIMEOUT(hasInLog(bob, uid), 5000);
}

// A standby (the fixture's hot standby of its primary) cannot LISTEN or take changes: a console
// that reaches one says so, polls it every 2 s, and keeps its own changes queued.
void tst_TeamSync::aConsoleOnAStandbyPollsAndKeepsItsChanges()
{
    TeamUrl standby = postgres_fixture::url(m_database);
    standby.port = postgres_fixture::read(u"readonly.port"_s).toInt();
    // The team's new database reaches the standby by replication.
    QTRY_VERIFY_WITH_TIMEOUT(
            [&standby] {
                const bool opened = bool(TeamConnection::open(
                        standby, postgres_fixture::ownerPassword(), u"replicated"_s));
                TeamConnection::close(u"replicated"_s);
                return opened;
            }(),
            10'000);
    Console alice = console(u"alice"_s, standby);
    QVERIFY(TeamQueue(*alice.database).setTeam(standby.toString()));
    const TeamChange mine = change(R"("SEV-3")");
    QVERIFY(TeamQueue(*alice.database).enqueue(mine));
    alice.sync->start();
    QTRY_VERIFY_WITH_TIMEOUT(alice.sync->state().connected && alice.sync->state().standby, 10'000);

    auto owner = TeamConnection::open(postgres_fixture::url(m_database),
                                      postgres_fixture::ownerPassword(), u"primary"_s);
    QVERIFY(owner);
    const TeamChange theirs = change(R"("SEV-1")");
    QVERIFY(TeamLog(owner.value()).push({theirs}));
    owner = Error {QString()};
    TeamConnection::close(u"primary"_s);
    // No notification comes from a standby: the poll brings it (every 2 s, plus replay).
    QTRY_VERIFY_WITH_TIMEOUT(hasInLog(alice, theirs.uid), 6'000);
    QCOMPARE(alice.sync->state().pending, 1);
    QVERIFY(!hasInLog(alice, mine.uid));
}

QTEST_GUILESS_MAIN(tst_TeamSync)
#include "tst_teamsync.moc"
