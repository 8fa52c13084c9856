#include "slomath.h"

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

const QStringList &BurnAlert::windows()
{
    static const QStringList all {QStringLiteral("5m"), QStringLiteral("30m"), QStringLiteral("1h"),
                                  QStringLiteral("2h"), QStringLiteral("6h"),  QStringLiteral("1d"),
                                  QStringLiteral("3d")};
    return all;
}

BurnAlert::State BurnAlert::state(const QMap<QString, double> &burnRates)
{
    const auto above = [&](const char *longWindow, const char *shortWindow, double factor) {
        const auto longRate = burnRates.constFind(QString::fromLatin1(longWindow));
        const auto shortRate = burnRates.constFind(QString::fromLatin1(shortWindow));
        return longRate != burnRates.cend() && shortRate != burnRates.cend() && *longRate > factor
                && *shortRate > factor;
    };
    if (above("1h", "5m", 14.4) || above("6h", "30m", 6.0))
        return State::Page;
    if (above("1d", "2h", 3.0) || above("3d", "6h", 1.0))
        return State::Ticket;
    return State::None;
}

QString BurnAlert::key(State state)
{
    switch (state) {
    case State::Page:
        return QStringLiteral("page");
    case State::Ticket:
        return QStringLiteral("ticket");
    case State::None:
        break;
    }
    return QStringLiteral("none");
}

double SlaCredit::creditPercent(double availability, double agreed)
{
    if (!(availability < agreed))
        return 0.0;
    // Per started 0.1 %: 99.85 % is one step below 99.9 %. A small epsilon keeps 99.8 % (two
    // steps exactly) from becoming three through floating point.
    const double steps = std::ceil((agreed - availability) / 0.001 - 1e-9);
    return std::min(100.0, 10.0 * steps);
}

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
