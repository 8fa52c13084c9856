#include "hybridclock.h"

#include <algorithm>

namespace sitrep {

HlcStamp HybridClock::stamp(qint64 wallMs)
{
    if (wallMs > m_last.ms)
        m_last = {wallMs, 0};
    else
        ++m_last.counter;
    return m_last;
}

void HybridClock::observe(HlcStamp remote, qint64 wallMs)
{
    const qint64 ms = std::max({m_last.ms, remote.ms, wallMs});
    if (ms == m_last.ms && ms == remote.ms)
        m_last = {ms, std::max(m_last.counter, remote.counter) + 1};
    else if (ms == m_last.ms)
        m_last = {ms, m_last.counter + 1};
    else if (ms == remote.ms)
        m_last = {ms, remote.counter + 1};
    else
        m_last = {ms, 0};
}

} // namespace sitrep
