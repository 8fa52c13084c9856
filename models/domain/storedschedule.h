#pragma once

#include <QString>

namespace sitrep {

// An on-call schedule as stored: its schedule file, the canonical form that import reads and
// export writes back.
struct StoredSchedule
{
    QString name;
    QString document;
    bool operator==(const StoredSchedule &) const = default;
};

} // namespace sitrep
