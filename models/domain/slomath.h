#pragma once

#include <chrono>
#include <optional>

#include <QList>
#include <QMap>
#include <QPointF>
#include <QString>

namespace sitrep {

// The error-budget arithmetic of the SRE Workbook, on plain numbers. A target is a fraction
// (0.999), an error ratio is bad / total events over some window.
class ErrorBudget
{
public:
    // (1 − target) × window: 99.9 % over 30 days is 43.2 minutes.
    [[nodiscard]] static std::chrono::milliseconds total(double target,
                                                         std::chrono::milliseconds window);
    // The share of the budget left after `errorRatio` over the whole window:
    // (1 − target − error ratio) / (1 − target). Negative once overspent.
    [[nodiscard]] static double remaining(double target, double errorRatio);
    // How many times faster than "exactly spent at the window's end" the budget goes:
    // error ratio / (1 − target).
    [[nodiscard]] static double burnRate(double target, double errorRatio);
    // When the remaining budget is gone at `burnRate`; none when not burning or already spent.
    [[nodiscard]] static std::optional<std::chrono::milliseconds>
    timeToExhaustion(double remaining, double burnRate, std::chrono::milliseconds window);
    // The error ratio of `bad` out of `total` events, or none below `minimumEvents` (a quiet
    // service must not page on one failed request) or when nothing happened.
    [[nodiscard]] static std::optional<double> errorRatio(double bad, double total,
                                                          double minimumEvents = 0);
};

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

// The SLA: monthly availability against 99.9 %, a credit of 10 % of the monthly fee for each
// 0.1 % (or part of it) below, at most 100 %.
class SlaCredit
{
public:
    [[nodiscard]] static double creditPercent(double availability, double agreed = 0.999);
};

// Largest-Triangle-Three-Buckets downsampling (Steinarsson 2013): keeps the first and last
// points and, per bucket, the point that makes the largest triangle with its neighbours, so a
// chart of `threshold` points looks like the chart of all of them.
class Lttb
{
public:
    [[nodiscard]] static QList<QPointF> downsample(const QList<QPointF> &points, int threshold);
};

} // namespace sitrep
