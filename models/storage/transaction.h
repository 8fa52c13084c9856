#pragma once

#include "domain/result.h"

#include <QSqlDatabase>
#include <QSqlError>

namespace sitrep {

class Database;

// Begins a transaction on construction and rolls it back on destruction unless committed, so an
// early return or a failed statement never leaves half a change behind. Inside another
// Transaction on the same Database it becomes a savepoint, so a use case can run inside a
// larger one (an alert ingest declares incidents) and still be all or nothing with it.
class Transaction
{
public:
    enum class Lock {
        // Takes the write lock at the first write; only for transactions that may not write
        // at all. One that reads and then writes fails at once if another program wrote in
        // between (SQLite answers busy without waiting), whatever the busy timeout.
        Deferred,
        // Takes it now, waiting for another program's write (the busy timeout, a few times
        // over): what is read inside cannot change before the commit. Every writer's default.
        Immediate,
    };
    // Refuses to begin on a database marked damaged.
    explicit Transaction(Database &database, Lock lock = Lock::Immediate);
    // On a bare connection (migrations, before the Database is handed out).
    explicit Transaction(QSqlDatabase database);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    [[nodiscard]] bool isActive() const { return m_active; }
    [[nodiscard]] Result<void> begun() const;
    [[nodiscard]] Result<void> commit();

private:
    bool execute(const QString &statement);

    Database *m_owner = nullptr;
    QSqlDatabase m_database;
    QString m_refusal;
    QSqlError m_beginError; // why BEGIN IMMEDIATE failed
    QString m_savepoint;    // set when nested
    bool m_immediate = false;
    bool m_active = false;
};

} // namespace sitrep
