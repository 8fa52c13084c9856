#pragma once

#include <QList>
#include <QPointF>

namespace sitrep {

// Largest-Triangle-Three-Buckets downsampling (Steinarsson 2013): keeps the first and last
// points and, per bucket, the point that makes the largest triangle with its neighbours, so a
// chart of `threshold` points looks like the chart of all of them.
class Lttb
{
public:
    [[nodiscard]] static QList<QPointF> downsample(const QList<QPointF> &points, int threshold);
};

} // namespace sitrep
