#include "storage/database.h"
#include "storage/writeslices.h"

#include <atomic>
#include <thread>

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

    constexpr int units = 3000;
    std::atomic<int> written {0};
    std::atomic<int> writtenWhenLetIn {-1};
    std::thread other([&] {
        while (written.load() < 50)
            std::this_thread::yield();
        std::unique_ptr<Database> own = Database::openWriter(path).value();
        Transaction transaction(*own);
        if (transaction.begun() && insert(*own, -1) && transaction.commit())
            writtenWhenLetIn = written.load();
    });
    // Every unit its own slice: the other writer finds the lock free only between them.
    WriteSlices slices(*bulk, std::chrono::milliseconds(0));
    for (int unit = 0; unit < units; ++unit) {
        QVERIFY(slices.enter());
        QVERIFY(insert(*bulk, unit));
        written = unit + 1;
        QVERIFY(slices.endIfDue());
    }
    other.join();
    QVERIFY2(writtenWhenLetIn >= 50 && writtenWhenLetIn < units,
             qPrintable(u"let in after %1 of %2 slices"_s.arg(writtenWhenLetIn).arg(units)));
    QCOMPARE(count(*bulk), units + 1);
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
