#include "domain/hybridclock.h"

#include <QTest>

using namespace sitrep;

// Stamps that never go backwards and move past everything seen, whatever the wall clocks say.
class tst_HybridClock : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void followsTheWallClock();
    void countsWithinAMillisecondAndWhenTheClockGoesBack();
    void movesPastARemoteStampFromTheFuture();
    void aRestartNeverStampsEarlier();
};

void tst_HybridClock::followsTheWallClock()
{
    HybridClock clock;
    QCOMPARE(clock.stamp(1000), (HlcStamp {1000, 0}));
    QCOMPARE(clock.stamp(1005), (HlcStamp {1005, 0}));
}

void tst_HybridClock::countsWithinAMillisecondAndWhenTheClockGoesBack()
{
    HybridClock clock;
    QCOMPARE(clock.stamp(1000), (HlcStamp {1000, 0}));
    QCOMPARE(clock.stamp(1000), (HlcStamp {1000, 1}));
    QCOMPARE(clock.stamp(990), (HlcStamp {1000, 2})); // NTP stepped the clock back
    QVERIFY(clock.stamp(1001) > (HlcStamp {1000, 2}));
}

void tst_HybridClock::movesPastARemoteStampFromTheFuture()
{
    HybridClock mine;
    QCOMPARE(mine.stamp(1000), (HlcStamp {1000, 0}));
    // Another console, 4 s ahead, made a change; what this console does next sorts after it.
    const HlcStamp theirs {5000, 3};
    mine.observe(theirs, 1001);
    QCOMPARE(mine.last(), (HlcStamp {5000, 4}));
    const HlcStamp next = mine.stamp(1002);
    QVERIFY(next > theirs);
    // An old remote stamp changes nothing but the counter.
    mine.observe({10, 0}, 1003);
    QVERIFY(mine.last() > next);
    // Equal milliseconds on both sides: past the larger counter.
    HybridClock equal(HlcStamp {7000, 2});
    equal.observe({7000, 9}, 6000);
    QCOMPARE(equal.last(), (HlcStamp {7000, 10}));
}

void tst_HybridClock::aRestartNeverStampsEarlier()
{
    HybridClock before;
    QCOMPARE(before.stamp(2000), (HlcStamp {2000, 0}));
    QCOMPARE(before.stamp(2000), (HlcStamp {2000, 1}));
    HybridClock after(before.last());
    QVERIFY(after.stamp(1500) > before.last());
}

QTEST_GUILESS_MAIN(tst_HybridClock)
#include "tst_hybridclock.moc"
