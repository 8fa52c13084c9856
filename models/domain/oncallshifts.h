#pragma once

#include "oncallschedule.h"
#include "sloevents.h"

#include <optional>

namespace sitrep {

// Who is on call over a stretch of time. Shifts are cut at every handoff, restriction edge and
// override edge; neighbouring pieces with the same people and the same turn are one shift.
struct OnCallShift
{
    qint64 startMs = 0;
    qint64 endMs = 0;
    QString primary; // empty where a removal left nobody
    QString secondary;
    QStringList added; // on call beside the primary through "add" overrides
    int layer = -1;
    int version = 0;
    qint64 turn = 0;
    bool overridden = false;
    bool operator==(const OnCallShift &) const = default;

    [[nodiscard]] bool involves(const QString &person) const;
    // The turn this piece belongs to, stable while the rotation is: "L0.V1.T12".
    [[nodiscard]] QString turnKey() const;
};

// Where nobody is primary, and where more than one person is (add overrides), over a horizon.
struct ScheduleCoverage
{
    QList<TimeSpan> gaps;
    QList<TimeSpan> overlaps;
};

class OnCallShifts
{
public:
    // Pieces of time shorter than this between shifts count as continuous.
    static constexpr qint64 continuityMs = 60'000;
    static constexpr qint64 defaultHorizonMs = 30LL * 24 * 3600 * 1000;

    [[nodiscard]] static QList<OnCallShift> compute(const OnCallSchedule &schedule, qint64 fromMs,
                                                    qint64 toMs);
    // The whole shift running at `atMs` (not cut at `atMs`), or nullopt where nobody is.
    [[nodiscard]] static std::optional<OnCallShift> at(const OnCallSchedule &schedule, qint64 atMs);
    [[nodiscard]] static ScheduleCoverage coverage(const QList<OnCallShift> &shifts, qint64 fromMs,
                                                   qint64 toMs);

    // Editing never rewrites the past: the new rotation takes over the layer at the current
    // turn's end (the next handoff after `nowMs`), earlier shifts keep their people.
    [[nodiscard]] static OnCallSchedule replaceRotation(OnCallSchedule schedule, int layer,
                                                        Rotation rotation, qint64 nowMs);
    // Whoever is on call now stays until the handoff; from then the rotation goes on with the
    // person who was next, skipping `person` (in every layer).
    [[nodiscard]] static OnCallSchedule removeParticipant(OnCallSchedule schedule,
                                                          const QString &person, qint64 nowMs);
};

} // namespace sitrep
