#pragma once

#include <QUuid>

namespace sitrep {

// Ids that consoles make on their own. Qt 6.4 has no version 7, so it is built here (RFC 9562):
// 48 bits of Unix milliseconds, then random bits from the system's generator, so ids sort by
// time of making. Where two consoles must make the same id for the same thing on their own (an
// alert group's incident), it is derived from what identifies the thing (version 5).
class UuidV7
{
public:
    [[nodiscard]] static QUuid make(qint64 unixMs);
    // A name-based id in Sitrep's namespace.
    [[nodiscard]] static QUuid derived(const QByteArray &name);
};

} // namespace sitrep
