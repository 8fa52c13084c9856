#include "../fixtures/postgresfixture.h"
#include "ctlrunner.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
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

private:
    [[nodiscard]] CtlRun ctl(const QStringList &arguments, const QByteArray &input = {})
    {
        return runCtl(*m_home, arguments, input);
    }
    [[nodiscard]] QJsonObject status();
    [[nodiscard]] QString url() const;
    std::unique_ptr<QTemporaryDir> m_home;
    QString m_database;
};

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
    QVERIFY(migrated.out.contains("schema is at version 2"));
    QCOMPARE(status().value(u"server_schema").toInt(), 2);

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

QTEST_GUILESS_MAIN(tst_CtlTeam)
#include "tst_ctlteam.moc"
