#include "utcminute.h"

namespace sitrep {

QString utcMinute(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))
                          : QStringLiteral("—");
}

} // namespace sitrep
