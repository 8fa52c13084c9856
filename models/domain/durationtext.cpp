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
    switch (trimmed.back().unicode()) {
    case 's':
        return std::chrono::seconds(amount);
    case 'm':
        return std::chrono::minutes(amount);
    case 'h':
        return std::chrono::hours(amount);
    case 'd':
        return std::chrono::days(amount);
    case 'w':
        return std::chrono::weeks(amount);
    default:
        return std::nullopt;
    }
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
