#pragma once

#include "domain/result.h"

#include <QSqlDatabase>

namespace sitrep {

class Database;

// Begins a transaction on construction and rolls it back on destruction unless committed, so an
// early return or a failed statement never leaves half a change behind.
class Transaction
{
public:
    // Refuses to begin on a database marked damaged.
    explicit Transaction(Database &database);
    // On a bare connection (migrations, before the Database is handed out).
    explicit Transaction(QSqlDatabase database);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    [[nodiscard]] bool isActive() const { return m_active; }
    [[nodiscard]] Result<void> begun() const;
    [[nodiscard]] Result<void> commit();

private:
    QSqlDatabase m_database;
    QString m_refusal;
    bool m_active = false;
};

} // namespace sitrep
