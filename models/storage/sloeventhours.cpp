#include "sloeventhours.h"

#include <cstring>
#include <limits>

#include <QtEndian>

namespace sitrep {

namespace {

template<typename T> void put(char *at, T value)
{
    static_assert(sizeof(T) == 8);
    quint64 bits = 0;
    std::memcpy(&bits, &value, 8);
    qToLittleEndian(bits, at);
}

template<typename T> T take(const char *at)
{
    const quint64 bits = qFromLittleEndian<quint64>(at);
    T value;
    std::memcpy(&value, &bits, 8);
    return value;
}

} // namespace

qint64 SloEventHours::hourOf(qint64 atMs)
{
    // Floored, so that an hour holds [start, start + 1 h) also before 1970; the first hour of
    // what qint64 holds, which cannot start where it should, starts at its lowest value.
    const qint64 remainder = atMs % hourMs;
    if (remainder >= 0)
        return atMs - remainder;
    constexpr qint64 lowest = std::numeric_limits<qint64>::min();
    return atMs - remainder < lowest + hourMs ? lowest : atMs - remainder - hourMs;
}

QByteArray SloEventHours::pack(const QList<SloEvent> &events)
{
    QByteArray bytes(events.size() * packedSize, Qt::Uninitialized);
    char *at = bytes.data();
    for (const SloEvent &event : events) {
        put(at, event.atMs);
        put(at + 8, event.bad);
        put(at + 16, event.total);
        at += packedSize;
    }
    return bytes;
}

bool SloEventHours::unpack(const QByteArray &bytes, qint64 fromMs, qint64 toMs,
                           QList<SloEvent> &into)
{
    if (bytes.size() % packedSize != 0)
        return false;
    for (const char *at = bytes.constData(); at != bytes.constData() + bytes.size();
         at += packedSize) {
        const auto atMs = take<qint64>(at);
        if (atMs > fromMs && atMs <= toMs)
            into.append({atMs, take<double>(at + 8), take<double>(at + 16)});
    }
    return true;
}

QList<SloEvent> SloEventHours::merged(const QList<SloEvent> &stored, const QList<SloEvent> &newer)
{
    QList<SloEvent> all;
    all.reserve(stored.size() + newer.size());
    auto old = stored.cbegin();
    for (auto fresh = newer.cbegin(); fresh != newer.cend(); ++fresh) {
        for (; old != stored.cend() && old->atMs < fresh->atMs; ++old)
            all.append(*old);
        if (old != stored.cend() && old->atMs == fresh->atMs)
            ++old;
        if (!all.isEmpty() && all.last().atMs == fresh->atMs)
            all.last() = *fresh;
        else
            all.append(*fresh);
    }
    for (; old != stored.cend(); ++old)
        all.append(*old);
    return all;
}

} // namespace sitrep
