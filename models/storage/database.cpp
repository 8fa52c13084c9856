#include "database.h"

#include "databasebackup.h"
#include "lockwaiters.h"
#include "migrations.h"
#include "openerlock.h"
#include "preparedquery.h"
#include "sqlerrors.h"
#include "sqlitehandle.h"
#include "storagelog.h"
#include "walcheckpointer.h"

#include <array>
#include <atomic>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcStorage, "sitrep.storage")

namespace sitrep {

namespace {

// A write inside a transaction that may fail halfway (INSERT OR REPLACE, an UPDATE with
// foreign keys) has the pages it touches journalled first. SQLite keeps those statement
// journals in a temporary file: writing a storm's 100,000 alerts took 2.9 s with them there
// and 1.1 s with them in memory, where they are copies of a few pages at a time.
// Effective from the next BEGIN, so it is set as a connection opens.
constexpr char statementJournalsInMemory[] = "PRAGMA temp_store = MEMORY";

// Settings of a connection, not of the file, so every connection that writes sets them: the
// console's own and the workers' (alert ingest, SLO fetch, team sync).
//  - synchronous NORMAL: in WAL mode a commit is then not flushed to disk, only checkpoints
//    are. A power cut may lose the last commits but never damages the file. A worker that
//    kept SQLite's default (FULL) flushed the WAL to disk in each commit, holding the write
//    lock while it did.
constexpr std::array writerSettings {"PRAGMA foreign_keys = ON", "PRAGMA synchronous = NORMAL",
                                     statementJournalsInMemory};

QString nextConnectionName()
{
    static std::atomic<int> counter {0};
    return QStringLiteral("sitrep-db-%1").arg(++counter);
}

bool hasSqliteHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArrayView("SQLite format 3\0", 16);
}

// The facts about an existing file that decide whether Sitrep may touch it.
struct FileFacts
{
    qint32 applicationId = 0;
    int version = 0;
    int tableCount = 0;
};

class FileChecker
{
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    FileChecker(QSqlDatabase database, QString path)
        : m_database(std::move(database)), m_path(std::move(path))
    { }

    Result<FileFacts> check(bool fileIsNew, IntegrityCheck integrityCheck = IntegrityCheck::OnOpen)
    {
        if (!fileIsNew && !hasSqliteHeader(m_path))
            return corrupt(tr("it does not start like an SQLite database"));
        if (!m_database.open())
            return classify(m_database.lastError());

        FileFacts facts;
        QSqlQuery query(m_database);
        if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next())
            return classify(query.lastError());
        facts.applicationId = query.value(0).toInt();
        if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
            return classify(query.lastError());
        facts.version = query.value(0).toInt();
        if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !query.next())
            return classify(query.lastError());
        facts.tableCount = query.value(0).toInt();

        const bool blank = facts.applicationId == 0 && facts.version == 0 && facts.tableCount == 0;
        if (!blank && facts.applicationId != Migrations::applicationId)
            return Error {tr("%1 is an SQLite database, but not one of Sitrep's. Sitrep has "
                             "left it untouched.")
                                  .arg(m_path)};
        if (facts.version > Migrations::currentVersion)
            return Error {tr("%1 was written by a newer version of Sitrep (schema version %2; "
                             "this version understands up to %3). Sitrep has left it untouched; "
                             "update Sitrep to open it.")
                                  .arg(m_path)
                                  .arg(facts.version)
                                  .arg(Migrations::currentVersion)};
        if (!blank && integrityCheck == IntegrityCheck::OnOpen) {
            if (auto healthy = checkPages(); !healthy)
                return Error {healthy.error()};
        }
        return facts;
    }

    Result<void> checkPages()
    {
        QSqlQuery query(m_database);
        if (!query.exec(QStringLiteral("PRAGMA quick_check")) || !query.next())
            return classify(query.lastError());
        const QString verdict = query.value(0).toString();
        if (verdict != u"ok")
            return corrupt(verdict);
        return {};
    }

    // Every check SQLite has: pages, and every index against its table (what quick_check
    // leaves out), and every foreign key. Slower: for a file about to replace the live one.
    Result<void> checkEverything()
    {
        QSqlQuery query(m_database);
        if (!query.exec(QStringLiteral("PRAGMA integrity_check(20)")))
            return classify(query.lastError());
        QStringList problems;
        while (query.next())
            if (query.value(0).toString() != u"ok")
                problems << query.value(0).toString();
        if (!problems.isEmpty())
            return corrupt(problems.join(QStringLiteral("; ")));
        if (!query.exec(QStringLiteral("PRAGMA foreign_key_check")))
            return classify(query.lastError());
        if (query.next())
            return corrupt(tr("row %1 of %2 points to a missing row of %3")
                                   .arg(query.value(1).toString(), query.value(0).toString(),
                                        query.value(2).toString()));
        return {};
    }

    // Fails if another program holds the write lock, so that nothing is half-done later.
    Result<void> checkWritable()
    {
        QSqlQuery query(m_database);
        if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return classify(query.lastError());
        if (!query.exec(QStringLiteral("ROLLBACK")))
            return classify(query.lastError());
        return {};
    }

    Error classify(const QSqlError &error) const
    {
        if (hasSqliteCode(error, SqliteCode::Busy) || hasSqliteCode(error, SqliteCode::Locked))
            return {tr("%1 is locked by another program. Close the other program, or wait "
                       "until it has finished, and try again.")
                            .arg(m_path)};
        if (hasSqliteCode(error, SqliteCode::NotADatabase)
            || hasSqliteCode(error, SqliteCode::Corrupt))
            return corrupt(error.databaseText());
        return SqlErrors::describe(tr("Could not open %1").arg(m_path), error);
    }

    Error corrupt(const QString &detail) const
    {
        return {tr("%1 is damaged or is not a database file (%2). Sitrep has left it "
                   "untouched; restore a backup with \"sitrepctl restore\".")
                        .arg(m_path, detail)};
    }

private:
    QSqlDatabase m_database;
    QString m_path;
};

} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName))
{ }

Database::~Database()
{
    m_preparedWrites.clear(); // before the connection they run on goes
    {
        QSqlDatabase database = QSqlDatabase::database(m_connectionName, false);
        database.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

const LockWaiters *Database::lockWaiters() const
{
    return m_lockWait ? m_lockWait->waiters.get() : nullptr;
}

QSqlQuery &Database::preparedWrite(const QString &sql)
{
    std::unique_ptr<PreparedQuery> &query = m_preparedWrites[sql];
    if (!query)
        query = std::make_unique<PreparedQuery>(connection(), sql);
    return query->get(); // prepared again if it failed to (its exec then says why)
}

void Database::afterCommit(std::function<void()> announce)
{
    if (m_transactionDepth == 0)
        announce();
    else
        m_afterCommit.append(std::move(announce));
}

void Database::runAfterCommit()
{
    const QList<std::function<void()>> pending = std::exchange(m_afterCommit, {});
    for (const auto &announce : pending)
        announce();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

namespace {

// Files found damaged in this process, by absolute path: every connection to one refuses writes.
QMutex damageLock;
QHash<QString, QString> &damagedFiles()
{
    static QHash<QString, QString> files;
    return files;
}

} // namespace

void Database::markDamaged(const QString &reason)
{
    const QMutexLocker locked(&damageLock);
    damagedFiles().insert(m_path, reason);
}

QString Database::damage() const
{
    const QMutexLocker locked(&damageLock);
    return damagedFiles().value(m_path);
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, IntegrityCheck integrityCheck)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return Error {tr("Could not create the folder %1.").arg(info.absolutePath())};
    {
        const QMutexLocker locked(&damageLock);
        damagedFiles().remove(info.absoluteFilePath());
    }
    std::unique_ptr<Database> database(new Database(info.absoluteFilePath(), nextConnectionName()));
    // One opener at a time across processes: a console, a watch daemon and scripts started at
    // once would otherwise each find a new file blank (or half-upgraded) and migrate it again.
    // A folder where no lock file can be made (read-only) opens unguarded.
    OpenerLock opening(info.absoluteFilePath() + QStringLiteral(".opening"));
    if (opening.lock(std::chrono::seconds(30)) == OpenerLock::Outcome::Busy)
        return Error {tr("%1 is being opened or upgraded by another program that has not "
                         "finished in 30 seconds; try again when it has.")
                              .arg(info.absoluteFilePath())};
    if (auto prepared = database->prepare(integrityCheck); !prepared)
        return Error {prepared.error()};
    return database;
}

Result<void> Database::prepare(IntegrityCheck integrityCheck)
{
    const bool fileIsNew = !QFileInfo::exists(m_path) || QFileInfo(m_path).size() == 0;
    // Short while checking: a file locked for long is reported, not waited on; another
    // program's ordinary write is waited for.
    QSqlDatabase database = addSqliteConnection(m_connectionName, m_path,
                                                QStringLiteral("QSQLITE_BUSY_TIMEOUT=2000"));

    FileChecker checker(database, m_path);
    const Result<FileFacts> facts = checker.check(fileIsNew, integrityCheck);
    if (!facts)
        return Error {facts.error()};
    lookForTheLockPromptly(database, std::chrono::milliseconds(2000));
    if (auto writable = checker.checkWritable(); !writable)
        return writable;

    const int version = facts.value().version;
    if (version > 0 && version < Migrations::currentVersion) {
        if (auto copied = copyBeforeMigration(version); !copied)
            return copied;
    }

    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
        return checker.classify(query.lastError());
    for (const auto *pragma : writerSettings) {
        if (!query.exec(QString::fromUtf8(pragma)))
            return checker.classify(query.lastError());
    }
    checkpointOffTheCommits(database);
    return Migrations::migrate(database, version);
}

void Database::lookForTheLockPromptly(const QSqlDatabase &connection,
                                      std::chrono::milliseconds timeout)
{
    if (sqlite3 *handle = sqliteHandle(connection)) {
        m_lockWait = std::make_unique<LockWait>(LockWait {timeout, LockWaiters::forFile(m_path)});
        waitForTheLockPromptly(handle, *m_lockWait);
    }
}

void Database::checkpointOffTheCommits(const QSqlDatabase &connection)
{
    if (sqlite3 *handle = sqliteHandle(connection)) {
        m_checkpointer = WalCheckpointer::forFile(m_path);
        m_checkpointer->takeOver(handle);
    }
}

Result<void> Database::copyBeforeMigration(int version)
{
    const QString copy = QStringLiteral("%1.schema-v%2-%3.bak")
                                 .arg(m_path)
                                 .arg(version)
                                 .arg(QDateTime::currentDateTimeUtc().toString(
                                         QStringLiteral("yyyyMMdd-HHmmss")));
    // Written whole or not at all: a start killed while copying once left a partial file
    // that kept every later start from opening. A copy of this version made within the same
    // second is whole and serves.
    if (!QFileInfo::exists(copy)) {
        const QString failure
                = tr("Could not copy %1 aside before upgrading it, so it was not upgraded")
                          .arg(m_path);
        const Result<void> written = DatabaseBackup::writeWhole(
                copy,
                [&](const QString &partial) -> Result<void> {
                    QSqlQuery query(connection());
                    query.prepare(QStringLiteral("VACUUM INTO ?"));
                    query.addBindValue(partial);
                    if (!query.exec())
                        return SqlErrors::describe(failure, query.lastError());
                    return {};
                },
                failure);
        if (!written)
            return written;
    }
    m_preMigrationCopy = copy;
    qCInfo(lcStorage) << "copied the database aside before migrating:" << copy;
    return {};
}

Result<std::unique_ptr<Database>> Database::openReader(const QString &path)
{
    std::unique_ptr<Database> database(
            new Database(QFileInfo(path).absoluteFilePath(), nextConnectionName()));
    QSqlDatabase connection = addSqliteConnection(
            database->m_connectionName, database->m_path,
            QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000"));
    if (!connection.open())
        return SqlErrors::describe(tr("Could not open %1 for reading").arg(path),
                                   connection.lastError());
    // No memory map (PRAGMA mmap_size), although readers scan whole tables: a reader lives for
    // one request, and a fresh mapping faults every page in again. Measured at 100,000
    // incidents, the dashboard's read took 35 ms longer mapped, and the board's load no less.
    return database;
}

Result<std::unique_ptr<Database>> Database::openWriter(const QString &path)
{
    std::unique_ptr<Database> database(
            new Database(QFileInfo(path).absoluteFilePath(), nextConnectionName()));
    QSqlDatabase connection = addSqliteConnection(database->m_connectionName, database->m_path,
                                                  QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!connection.open())
        return SqlErrors::describe(tr("Could not open %1").arg(path), connection.lastError());
    QSqlQuery query(connection);
    for (const auto *pragma : writerSettings) {
        if (!query.exec(QString::fromUtf8(pragma)))
            return SqlErrors::describe(tr("Could not open %1").arg(path), query.lastError());
    }
    database->lookForTheLockPromptly(connection, std::chrono::milliseconds(5000));
    database->checkpointOffTheCommits(connection);
    return database;
}

Result<int> Database::verify(const QString &path)
{
    if (!QFileInfo::exists(path))
        return Error {tr("%1 does not exist.").arg(path)};
    const QString name = nextConnectionName();
    Result<int> verdict = Error {};
    {
        QSqlDatabase database = addSqliteConnection(
                name, path, QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=250"));
        FileChecker checker(database, path);
        const Result<FileFacts> facts = checker.check(QFileInfo(path).size() == 0);
        if (!facts)
            verdict = Error {facts.error()};
        else if (facts.value().applicationId != Migrations::applicationId)
            verdict = Error {tr("%1 is not a Sitrep database.").arg(path)};
        else
            verdict = facts.value().version;
        database.close();
    }
    QSqlDatabase::removeDatabase(name);
    return verdict;
}

Result<void> Database::checkThoroughly(const QString &path)
{
    Result<std::unique_ptr<Database>> reader = openReader(path);
    if (!reader)
        return Error {reader.error()};
    return FileChecker(reader.value()->connection(), path).checkEverything();
}

Result<void> Database::checkIntegrity(const QString &path)
{
    Result<std::unique_ptr<Database>> reader = openReader(path);
    if (!reader)
        return Error {reader.error()};
    return FileChecker(reader.value()->connection(), path).checkPages();
}

} // namespace sitrep
