#pragma once

#include <QDateTime>
#include <QString>

namespace sitrep {

// A moment as the war room reads it: "2026-12-04 09:34 UTC", or a dash where there is none.
[[nodiscard]] QString utcMinute(const QDateTime &time);

} // namespace sitrep
