#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QSqlError>

namespace sitrep {

// SQLite's primary result codes that the cache treats specially.
enum class SqliteCode { Busy = 5, Locked = 6, Corrupt = 11, NotADatabase = 26 };

[[nodiscard]] bool hasSqliteCode(const QSqlError &error, SqliteCode code);

// Turns a driver error into a sentence for the user: what failed ("Could not save the
// incident", already translated) and what SQLite said.
class SqlErrors
{
    Q_DECLARE_TR_FUNCTIONS(SqlErrors)
public:
    [[nodiscard]] static Error describe(const QString &whatFailed, const QSqlError &error);
    // What a server said of a failed query, on one line; "no answer" when it said nothing (a
    // dropped connection), so a sentence never ends in an empty slot.
    [[nodiscard]] static QString said(const QSqlError &error);
};

} // namespace sitrep
