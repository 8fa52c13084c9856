#pragma once

#include "domain/result.h"

#include <chrono>
#include <functional>
#include <memory>
#include <unordered_map>

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace sitrep {

class LockWaiters;
class PreparedQuery;
class WalCheckpointer;
struct LockWait;

// When SQLite's page-by-page check of an existing file runs. It reads the whole file, so the
// console defers it to a worker thread (see DatabaseVerifier) instead of making the user wait.
enum class IntegrityCheck { OnOpen, Deferred };

// The SQLite cache file: one named connection, opened only after the file has been checked.
// A file that is corrupt, locked, not Sitrep's, or from a newer version is reported in words and
// never written to; an older file is copied aside before it is migrated.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    [[nodiscard]] static Result<std::unique_ptr<Database>>
    open(const QString &path, IntegrityCheck integrityCheck = IntegrityCheck::OnOpen);
    // A read-only connection to a file that open() has already checked and migrated, for
    // readers on worker threads (each thread needs its own connection).
    [[nodiscard]] static Result<std::unique_ptr<Database>> openReader(const QString &path);
    // A second writing connection to a file that open() has already checked and migrated, for
    // a worker thread's own writes (SQLite lets one writer in at a time; the others wait).
    [[nodiscard]] static Result<std::unique_ptr<Database>> openWriter(const QString &path);
    // Checks that a file is a healthy Sitrep database this version can read, without changing
    // it. Returns its schema version.
    [[nodiscard]] static Result<int> verify(const QString &path);
    // Every check SQLite has (integrity_check, foreign_key_check) on a file that verify()
    // accepted, on its own read-only connection: for a file about to become the live one.
    [[nodiscard]] static Result<void> checkThoroughly(const QString &path);
    // SQLite's page check alone, on its own read-only connection (any thread).
    [[nodiscard]] static Result<void> checkIntegrity(const QString &path);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    [[nodiscard]] QSqlDatabase connection() const;
    [[nodiscard]] const QString &path() const { return m_path; }
    // The copy taken before the last migration, or empty if none was needed.
    [[nodiscard]] const QString &preMigrationCopy() const { return m_preMigrationCopy; }
    // A deferred check found the file damaged: from now on every write to it is refused with
    // this reason (see Transaction), on every connection of this process (workers' writers
    // too), so that nothing is written on top of the damage. open() forgets it (a restored
    // file at the same path starts afresh).
    void markDamaged(const QString &reason);
    [[nodiscard]] QString damage() const;
    // Runs `announce` once the outermost Transaction commits (at once if none is open), and
    // never if it rolls back: listeners hear only of changes that were saved.
    void afterCommit(std::function<void()> announce);
    // An INSERT or UPDATE prepared once on this connection and kept for the next call, for
    // writes that stores made afresh each time repeat by the thousand (a storm's ingest
    // declares an incident and tells its alerts 2,000 times). Never for reads, which could
    // still be open when the statement is run again.
    [[nodiscard]] QSqlQuery &preparedWrite(const QString &sql);
    // The writers waiting for the file's write lock, in any process (for WriteSlices). Null
    // for a reader, and where Sitrep cannot talk to SQLite directly (see sqliteHandle).
    [[nodiscard]] const LockWaiters *lockWaiters() const;

private:
    Database(QString path, QString connectionName);
    Result<void> prepare(IntegrityCheck integrityCheck);
    Result<void> copyBeforeMigration(int version);
    void runAfterCommit();
    // From the first write on (the file's check takes the write lock once): each look for the
    // lock every millisecond, stamped for the bulk writers of any process (LockWaiters).
    void lookForTheLockPromptly(const QSqlDatabase &connection, std::chrono::milliseconds timeout);
    // The WAL checkpointed by a thread of its own rather than by a commit (WalCheckpointer).
    void checkpointOffTheCommits(const QSqlDatabase &connection);
    friend class Transaction;

    QString m_path;
    QString m_connectionName;
    QString m_preMigrationCopy;
    int m_transactionDepth = 0;
    QList<std::function<void()>> m_afterCommit;
    // Shared by this process's connections to the file; outlives this one's connection.
    std::shared_ptr<WalCheckpointer> m_checkpointer;
    std::unique_ptr<LockWait> m_lockWait; // the connection's busy handler reads it
    std::unordered_map<QString, std::unique_ptr<PreparedQuery>> m_preparedWrites;
};

} // namespace sitrep
