#pragma once

#include "domain/oncallschedule.h"
#include "domain/result.h"

#include <QCoreApplication>

namespace sitrep {

// On-call schedule files (YAML, the shape of the seed's onCallSchedule), read with yaml-cpp;
// ScheduleFileWriter writes them. A file holds one schedule per YAML document. `rotation:` is
// the schedule's bottom layer; `layers:` adds layers above it, each with `restrictions:`; a layer
// edited over time lists its versions under `rotations:`, each later one with `effective_from:`.
// Times without an offset are in the schedule's zone. Every key is checked: a misspelt one is an
// error, not a silently ignored setting. Errors name the file, the line and the field.
class ScheduleFile
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleFile)
public:
    [[nodiscard]] static Result<QList<OnCallSchedule>> parse(const QByteArray &yaml,
                                                             const QString &fileName);
    // "Monday": the weekday's name as files write it.
    [[nodiscard]] static QString weekdayName(int weekday);
    // "Monday 09:00" or "09:00" (then weekday 0).
    [[nodiscard]] static std::optional<std::pair<int, QTime>> parseHandoff(const QString &text);
    // An ISO 8601 date or date-time; without an offset it is read in `zone`.
    [[nodiscard]] static std::optional<qint64> parseInstant(const QString &text,
                                                            const QTimeZone &zone);
};

} // namespace sitrep
