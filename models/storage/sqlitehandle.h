#pragma once

#include <chrono>
#include <functional>
#include <memory>

#include <QByteArrayView>
#include <QSqlDatabase>

struct sqlite3;
struct sqlite3_stmt;

namespace sitrep {

class LockWaiters;

// A QSQLITE connection named `name` on the file at `path` with the driver's connect `options`,
// not yet open. The first one of the process also turns SQLite's memory statistics off:
// while they are on, every allocation of every connection in the process takes one mutex.
// A worker opening a connection held it for 250 ms in one allocation (under load, with the
// kernel reclaiming memory), and the console's note on the GUI thread, allocating too, waited
// as long for a lock no database ever held (measured with perf on the alert storm).
[[nodiscard]] QSqlDatabase addSqliteConnection(const QString &name, const QString &path,
                                               const QString &options);

// The SQLite connection behind a QSQLITE database, for the bulk paths (loading the whole
// history, writing an alert storm) that talk to SQLite directly: a QVariant per value costs
// more than the database does. Null, and the caller takes the QSqlQuery path, unless calling
// our libsqlite3 on the driver's connection is defined: the driver must use the very library
// Sitrep links (true for Debian's Qt, false for Qt builds that bundle SQLite inside the
// plugin). That is proved once per process (SqliteLinkage). SITREP_SQLITE_DIRECT=0 in the
// environment forces the QSqlQuery path, so tests run both with the same expectations.
[[nodiscard]] sqlite3 *sqliteHandle(const QSqlDatabase &database);

// Prepares `sql` on `handle`, lets `bind` bind its values, and hands each row to `row`. Empty
// when every row was read; SQLite's message when preparing or stepping failed.
[[nodiscard]] QString forEachSqliteRow(sqlite3 *handle, QByteArrayView sql,
                                       const std::function<void(sqlite3_stmt *)> &bind,
                                       const std::function<void(sqlite3_stmt *)> &row);

// A text column as SQLite stores it (UTF-8), without a copy: valid until the next step.
[[nodiscard]] QByteArrayView sqliteText(sqlite3_stmt *statement, int column);

// How a connection waits for another's write lock: by looking every millisecond, up to
// `timeout`, each look stamped in `waiters` for the bulk writers (WriteSlices) to see. Kept by
// the connection's Database while the connection is open.
struct LockWait
{
    std::chrono::milliseconds timeout;
    std::shared_ptr<LockWaiters> waiters;
};

// SQLite's own busy handler sleeps longer the longer it waits (1, 2, 5 … 100 ms), so a
// console's note, waiting behind a bulk writer that lets go between slices, slept through
// the gaps; this one looks every millisecond, as `wait` says.
void waitForTheLockPromptly(sqlite3 *handle, const LockWait &wait);

// Called by a bulk writer between its slices: while a writer of any process has been looking
// for the lock in the last two milliseconds, waits (50 ms at most) so that it gets in first.
// Without it, the bulk writer's next BEGIN, microseconds after its COMMIT, wins every time.
void letWaitingWritersIn(const LockWaiters &waiters);

// A connection's page cache set to `kibibytes` while this lives, and put back after. Without a
// handle (see sqliteHandle) it does nothing.
class PageCacheSize
{
public:
    // A bulk writer's: a storm's 100,000 alerts touch every page of three indexes, and SQLite's
    // default 2 MB cache wrote those pages out to the WAL before the commit, some of them again
    // and again (1.7 s for the rows, against 1.1 s with room for them). The cache only grows as
    // pages are used, so a small write costs nothing more.
    static constexpr qint64 bulkWrite = 128 * 1024;
    // A scan's, which reads each page once: the default 2 MB would be filled all the same, each
    // page of it fresh memory (at 100,000 incidents, 450 page faults of each of the history's
    // two reading threads, 10 ms).
    static constexpr qint64 scan = 256;

    PageCacheSize(sqlite3 *handle, qint64 kibibytes);
    ~PageCacheSize();
    PageCacheSize(const PageCacheSize &) = delete;
    PageCacheSize &operator=(const PageCacheSize &) = delete;

private:
    sqlite3 *m_handle;
    QByteArray m_previous;
};

} // namespace sitrep
