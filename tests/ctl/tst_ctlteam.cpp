#include "ctlteamfixture.h"
#include "storage/database.h"
#include "storage/teamqueue.h"
#include "storage/teamschema.h"
#include "storage/transaction.h"

#include <csignal>
#include <functional>

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

// sitrepctl team: joining the postgres fixture's server with the password in the keychain,
// its schema migrated, the status as JSON, leaving; and each refusal in words, saving nothing.
class tst_CtlTeam : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void joinMigrateAndLeave();
    void aRefusedJoinSavesNothing();
    void badUrlsAreBadArguments();
    void threeConsolesConverge();
    void aPushKilledAnywhereLandsEachChangeOnce();
    void importingLocalHistoryAddsNothingTwice();
    void joiningWithoutImportKeepsTheSoloHistoryAside();
    void messagesNameIncidentsByTheirTeamLabel();
    void aViewerWatchesAndWritesNothing();
    void onlyTheOwnerGrantsAndMigrates();
    void aWatcherFollowsTheTeam();

private:
    [[nodiscard]] CtlRun ctl(const QStringList &arguments, const QByteArray &input = {})
    {
        return runCtl(*m_home, arguments, input);
    }
    [[nodiscard]] QJsonObject status();
    // A console of its own (home, settings, file) joined to the server as `login`.
    [[nodiscard]] std::unique_ptr<QTemporaryDir>
    joined(const QString &name, sitrep::TeamRole role = sitrep::TeamRole::Responder);
    [[nodiscard]] QString login(const QString &name,
                                sitrep::TeamRole role = sitrep::TeamRole::Responder);
    [[nodiscard]] CtlRun join(QTemporaryDir &home, const QString &user,
                              const QStringList &extra = {});
    [[nodiscard]] qint64 serverChanges(const QString &where = {});
    [[nodiscard]] QString url() const;
    std::unique_ptr<QTemporaryDir> m_home;
    QString m_database;
};

// What a command printed; a failed one says how it failed, so a comparison shows why.
static QByteArray said(const CtlRun &run)
{
    return run.exitCode == 0
            ? run.out
            : "exit code " + QByteArray::number(run.exitCode) + ": " + run.err.toUtf8();
}

// `team sync` in `home`, which must end in step. A failure shows the exit code and stderr: one
// sync in about 30 runs under load has exited with 255, and nothing said why.
static void syncIn(QTemporaryDir &home)
{
    const QByteArray synced = said(runCtl(home, {u"team"_s, u"sync"_s}));
    QVERIFY2(synced.startsWith("In step with the team"), synced.constData());
}

void tst_CtlTeam::init()
{
    QVERIFY2(!postgres_fixture::ownerPassword().isEmpty(), "the postgres fixture did not start");
    m_home = std::make_unique<QTemporaryDir>();
    m_database = postgres_fixture::freshDatabase();
    QVERIFY(!m_database.isEmpty());
}

QString tst_CtlTeam::url() const
{
    return postgres_fixture::url(m_database).toString();
}

QJsonObject tst_CtlTeam::status()
{
    const CtlRun run = ctl({u"team"_s, u"status"_s, u"--json"_s});
    return QJsonDocument::fromJson(run.out).object();
}

void tst_CtlTeam::joinMigrateAndLeave()
{
    QCOMPARE(status().value(u"mode").toString(), u"solo"_s);

    const CtlRun joined = ctl({u"team"_s, u"connect"_s, url(), u"--password-stdin"_s},
                              postgres_fixture::ownerPassword().toUtf8());
    QVERIFY2(joined.exitCode == 0, qPrintable(joined.err));
    QVERIFY(joined.out.contains("Joined the team server"));
    QVERIFY(joined.out.contains("run sitrepctl team migrate"));

    QJsonObject team = status();
    QCOMPARE(team.value(u"mode").toString(), u"team"_s);
    QCOMPARE(team.value(u"server").toString(), url());
    QCOMPARE(team.value(u"user").toString(), u"sitrep_owner"_s);
    QCOMPARE(team.value(u"connected").toBool(), true);
    QCOMPARE(team.value(u"server_schema").toInt(), 0);
    QCOMPARE(team.value(u"pending").toInt(), 0);

    const CtlRun migrated = ctl({u"team"_s, u"migrate"_s});
    QVERIFY2(migrated.exitCode == 0, qPrintable(migrated.err));
    QVERIFY(migrated.out.contains(
            u"schema is at version %1"_s.arg(sitrep::TeamSchema::latest).toUtf8()));
    QCOMPARE(status().value(u"server_schema").toInt(), sitrep::TeamSchema::latest);

    const CtlRun synced = ctl({u"team"_s, u"sync"_s, u"--timeout"_s, u"20"_s});
    QVERIFY2(synced.exitCode == 0, qPrintable(synced.err));
    QVERIFY(synced.out.contains("In step with the team"));
    const CtlRun badTimeout = ctl({u"team"_s, u"sync"_s, u"--timeout"_s, u"0"_s});
    QCOMPARE(badTimeout.exitCode, 2);

    // The password went to the keychain: the settings hold the URL only.
    QFile settings(m_home->filePath(u"config/sitrep/sitrep.ini"_s));
    QVERIFY(settings.open(QIODevice::ReadOnly));
    const QByteArray saved = settings.readAll();
    QVERIFY(saved.contains(m_database.toUtf8()));
    QVERIFY(!saved.contains(postgres_fixture::ownerPassword().toUtf8()));

    const CtlRun left = ctl({u"team"_s, u"disconnect"_s});
    QCOMPARE(left.exitCode, 0);
    QCOMPARE(status().value(u"mode").toString(), u"solo"_s);
    const CtlRun solo = ctl({u"team"_s, u"migrate"_s});
    QCOMPARE(solo.exitCode, 1);
    QVERIFY2(solo.err.contains(u"solo mode"_s), qPrintable(solo.err));
}

void tst_CtlTeam::aRefusedJoinSavesNothing()
{
    const CtlRun refused
            = ctl({u"team"_s, u"connect"_s, url(), u"--password-stdin"_s}, "not-the-password");
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(u"refused the password for sitrep_owner"_s),
             qPrintable(refused.err));
    QCOMPARE(status().value(u"mode").toString(), u"solo"_s);
    const CtlRun untrusted = ctl({u"team"_s, u"connect"_s,
                                  postgres_fixture::url(m_database, u"sitrep_owner"_s,
                                                        postgres_fixture::state(u"other-ca.crt"_s))
                                          .toString(),
                                  u"--password-stdin"_s},
                                 postgres_fixture::ownerPassword().toUtf8());
    QCOMPARE(untrusted.exitCode, 1);
    QVERIFY2(untrusted.err.contains(u"certificate could not be verified"_s),
             qPrintable(untrusted.err));
    QCOMPARE(status().value(u"mode").toString(), u"solo"_s);
}

void tst_CtlTeam::badUrlsAreBadArguments()
{
    const CtlRun plain
            = ctl({u"team"_s, u"connect"_s, u"postgresql://alice@db.example.com/team"_s});
    QCOMPARE(plain.exitCode, 2);
    QVERIFY2(plain.err.contains(u"sslmode=verify-full"_s), qPrintable(plain.err));
    const CtlRun inside = ctl({u"team"_s, u"connect"_s, u"postgresql://alice:pw@127.0.0.1/team"_s});
    QCOMPARE(inside.exitCode, 2);
    QVERIFY(!inside.err.contains(u"pw@"_s));
}

QString tst_CtlTeam::login(const QString &name, sitrep::TeamRole role)
{
    return ctl_team::login(m_database, name, role);
}

CtlRun tst_CtlTeam::join(QTemporaryDir &home, const QString &user, const QStringList &extra)
{
    return ctl_team::join(m_database, home, user, extra);
}

std::unique_ptr<QTemporaryDir> tst_CtlTeam::joined(const QString &name, sitrep::TeamRole role)
{
    return ctl_team::joined(m_database, name, role);
}

qint64 tst_CtlTeam::serverChanges(const QString &where)
{
    qint64 count = -1;
    {
        auto owner = sitrep::TeamConnection::open(postgres_fixture::url(m_database),
                                                  postgres_fixture::ownerPassword(), u"count"_s);
        QSqlQuery query(owner.value());
        if (query.exec(u"SELECT count(*) FROM sitrep_changes "_s + where) && query.next())
            count = query.value(0).toLongLong();
    }
    sitrep::TeamConnection::close(u"count"_s);
    return count;
}

// Three sitrepctl consoles write while apart (none runs a sync worker between commands), then
// each syncs: all three list the same incidents, with the team's numbers, and the same
// timeline, including whose concurrent change was superseded.
void tst_CtlTeam::threeConsolesConverge()
{
    const auto alice = joined(u"alice"_s);
    const auto bob = joined(u"bob"_s);
    const auto carol = joined(u"carol"_s);
    const auto consoles = {alice.get(), bob.get(), carol.get()};
    const auto declare = [](QTemporaryDir &home, const QString &title) {
        const CtlRun run = runCtl(home,
                                  {u"incidents"_s, u"declare"_s, u"--title"_s, title,
                                   u"--severity"_s, u"SEV-3"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject made = QJsonDocument::fromJson(run.out).object();
        // Offline, the number is the server's to give: provisional until then.
        QVERIFY(made.value(u"provisional").toBool());
        QVERIFY(made.value(u"id").isNull());
        QVERIFY(!made.value(u"uid").toString().isEmpty());
    };
    declare(*alice, u"Checkout 500s"_s);
    declare(*bob, u"Search slow"_s);
    declare(*carol, u"Login fails"_s);
    const auto syncAll = [&] {
        for (int round = 0; round < 2; ++round) {
            for (QTemporaryDir *home : consoles) {
                const CtlRun run = runCtl(*home, {u"team"_s, u"sync"_s, u"--timeout"_s, u"20"_s});
                QVERIFY2(run.exitCode == 0, qPrintable(run.err));
            }
        }
    };
    syncAll();

    // Apart again: alice and carol change the same severity, bob writes on the timeline.
    const auto list = [](QTemporaryDir &home) {
        return said(
                runCtl(home, {u"incidents"_s, u"list"_s, u"--status"_s, u"all"_s, u"--json"_s}));
    };
    const QJsonArray numbered = QJsonDocument::fromJson(list(*alice)).array();
    QCOMPARE(numbered.size(), 3);
    const QString first = QString::number(numbered.first().toObject().value(u"id").toInt());
    QCOMPARE(runCtl(*alice, {u"incidents"_s, u"update"_s, first, u"--severity"_s, u"SEV-2"_s})
                     .exitCode,
             0);
    QCOMPARE(runCtl(*carol, {u"incidents"_s, u"update"_s, first, u"--severity"_s, u"SEV-1"_s})
                     .exitCode,
             0);
    QCOMPARE(runCtl(*bob,
                    {u"timeline"_s, u"add"_s, u"#"_s + first, u"--kind"_s, u"note"_s, u"--text"_s,
                     u"Rollback started"_s})
                     .exitCode,
             0);
    syncAll();

    const QByteArray expected = list(*alice);
    const QJsonArray all = QJsonDocument::fromJson(expected).array();
    QCOMPARE(all.size(), 3);
    QList<int> numbers;
    for (const QJsonValue &incident : all) {
        numbers << incident.toObject().value(u"id").toInt();
        QVERIFY(!incident.toObject().value(u"provisional").toBool());
    }
    std::sort(numbers.begin(), numbers.end());
    QCOMPARE(numbers, (QList<int> {1, 2, 3}));
    QCOMPARE(list(*bob), expected);
    QCOMPARE(list(*carol), expected);

    const auto shown = [&first](QTemporaryDir &home) {
        return said(runCtl(home, {u"incidents"_s, u"show"_s, first, u"--json"_s}));
    };
    const QJsonObject incident = QJsonDocument::fromJson(shown(*bob)).object();
    QCOMPARE(incident.value(u"severity").toString(), u"SEV-1"_s);
    QString timeline;
    for (const QJsonValue &entry : incident.value(u"timeline").toArray())
        timeline += entry.toObject().value(u"text").toString() + u'\n';
    QVERIFY2(timeline.contains(u"Rollback started"_s), qPrintable(timeline));
    QVERIFY2(
            timeline.contains(u"alice_%1's SEV-2 superseded by carol_%1's SEV-1"_s.arg(m_database)),
            qPrintable(timeline));
    QCOMPARE(shown(*alice), shown(*bob));
    QCOMPARE(shown(*carol), shown(*bob));
}

// The crash campaign for the team push (issue 27): 10 times (SITREP_CRASH_ROUNDS), a console
// with 300 more changes waiting is killed (SIGKILL) at a random moment of its push; then with
// 1,000 waiting, as soon as the server took some. After each kill its file passes SQLite's
// integrity and foreign key checks; at the end the server holds every change once.
void tst_CtlTeam::aPushKilledAnywhereLandsEachChangeOnce()
{
    const auto home = joined(u"dora"_s);
    const QString file = home->filePath(u"sitrep.sqlite"_s);
    int made = 0;
    const auto enqueue = [&](int count) {
        auto database = sitrep::Database::open(file);
        QVERIFY(database);
        sitrep::Transaction transaction(*database.value());
        sitrep::TeamQueue queue(*database.value());
        for (int i = 0; i < count; ++i, ++made) {
            sitrep::TeamChange change = postgres_fixture::sampleChange(QByteArray::number(made));
            change.entity = u"probe"_s; // a kind no console applies
            QVERIFY(queue.enqueue(change));
        }
        QVERIFY(transaction.commit());
    };
    const auto healthy = [&file] {
        const sitrep::Result<void> checked = sitrep::Database::checkThoroughly(file);
        QVERIFY2(checked, qPrintable(checked ? QString() : checked.error()));
    };
    const QStringList sync = {u"team"_s, u"sync"_s, u"--timeout"_s, u"20"_s};

    enqueue(300);
    QElapsedTimer whole;
    whole.start();
    QCOMPARE(runCtl(*home, sync).exitCode, 0);
    const int longest = int(whole.elapsed()) * 2;
    // A long campaign by hand: SITREP_CRASH_ROUNDS=200; a failed one again: SITREP_CRASH_SEED.
    const int rounds = qEnvironmentVariableIsSet("SITREP_CRASH_ROUNDS")
            ? qEnvironmentVariableIntValue("SITREP_CRASH_ROUNDS")
            : 10;
    const quint32 seed = qEnvironmentVariableIsSet("SITREP_CRASH_SEED")
            ? qEnvironmentVariable("SITREP_CRASH_SEED").toUInt()
            : QRandomGenerator::global()->generate();
    QRandomGenerator random(seed);
    int kills = 0;
    // A push killed once `moment` has passed, unless it ended first; the file stays healthy.
    const auto pushKilledAfter = [&](const std::function<void(QProcess &)> &moment) {
        QProcess pushing;
        startCtl(pushing, *home, sync);
        QVERIFY(pushing.waitForStarted());
        moment(pushing);
        if (pushing.state() != QProcess::NotRunning) {
            ::kill(pid_t(pushing.processId()), SIGKILL);
            ++kills;
        }
        pushing.waitForFinished();
        healthy();
    };
    for (int round = 0; round < rounds && !QTest::currentTestFailed(); ++round) {
        enqueue(300);
        // Waiting on the process itself: it may finish before the moment comes.
        pushKilledAfter(
                [&](QProcess &pushing) { pushing.waitForFinished(random.bounded(longest)); });
    }

    // Killed as soon as the server has taken some of 1,000: mid-push, before the console has
    // let go of what it sent.
    enqueue(1000);
    qint64 landed = serverChanges();
    const qint64 all = landed + 1000;
    for (int tries = 0; tries < 20 && landed < all && !QTest::currentTestFailed(); ++tries) {
        pushKilledAfter([&](QProcess &pushing) {
            QTRY_VERIFY_WITH_TIMEOUT(
                    serverChanges() > landed || pushing.state() == QProcess::NotRunning, 20'000);
        });
        landed = serverChanges();
    }
    if (QTest::currentTestFailed())
        return;
    qInfo("seed %u, %d rounds: killed %d times mid-push, the file healthy after each", seed, rounds,
          kills);
    QVERIFY(kills > 0);
    const CtlRun finished = runCtl(*home, sync);
    QVERIFY2(finished.exitCode == 0, qPrintable(finished.err));
    QCOMPARE(serverChanges(u"WHERE entity = 'probe'"_s), made);
    QCOMPARE(serverChanges(u"WHERE entity = 'probe' GROUP BY uid HAVING count(*) > 1"_s), -1);
    const QJsonObject after
            = QJsonDocument::fromJson(runCtl(*home, {u"team"_s, u"status"_s, u"--json"_s}).out)
                      .object();
    QCOMPARE(after.value(u"pending").toInt(), 0);
}

// A console's solo history goes to the team with --import-local; importing again, or from a
// copy of the same file on another desk, adds nothing twice.
void tst_CtlTeam::importingLocalHistoryAddsNothingTwice()
{
    QTemporaryDir first;
    for (const QString &title : {u"Checkout 500s"_s, u"Search slow"_s}) {
        QCOMPARE(runCtl(first,
                        {u"incidents"_s, u"declare"_s, u"--title"_s, title, u"--severity"_s,
                         u"SEV-2"_s})
                         .exitCode,
                 0);
    }
    QCOMPARE(runCtl(first,
                    {u"timeline"_s, u"add"_s, u"1"_s, u"--kind"_s, u"note"_s, u"--text"_s,
                     u"Rolled back"_s})
                     .exitCode,
             0);
    QTemporaryDir copy;
    QVERIFY(QFile::copy(first.filePath(u"sitrep.sqlite"_s), copy.filePath(u"sitrep.sqlite"_s)));

    const QString user = login(u"erin"_s);
    const CtlRun imported = join(first, user, {u"--import-local"_s});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    QVERIFY2(imported.out.contains("2 incidents of this console's history"),
             imported.out.constData());
    syncIn(first);
    const qint64 once = serverChanges();
    for (QTemporaryDir *home : {&first, &copy, &copy}) {
        const CtlRun again = join(*home, user, {u"--import-local"_s});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        syncIn(*home);
    }
    QCOMPARE(serverChanges(), once);
    QCOMPARE(serverChanges(u"WHERE field = 'number'"_s), 2);

    const auto list = [](QTemporaryDir &home) {
        return said(
                runCtl(home, {u"incidents"_s, u"list"_s, u"--status"_s, u"all"_s, u"--json"_s}));
    };
    const QJsonArray listed = QJsonDocument::fromJson(list(first)).array();
    QCOMPARE(listed.size(), 2);
    QCOMPARE(listed.first().toObject().value(u"provisional").toBool(), false);
    QCOMPARE(list(copy), list(first));
}

void tst_CtlTeam::joiningWithoutImportKeepsTheSoloHistoryAside()
{
    QTemporaryDir solo;
    QCOMPARE(runCtl(solo,
                    {u"incidents"_s, u"declare"_s, u"--title"_s, u"Solo outage"_s, u"--severity"_s,
                     u"SEV-3"_s})
                     .exitCode,
             0);
    // Someone else's incident is what the team holds.
    auto other = joined(u"frank"_s);
    QCOMPARE(runCtl(*other,
                    {u"incidents"_s, u"declare"_s, u"--title"_s, u"Team outage"_s, u"--severity"_s,
                     u"SEV-2"_s})
                     .exitCode,
             0);
    syncIn(*other);

    const QString gina = login(u"gina"_s);
    const CtlRun joinedRun = join(solo, gina);
    QVERIFY2(joinedRun.exitCode == 0, qPrintable(joinedRun.err));
    QVERIFY2(joinedRun.out.contains("solo history is kept in"), joinedRun.out.constData());
    const QStringList aside = QDir(solo.path()).entryList({u"sitrep-solo-*.sqlite"_s}, QDir::Files);
    QCOMPARE(aside.size(), 1);
    const CtlRun synced = runCtl(solo, {u"team"_s, u"sync"_s});
    QVERIFY2(synced.exitCode == 0, qPrintable(synced.err));
    const auto titles = [](QTemporaryDir &home, const QStringList &where) {
        QStringList said;
        const CtlRun run = runCtl(home,
                                  where
                                          + QStringList {u"incidents"_s, u"list"_s, u"--status"_s,
                                                         u"all"_s, u"--json"_s});
        for (const QJsonValue &incident : QJsonDocument::fromJson(run.out).array())
            said << incident[u"title"_s].toString();
        return said;
    };
    // The console shows the team's state; the solo history is whole in the copy.
    QCOMPARE(titles(solo, {}), QStringList {u"Team outage"_s});
    QCOMPARE(titles(solo, {u"--db"_s, solo.filePath(aside.first())}),
             QStringList {u"Solo outage"_s});
    // Joining again sets nothing more aside.
    const CtlRun again = join(solo, gina);
    QVERIFY(!again.out.contains("solo history"));
}

void tst_CtlTeam::messagesNameIncidentsByTheirTeamLabel()
{
    auto home = joined(u"hana"_s);
    QCOMPARE(runCtl(*home,
                    {u"incidents"_s, u"declare"_s, u"--title"_s, u"Offline outage"_s,
                     u"--severity"_s, u"SEV-3"_s})
                     .exitCode,
             0);
    const QJsonObject declared
            = QJsonDocument::fromJson(runCtl(*home, {u"incidents"_s, u"list"_s, u"--json"_s}).out)
                      .array()
                      .first()
                      .toObject();
    QVERIFY(declared.value(u"provisional").toBool());
    const QString label
            = u"P-"_s + QUuid(declared.value(u"uid").toString()).toString(QUuid::Id128).right(4);
    const CtlRun updated
            = runCtl(*home, {u"incidents"_s, u"update"_s, label, u"--severity"_s, u"SEV-2"_s});
    QVERIFY2(updated.exitCode == 0, qPrintable(updated.err));
    QCOMPARE(updated.out.trimmed(), u"Updated incident #%1."_s.arg(label).toUtf8());
    // Numbered by the server: the same command names the number.
    syncIn(*home);
    const CtlRun again
            = runCtl(*home, {u"incidents"_s, u"update"_s, u"1"_s, u"--severity"_s, u"SEV-1"_s});
    QCOMPARE(again.out.trimmed(), QByteArray("Updated incident #1."));
}

// A viewer (a manager watching) is live and read-only: every write command is refused up
// front with exit 1 and the same words, nothing is queued, and what the team writes arrives.
void tst_CtlTeam::aViewerWatchesAndWritesNothing()
{
    auto bob = joined(u"bob"_s);
    auto erin = joined(u"erin"_s, sitrep::TeamRole::Viewer);
    QCOMPARE(runCtl(*bob,
                    {u"incidents"_s, u"declare"_s, u"--title"_s, u"Checkout down"_s,
                     u"--severity"_s, u"SEV-1"_s})
                     .exitCode,
             0);
    syncIn(*bob);
    const CtlRun synced = runCtl(*erin, {u"team"_s, u"sync"_s, u"--timeout"_s, u"20"_s});
    QVERIFY2(synced.exitCode == 0, qPrintable(synced.err));
    const CtlRun listed = runCtl(*erin, {u"incidents"_s, u"list"_s, u"--json"_s});
    QCOMPARE(QJsonDocument::fromJson(listed.out).array().size(), 1);

    const QList<QStringList> writes {
            {u"incidents"_s, u"declare"_s, u"--title"_s, u"x"_s, u"--severity"_s, u"SEV-3"_s},
            {u"incidents"_s, u"update"_s, u"1"_s, u"--severity"_s, u"SEV-2"_s},
            {u"incidents"_s, u"resolve"_s, u"1"_s, u"--resolution"_s, u"fixed"_s},
            {u"ack"_s, u"1"_s},
            {u"timeline"_s, u"add"_s, u"1"_s, u"--kind"_s, u"note"_s, u"--text"_s, u"hi"_s},
            {u"checklist"_s, u"tick"_s, u"1"_s, u"assign-commander"_s},
            {u"outbox"_s, u"flush"_s},
    };
    for (const QStringList &write : writes) {
        const CtlRun refused = runCtl(*erin, write);
        QVERIFY2(refused.exitCode == 1, qPrintable(write.join(u' ') + u": "_s + refused.err));
        QVERIFY2(refused.err.contains(u"read-only: signed in as a viewer"_s),
                 qPrintable(write.join(u' ') + u": "_s + refused.err));
    }
    const QJsonObject state
            = QJsonDocument::fromJson(runCtl(*erin, {u"team"_s, u"status"_s, u"--json"_s}).out)
                      .object();
    QCOMPARE(state.value(u"role").toString(), u"viewer"_s);
    QCOMPARE(state.value(u"pending").toInt(), 0);
    QCOMPARE(serverChanges(u"WHERE author = 'erin_%1'"_s.arg(m_database)), 0);
}

void tst_CtlTeam::onlyTheOwnerGrantsAndMigrates()
{
    auto bob = joined(u"bob"_s);
    const CtlRun grant = runCtl(*bob,
                                {u"team"_s, u"grant"_s, u"mallory_"_s + m_database, u"--role"_s,
                                 u"owner"_s, u"--password-stdin"_s},
                                "pw");
    QCOMPARE(grant.exitCode, 1);
    QVERIFY2(grant.err.contains(u"only the team's owner grants roles"_s), qPrintable(grant.err));
    const CtlRun migrate = runCtl(*bob, {u"team"_s, u"migrate"_s});
    QCOMPARE(migrate.exitCode, 1);
    QVERIFY2(migrate.err.contains(u"Only the team's owner changes its schema"_s),
             qPrintable(migrate.err));

    // The owner's console grants; the new login signs in with the password it was given.
    const CtlRun joinedOwner = ctl({u"team"_s, u"connect"_s, url(), u"--password-stdin"_s},
                                   postgres_fixture::ownerPassword().toUtf8());
    QVERIFY2(joinedOwner.exitCode == 0, qPrintable(joinedOwner.err));
    const QString fay = u"fay_"_s + m_database;
    const CtlRun granted
            = ctl({u"team"_s, u"grant"_s, fay, u"--role"_s, u"viewer"_s, u"--password-stdin"_s},
                  "fay-pw");
    QVERIFY2(granted.exitCode == 0, qPrintable(granted.err));
    QVERIFY(granted.out.contains("is now a viewer"));
    const CtlRun badRole = ctl({u"team"_s, u"grant"_s, fay, u"--role"_s, u"admin"_s});
    QCOMPARE(badRole.exitCode, 2);
    const QJsonArray users
            = QJsonDocument::fromJson(ctl({u"team"_s, u"users"_s, u"--json"_s}).out).array();
    QVERIFY(users.contains(QJsonObject {{u"login"_s, fay}, {u"role"_s, u"viewer"_s}}));
    QVERIFY(users.contains(
            QJsonObject {{u"login"_s, u"bob_"_s + m_database}, {u"role"_s, u"responder"_s}}));
    QTemporaryDir fays;
    const CtlRun fayJoins
            = runCtl(fays,
                     {u"team"_s, u"connect"_s, postgres_fixture::url(m_database, fay).toString(),
                      u"--password-stdin"_s},
                     "fay-pw");
    QVERIFY2(fayJoins.exitCode == 0, qPrintable(fayJoins.err));
    QVERIFY(fayJoins.out.contains("read-only: signed in as a viewer"));
}

// sitrepctl watch follows the team's log while it runs: what another console declares reaches
// the watcher's file without a team sync, and it ends cleanly.
void tst_CtlTeam::aWatcherFollowsTheTeam()
{
    auto alice = joined(u"alice"_s);
    auto bob = joined(u"bob"_s);
    QFile yaml(u"" SITREP_SOURCE_DIR "/tests/fixtures/oncall/platform.yaml"_s);
    QVERIFY(QFile::copy(yaml.fileName(), bob->filePath(u"platform.yaml"_s)));
    QCOMPARE(runCtl(*bob, {u"oncall"_s, u"import"_s, bob->filePath(u"platform.yaml"_s)}).exitCode,
             0);
    QProcess watch;
    startCtl(watch, *bob, {u"watch"_s});
    QByteArray log;
    while (!log.contains("following the team server") && watch.waitForReadyRead(10'000))
        log += watch.readAllStandardOutput();
    QVERIFY2(log.contains("as bob_"), log.constData());

    QCOMPARE(runCtl(*alice,
                    {u"incidents"_s, u"declare"_s, u"--title"_s, u"Checkout down"_s,
                     u"--severity"_s, u"SEV-2"_s})
                     .exitCode,
             0);
    syncIn(*alice);
    QTRY_VERIFY_WITH_TIMEOUT(
            runCtl(*bob, {u"incidents"_s, u"list"_s}).out.contains("Checkout down"), 15'000);
    watch.terminate();
    QVERIFY(watch.waitForFinished(10'000));
    QCOMPARE(watch.exitCode(), 0);
}

QTEST_GUILESS_MAIN(tst_CtlTeam)
#include "tst_ctlteam.moc"
