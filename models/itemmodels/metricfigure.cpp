#include "metricfigure.h"

#include <cmath>

#include <QLocale>

namespace sitrep {

QVariant MetricFigure::number(std::optional<double> value)
{
    return value ? QVariant(std::round(*value * 10.0) / 10.0) : QVariant();
}

QString MetricFigure::week(const QDate &start)
{
    return QLocale().toString(start, QStringLiteral("dd MMM"));
}

} // namespace sitrep
