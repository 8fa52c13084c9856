#pragma once

#include "domain/oncallschedule.h"

namespace sitrep {

// A schedule as the YAML file ScheduleFile reads: the seed's plain `rotation:` when the bottom
// layer is unnamed and unrestricted, `layers:` and `rotations:` only where there are more,
// instants in the schedule's zone. Reading what it writes gives the same schedule.
class ScheduleFileWriter
{
public:
    [[nodiscard]] static QByteArray write(const OnCallSchedule &schedule);
};

} // namespace sitrep
