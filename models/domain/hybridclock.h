#pragma once

#include <QtGlobal>

namespace sitrep {

// A hybrid logical clock stamp: wall-clock milliseconds and a counter that orders stamps made
// within the same millisecond, or after a stamp from a console whose clock runs ahead.
struct HlcStamp
{
    qint64 ms = 0;
    int counter = 0;
    auto operator<=>(const HlcStamp &) const = default;
};

// The clock every change is stamped with (Kulkarni et al., 2014): it never goes backwards,
// stays close to the wall clock, and moves past every stamp it has seen, so a change made
// after seeing another always sorts after it, whatever the two machines' clocks say.
class HybridClock
{
public:
    explicit HybridClock(HlcStamp last = {}) : m_last(last) { }

    // A stamp for a change made now (`wallMs` is this machine's clock).
    [[nodiscard]] HlcStamp stamp(qint64 wallMs);
    // Takes in a stamp that arrived from another console.
    void observe(HlcStamp remote, qint64 wallMs);
    // What to persist, so a restart never stamps earlier than before.
    [[nodiscard]] HlcStamp last() const { return m_last; }

private:
    HlcStamp m_last;
};

} // namespace sitrep
