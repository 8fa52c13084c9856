#pragma once

#include "oncallschedule.h"
#include "zonetime.h"

#include <optional>

namespace sitrep {

// One turn of a rotation: from one handoff to the next.
struct RotationTurn
{
    qint64 index = 0; // 0 is the first turn
    qint64 startMs = 0;
    qint64 endMs = 0;
    QString primary;
    QString secondary;
};

// The handoffs of one rotation in its schedule's zone. Handoff k is the first handoff's wall
// time plus k shift lengths of wall-clock time, resolved by ZoneTime's rule, so handoffs stay at
// the same local time across DST changes.
class RotationTurns
{
public:
    RotationTurns(const Rotation &rotation, const QTimeZone &zone);

    [[nodiscard]] qint64 handoffMs(qint64 index) const;
    // The turn running at `atMs`; nullopt before the first handoff.
    [[nodiscard]] std::optional<qint64> indexAt(qint64 atMs) const;
    [[nodiscard]] RotationTurn turn(qint64 index) const;
    // The first handoff's wall-clock date and time.
    [[nodiscard]] QDateTime firstHandoff() const;
    // Handoff `index`'s wall-clock date and time (before ZoneTime resolves it).
    [[nodiscard]] QDateTime wallClockHandoff(qint64 index) const;

private:
    const Rotation &m_rotation;
    ZoneTime m_zone;
    qint64 m_firstNaiveMs = 0;
    qint64 m_stepMs = 0;
    qsizetype m_cycle = 0;
};

} // namespace sitrep
