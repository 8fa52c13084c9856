#include "oncallsummary.h"

#include "services/oncallservice.h"

namespace sitrep {

QString OnCallSummary::countdown(qint64 ms)
{
    const qint64 minutes = std::max<qint64>(0, ms / 60'000);
    if (minutes >= 24 * 60)
        return tr("%1 d %2 h").arg(minutes / (24 * 60)).arg(minutes / 60 % 24);
    return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

QString OnCallSummary::text(const OnCallService &service, const QString &separator)
{
    const QList<OnCallNow> now = service.onCallNow();
    if (now.isEmpty())
        return tr("No schedule configured");
    const qint64 at = service.nowMs();
    QStringList parts;
    for (const OnCallNow &schedule : now) {
        if (!schedule.shift || schedule.shift->primary.isEmpty())
            parts << tr("%1: nobody on call").arg(schedule.schedule);
        else
            parts << tr("%1: %2, handoff in %3")
                             .arg(schedule.schedule, schedule.shift->primary,
                                  countdown(schedule.shift->endMs - at));
    }
    return parts.join(separator);
}

} // namespace sitrep
