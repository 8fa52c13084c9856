#include "domain/escalation.h"

#include <QTest>

using namespace sitrep;
using namespace Qt::StringLiterals;

// The seed's escalation with an injected clock: with nobody acknowledging, pages at 0, 5, 15,
// 30 and 50 minutes to the right people; a level with nobody on call is passed at once; a
// console that was closed catches up with each page at its own time; the end of the policy.
class tst_Escalation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pagesAtTheSeedsTimes();
    void stopsWhereTheSimulationStops();
    void levelWithNobodyPassesOn();
    void catchesUpAfterAPause();
    void exhaustedAfterTheLastTimeout();
    void targets();
};

namespace {

const qint64 start = QDateTime(QDate(2026, 3, 25), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
constexpr qint64 minute = 60'000;

OnCallSchedule schedule(QStringList people)
{
    Rotation rotation;
    rotation.start = QDate(2026, 3, 23);
    rotation.participants = std::move(people);
    OnCallSchedule schedule;
    schedule.name = u"platform"_s;
    schedule.zone = QTimeZone("Europe/Berlin");
    schedule.layers = {ScheduleLayer {{}, {rotation}, {}}};
    return schedule;
}

// The console's loop: every minute, page what fell due, until `minutes`.
QList<EscalationPage> run(const EscalationPolicy &policy, const OnCallSchedule &onCall, int minutes)
{
    QList<EscalationPage> pages;
    for (int m = 0; m <= minutes; ++m)
        pages << EscalationRules::due(policy, onCall, start, pages, start + m * minute);
    return pages;
}

} // namespace

void tst_Escalation::pagesAtTheSeedsTimes()
{
    EscalationPolicy policy = EscalationPolicy::seedDefault();
    policy.repeat = 1;
    const QList<EscalationPage> pages = run(policy, schedule({u"alice"_s, u"bob"_s}), 52);
    QList<qint64> minutes;
    QStringList people;
    for (const EscalationPage &page : pages) {
        minutes << (page.atMs - start) / minute;
        people << page.person;
    }
    QCOMPARE(minutes, (QList<qint64> {0, 5, 15, 30, 50}));
    QCOMPARE(people,
             (QStringList {u"alice"_s, u"bob"_s, u"engineering-manager@example.com"_s,
                           u"vp-engineering@example.com"_s, u"alice"_s}));
    QCOMPARE(pages.at(4).round, 1);
    QCOMPARE(pages.at(4).level, 1);
    QCOMPARE(EscalationRules::levelText(pages.at(1)), u"level 2 (secondary)"_s);
    QCOMPARE(EscalationRules::levelText(pages.at(4)), u"level 1 (primary), round 2"_s);
}

void tst_Escalation::stopsWhereTheSimulationStops()
{
    // Acknowledged at minute 12: the loop stops asking, so level 3 is never paged.
    const QList<EscalationPage> pages
            = run(EscalationPolicy::seedDefault(), schedule({u"alice"_s, u"bob"_s}), 12);
    QCOMPARE(pages.size(), 2);
    const std::optional<EscalationStep> next
            = EscalationRules::next(EscalationPolicy::seedDefault(), start, pages);
    QVERIFY(next);
    QCOMPARE((next->dueMs - start) / minute, 15);
    QCOMPARE(next->level.target, u"engineering-manager@example.com"_s);
}

void tst_Escalation::levelWithNobodyPassesOn()
{
    // One person: no secondary. Level 2 passes at 5 minutes, level 3 is paged then.
    const QList<EscalationPage> pages
            = run(EscalationPolicy::seedDefault(), schedule({u"alice"_s}), 60);
    QCOMPARE(pages.size(), 4);
    QCOMPARE(pages.at(1).person, QString());
    QCOMPARE((pages.at(1).atMs - start) / minute, 5);
    QCOMPARE(pages.at(2).person, u"engineering-manager@example.com"_s);
    QCOMPARE((pages.at(2).atMs - start) / minute, 5);
    QCOMPARE((pages.at(3).atMs - start) / minute, 20);
    // Before the rotation starts nobody is primary either.
    Rotation later = schedule({u"alice"_s}).layers.first().versions.first();
    later.start = QDate(2026, 4, 6);
    OnCallSchedule notYet = schedule({});
    notYet.layers = {ScheduleLayer {{}, {later}, {}}};
    const QList<EscalationPage> early = run(EscalationPolicy::seedDefault(), notYet, 0);
    QCOMPARE(early.size(), 3); // levels 1 and 2 passed, level 3 paged at once
    QCOMPARE(early.at(2).person, u"engineering-manager@example.com"_s);
}

void tst_Escalation::catchesUpAfterAPause()
{
    // Asked first at 40 minutes: the pages of 0, 5, 15 and 30, each at its own time.
    const QList<EscalationPage> pages = EscalationRules::due(EscalationPolicy::seedDefault(),
                                                             schedule({u"alice"_s, u"bob"_s}),
                                                             start, {}, start + 40 * minute);
    QCOMPARE(pages.size(), 4);
    QCOMPARE((pages.at(3).atMs - start) / minute, 30);
}

void tst_Escalation::exhaustedAfterTheLastTimeout()
{
    const EscalationPolicy policy = EscalationPolicy::seedDefault();
    const QList<EscalationPage> pages = run(policy, schedule({u"alice"_s, u"bob"_s}), 120);
    QCOMPARE(pages.size(), 4);
    QVERIFY(!EscalationRules::next(policy, start, pages));
    QCOMPARE(EscalationRules::exhaustedAt(policy, pages), start + 50 * minute);
    QVERIFY(!EscalationRules::exhaustedAt(policy, pages.mid(0, 3)));
}

void tst_Escalation::targets()
{
    OnCallShift shift;
    shift.secondary = u"bob"_s;
    shift.added = {u"dave"_s};
    QCOMPARE(EscalationRules::person(u"primary"_s, shift), u"dave"_s); // primary removed
    shift.primary = u"alice"_s;
    QCOMPARE(EscalationRules::person(u"primary"_s, shift), u"alice"_s);
    QCOMPARE(EscalationRules::person(u"Secondary"_s, shift), u"bob"_s);
    QCOMPARE(EscalationRules::person(u"cto@example.com"_s, std::nullopt), u"cto@example.com"_s);
    QCOMPARE(EscalationRules::person(u"primary"_s, std::nullopt), QString());
}

QTEST_GUILESS_MAIN(tst_Escalation)
#include "tst_escalation.moc"
