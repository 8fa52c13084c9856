#include "uuidv7.h"

#include <cstring>

#include <QMutex>
#include <QRandomGenerator>

namespace sitrep {

QUuid UuidV7::make(qint64 unixMs)
{
    // Ids made in this process sort in the order they were made, also within one millisecond
    // (RFC 9562, method 1: the 12 bits after the time count up from a random start).
    static QMutex mutex;
    static qint64 lastMs = 0;
    static quint16 sequence = 0;
    quint32 random[3];
    QRandomGenerator::system()->fillRange(random);
    {
        const QMutexLocker locker(&mutex);
        if (unixMs > lastMs) {
            lastMs = unixMs;
            sequence = quint16(random[0] & 0x7ff); // room to count before the next millisecond
        } else if (++sequence > 0xfff) {
            ++lastMs;
            sequence = 0;
        }
        unixMs = lastMs;
        random[0] = (random[0] & 0xffff0000u) | sequence;
    }
    quint8 bytes[16];
    for (int i = 0; i < 6; ++i)
        bytes[i] = quint8(quint64(unixMs) >> (8 * (5 - i)));
    std::memcpy(bytes + 8, reinterpret_cast<const quint8 *>(random) + 2, 8);
    const quint16 counter = quint16(random[0] & 0xfff);
    bytes[6] = quint8(0x70 | (counter >> 8)); // version 7
    bytes[7] = quint8(counter & 0xff);
    bytes[8] = quint8(0x80 | (bytes[8] & 0x3f)); // RFC 9562 variant
    return QUuid::fromRfc4122(QByteArrayView(reinterpret_cast<const char *>(bytes), 16));
}

QUuid UuidV7::derived(const QByteArray &name)
{
    static const QUuid sitrep(QStringLiteral("{6f1c2a9e-3b7d-4e58-9a40-5d2c8e7b1f03}"));
    return QUuid::createUuidV5(sitrep, name);
}

} // namespace sitrep
