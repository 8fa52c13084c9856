#pragma once

#include <QSqlDatabase>

struct sqlite3;

namespace sitrep {

// The SQLite connection behind a QSQLITE database, for the bulk paths (loading the whole
// history, writing an alert storm) that talk to SQLite directly: a QVariant per value costs
// more than the database does. Null, and the caller takes the QSqlQuery path, unless calling
// our libsqlite3 on the driver's connection is defined: the driver must use the very library
// Sitrep links (true for Debian's Qt, false for Qt builds that bundle SQLite inside the
// plugin). That is proved once per process (SqliteLinkage). SITREP_SQLITE_DIRECT=0 in the
// environment forces the QSqlQuery path, so tests run both with the same expectations.
[[nodiscard]] sqlite3 *sqliteHandle(const QSqlDatabase &database);

} // namespace sitrep
