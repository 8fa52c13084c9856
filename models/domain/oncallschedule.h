#pragma once

#include <limits>

#include <QDate>
#include <QList>
#include <QStringList>
#include <QTime>
#include <QTimeZone>

namespace sitrep {

// How long one turn of a rotation lasts. Every unit is counted in the schedule's wall-clock
// time: a weekly turn that crosses a DST change is 167 or 169 hours long, and an 8-hour turn
// hands off at the same local times every day (see ZoneTime for handoffs in a gap or a repeat).
struct ShiftLength
{
    enum class Unit { Hours, Days, Weeks };
    int count = 1;
    Unit unit = Unit::Weeks;
    bool operator==(const ShiftLength &) const = default;
};

// One row of an explicit primary/secondary table, as the seed's "Week 1: alice primary, bob
// secondary". Turns count from 1 and repeat with the rotation's cycle.
struct TurnAssignment
{
    int turn = 1;
    QString primary;
    QString secondary;
    bool operator==(const TurnAssignment &) const = default;
};

// People taking turns. The first handoff is on `start` (moved forward to `handoffWeekday` when
// one is set) at `handoffTime` in the schedule's zone. Without an explicit table, turn k's
// primary is participant k and the secondary is the next participant.
struct Rotation
{
    QDate start;
    ShiftLength length;
    QTime handoffTime {9, 0};
    int handoffWeekday = Qt::Monday; // 1..7, 0 for "every day" (days and hours)
    QStringList participants;
    QList<TurnAssignment> assignments;
    // Without a table, the next participant is the turn's secondary; PagerDuty's and Opsgenie's
    // layers have one person per turn, and their imports say so here.
    bool nextIsSecondary = true;
    // Editing a rotation never rewrites the past: the edit is a new version that takes over at
    // this instant (the next handoff after the edit). The first version has none.
    qint64 effectiveFromMs = std::numeric_limits<qint64>::min();
    // A rotation that stops (a PagerDuty layer's end, an Opsgenie rotation's end date).
    qint64 untilMs = std::numeric_limits<qint64>::max();
    bool operator==(const Rotation &) const = default;
};

// A window of the day in which a layer is on call, in the schedule's zone. `to` before `from`
// runs past midnight, `to` equal to `from` is a whole day. Weekday 0 means every day. A window
// of the week (PagerDuty's weekly restriction: Monday 09:00 to Friday 17:00) ends `laterDays`
// days after that.
struct Restriction
{
    int weekday = 0;
    QTime from;
    QTime to;
    int laterDays = 0; // 0..6, only with a weekday
    bool operator==(const Restriction &) const = default;

    // Where the window ends, counted in days after the day it starts (0 for the same day).
    [[nodiscard]] int endDay() const { return (to > from ? 0 : 1) + laterDays; }
    // The window from `weekday` at `from` to the next `endWeekday` at `to` (a whole week when
    // both are the same moment).
    [[nodiscard]] static Restriction ofWeek(int weekday, QTime from, int endWeekday, QTime to);
    // The weekday the window ends on.
    [[nodiscard]] int endWeekday() const { return (weekday - 1 + endDay()) % 7 + 1; }
};

// Layers are listed bottom to top. In a stacked schedule, where a higher layer has someone on
// call it wins and elsewhere the layer below shows through (PagerDuty's rule); in a cumulative
// one, every layer's person is on call at once (Opsgenie's rotations). An empty participant is
// a turn with nobody (Opsgenie's "none").
struct ScheduleLayer
{
    QString name;
    QList<Rotation> versions; // oldest first; the last is the rotation in effect now
    QList<Restriction> restrictions;
    bool operator==(const ScheduleLayer &) const = default;
};

// Changes on top of the layers, applied in the order listed, each only within [from, to):
// - Replace: `person` takes `replaces`' role while `replaces` would be on call, and only then.
// - Add: `person` is on call beside whoever is.
// - Remove: `person` is off call; their role stays empty (a gap if they were the primary).
// - Cover: `person` is the primary and the only one on call beside the secondary, whoever the
//   layers have, also where they have nobody (PagerDuty's and Opsgenie's overrides).
// The result is still cut at every handoff, so an override across a handoff gives two shifts.
struct ScheduleOverride
{
    enum class Kind { Replace, Add, Remove, Cover };
    Kind kind = Kind::Replace;
    QString person;
    QString replaces;
    qint64 fromMs = 0;
    qint64 toMs = 0;
    // Longer absences belong in the rotation; a longer override also makes finding the shift
    // it covers walk every turn of its span (fuzzing found one of 1,900 years).
    static constexpr qint64 longestMs = 366LL * 24 * 3600 * 1000;
    bool operator==(const ScheduleOverride &) const = default;

    [[nodiscard]] bool lastsTooLong() const { return toMs - fromMs > longestMs; }
    // Why [from, to) cannot be an override (it ends first, or lasts too long), in words; empty
    // when it can. One wording wherever an override comes from.
    [[nodiscard]] QString spanProblem() const;
};

// Who is paged, in order, and how long each level has to acknowledge (the seed's defaults).
struct EscalationLevel
{
    int level = 1;
    QString target; // "primary", "secondary" or a person
    int timeoutMinutes = 5;
    bool operator==(const EscalationLevel &) const = default;
};

struct EscalationPolicy
{
    QList<EscalationLevel> levels;
    int repeat = 0; // at most mostRepeats: nobody is paged through a policy a hundred times
    static constexpr int mostRepeats = 100;
    bool operator==(const EscalationPolicy &) const = default;
    [[nodiscard]] static EscalationPolicy seedDefault();
};

struct OnCallExpectations
{
    int acknowledgeMinutes = 5;
    int respondMinutes = 15;
    bool operator==(const OnCallExpectations &) const = default;
};

struct OnCallSchedule
{
    enum class Layering { Stacked, Cumulative };
    QString name;
    QString team;
    // The incidents this schedule's escalation pages for, by service; a schedule without
    // services pages for every service no other schedule names.
    QStringList services;
    QTimeZone zone;
    QList<ScheduleLayer> layers;
    Layering layering = Layering::Stacked;
    QList<ScheduleOverride> overrides;
    EscalationPolicy escalation = EscalationPolicy::seedDefault();
    OnCallExpectations expectations;
    bool operator==(const OnCallSchedule &) const = default;

    // Everyone named anywhere in the schedule, in order of first mention.
    [[nodiscard]] QStringList people() const;
};

[[nodiscard]] QString overrideKindKey(ScheduleOverride::Kind kind);
[[nodiscard]] std::optional<ScheduleOverride::Kind> parseOverrideKind(const QString &key);

// "1 week", "12 hours", "3 days"; nullopt for anything else.
[[nodiscard]] std::optional<ShiftLength> parseShiftLength(const QString &text);
[[nodiscard]] QString shiftLengthText(ShiftLength length);

} // namespace sitrep
