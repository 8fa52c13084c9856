#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QList>

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

class PromQueryReply
{
    Q_DECLARE_TR_FUNCTIONS(PromQueryReply)
public:
    // Reads the body of /api/v1/query: a vector, a matrix (a subquery) or a scalar. A reply with
    // "status": "error" becomes its error text ("bad_data: 1:5: parse error: ...").
    [[nodiscard]] static Result<QList<PromSeries>> parse(const QByteArray &body);
    // A sample value as Prometheus writes it: "1.5", "NaN", "+Inf", "-Inf".
    [[nodiscard]] static std::optional<double> number(QStringView text);
};

} // namespace sitrep
