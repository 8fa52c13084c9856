#pragma once

#include "domain/promquery.h"
#include "domain/result.h"

#include <QCoreApplication>

namespace sitrep {

// Prometheus's answer to /api/v1/query and /api/v1/query_range, read into series.
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
