#include "../fixtures/chatreceiver.h"
#include "ctlteamfixture.h"
#include "sync/teamconnection.h"

#include <csignal>

#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

// Two `sitrepctl watch` daemons on one team store and a webhook channel with a local receiver:
// a SEV-1 declared on a third console goes out once; the watcher delivering it is killed -9
// mid-request, and the other sends it again, once, with the same key, after the lease ran out.
class tst_CtlTeamOutbox : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void aKilledWatchersMessageIsSentOnceMoreWithTheSameKey();

private:
    // Adds the webhook channel (its URL to the keychain), waiting at most 1 s per request.
    void addHook(const QTemporaryDir &home);
    // Starts `watch` and waits until it reaches the team server.
    void startWatch(QProcess &watch, const QTemporaryDir &home);
    // One query as the cluster's owner: the first column of each row.
    [[nodiscard]] QStringList server(const QString &sql);
    std::unique_ptr<ChatReceiver> m_receiver;
    QString m_database;
};

void tst_CtlTeamOutbox::init()
{
    QVERIFY2(!postgres_fixture::ownerPassword().isEmpty(), "the postgres fixture did not start");
    m_database = postgres_fixture::freshDatabase();
    QVERIFY(!m_database.isEmpty());
    m_receiver = std::make_unique<ChatReceiver>();
}

void tst_CtlTeamOutbox::cleanup()
{
    m_receiver.reset();
}

void tst_CtlTeamOutbox::addHook(const QTemporaryDir &home)
{
    const CtlRun added = runCtl(home,
                                {u"channel"_s, u"add"_s, u"webhook"_s, u"pager"_s, u"--set"_s,
                                 u"timeout=1s"_s, u"--secret-stdin"_s},
                                m_receiver->url(u"/hook"_s).toUtf8());
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
}

void tst_CtlTeamOutbox::startWatch(QProcess &watch, const QTemporaryDir &home)
{
    startCtl(watch, home, {u"watch"_s});
    QByteArray log;
    // An event loop turns meanwhile: the receiver in this process keeps answering.
    QVERIFY2(QTest::qWaitFor(
                     [&] {
                         log += watch.readAllStandardOutput();
                         return log.contains("connected to the team server");
                     },
                     15'000),
             log.constData());
}

QStringList tst_CtlTeamOutbox::server(const QString &sql)
{
    QStringList values;
    {
        auto owner = sitrep::TeamConnection::open(postgres_fixture::url(m_database),
                                                  postgres_fixture::ownerPassword(), u"ask"_s);
        QSqlQuery query(owner.value());
        if (query.exec(sql))
            while (query.next())
                values << query.value(0).toString();
    }
    sitrep::TeamConnection::close(u"ask"_s);
    return values;
}

void tst_CtlTeamOutbox::aKilledWatchersMessageIsSentOnceMoreWithTheSameKey()
{
    auto alice = ctl_team::joined(m_database, u"alice"_s);
    auto bob = ctl_team::joined(m_database, u"bob"_s);
    auto carol = ctl_team::joined(m_database, u"carol"_s);
    // The channel is the team's; its secret is in the watchers' keychains, not in carol's.
    for (const auto *home : {alice.get(), bob.get()}) {
        QCOMPARE(runCtl(*home, {u"team"_s, u"sync"_s}).exitCode, 0);
        addHook(*home);
        QCOMPARE(runCtl(*home, {u"team"_s, u"sync"_s}).exitCode, 0);
    }
    QCOMPARE(runCtl(*carol, {u"team"_s, u"sync"_s}).exitCode, 0);
    // The first request is taken and never answered: its sender dies meanwhile.
    m_receiver->script(u"/hook"_s, {ChatReceiver::Status::Ok, {}, {}, true});
    QProcess aliceWatch;
    QProcess bobWatch;
    startWatch(aliceWatch, *alice);
    startWatch(bobWatch, *bob);

    const CtlRun declared = runCtl(*carol,
                                   {u"incidents"_s, u"declare"_s, u"--title"_s, u"Payments down"_s,
                                    u"--severity"_s, u"SEV-1"_s});
    QVERIFY2(declared.exitCode == 0, qPrintable(declared.err));
    QCOMPARE(runCtl(*carol, {u"team"_s, u"sync"_s}).exitCode, 0);
    QTRY_COMPARE_WITH_TIMEOUT(m_receiver->requests(u"/hook"_s).size(), 1, 15'000);
    // One "declared" message for the channel, held by one watcher.
    QCOMPARE(server(u"SELECT kind FROM sitrep_outbox WHERE channel = 'pager'"_s),
             QStringList {u"declared"_s});
    const QStringList holder
            = server(u"SELECT login FROM sitrep_outbox_leases WHERE channel = 'pager'"_s);
    QCOMPARE(holder.size(), 1);
    const bool aliceHolds = holder.first().startsWith(u"alice_"_s);
    QProcess &killed = aliceHolds ? aliceWatch : bobWatch;
    QProcess &survivor = aliceHolds ? bobWatch : aliceWatch;
    ::kill(pid_t(killed.processId()), SIGKILL);
    QVERIFY(killed.waitForFinished(10'000));

    // The survivor takes the message over once the lease (3 × 1 s + 5 s) has run out.
    const QString survivorLogin = (aliceHolds ? u"bob_"_s : u"alice_"_s) + m_database;
    QTRY_COMPARE_WITH_TIMEOUT(server(u"SELECT state || ' ' || delivered_by FROM sitrep_outbox"_s),
                              QStringList {u"delivered "_s + survivorLogin}, 30'000);
    const QList<ChatReceiver::Request> sent = m_receiver->requests(u"/hook"_s);
    QCOMPARE(sent.size(), 2);
    QVERIFY(!sent.at(0).header("Idempotency-Key").isEmpty());
    QCOMPARE(sent.at(1).header("Idempotency-Key"), sent.at(0).header("Idempotency-Key"));
    QCOMPARE(server(u"SELECT attempts FROM sitrep_outbox"_s), QStringList {u"1"_s});

    survivor.terminate();
    QVERIFY(survivor.waitForFinished(10'000));
    QCOMPARE(survivor.exitCode(), 0);
    QCOMPARE(m_receiver->requests(u"/hook"_s).size(), 2);
}

QTEST_GUILESS_MAIN(tst_CtlTeamOutbox)
#include "tst_ctlteamoutbox.moc"
