#include "oncallschedule.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace sitrep {

EscalationPolicy EscalationPolicy::seedDefault()
{
    return {{{1, QStringLiteral("primary"), 5},
             {2, QStringLiteral("secondary"), 10},
             {3, QStringLiteral("engineering-manager@example.com"), 15},
             {4, QStringLiteral("vp-engineering@example.com"), 20}},
            0};
}

QStringList OnCallSchedule::people() const
{
    QStringList people;
    const auto add = [&](const QString &person) {
        if (!person.isEmpty() && !people.contains(person))
            people << person;
    };
    for (const ScheduleLayer &layer : layers)
        for (const Rotation &rotation : layer.versions) {
            for (const QString &participant : rotation.participants)
                add(participant);
            for (const TurnAssignment &turn : rotation.assignments) {
                add(turn.primary);
                add(turn.secondary);
            }
        }
    for (const ScheduleOverride &change : overrides)
        add(change.person);
    return people;
}

QString ScheduleOverride::spanProblem() const
{
    if (toMs <= fromMs)
        return QCoreApplication::translate("ScheduleOverride",
                                           "An override must end after it starts.");
    if (lastsTooLong())
        return QCoreApplication::translate("ScheduleOverride",
                                           "An override lasts at most 366 days; change the "
                                           "rotation for a longer absence.");
    return {};
}

Restriction Restriction::ofWeek(int weekday, QTime from, int endWeekday, QTime to)
{
    int days = (endWeekday - weekday + 7) % 7;
    if (days == 0 && to <= from)
        days = 7;
    return {weekday, from, to, days - (to > from ? 0 : 1)};
}

QString overrideKindKey(ScheduleOverride::Kind kind)
{
    switch (kind) {
    case ScheduleOverride::Kind::Replace:
        return QStringLiteral("replace");
    case ScheduleOverride::Kind::Add:
        return QStringLiteral("add");
    case ScheduleOverride::Kind::Remove:
        return QStringLiteral("remove");
    case ScheduleOverride::Kind::Cover:
        return QStringLiteral("cover");
    }
    return {};
}

std::optional<ScheduleOverride::Kind> parseOverrideKind(const QString &key)
{
    for (auto kind : {ScheduleOverride::Kind::Replace, ScheduleOverride::Kind::Add,
                      ScheduleOverride::Kind::Remove, ScheduleOverride::Kind::Cover})
        if (key.compare(overrideKindKey(kind), Qt::CaseInsensitive) == 0)
            return kind;
    return std::nullopt;
}

std::optional<ShiftLength> parseShiftLength(const QString &text)
{
    static const QRegularExpression pattern(
            QStringLiteral(R"(^\s*(\d+)\s*(hours?|h|days?|d|weeks?|w)\s*$)"),
            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const int count = match.captured(1).toInt();
    if (count <= 0)
        return std::nullopt;
    const QChar unit = match.captured(2).at(0).toLower();
    if (unit == u'h')
        return ShiftLength {count, ShiftLength::Unit::Hours};
    if (unit == u'd')
        return ShiftLength {count, ShiftLength::Unit::Days};
    return ShiftLength {count, ShiftLength::Unit::Weeks};
}

QString shiftLengthText(ShiftLength length)
{
    const auto unit = [&](const char *one, const char *many) {
        return QString::fromLatin1(length.count == 1 ? one : many);
    };
    switch (length.unit) {
    case ShiftLength::Unit::Hours:
        return QStringLiteral("%1 %2").arg(length.count).arg(unit("hour", "hours"));
    case ShiftLength::Unit::Days:
        return QStringLiteral("%1 %2").arg(length.count).arg(unit("day", "days"));
    case ShiftLength::Unit::Weeks:
        return QStringLiteral("%1 %2").arg(length.count).arg(unit("week", "weeks"));
    }
    return {};
}

} // namespace sitrep
