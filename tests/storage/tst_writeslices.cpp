#include "storage/database.h"
#include "storage/lockwaiters.h"
#include "storage/writeslices.h"

#include <atomic>
#include <optional>
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
// when it first looked for the lock (or asked, if it got in at once) and when it got in (-1 if
// it never did). Counted from its first look, not from its asking: on two busy cores the thread
// can be kept from its first look for tens of milliseconds, which no slice can shorten.
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
    int writtenAtFirstLook = -1;
    const LockWaiters *waiters = bulk.lockWaiters();
    const auto began = LockWaiters::Clock::now();
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
        if (writtenAtFirstLook < 0 && waiters && waiters->lastLook() >= began)
            writtenAtFirstLook = written;
        if (!slices.endIfDue())
            return {-1, -1};
    }
    other.join();
    return {writtenAtFirstLook >= 0 ? writtenAtFirstLook : writtenWhenAsking.load(),
            writtenWhenLetIn.load()};
}

std::unique_ptr<Database> bulkDatabase(const QString &path)
{
    std::unique_ptr<Database> bulk = Database::open(path).value();
    return QSqlQuery(bulk->connection()).exec(u"CREATE TABLE bulk (n INTEGER)"_s) ? std::move(bulk)
                                                                                  : nullptr;
}

QString handOverTries; // what each try saw, for the failure's message

// One try on a fresh file: a bulk write in slices of no budget (each may run `longest`, the
// first one already running when the other writer comes) with another writer asking in.
// Whether that writer got in within ten units of its first look, and everything was written.
bool handedOver(std::optional<std::chrono::milliseconds> longest)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"sitrep.sqlite"_s);
    std::unique_ptr<Database> bulk = bulkDatabase(path);
    if (!bulk)
        return false;
    WriteSlices slices(*bulk, std::chrono::milliseconds(0), longest);
    int before = 0;
    if (longest) {
        if (!slices.enter() || !insert(*bulk, 0))
            return false;
        if (const Result<bool> ended = slices.endIfDue(); !ended || ended.value())
            return false; // nobody waits yet: the first slice goes on
        before = 1;
    }
    const auto [looked, letIn] = unitsBeforeLetIn(path, *bulk, slices);
    if (!slices.end())
        return false;
    const int rows = count(*bulk);
    handOverTries
            += u"looked after %1 units, let in after %2, %3 rows; "_s.arg(looked).arg(letIn).arg(
                    rows);
    return letIn >= 0 && letIn - looked <= 10 && rows == before + 300 * 400 + 1;
}

// A slice that ignored the waiter would keep it out for the 250 units left, every time; a
// thread kept off both cores of a busy machine can miss one hand-over, so it has three tries.
bool handedOverInOneOfThreeTries(std::optional<std::chrono::milliseconds> longest)
{
    handOverTries.clear();
    for (int attempt = 0; attempt < 3; ++attempt) {
        if (handedOver(longest))
            return true;
    }
    return false;
}

} // namespace

void tst_WriteSlices::aWaitingWriterGoesBetweenSlices()
{
    QVERIFY2(handedOverInOneOfThreeTries(std::nullopt), qPrintable(handOverTries));
}

// A slice allowed to run an hour still ends for a writer that waits.
void tst_WriteSlices::aLongSliceEndsWhenAWriterWaits()
{
    QVERIFY2(handedOverInOneOfThreeTries(std::chrono::hours(1)), qPrintable(handOverTries));
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
