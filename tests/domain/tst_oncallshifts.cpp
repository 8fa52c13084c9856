#include "domain/oncallcalendar.h"
#include "domain/oncallhours.h"
#include "domain/oncallshifts.h"
#include "domain/rotationturns.h"
#include "domain/zonetime.h"

#include <QTest>

using namespace sitrep;
using namespace Qt::StringLiterals;

// Who is on call, to the minute: handoffs across DST changes in several zones (gaps, repeated
// hours, 30-minute changes, midnight handoffs), primary and secondary, layers, overrides across
// handoffs, removals, edits that keep the past, gaps and overlaps, the hours report and the
// calendar's stable UIDs.
class tst_OnCallShifts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void handoffs_data();
    void handoffs();
    void weeklyAcrossDstHasNoGapOrOverlap();
    void secondaryIsNextOrFromTable();
    void twoWeekTurnsAcrossA53WeekYear();
    void overrideAcrossHandoff_data();
    void overrideAcrossHandoff();
    void removingParticipants_data();
    void removingParticipants();
    void editingKeepsThePast();
    void higherLayerWinsInsideRestrictions();
    void gapsCountFromOneMinute_data();
    void gapsCountFromOneMinute();
    void addOverrideIsAnOverlap();
    void coverTakesOverAlsoWhereNobodyIs();
    void rotationUntilAndWeekWindows();
    void shiftAtGivesTheWholeShift();
    void hoursReport();
    void balance_data();
    void balance();
    void calendarUidsAreStableAndChangesRaiseSequence();
};

namespace {

qint64 utc(const char *iso)
{
    QDateTime at = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    at.setTimeZone(QTimeZone::utc());
    return at.toMSecsSinceEpoch();
}

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

constexpr qint64 hourMs = 3600 * 1000LL;

OnCallSchedule schedule(const char *zone, Rotation rotation)
{
    OnCallSchedule schedule;
    schedule.name = u"platform"_s;
    schedule.zone = QTimeZone(zone);
    schedule.layers = {ScheduleLayer {u"primary"_s, {std::move(rotation)}, {}}};
    return schedule;
}

Rotation rotation(QDate start, ShiftLength length, QTime handoff, QStringList people,
                  int weekday = Qt::Monday)
{
    Rotation rotation;
    rotation.start = start;
    rotation.length = length;
    rotation.handoffTime = handoff;
    rotation.handoffWeekday = weekday;
    rotation.participants = std::move(people);
    return rotation;
}

const ShiftLength weekly {1, ShiftLength::Unit::Weeks};
const ShiftLength daily {1, ShiftLength::Unit::Days};
const ShiftLength hourly {1, ShiftLength::Unit::Hours};

OnCallShift shiftAt(const OnCallSchedule &schedule, const char *at)
{
    const std::optional<OnCallShift> shift = OnCallShifts::at(schedule, utc(at));
    return shift.value_or(OnCallShift {});
}

} // namespace

void tst_OnCallShifts::handoffs_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<Rotation>("rotation");
    QTest::addColumn<QString>("at");
    QTest::addColumn<QString>("person");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("end");

    const QStringList ba {u"B"_s, u"A"_s};
    // The vectors: Berlin's spring week is 167 hours, its autumn week 169.
    QTest::newRow("Berlin spring forward")
            << u"Europe/Berlin"_s << rotation(QDate(2026, 3, 23), weekly, QTime(9, 0), ba)
            << u"2026-03-25T12:00:00Z"_s << u"B"_s << u"2026-03-23T08:00:00Z"_s
            << u"2026-03-30T07:00:00Z"_s;
    QTest::newRow("Berlin fall back")
            << u"Europe/Berlin"_s << rotation(QDate(2026, 3, 23), weekly, QTime(9, 0), ba)
            << u"2026-10-20T00:00:00Z"_s << u"B"_s << u"2026-10-19T07:00:00Z"_s
            << u"2026-10-26T08:00:00Z"_s;
    // 02:30 does not exist on 2020-03-08 in Chicago: the handoff is at 03:00 CDT.
    QTest::newRow("Chicago daily 02:30 in the gap")
            << u"America/Chicago"_s
            << rotation(QDate(2020, 3, 1), daily, QTime(2, 30), {u"A"_s, u"B"_s}, 0)
            << u"2020-03-08T09:00:00Z"_s << u"B"_s << u"2020-03-08T08:00:00Z"_s
            << u"2020-03-09T07:30:00Z"_s;
    QTest::newRow("Chicago daily 02:30 before the gap")
            << u"America/Chicago"_s
            << rotation(QDate(2020, 3, 1), daily, QTime(2, 30), {u"A"_s, u"B"_s}, 0)
            << u"2020-03-08T07:00:00Z"_s << u"A"_s << u"2020-03-07T08:30:00Z"_s
            << u"2020-03-08T08:00:00Z"_s;
    // 01:30 happens twice on 2020-11-01: the first (CDT) is the handoff, so that turn is two
    // hours long, and 02:30 CST follows.
    QTest::newRow("Chicago hourly :30 in the repeated hour")
            << u"America/Chicago"_s
            << rotation(QDate(2020, 11, 1), hourly, QTime(0, 30), {u"A"_s, u"B"_s}, 0)
            << u"2020-11-01T07:45:00Z"_s << u"B"_s << u"2020-11-01T06:30:00Z"_s
            << u"2020-11-01T08:30:00Z"_s;
    // Lord Howe moves by 30 minutes: 02:15 does not exist on 2026-10-04 (02:00 → 02:30).
    QTest::newRow("Lord Howe 30-minute gap")
            << u"Australia/Lord_Howe"_s
            << rotation(QDate(2026, 10, 1), daily, QTime(2, 15), {u"A"_s, u"B"_s, u"C"_s}, 0)
            << u"2026-10-03T16:00:00Z"_s << u"A"_s << u"2026-10-03T15:30:00Z"_s
            << u"2026-10-04T15:15:00Z"_s;
    // ... and 01:45 happens twice on 2026-04-05 (02:00 → 01:30): the first, at +11:00.
    QTest::newRow("Lord Howe 30-minute repeat")
            << u"Australia/Lord_Howe"_s
            << rotation(QDate(2026, 4, 1), daily, QTime(1, 45), {u"A"_s, u"B"_s}, 0)
            << u"2026-04-04T15:00:00Z"_s << u"A"_s << u"2026-04-04T14:45:00Z"_s
            << u"2026-04-05T15:15:00Z"_s;
    // Chile starts DST at midnight: 2026-09-06 00:00 does not exist, 01:00 -03 is the handoff.
    QTest::newRow("Santiago midnight in the gap")
            << u"America/Santiago"_s
            << rotation(QDate(2026, 9, 1), daily, QTime(0, 0), {u"A"_s, u"B"_s}, 0)
            << u"2026-09-06T05:00:00Z"_s << u"B"_s << u"2026-09-06T04:00:00Z"_s
            << u"2026-09-07T03:00:00Z"_s;
    // Cuba ends DST at 01:00 back to 00:00: midnight happens twice, the first is 04:00Z.
    QTest::newRow("Havana midnight repeated")
            << u"America/Havana"_s
            << rotation(QDate(2026, 10, 30), daily, QTime(0, 0), {u"A"_s, u"B"_s}, 0)
            << u"2026-11-01T04:30:00Z"_s << u"A"_s << u"2026-11-01T04:00:00Z"_s
            << u"2026-11-02T05:00:00Z"_s;
}

void tst_OnCallShifts::handoffs()
{
    QFETCH(QString, zone);
    QFETCH(Rotation, rotation);
    QFETCH(QString, at);
    QFETCH(QString, person);
    QFETCH(QString, start);
    QFETCH(QString, end);

    const OnCallSchedule onCall = schedule(zone.toLatin1().constData(), rotation);
    const std::optional<OnCallShift> shift = OnCallShifts::at(onCall, utc(at.toLatin1().data()));
    QVERIFY(shift);
    QCOMPARE(shift->primary, person);
    QCOMPARE(iso(shift->startMs), start);
    QCOMPARE(iso(shift->endMs), end);
}

void tst_OnCallShifts::weeklyAcrossDstHasNoGapOrOverlap()
{
    const OnCallSchedule onCall
            = schedule("America/Chicago",
                       rotation(QDate(2024, 10, 7), weekly, QTime(9, 0), {u"A"_s, u"B"_s, u"C"_s}));
    const qint64 from = utc("2024-10-07T14:00:00Z");
    const qint64 to = utc("2025-04-07T14:00:00Z");
    const QList<OnCallShift> shifts = OnCallShifts::compute(onCall, from, to);
    QCOMPARE(shifts.size(), 26);
    const ScheduleCoverage coverage = OnCallShifts::coverage(shifts, from, to);
    QVERIFY(coverage.gaps.isEmpty());
    QVERIFY(coverage.overlaps.isEmpty());
    QList<qint64> hours;
    for (qsizetype i = 0; i < shifts.size(); ++i) {
        if (i > 0)
            QCOMPARE(shifts.at(i).startMs, shifts.at(i - 1).endMs);
        // Every handoff at 09:00 in Chicago.
        const QDateTime local = ZoneTime::wallClock(onCall.zone, shifts.at(i).startMs);
        QCOMPARE(local.time(), QTime(9, 0));
        hours << (shifts.at(i).endMs - shifts.at(i).startMs) / hourMs;
    }
    QCOMPARE(hours.count(169), 1); // across 2024-11-03
    QCOMPARE(hours.count(167), 1); // across 2025-03-09
    QCOMPARE(hours.count(168), 24);
    QCOMPARE(iso(shifts.at(3).endMs), u"2024-11-04T15:00:00Z"_s);
}

void tst_OnCallShifts::secondaryIsNextOrFromTable()
{
    Rotation seed
            = rotation(QDate(2026, 3, 23), weekly, QTime(9, 0), {u"alice"_s, u"bob"_s, u"carol"_s});
    OnCallSchedule onCall = schedule("Europe/Berlin", seed);
    // The seed's table: week 1 alice/bob, week 2 bob/carol, week 3 carol/alice.
    QCOMPARE(shiftAt(onCall, "2026-03-24T00:00:00Z").secondary, u"bob"_s);
    QCOMPARE(shiftAt(onCall, "2026-03-31T00:00:00Z").primary, u"bob"_s);
    QCOMPARE(shiftAt(onCall, "2026-03-31T00:00:00Z").secondary, u"carol"_s);
    QCOMPARE(shiftAt(onCall, "2026-04-07T00:00:00Z").secondary, u"alice"_s);
    QCOMPARE(shiftAt(onCall, "2026-04-14T00:00:00Z").primary, u"alice"_s);

    seed.assignments = {{1, u"alice"_s, u"carol"_s}};
    onCall = schedule("Europe/Berlin", seed);
    QCOMPARE(shiftAt(onCall, "2026-03-24T00:00:00Z").secondary, u"carol"_s);
    QCOMPARE(shiftAt(onCall, "2026-03-31T00:00:00Z").secondary, u"carol"_s); // default
    QCOMPARE(shiftAt(onCall, "2026-04-14T00:00:00Z").secondary, u"carol"_s); // the table repeats
    // Before the first handoff nobody is on call.
    QVERIFY(!OnCallShifts::at(onCall, utc("2026-03-23T07:59:00Z")));
}

void tst_OnCallShifts::twoWeekTurnsAcrossA53WeekYear()
{
    // 2026 has 53 ISO weeks: turns counted from ISO week numbers would repeat a person here.
    const OnCallSchedule onCall
            = schedule("Europe/Berlin",
                       rotation(QDate(2026, 11, 30), {2, ShiftLength::Unit::Weeks}, QTime(9, 0),
                                {u"A"_s, u"B"_s}));
    const QList<OnCallShift> shifts = OnCallShifts::compute(onCall, utc("2026-11-30T08:00:00Z"),
                                                            utc("2027-02-22T08:00:00Z"));
    QCOMPARE(shifts.size(), 6);
    QStringList order;
    for (const OnCallShift &shift : shifts) {
        order << shift.primary;
        QCOMPARE(shift.endMs - shift.startMs, 14 * 24 * hourMs);
    }
    QCOMPARE(order, (QStringList {u"A"_s, u"B"_s, u"A"_s, u"B"_s, u"A"_s, u"B"_s}));
    QCOMPARE(iso(shifts.at(2).startMs), u"2026-12-28T08:00:00Z"_s); // ISO week 53
    QCOMPARE(iso(shifts.at(3).startMs), u"2027-01-11T08:00:00Z"_s); // ISO week 2
}

void tst_OnCallShifts::overrideAcrossHandoff_data()
{
    QTest::addColumn<ScheduleOverride::Kind>("kind");
    QTest::addColumn<QStringList>("primaries");
    QTest::addColumn<QStringList>("added");

    // alice holds the week to Monday 09:00 (07:00Z), bob the next; dave's override runs from
    // Sunday to Tuesday.
    QTest::newRow("replace alice: only while she is on call")
            << ScheduleOverride::Kind::Replace << QStringList {u"alice"_s, u"dave"_s, u"bob"_s}
            << QStringList {{}, {}, {}};
    QTest::newRow("add dave: beside both, cut at the handoff")
            << ScheduleOverride::Kind::Add
            << QStringList {u"alice"_s, u"alice"_s, u"bob"_s, u"bob"_s}
            << QStringList {{}, u"dave"_s, u"dave"_s, {}};
}

void tst_OnCallShifts::overrideAcrossHandoff()
{
    QFETCH(ScheduleOverride::Kind, kind);
    QFETCH(QStringList, primaries);
    QFETCH(QStringList, added);

    OnCallSchedule onCall = schedule(
            "Europe/Berlin",
            rotation(QDate(2026, 3, 30), weekly, QTime(9, 0), {u"alice"_s, u"bob"_s, u"carol"_s}));
    onCall.overrides = {{kind, u"dave"_s, u"alice"_s, utc("2026-04-05T00:00:00Z"),
                         utc("2026-04-07T00:00:00Z")}};
    const QList<OnCallShift> shifts = OnCallShifts::compute(onCall, utc("2026-04-04T00:00:00Z"),
                                                            utc("2026-04-08T00:00:00Z"));
    QStringList gotPrimaries;
    QStringList gotAdded;
    for (const OnCallShift &shift : shifts) {
        gotPrimaries << shift.primary;
        gotAdded << shift.added.join(u',');
    }
    QCOMPARE(gotPrimaries, primaries);
    QCOMPARE(gotAdded, added);
    // The handoff still cuts: nothing runs across Monday 07:00Z.
    for (const OnCallShift &shift : shifts)
        QVERIFY(shift.endMs <= utc("2026-04-06T07:00:00Z")
                || shift.startMs >= utc("2026-04-06T07:00:00Z"));
    if (kind == ScheduleOverride::Kind::Replace) {
        QCOMPARE(iso(shifts.at(1).startMs), u"2026-04-05T00:00:00Z"_s);
        QCOMPARE(iso(shifts.at(1).endMs), u"2026-04-06T07:00:00Z"_s);
        QVERIFY(shifts.at(1).overridden);
        // bob's secondary week is untouched: dave took alice's role, not bob's.
        QCOMPARE(shifts.at(1).secondary, u"bob"_s);
    }
}

void tst_OnCallShifts::removingParticipants_data()
{
    QTest::addColumn<QString>("removed");
    QTest::addColumn<QStringList>("primaries");

    // A B C D weekly from 2026-03-02; on 2026-03-11 B is on call. The turns from 03-09 on:
    QTest::newRow("the current one keeps the shift")
            << u"B"_s << QStringList {u"B"_s, u"C"_s, u"D"_s, u"A"_s, u"C"_s};
    QTest::newRow("a future one is skipped")
            << u"C"_s << QStringList {u"B"_s, u"D"_s, u"A"_s, u"B"_s, u"D"_s};
}

void tst_OnCallShifts::removingParticipants()
{
    QFETCH(QString, removed);
    QFETCH(QStringList, primaries);

    const OnCallSchedule before = schedule(
            "Europe/Berlin",
            rotation(QDate(2026, 3, 2), weekly, QTime(9, 0), {u"A"_s, u"B"_s, u"C"_s, u"D"_s}));
    const OnCallSchedule after
            = OnCallShifts::removeParticipant(before, removed, utc("2026-03-11T12:00:00Z"));
    const qint64 from = utc("2026-03-09T08:00:00Z");
    const QList<OnCallShift> shifts
            = OnCallShifts::compute(after, from, from + 5 * 7 * 24 * hourMs - hourMs);
    QStringList got;
    for (const OnCallShift &shift : shifts)
        got << shift.primary;
    QCOMPARE(got, primaries);
    // The past is what it was.
    QCOMPARE(OnCallShifts::compute(after, utc("2026-03-02T08:00:00Z"), from),
             OnCallShifts::compute(before, utc("2026-03-02T08:00:00Z"), from));
    const ScheduleCoverage coverage = OnCallShifts::coverage(shifts, from, shifts.last().endMs);
    QVERIFY(coverage.gaps.isEmpty());
}

void tst_OnCallShifts::editingKeepsThePast()
{
    const OnCallSchedule before = schedule(
            "Europe/Berlin", rotation(QDate(2026, 3, 2), weekly, QTime(9, 0), {u"A"_s, u"B"_s}));
    Rotation daily12 = rotation(QDate(2026, 3, 16), {12, ShiftLength::Unit::Hours}, QTime(9, 0),
                                {u"X"_s, u"Y"_s}, 0);
    const qint64 now = utc("2026-03-10T12:00:00Z");
    const OnCallSchedule after = OnCallShifts::replaceRotation(before, 0, daily12, now);
    const qint64 from = utc("2026-03-02T08:00:00Z");
    // Everything up to the handoff after the edit (03-16 08:00Z) is unchanged.
    QCOMPARE(OnCallShifts::compute(after, from, utc("2026-03-16T08:00:00Z")),
             OnCallShifts::compute(before, from, utc("2026-03-16T08:00:00Z")));
    QCOMPARE(shiftAt(after, "2026-03-10T12:00:00Z").primary, u"B"_s);
    QCOMPARE(shiftAt(after, "2026-03-16T09:00:00Z").primary, u"X"_s);
    QCOMPARE(shiftAt(after, "2026-03-16T20:00:00Z").primary, u"Y"_s);
    QCOMPARE(shiftAt(after, "2026-03-16T20:00:00Z").endMs, utc("2026-03-17T08:00:00Z"));
}

void tst_OnCallShifts::higherLayerWinsInsideRestrictions()
{
    OnCallSchedule onCall = schedule(
            "Europe/Berlin", rotation(QDate(2026, 3, 2), weekly, QTime(9, 0), {u"A"_s, u"B"_s}));
    // Business hours on weekdays: the day layer covers 09:00-17:00 Monday to Friday.
    ScheduleLayer days {u"business hours"_s,
                        {rotation(QDate(2026, 3, 2), daily, QTime(9, 0), {u"D1"_s, u"D2"_s}, 0)},
                        {}};
    for (int weekday = Qt::Monday; weekday <= Qt::Friday; ++weekday)
        days.restrictions << Restriction {weekday, QTime(9, 0), QTime(17, 0)};
    onCall.layers << days;
    QCOMPARE(shiftAt(onCall, "2026-03-04T10:00:00Z").primary, u"D1"_s); // Wed 11:00 CET
    QCOMPARE(shiftAt(onCall, "2026-03-04T17:00:00Z").primary, u"A"_s);  // Wed 18:00 CET
    QCOMPARE(shiftAt(onCall, "2026-03-07T10:00:00Z").primary, u"A"_s);  // Saturday
    const OnCallShift business = shiftAt(onCall, "2026-03-04T10:00:00Z");
    QCOMPARE(iso(business.startMs), u"2026-03-04T08:00:00Z"_s);
    QCOMPARE(iso(business.endMs), u"2026-03-04T16:00:00Z"_s);
    QCOMPARE(business.layer, 1);
    const OnCallShift evening = shiftAt(onCall, "2026-03-04T17:00:00Z");
    QCOMPARE(iso(evening.startMs), u"2026-03-04T16:00:00Z"_s);
    QCOMPARE(iso(evening.endMs), u"2026-03-05T08:00:00Z"_s);
}

void tst_OnCallShifts::gapsCountFromOneMinute_data()
{
    QTest::addColumn<int>("seconds");
    QTest::addColumn<int>("gaps");
    QTest::newRow("30 s apart is continuous") << 30 << 0;
    QTest::newRow("60 s apart is a gap") << 60 << 1;
    QTest::newRow("an hour") << 3600 << 1;
}

void tst_OnCallShifts::gapsCountFromOneMinute()
{
    QFETCH(int, seconds);
    QFETCH(int, gaps);
    OnCallSchedule onCall = schedule(
            "Europe/Berlin", rotation(QDate(2026, 3, 2), weekly, QTime(9, 0), {u"A"_s, u"B"_s}));
    const qint64 off = utc("2026-03-04T12:00:00Z");
    onCall.overrides = {{ScheduleOverride::Kind::Remove, u"A"_s, {}, off, off + seconds * 1000LL}};
    const qint64 from = utc("2026-03-02T08:00:00Z");
    const qint64 to = from + OnCallShifts::defaultHorizonMs;
    const ScheduleCoverage coverage
            = OnCallShifts::coverage(OnCallShifts::compute(onCall, from, to), from, to);
    QCOMPARE(coverage.gaps.size(), gaps);
    if (gaps == 1) {
        QCOMPARE(coverage.gaps.first().startMs, off);
        QCOMPARE(coverage.gaps.first().endMs, off + seconds * 1000LL);
    }
    // Before the rotation starts is a gap too.
    const ScheduleCoverage early
            = OnCallShifts::coverage(OnCallShifts::compute(onCall, from - hourMs, from + hourMs),
                                     from - hourMs, from + hourMs);
    QCOMPARE(early.gaps.size(), 1);
    QCOMPARE(early.gaps.first().endMs, from);
}

void tst_OnCallShifts::coverTakesOverAlsoWhereNobodyIs()
{
    OnCallSchedule onCall
            = schedule("UTC", rotation(QDate(2026, 3, 2), daily, QTime(9, 0), {u"A"_s, u"B"_s}, 0));
    onCall.layers.first().restrictions = {{0, QTime(9, 0), QTime(17, 0)}};
    // 16:00 to 18:00: over A's last hour (A and the secondary B give way), then where nobody is.
    onCall.overrides = {{ScheduleOverride::Kind::Cover,
                         u"B"_s,
                         {},
                         utc("2026-03-02T16:00:00Z"),
                         utc("2026-03-02T18:00:00Z")}};
    const QList<OnCallShift> shifts = OnCallShifts::compute(onCall, utc("2026-03-02T09:00:00Z"),
                                                            utc("2026-03-02T20:00:00Z"));
    QCOMPARE(shifts.size(), 3);
    QCOMPARE(shifts.at(0).primary, u"A"_s);
    QCOMPARE(iso(shifts.at(0).endMs), u"2026-03-02T16:00:00Z"_s);
    QCOMPARE(shifts.at(1).primary, u"B"_s);
    QCOMPARE(shifts.at(1).secondary, QString());
    QVERIFY(shifts.at(1).overridden);
    QCOMPARE(iso(shifts.at(1).endMs), u"2026-03-02T17:00:00Z"_s);
    QCOMPARE(shifts.at(2).primary, u"B"_s);
    QCOMPARE(shifts.at(2).layer, -1);
    QCOMPARE(iso(shifts.at(2).endMs), u"2026-03-02T18:00:00Z"_s);
}

void tst_OnCallShifts::rotationUntilAndWeekWindows()
{
    Rotation turns = rotation(QDate(2026, 3, 2), weekly, QTime(9, 0), {u"A"_s, u"B"_s});
    turns.nextIsSecondary = false;
    turns.untilMs = utc("2026-03-21T00:00:00Z");
    OnCallSchedule onCall = schedule("UTC", turns);
    // Friday 18:00 to Monday 06:00, a window of the week.
    const Restriction weekend
            = Restriction::ofWeek(Qt::Friday, QTime(18, 0), Qt::Monday, QTime(6, 0));
    QCOMPARE(weekend.laterDays, 2);
    QCOMPARE(weekend.endWeekday(), int(Qt::Monday));
    QCOMPARE(Restriction::ofWeek(Qt::Monday, QTime(9, 0), Qt::Monday, QTime(9, 0)).endDay(), 7);
    QCOMPARE(Restriction::ofWeek(Qt::Monday, QTime(9, 0), Qt::Monday, QTime(17, 0)).endDay(), 0);
    onCall.layers.first().restrictions = {weekend};
    const QList<OnCallShift> shifts = OnCallShifts::compute(onCall, utc("2026-03-02T00:00:00Z"),
                                                            utc("2026-03-30T00:00:00Z"));
    QCOMPARE(shifts.size(), 3); // the third weekend is cut by the rotation's end
    QCOMPARE(iso(shifts.at(0).startMs), u"2026-03-06T18:00:00Z"_s);
    QCOMPARE(iso(shifts.at(0).endMs), u"2026-03-09T06:00:00Z"_s);
    QCOMPARE(shifts.at(0).primary, u"A"_s);
    QCOMPARE(shifts.at(0).secondary, QString());
    QCOMPARE(shifts.at(1).primary, u"B"_s);
    QCOMPARE(iso(shifts.at(2).startMs), u"2026-03-20T18:00:00Z"_s);
    QCOMPARE(shifts.at(2).primary, u"A"_s);
    QCOMPARE(iso(shifts.at(2).endMs), u"2026-03-21T00:00:00Z"_s);
}

void tst_OnCallShifts::addOverrideIsAnOverlap()
{
    OnCallSchedule onCall = schedule(
            "Europe/Berlin", rotation(QDate(2026, 3, 2), weekly, QTime(9, 0), {u"A"_s, u"B"_s}));
    onCall.overrides = {{ScheduleOverride::Kind::Add,
                         u"C"_s,
                         {},
                         utc("2026-03-04T00:00:00Z"),
                         utc("2026-03-05T00:00:00Z")}};
    const qint64 from = utc("2026-03-02T08:00:00Z");
    const ScheduleCoverage coverage
            = OnCallShifts::coverage(OnCallShifts::compute(onCall, from, from + 7 * 24 * hourMs),
                                     from, from + 7 * 24 * hourMs);
    QCOMPARE(coverage.overlaps.size(), 1);
    QCOMPARE(coverage.overlaps.first(),
             (TimeSpan {utc("2026-03-04T00:00:00Z"), utc("2026-03-05T00:00:00Z")}));
    QVERIFY(coverage.gaps.isEmpty());
}

void tst_OnCallShifts::shiftAtGivesTheWholeShift()
{
    const OnCallSchedule onCall = schedule(
            "Europe/Berlin", rotation(QDate(2026, 3, 23), weekly, QTime(9, 0), {u"A"_s, u"B"_s}));
    const OnCallShift shift = shiftAt(onCall, "2026-04-01T00:00:00Z");
    QCOMPARE(shift.primary, u"B"_s);
    QCOMPARE(iso(shift.startMs), u"2026-03-30T07:00:00Z"_s);
    QCOMPARE(iso(shift.endMs), u"2026-04-06T07:00:00Z"_s);
    QCOMPARE(shift.turnKey(), u"L0.V0.T1"_s);
}

void tst_OnCallShifts::hoursReport()
{
    // Daily handoffs at 09:00 UTC from Friday: A holds Friday and Sunday, B Saturday.
    const OnCallSchedule onCall
            = schedule("UTC", rotation(QDate(2026, 3, 6), daily, QTime(9, 0), {u"A"_s, u"B"_s}, 0));
    const qint64 from = utc("2026-03-06T09:00:00Z");
    const qint64 to = utc("2026-03-09T09:00:00Z");
    OnCallHoursReport report;
    OnCallHoursMath::add(report, OnCallShifts::compute(onCall, from, to), onCall.zone);
    OnCallHoursMath::finish(report);
    QCOMPARE(report.people.size(), 2);
    const OnCallHours a = report.people.at(0);
    const OnCallHours b = report.people.at(1);
    QCOMPARE(a.person, u"A"_s);
    QCOMPARE(a.totalMs, 48 * hourMs);
    QCOMPARE(a.secondaryMs, 24 * hourMs);
    QCOMPARE(a.nightMs, 16 * hourMs);   // two nights of 8 hours
    QCOMPARE(a.weekendMs, 24 * hourMs); // Saturday 00:00-09:00, Sunday 09:00-24:00
    QCOMPARE(b.totalMs, 24 * hourMs);
    QCOMPARE(b.weekendMs, 24 * hourMs); // Saturday 09:00 to Sunday 09:00
    QCOMPARE(b.nightMs, 8 * hourMs);
    QCOMPARE(report.balance, 0.5);
}

void tst_OnCallShifts::balance_data()
{
    QTest::addColumn<QList<qint64>>("totals");
    QTest::addColumn<double>("balance");
    QTest::newRow("one person") << QList<qint64> {10} << 1.0;
    QTest::newRow("even") << QList<qint64> {10, 10, 10} << 1.0;
    QTest::newRow("half") << QList<qint64> {10, 5} << 0.5;
    // Pairs: 5/10, 0/10, 0/5 → (0.5 + 0 + 0) / 3
    QTest::newRow("one never on call") << QList<qint64> {10, 5, 0} << 0.5 / 3;
    QTest::newRow("nobody") << QList<qint64> {0, 0} << 1.0;
}

void tst_OnCallShifts::balance()
{
    QFETCH(QList<qint64>, totals);
    QFETCH(double, balance);
    QCOMPARE(OnCallHoursMath::balance(totals), balance);
}

void tst_OnCallShifts::calendarUidsAreStableAndChangesRaiseSequence()
{
    OnCallSchedule onCall = schedule(
            "Europe/Berlin", rotation(QDate(2026, 3, 2), weekly, QTime(9, 0), {u"A"_s, u"B"_s}));
    const qint64 from = utc("2026-03-02T08:00:00Z");
    const qint64 to = utc("2026-03-30T07:00:00Z");
    const QList<CalendarEvent> first = OnCallCalendar::reconcile(
            {},
            OnCallCalendar::events(u"platform"_s, OnCallShifts::compute(onCall, from, to), u"A"_s),
            from, to);
    QCOMPARE(first.size(), 4); // A: primary, secondary, primary, secondary
    QCOMPARE(first.at(0).summary, u"On call (primary): platform"_s);
    QCOMPARE(first.at(1).summary, u"On call (secondary): platform"_s);
    for (const CalendarEvent &event : first)
        QCOMPARE(event.sequence, 0);
    // The same again: same UIDs, same sequence.
    QCOMPARE(OnCallCalendar::reconcile(
                     first,
                     OnCallCalendar::events(u"platform"_s, OnCallShifts::compute(onCall, from, to),
                                            u"A"_s),
                     from, to),
             first);

    // A gives away the middle of the first week and the whole third week.
    onCall.overrides = {{ScheduleOverride::Kind::Replace, u"C"_s, u"A"_s,
                         utc("2026-03-04T00:00:00Z"), utc("2026-03-05T00:00:00Z")},
                        {ScheduleOverride::Kind::Replace, u"C"_s, u"A"_s,
                         utc("2026-03-16T08:00:00Z"), utc("2026-03-23T08:00:00Z")}};
    const QList<CalendarEvent> second = OnCallCalendar::reconcile(
            first,
            OnCallCalendar::events(u"platform"_s, OnCallShifts::compute(onCall, from, to), u"A"_s),
            from, to);
    QCOMPARE(second.size(), 5);
    // Week 1 is cut: the first piece keeps its UID (shorter, sequence 1), the second is new.
    QCOMPARE(second.at(0).uid, first.at(0).uid);
    QCOMPARE(second.at(0).sequence, 1);
    QCOMPARE(second.at(0).endMs, utc("2026-03-04T00:00:00Z"));
    QCOMPARE(second.at(1).sequence, 0);
    QVERIFY(second.at(1).uid != first.at(0).uid);
    // The secondary week is unchanged.
    QCOMPARE(second.at(2), first.at(1));
    // Week 3 is cancelled with the next sequence.
    QCOMPARE(second.at(3).uid, first.at(2).uid);
    QVERIFY(second.at(3).cancelled);
    QCOMPARE(second.at(3).sequence, 1);
    // Published again: nothing changes.
    QCOMPARE(OnCallCalendar::reconcile(
                     second,
                     OnCallCalendar::events(u"platform"_s, OnCallShifts::compute(onCall, from, to),
                                            u"A"_s),
                     from, to),
             second);
}

QTEST_GUILESS_MAIN(tst_OnCallShifts)
#include "tst_oncallshifts.moc"
