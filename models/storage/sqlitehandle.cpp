#include "sqlitehandle.h"

#include "lockwaiters.h"
#include "sqlitelinkage.h"

#include <memory>
#include <sqlite3.h>

#include <QSqlDriver>
#include <QVariant>

namespace sitrep {

namespace {

bool directPathAllowed()
{
    static const bool allowed = qEnvironmentVariable("SITREP_SQLITE_DIRECT") != u"0";
    return allowed;
}

// `context` is the connection's LockWait; `looks` counts this wait's earlier calls, each about
// a millisecond apart.
int lookAgain(void *context, int looks)
{
    const auto *wait = static_cast<const LockWait *>(context);
    if (looks >= wait->timeout.count())
        return 0;
    wait->waiters->looked();
    sqlite3_sleep(1);
    return 1;
}

// Before SQLite is first used in the process, or never: once initialized it refuses
// (SQLITE_MISUSE), and the statistics stay on. Only a test's own connection opened before any
// of ours would do that.
void leaveMemoryStatisticsOff()
{
    static const int configured = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    Q_UNUSED(configured);
}

} // namespace

QSqlDatabase addSqliteConnection(const QString &name, const QString &path, const QString &options)
{
    leaveMemoryStatisticsOff();
    QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    database.setDatabaseName(path);
    database.setConnectOptions(options);
    return database;
}

void waitForTheLockPromptly(sqlite3 *handle, const LockWait &wait)
{
    sqlite3_busy_handler(handle, lookAgain, const_cast<LockWait *>(&wait));
}

void letWaitingWritersIn(const LockWaiters &waiters)
{
    using namespace std::chrono_literals;
    const auto giveUpAt = LockWaiters::Clock::now() + 50ms;
    for (auto now = LockWaiters::Clock::now(); now - waiters.lastLook() <= 2ms && now < giveUpAt;
         now = LockWaiters::Clock::now())
        sqlite3_sleep(1);
}

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

QString forEachSqliteRow(sqlite3 *handle, QByteArrayView sql,
                         const std::function<void(sqlite3_stmt *)> &bind,
                         const std::function<void(sqlite3_stmt *)> &row)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(handle, sql.data(), int(sql.size()), &statement, nullptr) != SQLITE_OK)
        return QString::fromUtf8(sqlite3_errmsg(handle));
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> guard(statement, sqlite3_finalize);
    bind(statement);
    int step = SQLITE_ROW;
    while ((step = sqlite3_step(statement)) == SQLITE_ROW)
        row(statement);
    return step == SQLITE_DONE ? QString() : QString::fromUtf8(sqlite3_errmsg(handle));
}

QByteArrayView sqliteText(sqlite3_stmt *statement, int column)
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
    return {data, data ? sqlite3_column_bytes(statement, column) : 0};
}

PageCacheSize::PageCacheSize(sqlite3 *handle, qint64 kibibytes) : m_handle(handle)
{
    if (!handle)
        return;
    const QString problem = forEachSqliteRow(
            handle, "PRAGMA cache_size", [](sqlite3_stmt *) {},
            [this](sqlite3_stmt *row) { m_previous = sqliteText(row, 0).toByteArray(); });
    // A negative size is in KiB.
    if (problem.isEmpty() && !m_previous.isEmpty())
        sqlite3_exec(handle, ("PRAGMA cache_size = -" + QByteArray::number(kibibytes)).constData(),
                     nullptr, nullptr, nullptr);
}

PageCacheSize::~PageCacheSize()
{
    if (!m_previous.isEmpty())
        sqlite3_exec(m_handle, ("PRAGMA cache_size = " + m_previous).constData(), nullptr, nullptr,
                     nullptr);
}

} // namespace sitrep
