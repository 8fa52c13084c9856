#include "deliveryrules.h"

#include <QLocale>

namespace sitrep {

std::optional<std::chrono::seconds> DeliveryRules::retryAfter(const QByteArray &header,
                                                              const QDateTime &now)
{
    if (header.trimmed().isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = header.trimmed().toLongLong(&ok);
    if (ok && seconds >= 0)
        return std::chrono::seconds(seconds);
    // An HTTP date: "Wed, 21 Oct 2015 07:28:00 GMT".
    const QDateTime at = QLocale::c().toDateTime(QString::fromLatin1(header.trimmed()),
                                                 QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!at.isValid())
        return std::nullopt;
    QDateTime utc = at;
    utc.setTimeSpec(Qt::UTC);
    return std::chrono::seconds(std::max<qint64>(0, now.secsTo(utc)));
}

std::chrono::milliseconds
DeliveryRules::backoff(int attempts, std::optional<std::chrono::seconds> retryAfter, double jitter)
{
    using namespace std::chrono;
    if (retryAfter)
        return duration_cast<milliseconds>(*retryAfter);
    milliseconds delay = seconds(5);
    for (int i = 1; i < attempts && delay < minutes(10); ++i)
        delay *= 2;
    delay = std::min<milliseconds>(delay, minutes(10));
    return milliseconds(qint64(double(delay.count()) * (0.8 + 0.4 * jitter)));
}

} // namespace sitrep
