#include "sqlitelinkage.h"

#include "storagelog.h"

#include <dlfcn.h>
#include <mutex>
#include <sqlite3.h>

#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlQuery>

namespace sitrep {

namespace {

// The shared object that holds `address`, as the dynamic loader sees it.
QString objectOf(const void *address)
{
    Dl_info info {};
    if (dladdr(address, &info) == 0 || !info.dli_fname)
        return {};
    return QFileInfo(QString::fromLocal8Bit(info.dli_fname)).canonicalFilePath();
}

} // namespace

SqliteLinkage::Verdict SqliteLinkage::prove(const QSqlDatabase &database, sqlite3 *handle)
{
    if (!handle)
        return {false, QStringLiteral("the driver gave no SQLite handle")};
    // 1. The library our sqlite3_* calls land in.
    const QString ours = objectOf(reinterpret_cast<const void *>(&sqlite3_open_v2));
    // 2. The plugin the driver's code lives in, and where sqlite3_open_v2 resolves for it: its
    //    own copy when it bundles SQLite, the shared library when it links one, nothing when
    //    it bundles a copy with hidden symbols.
    const QString plugin = objectOf(*reinterpret_cast<const void *const *>(database.driver()));
    if (ours.isEmpty() || plugin.isEmpty())
        return {false, QStringLiteral("the loaded libraries could not be told apart")};
    void *pluginHandle = dlopen(plugin.toLocal8Bit().constData(), RTLD_LAZY | RTLD_NOLOAD);
    if (!pluginHandle)
        return {false, QStringLiteral("the driver plugin %1 is not loaded").arg(plugin)};
    const void *theirs = dlsym(pluginHandle, "sqlite3_open_v2");
    dlclose(pluginHandle);
    if (theirs != reinterpret_cast<const void *>(&sqlite3_open_v2))
        return {false,
                QStringLiteral("the driver plugin %1 uses its own SQLite, not %2")
                        .arg(plugin, ours)};
    // 3. The handle answers our library as the driver's connection does.
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("SELECT sqlite_source_id()")) || !query.next())
        return {false, QStringLiteral("the driver did not say which SQLite it runs")};
    if (query.value(0).toString() != QString::fromLatin1(sqlite3_sourceid()))
        return {false,
                QStringLiteral("the driver runs SQLite %1, Sitrep links %2")
                        .arg(query.value(0).toString(), QString::fromLatin1(sqlite3_sourceid()))};
    // Safe to ask now that the library is known to be one: the handle is this connection's.
    const char *file = sqlite3_db_filename(handle, "main");
    const QString expected = QFileInfo(database.databaseName()).canonicalFilePath();
    if (!file || QFileInfo(QString::fromLocal8Bit(file)).canonicalFilePath() != expected)
        return {false, QStringLiteral("the handle is not the connection to %1").arg(expected)};
    return {true, {}};
}

const SqliteLinkage::Verdict &SqliteLinkage::verdict(const QSqlDatabase &database, sqlite3 *handle)
{
    static std::once_flag once;
    static Verdict decided;
    std::call_once(once, [&] {
        decided = prove(database, handle);
        if (decided.shared)
            qCInfo(lcStorage) << "bulk reads and writes call SQLite directly";
        else
            qCWarning(lcStorage) << "bulk reads and writes go through QSqlQuery:" << decided.reason;
    });
    return decided;
}

} // namespace sitrep
