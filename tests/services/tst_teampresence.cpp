#include "../fixtures/postgresfixture.h"
#include "domain/teampresence.h"
#include "services/teamsync.h"
#include "storage/database.h"

#include <cstring>

#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sitrep;
using namespace Qt::StringLiterals;

namespace {

// The other console, as a process of its own (this binary run with --present FILE URL PASSWORD
// INCIDENT): it says it has INCIDENT open and is writing an update there, until it is killed.
int presentUntilKilled(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const QString file = arguments.at(2);
    if (!Database::open(file))
        return 1;
    TeamSync sync(file, TeamUrl::parse(arguments.at(3)).value(), arguments.at(4));
    sync.start();
    sync.setPlaces({{QUuid(arguments.at(5)), true}});
    return app.exec();
}

} // namespace

// Presence in the war room: another console's open incident and its drafting appear within
// 2 s, go at once when it leaves, and within 35 s when it is killed without a word.
class tst_TeamPresence : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void othersAppearAndGoWhenTheyLeave();
    void aKilledConsoleIsGoneWithin35Seconds();

private:
    [[nodiscard]] std::unique_ptr<TeamSync> console(const QString &name);
    // Bob's console, connected, keeping what it hears of presence in m_seenByBob.
    [[nodiscard]] std::unique_ptr<TeamSync> watchingBob();
    [[nodiscard]] TeamUrl url(const QString &name) const
    {
        return postgres_fixture::url(m_database, name + u'_' + m_database);
    }
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_database;
    QList<Presence> m_seenByBob;
};

void tst_TeamPresence::init()
{
    QVERIFY2(!postgres_fixture::ownerPassword().isEmpty(), "the postgres fixture did not start");
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = postgres_fixture::freshDatabase();
    QVERIFY(!m_database.isEmpty());
    QVERIFY(postgres_fixture::grant(m_database, u"alice_"_s + m_database, u"pw"_s));
    // A viewer is in the room too: presence is not a write.
    QVERIFY(postgres_fixture::grant(m_database, u"bob_"_s + m_database, u"pw"_s, TeamRole::Viewer));
    m_seenByBob.clear();
}

std::unique_ptr<TeamSync> tst_TeamPresence::console(const QString &name)
{
    const QString file = m_dir->filePath(name + u".sqlite"_s);
    if (!Database::open(file))
        return {};
    return std::make_unique<TeamSync>(file, url(name), u"pw"_s);
}

std::unique_ptr<TeamSync> tst_TeamPresence::watchingBob()
{
    auto bob = console(u"bob"_s);
    connect(bob.get(), &TeamSync::presenceChanged, this,
            [this](const QList<Presence> &presence) { m_seenByBob = presence; });
    bob->start();
    if (!QTest::qWaitFor([&bob] { return bob->state().connected; }, 10'000))
        qWarning("bob's console did not connect: %s", qPrintable(bob->state().problem));
    return bob;
}

void tst_TeamPresence::othersAppearAndGoWhenTheyLeave()
{
    const QUuid incident = QUuid::createUuid();
    auto bob = watchingBob();
    bob->setPlaces({{incident, false}});

    auto alice = console(u"alice"_s);
    alice->start();
    QTRY_VERIFY_WITH_TIMEOUT(alice->state().connected, 10'000);
    const QString aliceLogin = u"alice_"_s + m_database;
    alice->setPlaces({{incident, false}});
    QTRY_COMPARE_WITH_TIMEOUT(TeamPresence::viewers(m_seenByBob, bob->console(), incident),
                              QStringList {aliceLogin}, 2'000);
    QVERIFY(TeamPresence::writers(m_seenByBob, bob->console(), incident).isEmpty());
    // Bob's own console is not "also here".
    QVERIFY(!TeamPresence::describe(m_seenByBob, bob->console(), incident).contains(u"bob"_s));

    alice->setPlaces({{incident, true}});
    QTRY_COMPARE_WITH_TIMEOUT(TeamPresence::describe(m_seenByBob, bob->console(), incident),
                              u"Also here: %1 · %1 is writing an update…"_s.arg(aliceLogin), 2'000);

    alice.reset(); // closed: it says goodbye
    QTRY_VERIFY_WITH_TIMEOUT(TeamPresence::viewers(m_seenByBob, bob->console(), incident).isEmpty(),
                             2'000);
}

void tst_TeamPresence::aKilledConsoleIsGoneWithin35Seconds()
{
    const QUuid incident = QUuid::createUuid();
    auto bob = watchingBob();

    QProcess alice;
    alice.setProcessChannelMode(QProcess::ForwardedChannels);
    alice.start(QCoreApplication::applicationFilePath(),
                {u"--present"_s, m_dir->filePath(u"alice.sqlite"_s), url(u"alice"_s).toString(),
                 u"pw"_s, incident.toString(QUuid::WithoutBraces)});
    QVERIFY(alice.waitForStarted());
    QTRY_COMPARE_WITH_TIMEOUT(TeamPresence::writers(m_seenByBob, bob->console(), incident),
                              QStringList {u"alice_"_s + m_database}, 15'000);
    alice.kill(); // SIGKILL: no goodbye
    QVERIFY(alice.waitForFinished());
    QElapsedTimer gone;
    gone.start();
    QTRY_VERIFY_WITH_TIMEOUT(TeamPresence::viewers(m_seenByBob, bob->console(), incident).isEmpty(),
                             35'000);
    qInfo("gone %lld ms after the kill", gone.elapsed());
}

int main(int argc, char **argv)
{
    if (argc > 5 && std::strcmp(argv[1], "--present") == 0)
        return presentUntilKilled(argc, argv);
    QCoreApplication app(argc, argv);
    tst_TeamPresence test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_teampresence.moc"
