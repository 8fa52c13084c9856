#pragma once

#include <chrono>
#include <optional>

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

} // namespace sitrep
