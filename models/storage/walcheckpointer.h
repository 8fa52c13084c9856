#pragma once

#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

#include <QString>

struct sqlite3;

namespace sitrep {

// Checkpoints of one file's WAL on a thread of their own, never inside a commit.
// SQLite checkpoints in the commit that takes the WAL past 1,000 pages, on whichever
// connection made that commit, and flushes the file to disk while doing so. During an alert
// storm that was one slice of the ingest in six (12 ms each, 0.6 s of a 2.4 s ingest), and the
// console's own note on the GUI thread whenever its commit came first. Each writing connection
// of this process instead tells the checkpointer after its commits, and the checkpointer runs
// a passive checkpoint on its own connection: it waits for no writer or reader, and none waits
// for it.
class WalCheckpointer
{
public:
    // Pages in the WAL after a commit from which a checkpoint is asked for: SQLite's own.
    static constexpr int pagesBeforeCheckpoint = 1000;

    // The checkpointer of the file at `path` (absolute), shared by every connection of this
    // process to it: made on first use, stopped when the last connection lets go of it.
    [[nodiscard]] static std::shared_ptr<WalCheckpointer> forFile(const QString &path);

    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

    // From now on `handle`'s commits ask this checkpointer instead of checkpointing
    // themselves. The connection must close before the checkpointer goes. Nothing happens
    // without a handle (SQLite keeps checkpointing in the commits; see sqliteHandle).
    void takeOver(sqlite3 *handle);
    // Checkpoints made so far, for tests.
    [[nodiscard]] int checkpointsMade() const;

private:
    explicit WalCheckpointer(QString path);
    static int afterCommit(void *checkpointer, sqlite3 *handle, const char *database, int pages);
    void ask();
    void run();
    void checkpoint(sqlite3 *&connection);

    const QString m_path;
    mutable std::mutex m_mutex;
    std::condition_variable m_asked;
    bool m_wanted = false;
    bool m_stopping = false;
    int m_made = 0;
    std::thread m_thread;
};

} // namespace sitrep
