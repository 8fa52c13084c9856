#include "ctlteamfixture.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

// A console whose team URL reaches the postgres fixture's hot standby (read-only: it cannot
// LISTEN or take changes), driven through sitrepctl.
class tst_CtlTeamStandby : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void statusAndSyncSayWhenTheServerIsAStandby();

private:
    QString m_database;
};

void tst_CtlTeamStandby::init()
{
    QVERIFY2(!postgres_fixture::ownerPassword().isEmpty(), "the postgres fixture did not start");
    m_database = postgres_fixture::freshDatabase();
    QVERIFY(!m_database.isEmpty());
}

// `team status` on a console whose URL reaches the fixture's hot standby says so, in words and
// as JSON; on the primary it does not.
void tst_CtlTeamStandby::statusAndSyncSayWhenTheServerIsAStandby()
{
    auto erin = ctl_team::joined(m_database, u"erin"_s);
    const auto standbyAsJson = [&erin] {
        return QJsonDocument::fromJson(runCtl(*erin, {u"team"_s, u"status"_s, u"--json"_s}).out)
                .object()
                .value(u"standby"_s);
    };
    QCOMPARE(standbyAsJson(), QJsonValue(false));
    sitrep::TeamUrl standby = postgres_fixture::url(m_database, u"erin_"_s + m_database);
    standby.port = postgres_fixture::read(u"readonly.port"_s).toInt();
    // The login and the team's database reach the standby by replication.
    CtlRun connected;
    QVERIFY(QTest::qWaitFor(
            [&] {
                connected = runCtl(
                        *erin, {u"team"_s, u"connect"_s, standby.toString(), u"--password-stdin"_s},
                        (u"pw-erin_"_s + m_database).toUtf8());
                return connected.exitCode == 0;
            },
            10'000));
    const CtlRun said = runCtl(*erin, {u"team"_s, u"status"_s});
    QVERIFY2(said.out.contains("It is a standby: read-only"), said.out.constData());
    QCOMPARE(standbyAsJson(), QJsonValue(true));

    // A sync pulls from it and says where from; a change made here waits for the primary, and
    // the sync says so at once instead of waiting out its timeout.
    const CtlRun pulled = runCtl(*erin, {u"team"_s, u"sync"_s});
    QVERIFY2(pulled.out.contains("from a standby (read-only), nothing waiting"),
             qPrintable(pulled.err));
    QCOMPARE(runCtl(*erin,
                    {u"incidents"_s, u"declare"_s, u"--title"_s, u"Standby outage"_s,
                     u"--severity"_s, u"SEV-3"_s})
                     .exitCode,
             0);
    QElapsedTimer took;
    took.start();
    const CtlRun waiting = runCtl(*erin, {u"team"_s, u"sync"_s, u"--timeout"_s, u"60"_s});
    QCOMPARE(waiting.exitCode, 1);
    QVERIFY2(waiting.err.contains(u"changes made here wait for the primary"_s),
             qPrintable(waiting.err));
    QVERIFY2(took.elapsed() < 30'000, qPrintable(QString::number(took.elapsed())));
}

QTEST_GUILESS_MAIN(tst_CtlTeamStandby)
#include "tst_ctlteamstandby.moc"
