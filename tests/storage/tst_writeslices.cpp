#include "storage/database.h"
#include "storage/lockwaiters.h"
#include "storage/writeslices.h"

#include <atomic>
#include <thread>

#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sitrep;
using namespace Qt::StringLiterals;

// A bulk write cut into slices lets another writer in between them, instead of keeping it
// waiting until the whole write is done.
class tst_WriteSlices : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aWaitingWriterGoesBetweenSlices();
    void aLongSliceEndsWhenAWriterWaits();
    void aWaiterOfAnotherProcessIsSeen();
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

// Writes 300 units of 400 rows in `slices`, each unit followed by endIfDue(); another writer
// of this process asks for the lock once 50 units are written. How many units were written
// when it asked and when it got in (-1 if it never did).
std::pair<int, int> unitsBeforeLetIn(const QString &path, Database &bulk, WriteSlices &slices)
{
    // Each unit holds the lock for a millisecond or two of writes; the gap between two slices
    // is a few microseconds, so a writer that only looked now and then would seldom find it.
    constexpr int units = 300;
    constexpr int rowsPerUnit = 400;
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
    QSqlQuery query(bulk.connection());
    if (!query.prepare(u"INSERT INTO bulk (n) VALUES (?)"_s))
        return {-1, -1};
    for (int unit = 0; unit < units; ++unit) {
        if (!slices.enter())
            return {-1, -1};
        // The 51st unit holds the lock until the other writer is about to ask for it.
        while (unit == 50 && !opened)
            std::this_thread::yield();
        for (int row = 0; row < rowsPerUnit; ++row) {
            query.addBindValue(unit);
            if (!query.exec())
                return {-1, -1};
        }
        written = unit + 1;
        if (!slices.endIfDue())
            return {-1, -1};
    }
    other.join();
    return {writtenWhenAsking, writtenWhenLetIn};
}

std::unique_ptr<Database> bulkDatabase(const QString &path)
{
    std::unique_ptr<Database> bulk = Database::open(path).value();
    return QSqlQuery(bulk->connection()).exec(u"CREATE TABLE bulk (n INTEGER)"_s) ? std::move(bulk)
                                                                                  : nullptr;
}

} // namespace

void tst_WriteSlices::aWaitingWriterGoesBetweenSlices()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"sitrep.sqlite"_s);
    std::unique_ptr<Database> bulk = bulkDatabase(path);
    QVERIFY(bulk);
    WriteSlices slices(*bulk, std::chrono::milliseconds(0));
    const auto [asking, letIn] = unitsBeforeLetIn(path, *bulk, slices);
    QVERIFY2(letIn >= 0 && letIn - asking <= 10,
             qPrintable(u"asked after %1 units, let in after %2"_s.arg(asking).arg(letIn)));
    QCOMPARE(count(*bulk), 300 * 400 + 1);
}

// A slice allowed to run an hour still ends for a writer that waits.
void tst_WriteSlices::aLongSliceEndsWhenAWriterWaits()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"sitrep.sqlite"_s);
    std::unique_ptr<Database> bulk = bulkDatabase(path);
    QVERIFY(bulk);
    WriteSlices slices(*bulk, std::chrono::milliseconds(0), std::chrono::hours(1));
    QVERIFY(slices.enter());
    QVERIFY(insert(*bulk, 0));
    QCOMPARE(slices.endIfDue().value(), false); // nobody waits
    const auto [asking, letIn] = unitsBeforeLetIn(path, *bulk, slices);
    QVERIFY2(letIn >= 0 && letIn - asking <= 10,
             qPrintable(u"asked after %1 units, let in after %2"_s.arg(asking).arg(letIn)));
    QVERIFY(slices.end());
    QCOMPARE(count(*bulk), 1 + 300 * 400 + 1);
}

// Another process's waiting writer is seen through the file beside the database: two
// instances on one path share nothing else.
void tst_WriteSlices::aWaiterOfAnotherProcessIsSeen()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"sitrep.sqlite"_s);
    LockWaiters here(path);
    LockWaiters there(path);
    QCOMPARE(here.lastLook(), LockWaiters::Clock::time_point());
    const auto before = LockWaiters::Clock::now();
    there.looked();
    QVERIFY(here.lastLook() >= before);
    QVERIFY(QFileInfo::exists(path + u"-waiting"_s));

    // Where the file cannot be made, a process still sees its own.
    LockWaiters alone(dir.filePath(u"missing/sitrep.sqlite"_s));
    QCOMPARE(alone.lastLook(), LockWaiters::Clock::time_point());
    alone.looked();
    QVERIFY(alone.lastLook() >= before);
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
