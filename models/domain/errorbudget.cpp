#include "errorbudget.h"

#include <cmath>

namespace sitrep {

std::chrono::milliseconds ErrorBudget::total(double target, std::chrono::milliseconds window)
{
    return std::chrono::milliseconds(std::llround((1.0 - target) * double(window.count())));
}

double ErrorBudget::remaining(double target, double errorRatio)
{
    const double allowed = 1.0 - target;
    return allowed > 0 ? (allowed - errorRatio) / allowed : 0.0;
}

double ErrorBudget::burnRate(double target, double errorRatio)
{
    const double allowed = 1.0 - target;
    return allowed > 0 ? errorRatio / allowed : 0.0;
}

std::optional<std::chrono::milliseconds>
ErrorBudget::timeToExhaustion(double remaining, double burnRate, std::chrono::milliseconds window)
{
    if (!(burnRate > 0) || !(remaining > 0) || !std::isfinite(burnRate))
        return std::nullopt;
    // At burn rate 1 the whole budget lasts the whole window.
    return std::chrono::milliseconds(std::llround(remaining * double(window.count()) / burnRate));
}

std::optional<double> ErrorBudget::errorRatio(double bad, double total, double minimumEvents)
{
    if (!std::isfinite(bad) || !std::isfinite(total) || total <= 0 || total < minimumEvents
        || bad < 0)
        return std::nullopt;
    return std::min(1.0, bad / total);
}

} // namespace sitrep
