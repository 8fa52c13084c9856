#pragma once

#include "domain/result.h"

#include <QSqlDatabase>

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
        Deferred,  // takes the write lock at the first write
        Immediate, // takes it now: what is read inside cannot change before the commit
    };
    // Refuses to begin on a database marked damaged.
    explicit Transaction(Database &database, Lock lock = Lock::Deferred);
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
    QString m_savepoint; // set when nested
    bool m_immediate = false;
    bool m_active = false;
};

} // namespace sitrep
