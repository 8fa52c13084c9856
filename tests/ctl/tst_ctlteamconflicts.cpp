#include "ctlteamfixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

// sitrepctl team conflicts | settle: two consoles import the schedule "primary" apart; once
// both synced, each lists the loser's conflict copy alike, one settles it, and after the next
// sync neither lists it. Bad arguments are refused with exit code 2, an unknown copy with 1.
class tst_CtlTeamConflicts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void aConflictCopyIsListedAndSettledOnEveryConsole();
    void settlingNeedsAChoice();

private:
    // `who` imports the schedule "primary" with themselves on call.
    static void importPrimary(QTemporaryDir &home, const QString &who);
    [[nodiscard]] static QJsonArray conflicts(QTemporaryDir &home);
    static void sync(QTemporaryDir &home);
    std::unique_ptr<QTemporaryDir> alice;
    std::unique_ptr<QTemporaryDir> bob;
    QString m_database;
};

void tst_CtlTeamConflicts::init()
{
    QVERIFY2(!postgres_fixture::ownerPassword().isEmpty(), "the postgres fixture did not start");
    m_database = postgres_fixture::freshDatabase();
    QVERIFY(!m_database.isEmpty());
    alice = ctl_team::joined(m_database, u"alice"_s);
    bob = ctl_team::joined(m_database, u"bob"_s);
}

void tst_CtlTeamConflicts::importPrimary(QTemporaryDir &home, const QString &who)
{
    QFile file(home.filePath(u"primary.yaml"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(u"name: primary\nrotation: {start: 2026-01-05, participants: [%1]}\n"_s.arg(who)
                       .toUtf8());
    file.close();
    const CtlRun run = runCtl(home, {u"oncall"_s, u"import"_s, file.fileName()});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
}

QJsonArray tst_CtlTeamConflicts::conflicts(QTemporaryDir &home)
{
    const CtlRun run = runCtl(home, {u"team"_s, u"conflicts"_s, u"--json"_s});
    if (run.exitCode != 0)
        qWarning("team conflicts failed: %s", qPrintable(run.err));
    return QJsonDocument::fromJson(run.out).array();
}

void tst_CtlTeamConflicts::sync(QTemporaryDir &home)
{
    const CtlRun run = runCtl(home, {u"team"_s, u"sync"_s, u"--timeout"_s, u"20"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
}

void tst_CtlTeamConflicts::aConflictCopyIsListedAndSettledOnEveryConsole()
{
    QVERIFY(runCtl(*alice, {u"team"_s, u"conflicts"_s}).out.contains("No conflict copies"));
    importPrimary(*alice, u"alice"_s);
    importPrimary(*bob, u"bob"_s); // a later process: its stamp is later
    sync(*alice);
    sync(*bob);
    sync(*alice);

    const QJsonArray onAlice = conflicts(*alice);
    QCOMPARE(conflicts(*bob), onAlice);
    QCOMPARE(onAlice.size(), 1);
    const QJsonObject copy = onAlice.first().toObject();
    const QString author = u"alice_"_s + m_database;
    QCOMPARE(copy.value(u"kind"_s).toString(), u"schedule"_s);
    QCOMPARE(copy.value(u"original"_s).toString(), u"primary"_s);
    QCOMPARE(copy.value(u"author"_s).toString(), author);
    QCOMPARE(copy.value(u"name"_s).toString(), u"primary (conflict copy from %1)"_s.arg(author));
    QVERIFY(QDateTime::fromString(copy.value(u"written_at"_s).toString(), Qt::ISODate).isValid());
    const QByteArray listed = runCtl(*bob, {u"team"_s, u"conflicts"_s}).out;
    QVERIFY2(listed.contains("'s version of \"primary\""), listed.constData());

    // Bob takes alice's version; both consoles then have one "primary", with alice on call.
    const CtlRun settled = runCtl(
            *bob, {u"team"_s, u"settle"_s, copy.value(u"name"_s).toString(), u"--use-copy"_s});
    QVERIFY2(settled.exitCode == 0, qPrintable(settled.err));
    QVERIFY(settled.out.startsWith("Settled: the copy's version"));
    sync(*bob);
    sync(*alice);
    for (QTemporaryDir *home : {alice.get(), bob.get()}) {
        QCOMPARE(conflicts(*home), QJsonArray());
        const CtlRun schedules = runCtl(*home, {u"oncall"_s, u"list"_s, u"--json"_s});
        const QJsonArray list = QJsonDocument::fromJson(schedules.out).array();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().toObject().value(u"name"_s).toString(), u"primary"_s);
        const CtlRun who = runCtl(*home,
                                  {u"oncall"_s, u"who"_s, u"--schedule"_s, u"primary"_s, u"--at"_s,
                                   u"2026-02-01T12:00:00Z"_s});
        QVERIFY2(who.out.contains("alice"), who.out.constData());
    }
}

void tst_CtlTeamConflicts::settlingNeedsAChoice()
{
    const QStringList bad[] = {
            {u"team"_s, u"settle"_s, u"x"_s},
            {u"team"_s, u"settle"_s, u"x"_s, u"--keep-original"_s, u"--use-copy"_s},
            {u"team"_s, u"settle"_s, u"--keep-original"_s},
    };
    for (const QStringList &arguments : bad) {
        const CtlRun run = runCtl(*alice, arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"--keep-original or --use-copy"_s), qPrintable(run.err));
    }
    const CtlRun unknown
            = runCtl(*alice, {u"team"_s, u"settle"_s, u"primary"_s, u"--keep-original"_s});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY2(unknown.err.contains(u"There is no conflict copy named \"primary\" to settle."_s),
             qPrintable(unknown.err));
}

QTEST_MAIN(tst_CtlTeamConflicts)
#include "tst_ctlteamconflicts.moc"
