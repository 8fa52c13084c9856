#include "uuidv7.h"

#include <cstring>

#include <QRandomGenerator>

namespace sitrep {

QUuid UuidV7::make(qint64 unixMs)
{
    quint8 bytes[16];
    for (int i = 0; i < 6; ++i)
        bytes[i] = quint8(quint64(unixMs) >> (8 * (5 - i)));
    quint32 random[3];
    QRandomGenerator::system()->fillRange(random);
    std::memcpy(bytes + 6, random, 10);
    bytes[6] = quint8(0x70 | (bytes[6] & 0x0f)); // version 7
    bytes[8] = quint8(0x80 | (bytes[8] & 0x3f)); // RFC 9562 variant
    return QUuid::fromRfc4122(QByteArrayView(reinterpret_cast<const char *>(bytes), 16));
}

QUuid UuidV7::derived(const QByteArray &name)
{
    static const QUuid sitrep(QStringLiteral("{6f1c2a9e-3b7d-4e58-9a40-5d2c8e7b1f03}"));
    return QUuid::createUuidV5(sitrep, name);
}

} // namespace sitrep
