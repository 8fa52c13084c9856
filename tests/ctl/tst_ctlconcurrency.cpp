#include "ctlrunner.h"
#include "storage/database.h"
#include "storage/writeslices.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace sitrep;
using namespace Qt::StringLiterals;

// Several programs on one database file at once, as a console, a watch daemon and scripts
// are: every writer succeeds, in some order, and a file that does not exist yet is created
// and set up once, whoever comes first.
class tst_CtlConcurrency : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void newFileOpenedByFourAtOnce();
    void fourWritersAtOnce();
    void aBulkWritersSliceEndsForAnotherProgram();

private:
    // Runs the shell scripts at once (each with $CTL and $DB set) and waits for them all;
    // returns what each wrote to stderr, with its exit code.
    QList<CtlRun> runAtOnce(const QStringList &scripts);
    QString db() const { return m_dir->filePath(u"sitrep.sqlite"_s); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_CtlConcurrency::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QList<CtlRun> tst_CtlConcurrency::runAtOnce(const QStringList &scripts)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_CONFIG_HOME"_s, m_dir->filePath(u"config"_s));
    environment.insert(u"XDG_DATA_HOME"_s, m_dir->filePath(u"data"_s));
    environment.insert(u"USER"_s, u"tester"_s);
    environment.insert(u"CTL"_s, QStringLiteral(SITREPCTL));
    environment.insert(u"DB"_s, db());
    std::vector<std::unique_ptr<QProcess>> processes;
    QEventLoop loop;
    int running = 0;
    for (const QString &script : scripts) {
        auto &process = processes.emplace_back(std::make_unique<QProcess>());
        process->setProcessEnvironment(environment);
        QObject::connect(process.get(), &QProcess::finished, &loop, [&] {
            if (--running == 0)
                loop.quit();
        });
        ++running;
        process->start(u"/bin/bash"_s, {u"-c"_s, script});
    }
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    loop.exec();
    QList<CtlRun> runs;
    for (const auto &process : processes) {
        if (process->state() != QProcess::NotRunning)
            qFatal("a script did not finish");
        runs << CtlRun {process->exitCode(), process->readAllStandardOutput(),
                        QString::fromUtf8(process->readAllStandardError())};
    }
    return runs;
}

void tst_CtlConcurrency::newFileOpenedByFourAtOnce()
{
    for (int round = 0; round < 5; ++round) {
        for (const QString &file : QDir(m_dir->path()).entryList({u"sitrep.sqlite*"_s}))
            QVERIFY(QFile::remove(m_dir->filePath(file)));
        const QString list = u"\"$CTL\" --db \"$DB\" incidents list --json"_s;
        for (const CtlRun &run : runAtOnce({list, list, list, list})) {
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
            QCOMPARE(QJsonDocument::fromJson(run.out).array().size(), 0);
        }
        // Nothing copied aside (a new file is not upgraded), and no lock left behind.
        QCOMPARE(QDir(m_dir->path()).entryList({u"*.bak"_s, u"*.opening"_s}), QStringList());
    }
}

void tst_CtlConcurrency::fourWritersAtOnce()
{
    const CtlRun first = runCtl(*m_dir,
                                {u"incidents"_s, u"declare"_s, u"--title"_s, u"Checkout down"_s,
                                 u"--severity"_s, u"SEV-2"_s});
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    constexpr int each = 15;
    QStringList scripts;
    for (int writer = 1; writer <= 4; ++writer)
        scripts << uR"(for i in $(seq %1); do
  "$CTL" --db "$DB" incidents declare --title "writer %2 incident $i" --severity SEV-3 >/dev/null || exit 1
  "$CTL" --db "$DB" timeline add 1 --text "writer %2 note $i" >/dev/null || exit 1
done)"_s.arg(each)
                           .arg(writer);
    for (const CtlRun &run : runAtOnce(scripts))
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));

    const CtlRun incidents = runCtl(*m_dir, {u"incidents"_s, u"list"_s, u"--json"_s});
    QCOMPARE(QJsonDocument::fromJson(incidents.out).array().size(), 1 + 4 * each);
    const CtlRun timeline
            = runCtl(*m_dir, {u"timeline"_s, u"export"_s, u"1"_s, u"--format"_s, u"json"_s});
    int notes = 0;
    for (const QJsonValue &entry : QJsonDocument::fromJson(timeline.out).array())
        notes += entry.toObject().value(u"text").toString().startsWith(u"writer "_s);
    QCOMPARE(notes, 4 * each);
}

// A bulk writer's slice that may run an hour still ends when sitrepctl, another process, waits
// for the lock: its looks are stamped in the file beside the database. Without that, its
// writes would wait the whole slice (and give up after two seconds).
void tst_CtlConcurrency::aBulkWritersSliceEndsForAnotherProgram()
{
    const CtlRun first = runCtl(*m_dir,
                                {u"incidents"_s, u"declare"_s, u"--title"_s, u"Checkout down"_s,
                                 u"--severity"_s, u"SEV-2"_s});
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    std::unique_ptr<Database> bulk = Database::open(db()).value();
    QSqlQuery query(bulk->connection());
    QVERIFY(query.exec(u"CREATE TABLE bulk (n INTEGER)"_s));
    QVERIFY(query.prepare(u"INSERT INTO bulk (n) VALUES (1)"_s));

    WriteSlices slices(*bulk, std::chrono::milliseconds(0), std::chrono::hours(1));
    QVERIFY(slices.enter());
    QProcess note;
    startCtl(note, *m_dir,
             {u"timeline"_s, u"add"_s, u"1"_s, u"--text"_s, u"written during a slice"_s});
    bool ended = false;
    for (const QDeadlineTimer deadline(std::chrono::seconds(20));
         !ended && !deadline.hasExpired();) {
        QVERIFY(query.exec());
        const Result<bool> due = slices.endIfDue();
        QVERIFY2(due, qPrintable(due ? QString() : due.error()));
        ended = due.value();
    }
    QVERIFY(ended);
    QVERIFY(note.waitForFinished(30000));
    QVERIFY2(note.exitCode() == 0, note.readAllStandardError().constData());
    const CtlRun timeline
            = runCtl(*m_dir, {u"timeline"_s, u"export"_s, u"1"_s, u"--format"_s, u"json"_s});
    QVERIFY(timeline.out.contains("written during a slice"));
}

QTEST_GUILESS_MAIN(tst_CtlConcurrency)
#include "tst_ctlconcurrency.moc"
