#pragma once

#include <optional>

#include <QDate>
#include <QString>
#include <QVariant>

namespace sitrep {

// How the dashboard's tables show a figure, so views and CSV read them alike: minutes, counts
// and percent as numbers with one decimal, and weeks by their first day.
class MetricFigure
{
public:
    // Empty when the figure could not be measured.
    [[nodiscard]] static QVariant number(std::optional<double> value);
    [[nodiscard]] static QString week(const QDate &start);
};

} // namespace sitrep
