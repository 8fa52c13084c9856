#include "oncallsummary.h"

#include "domain/durationtext.h"
#include "services/oncallservice.h"

namespace sitrep {

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
                                  SpanText::countdown(schedule.shift->endMs - at));
    }
    return parts.join(separator);
}

} // namespace sitrep
