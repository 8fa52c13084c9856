#include "../fixtures/chatreceiver.h"
#include "ctlteamfixture.h"

#include <QDirIterator>
#include <QTest>

using namespace Qt::StringLiterals;

// The secrets audit: a console given every kind of secret (monitoring token and password,
// webhook URL, Slack token, SMTP password, PagerDuty routing key, team password), each only
// through standard input, then used for everything that reads or writes them — deliveries,
// failed connections, exports of every format, a backup, the team push — with Qt's debug
// logging on. Afterwards no secret is anywhere but the keychain: not in the database or its
// WAL, not in a backup or export, not in anything printed.
class tst_SecretsAudit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void secretsStayInTheKeychain();

private:
    // Runs one command, keeping all it printed for the audit; it must not crash.
    CtlRun ctl(const QStringList &arguments, const QByteArray &input = {})
    {
        const CtlRun run = runCtl(m_home, arguments, input);
        m_printed += run.out + run.err.toUtf8();
        if (run.exitCode < 0)
            qWarning("%s", qPrintable(run.err));
        return run;
    }
    // What a file says, text extracted from a PDF (its streams are compressed).
    static QByteArray contents(const QString &path);

    QTemporaryDir m_home;
    ChatReceiver m_receiver;
    QByteArray m_printed;
};

void tst_SecretsAudit::initTestCase()
{
    // Everything Sitrep and Qt can say, said.
    qputenv("QT_LOGGING_RULES", "*.debug=true");
    QVERIFY2(!postgres_fixture::ownerPassword().isEmpty(), "the postgres fixture did not start");
}

QByteArray tst_SecretsAudit::contents(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray bytes = file.readAll();
    if (path.endsWith(u".pdf"_s)) {
        QProcess text;
        text.start(u"pdftotext"_s, {path, u"-"_s});
        if (text.waitForFinished(30'000))
            bytes += text.readAllStandardOutput();
        else
            bytes += "(pdftotext did not run)";
    }
    return bytes;
}

void tst_SecretsAudit::secretsStayInTheKeychain()
{
    const QString database = postgres_fixture::freshDatabase();
    QVERIFY(!database.isEmpty());
    const QString login = ctl_team::login(database, u"audit"_s);
    const QByteArray teamPassword = (u"pw-"_s + login).toUtf8();
    const QMap<QString, QByteArray> secrets {
            {u"endpoint token"_s, "Tok3n-for-prometheus-9f2c"},
            {u"alertmanager password"_s, "Pa55-for-alertmanager-1b7e"},
            {u"webhook URL"_s, m_receiver.url(u"/hook-W3bh00k-5e8d"_s).toUtf8()},
            {u"Slack token"_s, "xoxb-Sl4ck-token-77aa"},
            {u"SMTP password"_s, "Sm7p-password-c3d1"},
            {u"PagerDuty key"_s, "R0uting-key-PD-0e45"},
            {u"team password"_s, teamPassword},
    };
    const auto add = [&](const QStringList &arguments, const QString &secret) {
        const CtlRun run = ctl(arguments + QStringList {u"--secret-stdin"_s}, secrets[secret]);
        // Debug logging fills stderr: Sitrep's own sentence is the last line.
        QVERIFY2(run.exitCode == 0,
                 qPrintable(arguments.join(u' ') + u": "_s + run.err.trimmed().section(u'\n', -1)));
    };
    add({u"endpoint"_s, u"add"_s, u"prometheus"_s, u"prom"_s, u"--url"_s, u"http://127.0.0.1:9"_s,
         u"--set"_s, u"auth=bearer"_s},
        u"endpoint token"_s);
    add({u"endpoint"_s, u"add"_s, u"alertmanager"_s, u"am"_s, u"--url"_s, u"http://127.0.0.1:9"_s,
         u"--set"_s, u"auth=basic"_s, u"--set"_s, u"username=ops"_s},
        u"alertmanager password"_s);
    add({u"channel"_s, u"add"_s, u"webhook"_s, u"hook"_s, u"--set"_s, u"role=chat"_s},
        u"webhook URL"_s);
    add({u"channel"_s, u"add"_s, u"slack-api"_s, u"bot"_s, u"--set"_s, u"role=chat"_s, u"--set"_s,
         u"channel=C0123"_s, u"--set"_s, u"api_url="_s + m_receiver.url(u"/api"_s)},
        u"Slack token"_s);
    add({u"channel"_s, u"add"_s, u"smtp"_s, u"mail"_s, u"--set"_s, u"role=executive-email"_s,
         u"--set"_s, u"smtp_url=smtp://127.0.0.1:9"_s, u"--set"_s, u"tls=none"_s, u"--set"_s,
         u"from=sitrep@example.com"_s, u"--set"_s, u"to=cto@example.com"_s, u"--set"_s,
         u"username=ops"_s},
        u"SMTP password"_s);
    add({u"channel"_s, u"add"_s, u"pagerduty"_s, u"pd"_s, u"--set"_s, u"role=paging"_s, u"--set"_s,
         u"api_url="_s + m_receiver.url(u"/enqueue"_s)},
        u"PagerDuty key"_s);

    // Used: deliveries that succeed and fail, connections that fail, and every export.
    const QString folder = m_home.filePath(u"exports"_s);
    QVERIFY(QDir().mkpath(folder));
    const QList<QStringList> commands {
            {u"incidents"_s, u"declare"_s, u"--title"_s, u"Checkout down"_s, u"--severity"_s,
             u"SEV-1"_s, u"--service"_s, u"checkout"_s},
            {u"update"_s, u"1"_s, u"--status"_s, u"identified"_s, u"--message"_s, u"Pool raised"_s},
            {u"outbox"_s, u"flush"_s},
            {u"channel"_s, u"test"_s, u"hook"_s},
            {u"channel"_s, u"test"_s, u"mail"_s},
            {u"sync"_s, u"alertmanager"_s, u"--endpoint"_s, u"am"_s, u"--once"_s},
            {u"detect"_s, u"--endpoint"_s, u"prom"_s, u"--once"_s},
            {u"incidents"_s, u"resolve"_s, u"1"_s, u"--resolution"_s, u"Raised the pool"_s,
             u"--override-checks"_s, u"audit"_s},
            {u"outbox"_s, u"flush"_s},
            {u"outbox"_s, u"list"_s, u"--json"_s},
            {u"channel"_s, u"list"_s, u"--json"_s},
            {u"endpoint"_s, u"list"_s, u"--json"_s},
            {u"incidents"_s, u"show"_s, u"1"_s, u"--json"_s},
            {u"timeline"_s, u"export"_s, u"1"_s, u"--format"_s, u"json"_s},
            {u"timeline"_s, u"export"_s, u"1"_s, u"--format"_s, u"markdown"_s},
            {u"postmortem"_s, u"export"_s, u"1"_s, u"--format"_s, u"markdown"_s, u"--output"_s,
             folder + u"/postmortem.md"_s},
            {u"postmortem"_s, u"export"_s, u"1"_s, u"--format"_s, u"pdf"_s, u"--output"_s,
             folder + u"/postmortem.pdf"_s},
            {u"postmortem"_s, u"invite"_s, u"1"_s, u"--output"_s, folder + u"/review.ics"_s},
            {u"statuspage"_s, u"export"_s, folder + u"/status"_s},
            {u"metrics"_s, u"--json"_s},
            {u"backup"_s, folder + u"/backup.sqlite"_s},
    };
    for (const QStringList &command : commands)
        QVERIFY2(ctl(command).exitCode >= 0, qPrintable(command.join(u' ')));
    QVERIFY2(!m_receiver.all().isEmpty(), "nothing was delivered: the audit saw no secret in use");
    QVERIFY(QFile::exists(folder + u"/postmortem.pdf"_s));

    // Then the team: joined with its password, the history pushed, the status read.
    const CtlRun joined
            = ctl({u"team"_s, u"connect"_s, postgres_fixture::url(database, login).toString(),
                   u"--password-stdin"_s, u"--import-local"_s},
                  teamPassword);
    QVERIFY2(joined.exitCode == 0, qPrintable(joined.err.trimmed().section(u'\n', -1)));
    QCOMPARE(ctl({u"team"_s, u"sync"_s, u"--timeout"_s, u"20"_s}).exitCode, 0);
    ctl({u"team"_s, u"status"_s, u"--json"_s});
    QVERIFY(ctl({u"backup"_s, folder + u"/team-backup.sqlite"_s}).exitCode == 0);

    // The audit: every file the console wrote, and everything it printed.
    QStringList files;
    QDirIterator walk(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (walk.hasNext())
        files << walk.next();
    QVERIFY2(files.size() >= 8, qPrintable(files.join(u'\n')));
    QStringList found;
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it) {
        if (m_printed.contains(it.value()))
            found << it.key() + u" printed"_s;
        for (const QString &file : std::as_const(files))
            if (contents(file).contains(it.value()))
                found << it.key() + u" in "_s + QDir(m_home.path()).relativeFilePath(file);
    }
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u"; "_s)));
}

QTEST_GUILESS_MAIN(tst_SecretsAudit)
#include "tst_secretsaudit.moc"
