#include "sqlitehandle.h"

#include "sqlitelinkage.h"

#include <QSqlDriver>
#include <QVariant>

namespace sitrep {

namespace {

bool directPathAllowed()
{
    static const bool allowed = qEnvironmentVariable("SITREP_SQLITE_DIRECT") != u"0";
    return allowed;
}

} // namespace

sqlite3 *sqliteHandle(const QSqlDatabase &database)
{
    if (!directPathAllowed())
        return nullptr;
    const QVariant handle = database.driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    sqlite3 *connection = *static_cast<sqlite3 *const *>(handle.data());
    return SqliteLinkage::verdict(database, connection).shared ? connection : nullptr;
}

} // namespace sitrep
