#include "burnalert.h"

#include <cmath>

namespace sitrep {

const QStringList &BurnAlert::windows()
{
    static const QStringList all {QStringLiteral("5m"), QStringLiteral("30m"), QStringLiteral("1h"),
                                  QStringLiteral("2h"), QStringLiteral("6h"),  QStringLiteral("1d"),
                                  QStringLiteral("3d")};
    return all;
}

BurnAlert::State BurnAlert::state(const QMap<QString, double> &burnRates)
{
    const auto above = [&](const char *longWindow, const char *shortWindow, double factor) {
        const auto longRate = burnRates.constFind(QString::fromLatin1(longWindow));
        const auto shortRate = burnRates.constFind(QString::fromLatin1(shortWindow));
        return longRate != burnRates.cend() && shortRate != burnRates.cend() && *longRate > factor
                && *shortRate > factor;
    };
    if (above("1h", "5m", 14.4) || above("6h", "30m", 6.0))
        return State::Page;
    if (above("1d", "2h", 3.0) || above("3d", "6h", 1.0))
        return State::Ticket;
    return State::None;
}

QString BurnAlert::key(State state)
{
    switch (state) {
    case State::Page:
        return QStringLiteral("page");
    case State::Ticket:
        return QStringLiteral("ticket");
    case State::None:
        break;
    }
    return QStringLiteral("none");
}

} // namespace sitrep
