#include "services/housekeeping.h"

#include <atomic>
#include <sched.h>

#include <QMutex>
#include <QSet>
#include <QTest>
#include <QThread>

using namespace sitrep;

// Housekeeping (the page check of the whole database) gets a core only when nothing else wants
// one, and never more than one.
class tst_Housekeeping : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void runsUnderTheIdlePolicy();
    void usesOneThread();
};

// Jobs are started and waited for through the pool: waiting on a job's future may run the job
// on the waiting thread instead.
void tst_Housekeeping::runsUnderTheIdlePolicy()
{
    QThreadPool pool;
    makeHousekeepingPool(pool);
    std::atomic<int> housekeeping = -1;
    pool.start([&housekeeping] { housekeeping = sched_getscheduler(0); });
    QVERIFY(pool.waitForDone(60000));
    QCOMPARE(housekeeping.load(), SCHED_IDLE);
    // What it is compared with: the global pool's threads run under the normal policy.
    std::atomic<int> ordinary = -1;
    QThreadPool::globalInstance()->start([&ordinary] { ordinary = sched_getscheduler(0); });
    QVERIFY(QThreadPool::globalInstance()->waitForDone(10000));
    QCOMPARE(ordinary.load(), SCHED_OTHER);
}

void tst_Housekeeping::usesOneThread()
{
    QThreadPool pool;
    makeHousekeepingPool(pool);
    QCOMPARE(pool.maxThreadCount(), 1);
    QMutex mutex;
    QSet<QThread *> threads;
    for (int i = 0; i < 8; ++i) {
        pool.start([&] {
            const QMutexLocker locker(&mutex);
            threads.insert(QThread::currentThread());
        });
    }
    QVERIFY(pool.waitForDone(60000));
    QCOMPARE(threads.size(), 1);
    QVERIFY(!threads.contains(QThread::currentThread()));
}

QTEST_GUILESS_MAIN(tst_Housekeeping)
#include "tst_housekeeping.moc"
