#include "storage/database.h"
#include "storage/sqlitehandle.h"
#include "storage/sqlitelinkage.h"

#include <sqlite3.h>

#include <QSqlDriver>
#include <QTemporaryDir>
#include <QTest>

using namespace sitrep;
using namespace Qt::StringLiterals;

// The bulk paths call SQLite directly only where that is proved safe: Debian's Qt driver links
// the same libsqlite3 as Sitrep, so here it is; a handle that is not the connection's is
// refused; SITREP_SQLITE_DIRECT=0 (the *_qsqlquery runs of the store tests) forces QSqlQuery.
class tst_SqliteLinkage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void debianSharesOneLibrary();
    void aHandleOfAnotherConnectionIsRefused();
    void theSwitchForcesQSqlQuery();
    void pageCacheSizeHoldsWhileItLives();

private:
    [[nodiscard]] static sqlite3 *driverHandle(const QSqlDatabase &connection);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_SqliteLinkage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

sqlite3 *tst_SqliteLinkage::driverHandle(const QSqlDatabase &connection)
{
    const QVariant handle = connection.driver()->handle();
    return qstrcmp(handle.typeName(), "sqlite3*") == 0
            ? *static_cast<sqlite3 *const *>(handle.data())
            : nullptr;
}

void tst_SqliteLinkage::debianSharesOneLibrary()
{
    auto database = Database::open(m_dir->filePath(u"a.sqlite"_s));
    QVERIFY2(database, qPrintable(database ? QString() : database.error()));
    const QSqlDatabase connection = database.value()->connection();
    const SqliteLinkage::Verdict verdict
            = SqliteLinkage::prove(connection, driverHandle(connection));
    QVERIFY2(verdict.shared, qPrintable(verdict.reason));
}

void tst_SqliteLinkage::aHandleOfAnotherConnectionIsRefused()
{
    auto first = Database::open(m_dir->filePath(u"a.sqlite"_s));
    auto second = Database::open(m_dir->filePath(u"b.sqlite"_s));
    QVERIFY(first && second);
    const SqliteLinkage::Verdict verdict = SqliteLinkage::prove(
            first.value()->connection(), driverHandle(second.value()->connection()));
    QVERIFY(!verdict.shared);
    QVERIFY2(verdict.reason.contains(u"not the connection"_s), qPrintable(verdict.reason));
    QVERIFY(!SqliteLinkage::prove(first.value()->connection(), nullptr).shared);
}

void tst_SqliteLinkage::theSwitchForcesQSqlQuery()
{
    auto database = Database::open(m_dir->filePath(u"a.sqlite"_s));
    QVERIFY(database);
    const bool forced = qEnvironmentVariable("SITREP_SQLITE_DIRECT") == u"0";
    sqlite3 *handle = sqliteHandle(database.value()->connection());
    QCOMPARE(handle == nullptr, forced);
    if (handle)
        QCOMPARE(handle, driverHandle(database.value()->connection()));
}

namespace {

QByteArray cacheSize(sqlite3 *handle)
{
    QByteArray size;
    const QString problem = forEachSqliteRow(
            handle, "PRAGMA cache_size", [](sqlite3_stmt *) {},
            [&size](sqlite3_stmt *row) { size = sqliteText(row, 0).toByteArray(); });
    return problem.isEmpty() ? size : problem.toUtf8();
}

} // namespace

// A scan reads with a small page cache and a bulk write with a large one, each only while it runs:
// the connection's own size comes back after.
void tst_SqliteLinkage::pageCacheSizeHoldsWhileItLives()
{
    auto database = Database::open(m_dir->filePath(u"a.sqlite"_s));
    QVERIFY(database);
    sqlite3 *handle = sqliteHandle(database.value()->connection());
    if (!handle)
        QSKIP("Without a handle the size is left alone (SITREP_SQLITE_DIRECT=0)");
    const QByteArray before = cacheSize(handle);
    QVERIFY(!before.isEmpty());
    {
        const PageCacheSize scan(handle, PageCacheSize::scan);
        QCOMPARE(cacheSize(handle), QByteArray("-256"));
    }
    QCOMPARE(cacheSize(handle), before);
    {
        const PageCacheSize bulk(handle, PageCacheSize::bulkWrite);
        QCOMPARE(cacheSize(handle), QByteArray("-131072"));
    }
    QCOMPARE(cacheSize(handle), before);
}

QTEST_GUILESS_MAIN(tst_SqliteLinkage)
#include "tst_sqlitelinkage.moc"
