#pragma once

#include <QString>

namespace sitrep {

// What the outgoing person wrote for the next one at a handoff.
struct HandoffNote
{
    QString author;
    QString text;
    qint64 writtenMs = 0;
    bool operator==(const HandoffNote &) const = default;
};

} // namespace sitrep
