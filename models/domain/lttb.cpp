#include "lttb.h"

#include <cmath>

namespace sitrep {

QList<QPointF> Lttb::downsample(const QList<QPointF> &points, int threshold)
{
    if (threshold >= points.size() || threshold < 3)
        return points;
    QList<QPointF> sampled;
    sampled.reserve(threshold);
    const double every = double(points.size() - 2) / double(threshold - 2);
    qsizetype chosen = 0;
    sampled.append(points.first());
    for (int bucket = 0; bucket < threshold - 2; ++bucket) {
        // The average of the next bucket is the triangle's third corner.
        const qsizetype nextStart = qsizetype(std::floor((bucket + 1) * every)) + 1;
        const qsizetype nextEnd = std::min<qsizetype>(
                qsizetype(std::floor((bucket + 2) * every)) + 1, points.size());
        double averageX = 0;
        double averageY = 0;
        for (qsizetype i = nextStart; i < nextEnd; ++i) {
            averageX += points[i].x();
            averageY += points[i].y();
        }
        const double count = double(std::max<qsizetype>(1, nextEnd - nextStart));
        averageX /= count;
        averageY /= count;

        const qsizetype start = qsizetype(std::floor(bucket * every)) + 1;
        const qsizetype end = qsizetype(std::floor((bucket + 1) * every)) + 1;
        const QPointF &a = points[chosen];
        double largest = -1;
        qsizetype best = start;
        for (qsizetype i = start; i < end; ++i) {
            const double area = std::abs((a.x() - averageX) * (points[i].y() - a.y())
                                         - (a.x() - points[i].x()) * (averageY - a.y()));
            if (area > largest) {
                largest = area;
                best = i;
            }
        }
        sampled.append(points[best]);
        chosen = best;
    }
    sampled.append(points.last());
    return sampled;
}

} // namespace sitrep
