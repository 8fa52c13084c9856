#include "../fixtures/chatreceiver.h"
#include "ctlteamfixture.h"
#include "sync/teamconnection.h"

#include <csignal>

#include <QDir>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryFile>
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
    void eachEscalationStepPagesOnceAndOutlivesAWatcher();

private:
    // Adds the webhook channel (its URL to the keychain), waiting at most 1 s per request.
    void addHook(const QTemporaryDir &home);
    // Adds a webhook channel `name` at /`name` with `settings` besides a 1 s timeout.
    void addWebhook(const QTemporaryDir &home, const QString &name, const QStringList &settings);
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

void tst_CtlTeamOutbox::addWebhook(const QTemporaryDir &home, const QString &name,
                                   const QStringList &settings)
{
    QStringList arguments {u"channel"_s, u"add"_s,        u"webhook"_s,       name,
                           u"--set"_s,   u"timeout=1s"_s, u"--secret-stdin"_s};
    for (const QString &setting : settings)
        arguments << u"--set"_s << setting;
    const CtlRun added = runCtl(home, arguments, m_receiver->url(u'/' + name).toUtf8());
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

// The same two watchers, a schedule whose levels page first@ at once and second@ after a minute,
// a paging webhook and a chat webhook. Carol declares a SEV-1 from a third console: the chat
// channel hears "declared" once and first@ is paged once; one watcher is killed -9; the other
// pages second@ on time, once.
void tst_CtlTeamOutbox::eachEscalationStepPagesOnceAndOutlivesAWatcher()
{
    auto alice = ctl_team::joined(m_database, u"alice"_s);
    auto bob = ctl_team::joined(m_database, u"bob"_s);
    auto carol = ctl_team::joined(m_database, u"carol"_s);
    QTemporaryFile schedule(QDir::temp().filePath(u"payments-XXXXXX.yaml"_s));
    QVERIFY(schedule.open());
    schedule.write("name: payments\ntimezone: UTC\nrotation:\n  start: 2026-01-05\n"
                   "  participants: [first@example.com]\nescalation:\n  levels:\n"
                   "    - { level: 1, target: first@example.com, timeout_minutes: 1 }\n"
                   "    - { level: 2, target: second@example.com, timeout_minutes: 1 }\n"
                   "  repeat: 0\n");
    schedule.close();
    QCOMPARE(runCtl(*carol, {u"oncall"_s, u"import"_s, schedule.fileName()}).exitCode, 0);
    QCOMPARE(runCtl(*carol, {u"team"_s, u"sync"_s}).exitCode, 0);
    for (const auto *home : {alice.get(), bob.get()}) {
        QCOMPARE(runCtl(*home, {u"team"_s, u"sync"_s}).exitCode, 0);
        addWebhook(*home, u"page"_s,
                   {u"role=paging"_s, u"template={\"person\": \"{{person}}\"}"_s});
        addWebhook(*home, u"room"_s, {});
        QCOMPARE(runCtl(*home, {u"team"_s, u"sync"_s}).exitCode, 0);
    }
    QCOMPARE(runCtl(*carol, {u"team"_s, u"sync"_s}).exitCode, 0);
    QProcess aliceWatch;
    QProcess bobWatch;
    startWatch(aliceWatch, *alice);
    startWatch(bobWatch, *bob);
    const auto paged = [this] {
        QStringList people;
        for (const ChatReceiver::Request &request : m_receiver->requests(u"/page"_s))
            people << request.json().value(u"person"_s).toString();
        return people;
    };

    QElapsedTimer sinceDeclared;
    sinceDeclared.start();
    const CtlRun declared = runCtl(*carol,
                                   {u"incidents"_s, u"declare"_s, u"--title"_s, u"Payments down"_s,
                                    u"--severity"_s, u"SEV-1"_s, u"--service"_s, u"payments"_s});
    QVERIFY2(declared.exitCode == 0, qPrintable(declared.err));
    QCOMPARE(runCtl(*carol, {u"team"_s, u"sync"_s}).exitCode, 0);
    // The team's word that a message went out, not only the receiver's: a watcher killed
    // before it settled would have its message sent once more by the other.
    const auto delivered = [this] {
        return server(u"SELECT count(*) FROM sitrep_outbox WHERE state = 'delivered'"_s).value(0);
    };
    QTRY_COMPARE_WITH_TIMEOUT(delivered(), u"2"_s, 30'000); // the declaration and level 1
    QCOMPARE(paged(), QStringList {u"first@example.com"_s});
    QCOMPARE(m_receiver->requests(u"/room"_s).size(), 1);

    ::kill(pid_t(aliceWatch.processId()), SIGKILL);
    QVERIFY(aliceWatch.waitForFinished(10'000));
    // The next level is due a minute after the declaration: bob pages it then, once.
    QTRY_COMPARE_WITH_TIMEOUT(delivered(), u"3"_s, 120'000);
    QVERIFY2(sinceDeclared.elapsed() < 120'000,
             qPrintable(QString::number(sinceDeclared.elapsed())));
    QCOMPARE(paged(), (QStringList {u"first@example.com"_s, u"second@example.com"_s}));
    QCOMPARE(m_receiver->requests(u"/room"_s).size(), 1);
    QCOMPARE(server(u"SELECT count(*) FROM sitrep_claims WHERE what = 'escalation'"_s),
             QStringList {u"1"_s}); // level 2's; level 1 was paged by the declaring console

    bobWatch.terminate();
    QVERIFY(bobWatch.waitForFinished(10'000));
    QCOMPARE(paged().size(), 2);
}

QTEST_GUILESS_MAIN(tst_CtlTeamOutbox)
#include "tst_ctlteamoutbox.moc"
