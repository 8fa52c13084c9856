#pragma once

#include "domain/result.h"

#include <QSqlDatabase>

namespace sitrep {

// Begins a transaction on construction and rolls it back on destruction unless committed, so an
// early return or a failed statement never leaves half a change behind.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase database);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    [[nodiscard]] bool isActive() const { return m_active; }
    [[nodiscard]] Result<void> begun() const;
    [[nodiscard]] Result<void> commit();

private:
    QSqlDatabase m_database;
    bool m_active = false;
};

} // namespace sitrep
