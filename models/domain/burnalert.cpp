#include "burnalert.h"

#include "durationtext.h"

#include <algorithm>
#include <cmath>

namespace sitrep {

namespace {

std::optional<BurnAlert::State> parseSeverity(QStringView key)
{
    if (key == u"page")
        return BurnAlert::State::Page;
    if (key == u"ticket")
        return BurnAlert::State::Ticket;
    return std::nullopt;
}

} // namespace

const QList<BurnAlert::Tier> &BurnAlert::workbook()
{
    static const QList<Tier> tiers {
            {State::Page, QStringLiteral("5m"), QStringLiteral("1h"), 14.4},
            {State::Page, QStringLiteral("30m"), QStringLiteral("6h"), 6.0},
            {State::Ticket, QStringLiteral("2h"), QStringLiteral("1d"), 3.0},
            {State::Ticket, QStringLiteral("6h"), QStringLiteral("3d"), 1.0},
    };
    return tiers;
}

std::optional<BurnAlert::Tier> BurnAlert::fromBudget(State severity, const QString &shortWindow,
                                                     const QString &longWindow,
                                                     double budgetPercent,
                                                     std::chrono::seconds period)
{
    const auto shortLength = parseDurationText(shortWindow);
    const auto longLength = parseDurationText(longWindow);
    if (!shortLength || !longLength || *shortLength <= std::chrono::seconds(0)
        || *shortLength >= *longLength || *longLength > period || !(budgetPercent > 0)
        || budgetPercent > 100)
        return std::nullopt;
    // Spending p % of the period's budget in the long window is a burn rate of
    // p/100 · period / window.
    const double factor
            = budgetPercent / 100.0 * double(period.count()) / double(longLength->count());
    return Tier {severity, shortWindow, longWindow, std::round(factor * 1e6) / 1e6};
}

QStringList BurnAlert::windows(const QList<Tier> &tiers)
{
    QStringList all;
    for (const Tier &tier : tiers)
        for (const QString &window : {tier.shortWindow, tier.longWindow})
            if (!all.contains(window))
                all << window;
    std::stable_sort(all.begin(), all.end(), [](const QString &a, const QString &b) {
        return parseDurationText(a).value_or(std::chrono::seconds(0))
                < parseDurationText(b).value_or(std::chrono::seconds(0));
    });
    return all;
}

BurnAlert::State BurnAlert::state(const QMap<QString, double> &burnRates, const QList<Tier> &tiers)
{
    State worst = State::None;
    for (const Tier &tier : tiers) {
        const auto longRate = burnRates.constFind(tier.longWindow);
        const auto shortRate = burnRates.constFind(tier.shortWindow);
        if (longRate != burnRates.cend() && shortRate != burnRates.cend() && *longRate > tier.factor
            && *shortRate > tier.factor)
            worst = std::max(worst, tier.severity);
    }
    return worst;
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

QString BurnAlert::text(const QList<Tier> &tiers)
{
    QStringList parts;
    for (const Tier &tier : tiers)
        parts << QStringLiteral("%1 %2/%3 %4")
                         .arg(key(tier.severity), tier.shortWindow, tier.longWindow,
                              QString::number(tier.factor, 'g', 10));
    return parts.join(QStringLiteral("; "));
}

std::optional<QList<BurnAlert::Tier>> BurnAlert::parse(const QString &text)
{
    QList<Tier> tiers;
    for (const QString &part : text.split(u';', Qt::SkipEmptyParts)) {
        const QStringList words = part.simplified().split(u' ');
        const QStringList windows = words.value(1).split(u'/');
        bool ok = false;
        const double factor = words.value(2).toDouble(&ok);
        const auto severity = parseSeverity(words.value(0));
        if (words.size() != 3 || windows.size() != 2 || !ok || !severity || !(factor > 0)
            || !parseDurationText(windows.at(0)) || !parseDurationText(windows.at(1)))
            return std::nullopt;
        tiers << Tier {*severity, windows.at(0), windows.at(1), factor};
    }
    return tiers;
}

} // namespace sitrep
