#include "storage/database.h"
#include "storage/writeslices.h"

#include <atomic>
#include <thread>

#include <QScopeGuard>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sitrep;
using namespace Qt::StringLiterals;

// A bulk write cut into slices lets another writer of the process in between them, instead of
// keeping it waiting until the whole write is done.
class tst_WriteSlices : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aWaitingWriterGoesBetweenSlices();
    void aSliceThatFailsLeavesTheSavedOnes();
};

namespace {

bool insert(Database &database, int value)
{
    QSqlQuery query(database.connection());
    query.prepare(u"INSERT INTO bulk (n) VALUES (?)"_s);
    query.addBindValue(value);
    return query.exec();
}

int count(Database &database)
{
    QSqlQuery query(database.connection());
    return query.exec(u"SELECT count(*) FROM bulk"_s) && query.next() ? query.value(0).toInt() : -1;
}

} // namespace

void tst_WriteSlices::aWaitingWriterGoesBetweenSlices()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"sitrep.sqlite"_s);
    std::unique_ptr<Database> bulk = Database::open(path).value();
    QVERIFY(QSqlQuery(bulk->connection()).exec(u"CREATE TABLE bulk (n INTEGER)"_s));

    // Each slice holds the lock for a millisecond or two of writes; the gap between two is a
    // few microseconds, so a writer that only looked now and then would seldom find it.
    constexpr int slicesToWrite = 300;
    constexpr int rowsPerSlice = 400;
    std::atomic<int> written {0};
    std::atomic<bool> opened {false};
    std::atomic<int> writtenWhenAsking {-1};
    std::atomic<int> writtenWhenLetIn {-1};
    std::thread other([&] {
        while (written.load() < 50)
            std::this_thread::yield();
        std::unique_ptr<Database> own = Database::openWriter(path).value();
        opened = true;
        writtenWhenAsking = written.load();
        Transaction transaction(*own);
        if (transaction.begun() && insert(*own, -1) && transaction.commit())
            writtenWhenLetIn = written.load();
    });
    const QScopeGuard joined([&other] { // a failed check returns early
        if (other.joinable())
            other.join();
    });
    // The 51st slice holds the lock until the other writer is about to ask for it.
    WriteSlices slices(*bulk, std::chrono::milliseconds(0));
    QSqlQuery query(bulk->connection());
    QVERIFY(query.prepare(u"INSERT INTO bulk (n) VALUES (?)"_s));
    for (int slice = 0; slice < slicesToWrite; ++slice) {
        QVERIFY(slices.enter());
        while (slice == 50 && !opened)
            std::this_thread::yield();
        for (int row = 0; row < rowsPerSlice; ++row) {
            query.addBindValue(slice);
            QVERIFY(query.exec());
        }
        written = slice + 1;
        QVERIFY(slices.endIfDue());
    }
    other.join();
    QVERIFY2(writtenWhenLetIn >= 0 && writtenWhenLetIn - writtenWhenAsking <= 10,
             qPrintable(u"asked after %1 slices, let in after %2"_s.arg(writtenWhenAsking)
                                .arg(writtenWhenLetIn)));
    QCOMPARE(count(*bulk), slicesToWrite * rowsPerSlice + 1);
}

void tst_WriteSlices::aSliceThatFailsLeavesTheSavedOnes()
{
    QTemporaryDir dir;
    std::unique_ptr<Database> database = Database::open(dir.filePath(u"sitrep.sqlite"_s)).value();
    QVERIFY(QSqlQuery(database->connection())
                    .exec(u"CREATE TABLE bulk (n INTEGER CHECK (n < 10))"_s));
    {
        WriteSlices slices(*database, std::chrono::milliseconds(0));
        for (int unit = 0; unit < 5; ++unit) {
            QVERIFY(slices.enter());
            QVERIFY(insert(*database, unit));
            const Result<bool> ended = slices.endIfDue();
            QVERIFY(ended && ended.value());
        }
        // A slice longer than its budget, whose second write is refused: it is rolled back
        // as a whole when dropped.
        WriteSlices longer(*database, std::chrono::hours(1));
        QVERIFY(longer.enter());
        QVERIFY(insert(*database, 5));
        QVERIFY(!insert(*database, 10));
        QCOMPARE(longer.endIfDue().value(), false);
    }
    QCOMPARE(count(*database), 5);
}

QTEST_GUILESS_MAIN(tst_WriteSlices)
#include "tst_writeslices.moc"
