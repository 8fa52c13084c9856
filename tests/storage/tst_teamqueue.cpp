#include "domain/uuidv7.h"
#include "storage/database.h"
#include "storage/teamqueue.h"
#include "storage/transaction.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sitrep;
using namespace Qt::StringLiterals;

// The console's side of the team's log in SQLite: the queue keeps the order changes were made
// in and lets go only of what the server has; a pulled page and its cursor go in together,
// a page pulled twice adds nothing; the clock survives a reopen.
class tst_TeamQueue : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void queueKeepsOrderUntilPushed();
    void aQueuedChangeGoesWithItsTransaction();
    void pulledPagesMoveTheCursor();
    void theClockSurvivesAReopen();

private:
    [[nodiscard]] static TeamChange change(int n);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
};

void tst_TeamQueue::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto opened = Database::open(m_dir->filePath(u"sitrep.sqlite"_s));
    QVERIFY(opened);
    m_database = std::move(opened).value();
}

TeamChange tst_TeamQueue::change(int n)
{
    TeamChange made;
    made.uid = UuidV7::make(1'764'666'000'000 + n);
    made.entity = u"incident"_s;
    made.entityUid = UuidV7::derived("incident/121");
    made.field = u"severity"_s;
    made.payload = QByteArray::number(n);
    made.hlcMs = 1'764'666'000'000 + n;
    made.seq = n;
    made.author = u"alice"_s;
    made.committedAt = QDateTime::fromMSecsSinceEpoch(made.hlcMs, Qt::UTC);
    return made;
}

void tst_TeamQueue::queueKeepsOrderUntilPushed()
{
    TeamQueue queue(*m_database);
    for (int n : {3, 1, 2})
        QVERIFY(queue.enqueue(change(n)));
    QCOMPARE(queue.pendingCount().value(), 3);
    const QList<TeamChange> waiting = queue.pending(10).value();
    QCOMPARE(waiting.size(), 3);
    QCOMPARE(waiting[0].payload, "3"); // made first, pushed first
    QCOMPARE(waiting[2].payload, "2");
    QCOMPARE(queue.pending(2).value().size(), 2);
    QVERIFY(queue.pushed({waiting[0].uid, waiting[1].uid}));
    QCOMPARE(queue.pending(10).value().size(), 1);
    QCOMPARE(queue.pending(10).value().first().uid, waiting[2].uid);
    QVERIFY(!queue.enqueue(waiting[2])); // one uid, one change
}

void tst_TeamQueue::aQueuedChangeGoesWithItsTransaction()
{
    TeamQueue queue(*m_database);
    {
        Transaction transaction(*m_database);
        QVERIFY(transaction.begun());
        QVERIFY(queue.enqueue(change(1)));
        // Not committed: as if the local effect had failed.
    }
    QCOMPARE(queue.pendingCount().value(), 0);
}

void tst_TeamQueue::pulledPagesMoveTheCursor()
{
    TeamQueue queue(*m_database);
    QCOMPARE(queue.cursor().value(), 0);
    QVERIFY(queue.recordPulled({change(1), change(2)}, 2));
    QCOMPARE(queue.cursor().value(), 2);
    QVERIFY(queue.recordPulled({change(2), change(3)}, 3)); // 2 again, after a lost answer
    QCOMPARE(queue.cursor().value(), 3);
    const QList<TeamChange> log = queue.log(0, 10).value();
    QCOMPARE(log.size(), 3);
    QCOMPARE(log[2].seq, 3);
    QCOMPARE(log[2].author, u"alice"_s);
    QCOMPARE(queue.log(2, 10).value().size(), 1);
}

void tst_TeamQueue::theClockSurvivesAReopen()
{
    QVERIFY(TeamQueue(*m_database).saveClock({1'764'666'000'123, 4}));
    m_database.reset();
    auto reopened = Database::open(m_dir->filePath(u"sitrep.sqlite"_s));
    QVERIFY(reopened);
    QCOMPARE(TeamQueue(*reopened.value()).clock().value(), (HlcStamp {1'764'666'000'123, 4}));
}

QTEST_GUILESS_MAIN(tst_TeamQueue)
#include "tst_teamqueue.moc"
