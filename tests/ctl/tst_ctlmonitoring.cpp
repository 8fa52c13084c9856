#include "../fixtures/alertmanagerfixture.h"
#include "ctlrunner.h"
#include "sync/secretstore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// sitrepctl's monitoring commands, run as a user would, against the real Alertmanager fixture
// and a real GNOME Keyring (the test runs inside with-keyring.sh).
class tst_CtlMonitoring : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void endpointsWithSecretsInTheKeychain();
    void badEndpointArguments_data();
    void badEndpointArguments();
    void syncOnceAlertsAndSilence();
    void groupingAndSeverityFromSettings();
    void deadEndpointFailsAndKeepsTheCache();
    void watchRunsUntilTerminated();
    void watchWithoutEndpointsSaysSo();

private:
    using Run = CtlRun;
    Run ctl(const QStringList &arguments, const QByteArray &input = {})
    {
        return runCtl(*m_dir, arguments, input);
    }
    QString db() const { return m_dir->filePath(u"sitrep.sqlite"_s); }
    void postAlert(const QString &name);

    QString m_url;
    std::unique_ptr<QTemporaryDir> m_dir;
    QNetworkAccessManager m_network;
};

void tst_CtlMonitoring::initTestCase()
{
    m_url = alertmanager_fixture::url().toString();
    QVERIFY2(!m_url.isEmpty(), "the alertmanager fixture did not start");
}

void tst_CtlMonitoring::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

void tst_CtlMonitoring::postAlert(const QString &name)
{
    const QJsonArray alerts {QJsonObject {
            {u"labels"_s,
             QJsonObject {{u"alertname"_s, name},
                          {u"service"_s, u"ctl-%1"_s.arg(QCoreApplication::applicationPid())},
                          {u"severity"_s, u"page"_s}}},
            {u"startsAt"_s, QDateTime::currentDateTimeUtc().addSecs(-60).toString(Qt::ISODate)}}};
    QVERIFY(alertmanager_fixture::post(m_network, QUrl(m_url), alerts));
}

void tst_CtlMonitoring::endpointsWithSecretsInTheKeychain()
{
    const QByteArray token
            = "s3cr3t-token-" + QByteArray::number(QCoreApplication::applicationPid());
    Run run = ctl({u"endpoint"_s, u"add"_s, u"alertmanager"_s, u"am"_s, u"--url"_s, m_url,
                   u"--set"_s, u"auth=bearer"_s, u"--set"_s, u"poll_interval=30s"_s,
                   u"--secret-stdin"_s},
                  token + "\n");
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = ctl({u"endpoint"_s, u"add"_s, u"prometheus"_s, u"prom"_s, u"--url"_s,
               u"https://prometheus.example:9090"_s});
    QCOMPARE(run.exitCode, 0);

    run = ctl({u"endpoint"_s, u"list"_s, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray endpoints = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(endpoints.size(), 2);
    const QJsonObject am = endpoints.at(0).toObject();
    QCOMPARE(am.value(u"name"), u"am"_s);
    QCOMPARE(am.value(u"auth"), u"bearer"_s);
    QCOMPARE(am.value(u"poll_interval_seconds"), 30);
    QCOMPARE(am.value(u"health").toObject().value(u"state"), u"unknown"_s);
    QCOMPARE(endpoints.at(1).toObject().value(u"kind"), u"prometheus"_s);

    // The token is in the keychain, and nowhere in the database.
    sitrep::SecretStore secrets;
    QSignalSpy read(&secrets, &sitrep::SecretStore::secretRead);
    secrets.read(u"endpoint/am"_s);
    QVERIFY(read.wait());
    QCOMPARE(read.first().at(1).toString(), QString::fromUtf8(token));
    QFile file(db());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(token));
    QFile wal(db() + u"-wal"_s);
    if (wal.open(QIODevice::ReadOnly))
        QVERIFY(!wal.readAll().contains(token));

    run = ctl({u"endpoint"_s, u"remove"_s, u"am"_s});
    QCOMPARE(run.exitCode, 0);
    QSignalSpy readAgain(&secrets, &sitrep::SecretStore::secretRead);
    secrets.read(u"endpoint/am"_s);
    QVERIFY(readAgain.wait());
    QVERIFY(!readAgain.first().at(2).toString().isEmpty()); // gone
    run = ctl({u"endpoint"_s, u"remove"_s, u"am"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(u"no endpoint named am"_s));
}

void tst_CtlMonitoring::badEndpointArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("reason");
    QTest::newRow("bad kind") << QStringList {u"endpoint"_s, u"add"_s,   u"grafana"_s,
                                              u"g"_s,        u"--url"_s, u"http://x"_s}
                              << u"a kind"_s;
    QTest::newRow("bad url") << QStringList {u"endpoint"_s, u"add"_s,   u"alertmanager"_s,
                                             u"a"_s,        u"--url"_s, u"ftp://x"_s}
                             << u"http:// or https://"_s;
    QTest::newRow("bad setting") << QStringList {u"endpoint"_s, u"add"_s,       u"alertmanager"_s,
                                                 u"a"_s,        u"--url"_s,     u"http://x"_s,
                                                 u"--set"_s,    u"colour=red"_s}
                                 << u"Unknown setting"_s;
    QTest::newRow("secret needed")
            << QStringList {u"endpoint"_s, u"add"_s,      u"alertmanager"_s, u"a"_s,
                            u"--url"_s,    u"http://x"_s, u"--set"_s,        u"auth=bearer"_s}
            << u"--secret-stdin"_s;
    QTest::newRow("sync both") << QStringList {u"sync"_s,     u"alertmanager"_s, u"--url"_s,
                                               u"http://x"_s, u"--endpoint"_s,   u"a"_s}
                               << u"either --url or --endpoint"_s;
    QTest::newRow("silence no comment")
            << QStringList {u"silence"_s, u"--incident"_s, u"1"_s, u"--duration"_s, u"2h"_s}
            << u"--comment"_s;
}

void tst_CtlMonitoring::badEndpointArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, reason);
    const Run run = ctl(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(reason), qPrintable(run.err));
}

void tst_CtlMonitoring::syncOnceAlertsAndSilence()
{
    postAlert(u"CtlSync"_s);
    Run run = ctl({u"sync"_s, u"alertmanager"_s, u"--url"_s, m_url, u"--once"_s, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject report = QJsonDocument::fromJson(run.out).object();
    QVERIFY(report.value(u"new_alerts").toInt() >= 1);
    QVERIFY(!report.value(u"opened_incidents").toArray().isEmpty());

    run = ctl({u"alerts"_s, u"list"_s, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray alerts = QJsonDocument::fromJson(run.out).array();
    QJsonObject mine;
    for (const QJsonValue &alert : alerts) {
        if (alert.toObject().value(u"labels").toObject().value(u"alertname") == u"CtlSync"_s)
            mine = alert.toObject();
    }
    QVERIFY(!mine.isEmpty());
    QCOMPARE(mine.value(u"state"), u"active"_s);
    const qint64 incident = mine.value(u"incident").toInteger();
    QVERIFY(incident > 0);

    // Silencing needs the endpoint configured: the silence goes to the endpoint that
    // reported the alerts.
    const QString adhoc = QUrl(m_url).host() + u'-' + QString::number(QUrl(m_url).port());
    run = ctl({u"endpoint"_s, u"add"_s, u"alertmanager"_s, adhoc, u"--url"_s, m_url});
    QCOMPARE(run.exitCode, 0);
    run = ctl({u"silence"_s, u"--incident"_s, QString::number(incident), u"--duration"_s, u"2h"_s,
               u"--comment"_s, u"Known, fixing"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.contains("Silenced alertname=CtlSync"));
    const QString silenceId
            = QString::fromUtf8(run.out).section(u"(silence "_s, 1).section(u')', 0, 0);
    QVERIFY(!silenceId.isEmpty());
    const auto stateOfMine = [this] {
        const Run listed = ctl({u"alerts"_s, u"list"_s, u"--json"_s});
        for (const QJsonValue &alert : QJsonDocument::fromJson(listed.out).array()) {
            if (alert.toObject().value(u"labels").toObject().value(u"alertname") == u"CtlSync"_s)
                return alert.toObject().value(u"state").toString();
        }
        return QString();
    };
    run = ctl({u"sync"_s, u"alertmanager"_s, u"--endpoint"_s, adhoc, u"--once"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(stateOfMine(), u"suppressed"_s);

    // Expired again: Alertmanager reports the alert active on the next sync.
    run = ctl({u"silence"_s, u"--expire"_s, silenceId});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = ctl({u"sync"_s, u"alertmanager"_s, u"--endpoint"_s, adhoc, u"--once"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(stateOfMine(), u"active"_s);
    run = ctl({u"silence"_s, u"--expire"_s, u"no-such-silence"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(u"no silence no-such-silence"_s));
}

void tst_CtlMonitoring::groupingAndSeverityFromSettings()
{
    QDir().mkpath(m_dir->filePath(u"config/sitrep"_s));
    QFile ini(m_dir->filePath(u"config/sitrep/sitrep.ini"_s));
    QVERIFY(ini.open(QIODevice::WriteOnly));
    ini.write("[alerts]\ngroup_by=service\nseverity_map=page=SEV-3\n");
    ini.close();
    postAlert(u"CtlGroupA"_s);
    postAlert(u"CtlGroupB"_s);
    Run run = ctl({u"sync"_s, u"alertmanager"_s, u"--url"_s, m_url, u"--once"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = ctl({u"alerts"_s, u"list"_s, u"--json"_s});
    QSet<qint64> incidents;
    for (const QJsonValue &alert : QJsonDocument::fromJson(run.out).array()) {
        const QString name
                = alert.toObject().value(u"labels").toObject().value(u"alertname").toString();
        if (name.startsWith(u"CtlGroup"_s)) {
            incidents.insert(alert.toObject().value(u"incident").toInteger());
            QVERIFY(alert.toObject().value(u"group"_s).toString().startsWith(u"service=ctl-"_s));
        }
    }
    QCOMPARE(incidents.size(), 1); // one service: one incident
    run = ctl({u"incidents"_s, u"show"_s, QString::number(*incidents.begin()), u"--json"_s});
    QCOMPARE(QJsonDocument::fromJson(run.out).object().value(u"severity"), u"SEV-3"_s);

    QVERIFY(ini.open(QIODevice::WriteOnly));
    ini.write("[alerts]\nseverity_map=page=SEV-9\n");
    ini.close();
    run = ctl({u"alerts"_s, u"list"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.contains(u"is not LABEL=SEV-N"_s), qPrintable(run.err));
}

void tst_CtlMonitoring::deadEndpointFailsAndKeepsTheCache()
{
    postAlert(u"CtlKeep"_s);
    QCOMPARE(ctl({u"sync"_s, u"alertmanager"_s, u"--url"_s, m_url, u"--once"_s}).exitCode, 0);
    const QByteArray before = ctl({u"alerts"_s, u"list"_s, u"--json"_s}).out;
    const Run run
            = ctl({u"sync"_s, u"alertmanager"_s, u"--url"_s, u"http://127.0.0.1:1"_s, u"--once"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"connection refused"_s), qPrintable(run.err));
    QCOMPARE(ctl({u"alerts"_s, u"list"_s, u"--json"_s}).out, before);
}

void tst_CtlMonitoring::watchRunsUntilTerminated()
{
    postAlert(u"CtlWatch"_s);
    QCOMPARE(ctl({u"endpoint"_s, u"add"_s, u"alertmanager"_s, u"am"_s, u"--url"_s, m_url,
                  u"--set"_s, u"poll_interval=1s"_s})
                     .exitCode,
             0);
    QProcess watch;
    startCtl(watch, *m_dir, {u"watch"_s});
    // Two polls logged, then SIGTERM.
    const QByteArray log = logUntilStopped(watch, "am: ", 2);
    QCOMPARE(watch.state(), QProcess::NotRunning);
    QCOMPARE(watch.exitStatus(), QProcess::NormalExit);
    QCOMPARE(watch.exitCode(), 0);
    QVERIFY2(log.contains("Watching 1 endpoint"), log.constData());
    QVERIFY(log.contains("incidents opened: #"));
    QVERIFY(log.trimmed().endsWith("Stopped."));
}

void tst_CtlMonitoring::watchWithoutEndpointsSaysSo()
{
    const Run run = ctl({u"watch"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"nothing to watch"_s), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(tst_CtlMonitoring)
#include "tst_ctlmonitoring.moc"
