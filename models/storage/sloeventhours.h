#pragma once

#include "domain/sloevents.h"

#include <QByteArray>
#include <QList>

namespace sitrep {

// The cache keeps an SLO's events an hour to a row (table slo_event_hours), packed: a snapshot
// reads every SLO's month, which as a row per minute was 50 × 43,200 rows and most of its
// time, and as hours is 50 × 720.
class SloEventHours
{
public:
    static constexpr qint64 hourMs = 3'600'000;
    // What one event takes packed: its time, bad and total, eight bytes each, little-endian.
    static constexpr qsizetype packedSize = 24;

    // The start of the hour whose row holds an event at `atMs`.
    [[nodiscard]] static qint64 hourOf(qint64 atMs);
    // `events`, sorted by time, as a row's bytes.
    [[nodiscard]] static QByteArray pack(const QList<SloEvent> &events);
    // Appends the events of a row's `bytes` that end in (fromMs, toMs]; false (and nothing
    // appended) when the bytes are not whole events.
    [[nodiscard]] static bool unpack(const QByteArray &bytes, qint64 fromMs, qint64 toMs,
                                     QList<SloEvent> &into);
    // Both sorted by time: `stored` with `newer` in, a newer event replacing a stored one of the
    // same time (and of several newer ones of one time, the last).
    [[nodiscard]] static QList<SloEvent> merged(const QList<SloEvent> &stored,
                                                const QList<SloEvent> &newer);
};

} // namespace sitrep
