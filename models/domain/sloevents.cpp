#include "sloevents.h"

#include <cmath>

#include <QHash>

namespace sitrep {

namespace {
const QString windowPlaceholder = QStringLiteral("{{.window}}");
} // namespace

bool SloEvent::known() const
{
    return std::isfinite(bad) && std::isfinite(total);
}

QString SloEvents::stepQuery(const QString &query)
{
    QString filled = query;
    return filled.replace(windowPlaceholder, QStringLiteral("%1s").arg(step.count()));
}

bool SloEvents::isCounter(const QString &query)
{
    return !query.contains(windowPlaceholder);
}

QList<TimeSpan> SloEvents::missing(qint64 windowStartMs, qint64 atMs, qint64 firstMs, qint64 lastMs)
{
    constexpr qint64 stepMs = std::chrono::milliseconds(step).count();
    const auto floorToStep = [](qint64 ms) { return ms - ((ms % stepMs) + stepMs) % stepMs; };
    const qint64 start = floorToStep(windowStartMs);
    const qint64 end = floorToStep(atMs);
    QList<TimeSpan> wanted;
    if (firstMs == 0 && lastMs == 0) {
        wanted.append({start, end});
    } else {
        if (start < firstMs - stepMs)
            wanted.append({start, std::min(end, firstMs - stepMs)});
        if (end > lastMs)
            wanted.append({std::max(start, lastMs), end});
    }
    QList<TimeSpan> requests;
    const qint64 chunk = stepMs * maxPointsPerRequest;
    for (const TimeSpan &span : std::as_const(wanted))
        for (qint64 from = span.startMs; from < span.endMs; from += chunk)
            requests.append({from, std::min(span.endMs, from + chunk)});
    return requests;
}

QList<PromSample> SloEvents::fromCounter(const QList<PromSample> &counter)
{
    QList<PromSample> increases;
    if (counter.size() > 1)
        increases.reserve(counter.size() - 1);
    for (qsizetype i = 1; i < counter.size(); ++i) {
        const double before = counter[i - 1].value;
        const double now = counter[i].value;
        increases.append({counter[i].atMs, now >= before ? now - before : now});
    }
    return increases;
}

QList<SloEvent> SloEvents::join(const QList<PromSample> &bad, const QList<PromSample> &total,
                                bool badIsGood)
{
    QHash<qint64, double> badAt;
    badAt.reserve(bad.size());
    for (const PromSample &sample : bad)
        badAt.insert(sample.atMs, sample.value);
    QList<SloEvent> events;
    events.reserve(total.size());
    const double unknown = std::numeric_limits<double>::quiet_NaN();
    for (const PromSample &sample : total) {
        const auto found = badAt.constFind(sample.atMs);
        double badValue = 0;
        if (badIsGood)
            badValue = found != badAt.cend() ? sample.value - *found : unknown;
        else if (found != badAt.cend())
            badValue = *found;
        // else: a bad-events query built with a filter (code=~"5..") has no point where
        // nothing failed, so a missing bad step next to a known total is none bad.
        events.append({sample.atMs, badValue, sample.value});
    }
    return events;
}

QList<SloEvent> SloEvents::fromRatio(const QList<PromSample> &ratio)
{
    QList<SloEvent> events;
    events.reserve(ratio.size());
    for (const PromSample &sample : ratio)
        events.append({sample.atMs, sample.value, 1.0});
    return events;
}

QList<SloEvent> SloEvents::fromThreshold(const QList<PromSample> &values,
                                         const SloThreshold &threshold)
{
    QList<SloEvent> events;
    events.reserve(values.size());
    for (const PromSample &sample : values) {
        const double bad = std::isfinite(sample.value) ? (threshold.good(sample.value) ? 0 : 1)
                                                       : std::numeric_limits<double>::quiet_NaN();
        events.append({sample.atMs, bad, 1.0});
    }
    return events;
}

} // namespace sitrep
