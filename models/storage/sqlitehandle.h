#pragma once

#include <sqlite3.h>

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

namespace sitrep {

// The SQLite connection behind a QSQLITE database, or null for other drivers. The bulk paths
// (loading the whole history, writing an alert storm) talk to SQLite directly: a QVariant per
// value costs more than the database does.
inline sqlite3 *sqliteHandle(const QSqlDatabase &database)
{
    const QVariant handle = database.driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.data());
}

} // namespace sitrep
