// An on-call schedule file (YAML); every schedule it accepts is also turned into shifts for
// the next weeks, since rotation lengths, restrictions and overrides all come from the file.
#include "domain/oncallshifts.h"
#include "fuzzinput.h"
#include "services/schedulefile.h"

using namespace sitrep;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString name = QStringLiteral("schedule.yaml");
    const auto text = fuzz::fileText(data, size, name);
    if (!text)
        return 0;
    const auto schedules = ScheduleFile::parse(*text, name);
    if (!schedules)
        return 0;
    const qint64 from = 1'780'000'000'000; // 2026-05-28
    for (const OnCallSchedule &schedule : schedules.value()) {
        (void)OnCallShifts::compute(schedule, from, from + 14LL * 24 * 3600 * 1000);
        (void)OnCallShifts::at(schedule, from);
    }
    return 0;
}
