#include "rotationturns.h"

#include "zonetime.h"

namespace sitrep {

namespace {

qint64 stepMs(ShiftLength length)
{
    constexpr qint64 hourMs = 3600 * 1000LL;
    switch (length.unit) {
    case ShiftLength::Unit::Hours:
        return length.count * hourMs;
    case ShiftLength::Unit::Days:
        return length.count * 24 * hourMs;
    case ShiftLength::Unit::Weeks:
        return length.count * 7 * 24 * hourMs;
    }
    return hourMs;
}

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

} // namespace

RotationTurns::RotationTurns(const Rotation &rotation, const QTimeZone &zone)
    : m_rotation(rotation),
      m_zone(zone),
      m_stepMs(std::max<qint64>(stepMs(rotation.length), 60'000))
{
    m_firstNaiveMs = firstHandoff().toMSecsSinceEpoch();
    qsizetype longest = 0;
    for (const TurnAssignment &row : rotation.assignments)
        longest = std::max<qsizetype>(longest, row.turn);
    m_cycle = std::max(rotation.participants.size(), longest);
}

QDateTime RotationTurns::firstHandoff() const
{
    QDate date = m_rotation.start;
    // Weekly turns hand off on their weekday; a start on another day waits for it.
    if (m_rotation.length.unit == ShiftLength::Unit::Weeks && m_rotation.handoffWeekday >= 1
        && m_rotation.handoffWeekday <= 7)
        date = date.addDays((m_rotation.handoffWeekday - date.dayOfWeek() + 7) % 7);
    return QDateTime(date, m_rotation.handoffTime, QTimeZone::utc());
}

QDateTime RotationTurns::wallClockHandoff(qint64 index) const
{
    return QDateTime::fromMSecsSinceEpoch(m_firstNaiveMs + index * m_stepMs, QTimeZone::utc());
}

qint64 RotationTurns::handoffMs(qint64 index) const
{
    return m_zone.wallClockToUtcMs(m_firstNaiveMs + index * m_stepMs);
}

std::optional<qint64> RotationTurns::indexAt(qint64 atMs) const
{
    if (m_cycle == 0)
        return std::nullopt;
    const qint64 naive = atMs + m_zone.offsetSeconds(atMs) * 1000LL;
    qint64 index = floorDiv(naive - m_firstNaiveMs, m_stepMs);
    while (index >= 0 && handoffMs(index) > atMs)
        --index;
    while (handoffMs(index + 1) <= atMs)
        ++index;
    if (index < 0)
        return std::nullopt;
    return index;
}

RotationTurn RotationTurns::turn(qint64 index) const
{
    RotationTurn turn;
    turn.index = index;
    turn.startMs = handoffMs(index);
    turn.endMs = handoffMs(index + 1);
    if (m_cycle == 0)
        return turn;
    const qsizetype people = m_rotation.participants.size();
    const qsizetype inCycle = index % m_cycle;
    if (people > 0) {
        turn.primary = m_rotation.participants.at(index % people);
        if (people > 1 && m_rotation.nextIsSecondary)
            turn.secondary = m_rotation.participants.at((index + 1) % people);
    }
    for (const TurnAssignment &row : m_rotation.assignments)
        if (row.turn == inCycle + 1) {
            turn.primary = row.primary;
            turn.secondary = row.secondary;
        }
    return turn;
}

} // namespace sitrep
