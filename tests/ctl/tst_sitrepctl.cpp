#include "ctlrunner.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Drives the real sitrepctl binary: every command, its output and its exit code.
class tst_Sitrepctl : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void version();
    void declareJsonAndList();
    void listStatusFilter();
    void updateResolveReopen();
    void illegalTransitionsExitNonZero_data();
    void illegalTransitionsExitNonZero();
    void badArguments_data();
    void badArguments();
    void policyFileErrorIsReportedAndDefaultsKept();
    void timelineAddAndExport();
    void checklistShowAndTick();
    void backupAndRestore();
    void restoreRefusesForeignFile();
    void corruptDatabaseIsNotTouched();
    void speaksTheUsersLanguage();

private:
    using Run = CtlRun;
    Run ctl(const QStringList &arguments) { return runCtl(*m_dir, arguments); }
    qint64 declare(const QString &title, const QString &severity = u"SEV-2"_s);
    QString db() const { return m_dir->filePath(u"sitrep.sqlite"_s); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_Sitrepctl::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

qint64 tst_Sitrepctl::declare(const QString &title, const QString &severity)
{
    const Run run = ctl({u"incidents"_s, u"declare"_s, u"--title"_s, title, u"--severity"_s,
                         severity, u"--json"_s});
    if (run.exitCode != 0)
        qWarning() << run.err;
    return QJsonDocument::fromJson(run.out).object().value(u"id").toInteger();
}

void tst_Sitrepctl::version()
{
    QProcess process;
    process.start(QStringLiteral(SITREPCTL), {u"--version"_s});
    QVERIFY(process.waitForFinished());
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(process.readAllStandardOutput().contains(SITREP_VERSION));
}

void tst_Sitrepctl::declareJsonAndList()
{
    const Run run = ctl({u"incidents"_s, u"declare"_s, u"--title"_s, u"Checkout 500s"_s,
                         u"--severity"_s, u"SEV-1"_s, u"--service"_s, u"checkout"_s, u"--service"_s,
                         u"payments"_s, u"--commander"_s, u"alice"_s, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject declared = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(declared.value(u"title").toString(), u"Checkout 500s"_s);
    QCOMPARE(declared.value(u"severity").toString(), u"SEV-1"_s);
    QCOMPARE(declared.value(u"status").toString(), u"investigating"_s);
    QCOMPARE(declared.value(u"services").toArray(), (QJsonArray {u"checkout"_s, u"payments"_s}));
    QCOMPARE(declared.value(u"commander").toString(), u"alice"_s);
    QCOMPARE(declared.value(u"detection").toString(), u"manual"_s);
    QVERIFY(declared.value(u"started_at").toString().endsWith(u'Z'));
    QVERIFY(declared.value(u"acknowledged_at").isNull());
    QVERIFY(declared.value(u"resolved_at").isNull());

    const Run list = ctl({u"incidents"_s, u"list"_s, u"--json"_s});
    QCOMPARE(list.exitCode, 0);
    const QJsonArray all = QJsonDocument::fromJson(list.out).array();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().toObject(), declared);

    const Run table = ctl({u"incidents"_s, u"list"_s});
    QCOMPARE(table.exitCode, 0);
    QVERIFY(table.out.contains("SEV-1"));
    QVERIFY(table.out.contains("Checkout 500s"));
}

void tst_Sitrepctl::listStatusFilter()
{
    const qint64 open = declare(u"open one"_s);
    const qint64 closed = declare(u"closed one"_s);
    QCOMPARE(ctl({u"incidents"_s, u"resolve"_s, QString::number(closed), u"--resolution"_s,
                  u"fixed"_s})
                     .exitCode,
             0);
    auto ids = [this](const QString &status) {
        QList<qint64> found;
        const Run run = ctl({u"incidents"_s, u"list"_s, u"--status"_s, status, u"--json"_s});
        for (const QJsonValue &value : QJsonDocument::fromJson(run.out).array())
            found << value.toObject().value(u"id").toInteger();
        return found;
    };
    QCOMPARE(ids(u"open"_s), QList<qint64> {open});
    QCOMPARE(ids(u"resolved"_s), QList<qint64> {closed});
    QCOMPARE(ids(u"all"_s), (QList<qint64> {open, closed}));
}

void tst_Sitrepctl::updateResolveReopen()
{
    const QString id = QString::number(declare(u"Latency"_s, u"SEV-3"_s));
    QCOMPARE(ctl({u"incidents"_s, u"update"_s, id, u"--status"_s, u"identified"_s, u"--severity"_s,
                  u"SEV-2"_s, u"--commander"_s, u"carol"_s})
                     .exitCode,
             0);
    QCOMPARE(ctl({u"incidents"_s, u"resolve"_s, id, u"--resolution"_s, u"Scaled out"_s,
                  u"--root-cause"_s, u"Traffic spike"_s})
                     .exitCode,
             0);
    QCOMPARE(ctl({u"incidents"_s, u"reopen"_s, id, u"--reason"_s, u"p99 up again"_s}).exitCode, 0);

    const Run show = ctl({u"incidents"_s, u"show"_s, id, u"--json"_s});
    QCOMPARE(show.exitCode, 0);
    const QJsonObject incident = QJsonDocument::fromJson(show.out).object();
    QCOMPARE(incident.value(u"severity").toString(), u"SEV-2"_s);
    QCOMPARE(incident.value(u"status").toString(), u"investigating"_s);
    QCOMPARE(incident.value(u"commander").toString(), u"carol"_s);
    QCOMPARE(incident.value(u"root_cause").toString(), u"Traffic spike"_s);
    QStringList kinds;
    for (const QJsonValue &entry : incident.value(u"timeline").toArray()) {
        kinds << entry.toObject().value(u"kind").toString();
        QCOMPARE(entry.toObject().value(u"author").toString(), u"tester"_s);
    }
    QCOMPARE(kinds,
             (QStringList {u"declared"_s, u"severity_changed"_s, u"status_changed"_s,
                           u"commander_changed"_s, u"resolved"_s, u"reopened"_s}));
}

void tst_Sitrepctl::illegalTransitionsExitNonZero_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("reason");
    QTest::newRow("resolve by status")
            << QStringList {u"update"_s, u"ID"_s, u"--status"_s, u"resolved"_s} << u"resolution"_s;
    QTest::newRow("same status") << QStringList {u"update"_s, u"ID"_s, u"--status"_s,
                                                 u"investigating"_s}
                                 << u"already"_s;
    QTest::newRow("blank resolution")
            << QStringList {u"resolve"_s, u"ID"_s, u"--resolution"_s, u" "_s} << u"resolution"_s;
    QTest::newRow("reopen open incident")
            << QStringList {u"reopen"_s, u"ID"_s, u"--reason"_s, u"x"_s} << u"not resolved"_s;
    QTest::newRow("unknown incident")
            << QStringList {u"update"_s, u"999"_s, u"--status"_s, u"identified"_s} << u"#999"_s;
}

void tst_Sitrepctl::illegalTransitionsExitNonZero()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, reason);
    const QString id = QString::number(declare(u"t"_s));
    arguments.replaceInStrings(u"ID"_s, id);
    const Run run = ctl(QStringList {u"incidents"_s} + arguments);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(reason), qPrintable(run.err));
    QCOMPARE(run.err.count(u'\n'), 1); // one line
}

void tst_Sitrepctl::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("reason");
    QTest::newRow("unknown command") << QStringList {u"frobnicate"_s} << u"unknown command"_s;
    QTest::newRow("unknown incidents command")
            << QStringList {u"incidents"_s, u"explode"_s} << u"explode"_s;
    QTest::newRow("declare without title")
            << QStringList {u"incidents"_s, u"declare"_s, u"--severity"_s, u"SEV-1"_s}
            << u"--title"_s;
    QTest::newRow("declare bad severity")
            << QStringList {u"incidents"_s, u"declare"_s,    u"--title"_s,
                            u"x"_s,         u"--severity"_s, u"SEV-7"_s}
            << u"--severity"_s;
    QTest::newRow("declare unknown option")
            << QStringList {u"incidents"_s, u"declare"_s, u"--titel"_s, u"x"_s} << u"titel"_s;
    QTest::newRow("list bad status")
            << QStringList {u"incidents"_s, u"list"_s, u"--status"_s, u"closed"_s} << u"closed"_s;
    QTest::newRow("update nothing")
            << QStringList {u"incidents"_s, u"update"_s, u"1"_s} << u"what to change"_s;
    QTest::newRow("update bad id")
            << QStringList {u"incidents"_s, u"update"_s, u"abc"_s, u"--status"_s, u"identified"_s}
            << u"incident number"_s;
    QTest::newRow("update bad status")
            << QStringList {u"incidents"_s, u"update"_s, u"1"_s, u"--status"_s, u"done"_s}
            << u"done"_s;
    QTest::newRow("resolve without resolution")
            << QStringList {u"incidents"_s, u"resolve"_s, u"1"_s} << u"--resolution"_s;
    QTest::newRow("reopen without reason")
            << QStringList {u"incidents"_s, u"reopen"_s, u"1"_s} << u"--reason"_s;
    QTest::newRow("restore without file") << QStringList {u"restore"_s} << u"backup file"_s;
    QTest::newRow("timeline add captured kind")
            << QStringList {u"timeline"_s, u"add"_s,    u"1"_s, u"--kind"_s,
                            u"resolved"_s, u"--text"_s, u"x"_s}
            << u"--kind must be"_s;
    QTest::newRow("timeline add bad time")
            << QStringList {u"timeline"_s, u"add"_s,  u"1"_s,        u"--text"_s,
                            u"x"_s,        u"--at"_s, u"yesterday"_s}
            << u"ISO 8601"_s;
    QTest::newRow("timeline export bad format")
            << QStringList {u"timeline"_s, u"export"_s, u"1"_s, u"--format"_s, u"pdf"_s}
            << u"markdown or json"_s;
    QTest::newRow("unknown timeline command")
            << QStringList {u"timeline"_s, u"rewrite"_s} << u"use add, export"_s;
    QTest::newRow("checklist tick without item")
            << QStringList {u"checklist"_s, u"tick"_s, u"1"_s} << u"an item"_s;
}

void tst_Sitrepctl::badArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, reason);
    const Run run = ctl(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(reason), qPrintable(run.err));
}

void tst_Sitrepctl::policyFileErrorIsReportedAndDefaultsKept()
{
    QVERIFY(QDir().mkpath(m_dir->filePath(u"config/sitrep"_s)));
    QFile policy(m_dir->filePath(u"config/sitrep/severity-levels.json"_s));
    QVERIFY(policy.open(QIODevice::WriteOnly));
    policy.write("{ \"levels\": [ { \"severity\": \"SEV-2\", \"update_every\": 30 } ] }");
    policy.close();
    const Run run = ctl({u"incidents"_s, u"list"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.contains(policy.fileName() + u":1: update_every"_s), qPrintable(run.err));
}

void tst_Sitrepctl::timelineAddAndExport()
{
    const qint64 id = declare(u"Checkout API returning 500s"_s, u"SEV-1"_s);
    const QString at = QDateTime::currentDateTimeUtc().addSecs(-30).toString(Qt::ISODate);
    Run run = ctl({u"timeline"_s, u"add"_s, QString::number(id), u"--kind"_s, u"decision"_s,
                   u"--text"_s, u"Roll back release 2024.3"_s, u"--at"_s, at, u"--key"_s});
    QCOMPARE(run.exitCode, 0);
    run = ctl({u"timeline"_s, u"add"_s, QString::number(id), u"--text"_s, u"Still failing"_s});
    QCOMPARE(run.exitCode, 0);

    run = ctl({u"timeline"_s, u"export"_s, QString::number(id), u"--format"_s, u"json"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray entries = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(entries.size(), 3);
    const QJsonObject decision = entries.at(0).toObject();
    QCOMPARE(
            decision.keys(),
            (QStringList {u"author"_s, u"automatic"_s, u"key"_s, u"kind"_s, u"text"_s, u"time"_s}));
    QCOMPARE(decision.value(u"kind"), u"decision"_s);
    QCOMPARE(decision.value(u"text"), u"Roll back release 2024.3"_s);
    QCOMPARE(decision.value(u"author"), u"tester"_s);
    QCOMPARE(decision.value(u"key"), true);
    QCOMPARE(decision.value(u"automatic"), false);
    QCOMPARE(QDateTime::fromString(decision.value(u"time").toString(), Qt::ISODateWithMs),
             QDateTime::fromString(at, Qt::ISODate));
    QVERIFY(decision.value(u"time").toString().endsWith(u'Z'));
    QCOMPARE(entries.at(1).toObject().value(u"kind"), u"declared"_s);
    QCOMPARE(entries.at(1).toObject().value(u"automatic"), true);
    QCOMPARE(entries.at(2).toObject().value(u"kind"), u"note"_s);

    run = ctl({u"timeline"_s, u"export"_s, QString::number(id), u"--format"_s, u"markdown"_s});
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = QString::fromUtf8(run.out).trimmed().split(u'\n');
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.at(0), u"## Timeline (UTC)"_s);
    QVERIFY2(lines.at(1).startsWith(u"- **"_s), qPrintable(lines.at(1)));
    QVERIFY(lines.at(1).endsWith(u"** - Roll back release 2024.3"_s));

    run = ctl({u"timeline"_s, u"export"_s, u"999"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(u"no incident #999"_s));
}

void tst_Sitrepctl::checklistShowAndTick()
{
    const qint64 id = declare(u"Checkout API returning 500s"_s, u"SEV-1"_s);
    Run run = ctl({u"checklist"_s, u"tick"_s, QString::number(id), u"1"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("Acknowledge incident in PagerDuty"));
    run = ctl({u"checklist"_s, u"tick"_s, QString::number(id), u"dashboards"_s});
    QCOMPARE(run.exitCode, 0);
    run = ctl({u"checklist"_s, u"tick"_s, QString::number(id), u"1"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(u"already ticked"_s));
    run = ctl({u"checklist"_s, u"tick"_s, QString::number(id), u"nope"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(u"no item \"nope\""_s));

    run = ctl({u"checklist"_s, u"show"_s, QString::number(id), u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray items = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(items.size(), 15);
    QCOMPARE(items.at(0).toObject().value(u"done"), true);
    QCOMPARE(items.at(0).toObject().value(u"done_by"), u"tester"_s);
    QCOMPARE(items.at(1).toObject().value(u"done"), false);
    QCOMPARE(items.at(7).toObject().value(u"key"), u"dashboards"_s);
    QCOMPARE(items.at(7).toObject().value(u"done"), true);
    QCOMPARE(items.at(14).toObject().value(u"phase"), u"Mitigation"_s);

    run = ctl({u"checklist"_s, u"show"_s, QString::number(id)});
    QCOMPARE(run.exitCode, 0);
    const QString text = QString::fromUtf8(run.out);
    QVERIFY(text.startsWith(u"Immediate actions\n"_s));
    QVERIFY(text.contains(u" 1 [x] Acknowledge incident in PagerDuty (done "_s));
    QVERIFY(text.contains(u" 2 [ ] Join incident Zoom/Slack channel (due "_s));

    // Ticks are on the timeline.
    run = ctl({u"timeline"_s, u"export"_s, QString::number(id), u"--format"_s, u"json"_s});
    const QJsonArray entries = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.at(1).toObject().value(u"kind"), u"checklist_ticked"_s);
}

void tst_Sitrepctl::backupAndRestore()
{
    declare(u"in the backup"_s);
    const QString backup = m_dir->filePath(u"manual.sqlite"_s);
    const Run backedUp = ctl({u"backup"_s, backup});
    QCOMPARE(backedUp.exitCode, 0);
    QVERIFY(QFileInfo::exists(backup));
    declare(u"after the backup"_s);

    const Run restored = ctl({u"restore"_s, backup});
    QCOMPARE(restored.exitCode, 0);
    QVERIFY(restored.out.contains("kept at"));
    const Run list = ctl({u"incidents"_s, u"list"_s, u"--json"_s});
    const QJsonArray incidents = QJsonDocument::fromJson(list.out).array();
    QCOMPARE(incidents.size(), 1);
    QCOMPARE(incidents.first().toObject().value(u"title").toString(), u"in the backup"_s);

    // Without a file name the backup goes to the backups folder beside the database.
    const Run daily = ctl({u"backup"_s});
    QCOMPARE(daily.exitCode, 0);
    QCOMPARE(QDir(m_dir->filePath(u"backups"_s)).entryList({u"sitrep-*.sqlite"_s}).size(), 1);
}

void tst_Sitrepctl::restoreRefusesForeignFile()
{
    declare(u"keep me"_s);
    const QString notes = m_dir->filePath(u"notes.txt"_s);
    QFile file(notes);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a database");
    file.close();
    const Run run = ctl({u"restore"_s, notes});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"Not restoring"_s), qPrintable(run.err));
    const Run list = ctl({u"incidents"_s, u"list"_s, u"--json"_s});
    QCOMPARE(QJsonDocument::fromJson(list.out).array().size(), 1);
}

void tst_Sitrepctl::corruptDatabaseIsNotTouched()
{
    QFile file(db());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("garbage garbage garbage");
    file.close();
    const Run run = ctl({u"incidents"_s, u"list"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"damaged"_s), qPrintable(run.err));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("garbage garbage garbage"));
}

// Every command group's words reach the German translation, counts in their plural forms.
void tst_Sitrepctl::speaksTheUsersLanguage()
{
    const QByteArray language = qgetenv("LANGUAGE");
    qputenv("LANGUAGE", "de");
    const auto restore = qScopeGuard([&language] { qputenv("LANGUAGE", language); });
    QVERIFY(declare(u"Checkout 500s"_s, u"SEV-2"_s) > 0);
    const Run unknown = ctl({u"incidents"_s, u"bogus"_s});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains(u"unbekannter incidents-Befehl"_s), qPrintable(unknown.err));
    const Run missing = ctl({u"incidents"_s, u"show"_s});
    QVERIFY2(missing.err.contains(u"incidents show braucht eine Vorfallsnummer."_s),
             qPrintable(missing.err));
    const Run update = ctl({u"update"_s, u"1"_s, u"--status"_s, u"identified"_s, u"--message"_s,
                            u"Rolling back"_s});
    QCOMPARE(update.exitCode, 0);
    QVERIFY2(update.out.contains("0 Nachrichten warten im Postausgang"), update.out.constData());
}

QTEST_GUILESS_MAIN(tst_Sitrepctl)
#include "tst_sitrepctl.moc"
