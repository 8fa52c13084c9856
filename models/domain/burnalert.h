#pragma once

#include <chrono>
#include <optional>

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace sitrep {

// The multi-window, multi-burn-rate alert (SRE Workbook, chapter 5). A tier fires when its
// long and its short window both burn faster than its factor. The Workbook's tiers (the
// default): page when 1 h and 5 m burn faster than 14.4×, or 6 h and 30 m faster than 6×;
// ticket when 1 d and 2 h burn faster than 3×, or 3 d and 6 h faster than 1×. A spec may give
// its own (Sloth's AlertWindows), as a share of the period's budget spent in the long window.
class BurnAlert
{
public:
    enum class State { None, Ticket, Page };
    struct Tier
    {
        State severity = State::Page;
        QString shortWindow; // "5m", as Prometheus writes durations
        QString longWindow;
        double factor = 1.0;
        friend bool operator==(const Tier &, const Tier &) = default;
    };

    [[nodiscard]] static const QList<Tier> &workbook();
    // The tier that spends `budgetPercent` of a `period` budget within its long window.
    [[nodiscard]] static std::optional<Tier> fromBudget(State severity, const QString &shortWindow,
                                                        const QString &longWindow,
                                                        double budgetPercent,
                                                        std::chrono::seconds period);

    // Burn rates keyed by window ("5m", "1h", ...); a missing window never fires.
    [[nodiscard]] static State state(const QMap<QString, double> &burnRates,
                                     const QList<Tier> &tiers = workbook());
    [[nodiscard]] static QString key(State state); // "none", "ticket", "page"
    // Every window the tiers read, shortest first.
    [[nodiscard]] static QStringList windows(const QList<Tier> &tiers = workbook());
    // How tiers are kept: "page 5m/1h 14.4; page 30m/6h 6; ...", and read back.
    [[nodiscard]] static QString text(const QList<Tier> &tiers);
    [[nodiscard]] static std::optional<QList<Tier>> parse(const QString &text);
};

} // namespace sitrep
