#include "durationtext.h"

namespace sitrep {

std::optional<std::chrono::seconds> parseDurationText(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.size() < 2)
        return std::nullopt;
    bool ok = false;
    const qint64 amount = trimmed.first(trimmed.size() - 1).toLongLong(&ok);
    if (!ok || amount < 0)
        return std::nullopt;
    qint64 unit = 0;
    switch (trimmed.back().unicode()) {
    case 's':
        unit = 1;
        break;
    case 'm':
        unit = 60;
        break;
    case 'h':
        unit = 3600;
        break;
    case 'd':
        unit = 86400;
        break;
    case 'w':
        unit = 7 * 86400;
        break;
    default:
        return std::nullopt;
    }
    // Compared before multiplying: "99999999999999w" must not wrap around to a small number.
    if (amount > longestDuration.count() / unit)
        return std::nullopt;
    return std::chrono::seconds(amount * unit);
}

QString durationText(std::chrono::seconds duration)
{
    const qint64 s = duration.count();
    if (s != 0 && s % (7 * 86400) == 0)
        return QStringLiteral("%1w").arg(s / (7 * 86400));
    if (s != 0 && s % 86400 == 0)
        return QStringLiteral("%1d").arg(s / 86400);
    if (s != 0 && s % 3600 == 0)
        return QStringLiteral("%1h").arg(s / 3600);
    if (s % 60 == 0)
        return QStringLiteral("%1m").arg(s / 60);
    return QStringLiteral("%1s").arg(s);
}

QString SpanText::countdown(qint64 ms)
{
    const qint64 minutes = std::max<qint64>(0, ms / 60'000);
    if (minutes >= 24 * 60)
        return tr("%1 d %2 h").arg(minutes / (24 * 60)).arg(minutes / 60 % 24);
    return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

} // namespace sitrep
