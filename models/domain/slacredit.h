#pragma once

#include <chrono>
#include <optional>

#include <QList>
#include <QMap>
#include <QPointF>
#include <QString>

namespace sitrep {

// The SLA: monthly availability against 99.9 %, a credit of 10 % of the monthly fee for each
// 0.1 % (or part of it) below, at most 100 %.
class SlaCredit
{
public:
    [[nodiscard]] static double creditPercent(double availability, double agreed = 0.999);
};

} // namespace sitrep
