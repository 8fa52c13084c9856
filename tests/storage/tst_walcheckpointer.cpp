#include "sqlfixture.h"
#include "storage/database.h"
#include "storage/sqlitehandle.h"
#include "storage/transaction.h"
#include "storage/walcheckpointer.h"

#include <QFileInfo>
#include <QTemporaryDir>

using namespace sitrep;
using namespace Qt::StringLiterals;

// The WAL is checkpointed on a thread of its own, after the commits of this process's
// connections (the console's and the workers') take it past 1,000 pages, never inside them.
class tst_WalCheckpointer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void aCommitPastTheLimitIsCheckpointed_data();
    void aCommitPastTheLimitIsCheckpointed();
    void aReaderHoldingTheWalKeepsNoWriterWaiting();
    void theLastConnectionToGoRemovesTheWal();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

namespace {

// Rows of about a page each, so that `pages` of them take the WAL past that many pages.
bool writePages(Database &database, int pages)
{
    Transaction transaction(database);
    QSqlQuery query(database.connection());
    if (!query.exec(u"CREATE TABLE IF NOT EXISTS filler (b BLOB)"_s))
        return false;
    query.prepare(u"INSERT INTO filler (b) VALUES (zeroblob(4000))"_s);
    for (int i = 0; i < pages; ++i) {
        if (!query.exec())
            return false;
    }
    return bool(transaction.commit());
}

qint64 mainFileSize(const QString &path)
{
    return QFileInfo(path).size();
}

} // namespace

void tst_WalCheckpointer::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = QFileInfo(m_dir->filePath(u"sitrep.sqlite"_s)).absoluteFilePath();
}

void tst_WalCheckpointer::aCommitPastTheLimitIsCheckpointed_data()
{
    QTest::addColumn<bool>("fromAWorker");
    QTest::newRow("the console's connection") << false;
    QTest::newRow("a worker's writer") << true;
}

void tst_WalCheckpointer::aCommitPastTheLimitIsCheckpointed()
{
    QFETCH(bool, fromAWorker);
    std::unique_ptr<Database> console = Database::open(m_path).value();
    if (!sqliteHandle(console->connection()))
        QSKIP("On the QSqlQuery path SQLite checkpoints inside the commits, as it always did.");
    std::unique_ptr<Database> worker = Database::openWriter(m_path).value();
    const std::shared_ptr<WalCheckpointer> checkpointer = WalCheckpointer::forFile(m_path);
    const qint64 before = mainFileSize(m_path);

    // Below the limit: the pages stay in the WAL.
    QVERIFY(writePages(fromAWorker ? *worker : *console, 100));
    // Past it: the checkpointer copies them into the file, which SQLite's own checkpoint in
    // the commit would have done without it hearing of it.
    QVERIFY(writePages(fromAWorker ? *worker : *console,
                       WalCheckpointer::pagesBeforeCheckpoint + 100));
    QTRY_COMPARE(checkpointer->checkpointsMade(), 1);
    QVERIFY2(mainFileSize(m_path) >= before + 1200 * 4000,
             qPrintable(u"%1 bytes"_s.arg(mainFileSize(m_path))));
}

void tst_WalCheckpointer::aReaderHoldingTheWalKeepsNoWriterWaiting()
{
    std::unique_ptr<Database> console = Database::open(m_path).value();
    if (!sqliteHandle(console->connection()))
        QSKIP("On the QSqlQuery path SQLite checkpoints inside the commits, as it always did.");
    const std::shared_ptr<WalCheckpointer> checkpointer = WalCheckpointer::forFile(m_path);

    // Another program reads, from before the writes: no page written after it began may be
    // copied into the file while it reads, and a passive checkpoint does not wait for it.
    auto reader = std::make_unique<RawConnection>(m_path);
    QVERIFY(reader->exec(u"BEGIN"_s));
    QVERIFY(reader->scalar(u"SELECT count(*) FROM incidents"_s).isValid());
    QVERIFY(writePages(*console, WalCheckpointer::pagesBeforeCheckpoint + 100));
    QTRY_COMPARE(checkpointer->checkpointsMade(), 1);
    QVERIFY2(mainFileSize(m_path) < 1000 * 4000,
             qPrintable(u"%1 bytes"_s.arg(mainFileSize(m_path)))); // the schema, at most
    QVERIFY(writePages(*console, 10)); // the writer never waited for the reader

    // Once the reader is done, the next commit's request copies everything (requests made
    // before a checkpoint starts are served by that one).
    reader.reset();
    QVERIFY(writePages(*console, 1));
    QTRY_VERIFY2(mainFileSize(m_path) >= 1211 * 4000,
                 qPrintable(u"%1 bytes"_s.arg(mainFileSize(m_path))));
}

void tst_WalCheckpointer::theLastConnectionToGoRemovesTheWal()
{
    {
        std::unique_ptr<Database> console = Database::open(m_path).value();
        std::unique_ptr<Database> worker = Database::openWriter(m_path).value();
        QVERIFY(writePages(*worker, WalCheckpointer::pagesBeforeCheckpoint + 100));
        if (sqliteHandle(console->connection()))
            QTRY_COMPARE(WalCheckpointer::forFile(m_path)->checkpointsMade(), 1);
    }
    // The checkpointer's own connection closed with the others, last, as SQLite's last
    // connection to a file does: the WAL copied in whole and removed.
    QVERIFY(!QFileInfo::exists(m_path + u"-wal"_s));
    QCOMPARE(WalCheckpointer::forFile(m_path)->checkpointsMade(), 0);
    RawConnection raw(m_path);
    QCOMPARE(raw.scalar(u"SELECT count(*) FROM filler"_s).toInt(),
             WalCheckpointer::pagesBeforeCheckpoint + 100);
}

QTEST_GUILESS_MAIN(tst_WalCheckpointer)
#include "tst_walcheckpointer.moc"
