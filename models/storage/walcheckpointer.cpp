#include "walcheckpointer.h"

#include "sharedperfile.h"
#include "storagelog.h"

#include <sqlite3.h>

namespace sitrep {

std::shared_ptr<WalCheckpointer> WalCheckpointer::forFile(const QString &path)
{
    return sharedPerFile<WalCheckpointer>(
            path, [&] { return std::shared_ptr<WalCheckpointer>(new WalCheckpointer(path)); });
}

WalCheckpointer::WalCheckpointer(QString path) : m_path(std::move(path))
{
    m_thread = std::thread([this] { run(); });
}

WalCheckpointer::~WalCheckpointer()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_asked.notify_one();
    m_thread.join();
}

void WalCheckpointer::takeOver(sqlite3 *handle)
{
    if (handle)
        sqlite3_wal_hook(handle, afterCommit, this);
}

int WalCheckpointer::checkpointsMade() const
{
    const std::lock_guard lock(m_mutex);
    return m_made;
}

int WalCheckpointer::afterCommit(void *checkpointer, sqlite3 *, const char *, int pages)
{
    if (pages >= pagesBeforeCheckpoint)
        static_cast<WalCheckpointer *>(checkpointer)->ask();
    return SQLITE_OK;
}

void WalCheckpointer::ask()
{
    {
        const std::lock_guard lock(m_mutex);
        m_wanted = true;
    }
    m_asked.notify_one();
}

void WalCheckpointer::run()
{
    sqlite3 *connection = nullptr; // opened at the first checkpoint asked for
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_asked.wait(lock, [this] { return m_wanted || m_stopping; });
        if (m_stopping)
            break;
        m_wanted = false; // commits made while this one runs ask again
        lock.unlock();
        checkpoint(connection);
        lock.lock();
        ++m_made;
    }
    lock.unlock();
    // Closing the last connection to the file checkpoints it whole and removes the WAL, as
    // any last connection's close does.
    sqlite3_close(connection);
}

void WalCheckpointer::checkpoint(sqlite3 *&connection)
{
    // A connection finds the file in WAL mode only once it has read it: before that, a
    // checkpoint on it does nothing.
    if (!connection
        && (sqlite3_open_v2(m_path.toUtf8().constData(), &connection,
                            SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr)
                    != SQLITE_OK
            || sqlite3_exec(connection, "PRAGMA schema_version", nullptr, nullptr, nullptr)
                    != SQLITE_OK)) {
        qCWarning(lcStorage) << "could not open" << m_path
                             << "for checkpoints:" << sqlite3_errmsg(connection);
        sqlite3_close(connection);
        connection = nullptr;
        return;
    }
    // Passive: copies what no reader still needs and returns; a busy file is left for the
    // next commit's request. Not an error worth words: the WAL only grows until then.
    sqlite3_wal_checkpoint_v2(connection, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
}

} // namespace sitrep
