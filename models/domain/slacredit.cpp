#include "slacredit.h"

#include <cmath>

namespace sitrep {

double SlaCredit::creditPercent(double availability, double agreed)
{
    if (!(availability < agreed))
        return 0.0;
    // Per started 0.1 %: 99.85 % is one step below 99.9 %. A small epsilon keeps 99.8 % (two
    // steps exactly) from becoming three through floating point.
    const double steps = std::ceil((agreed - availability) / 0.001 - 1e-9);
    return std::min(100.0, 10.0 * steps);
}

} // namespace sitrep
