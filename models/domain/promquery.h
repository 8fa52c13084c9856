#pragma once

#include <QList>
#include <QString>

namespace sitrep {

// One value Prometheus computed, at a time in milliseconds since the epoch. NaN and ±Inf are
// kept as they came (Prometheus sends them as strings), for the rules to refuse in words.
struct PromSample
{
    qint64 atMs = 0;
    double value = 0;
    bool operator==(const PromSample &) const = default;
};

// One series of a query's answer: its labels as Prometheus prints them ({code="500"}) and its
// samples (one for an instant vector or a scalar, many for a range).
struct PromSeries
{
    QString labels;
    QList<PromSample> samples;
};

} // namespace sitrep
