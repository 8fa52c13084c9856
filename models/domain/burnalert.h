#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace sitrep {

// The multi-window, multi-burn-rate alert (SRE Workbook, chapter 5): page when the 1 h and
// 5 m windows both burn faster than 14.4×, or 6 h and 30 m faster than 6×; open a ticket
// when 1 d and 2 h burn faster than 3×, or 3 d and 6 h faster than 1×.
class BurnAlert
{
public:
    enum class State { None, Ticket, Page };
    // Burn rates keyed "5m", "30m", "1h", "2h", "6h", "1d", "3d"; a missing window never fires.
    [[nodiscard]] static State state(const QMap<QString, double> &burnRates);
    [[nodiscard]] static QString key(State state); // "none", "ticket", "page"
    [[nodiscard]] static const QStringList &windows();
};

} // namespace sitrep
