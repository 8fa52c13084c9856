#pragma once

#include "domain/endpoint.h"
#include "domain/promquery.h"

#include <chrono>
#include <functional>

#include <QDateTime>
#include <QObject>

namespace sitrep {

class EndpointClient;

// Prometheus' HTTP API: instant queries (/api/v1/query) and range queries
// (/api/v1/query_range), POST form-encoded so long PromQL fits. A PromQL error comes back as
// the server's own words.
class PrometheusClient : public QObject
{
    Q_OBJECT
public:
    explicit PrometheusClient(EndpointClient &client, QObject *parent = nullptr);

    // Evaluates `promql` at `at` (the server's now when invalid).
    void query(const Endpoint &endpoint, const QString &secret, const QString &promql,
               const QDateTime &at, std::function<void(Result<QList<PromSeries>>)> done);

    // Evaluates `promql` at every `step` from `start` to `end` (both included). The answer is
    // the reply's body, unparsed: ten thousand points take a while to read, and the caller
    // reads them off the GUI thread (PromQueryReply::parse).
    void queryRange(const Endpoint &endpoint, const QString &secret, const QString &promql,
                    const QDateTime &start, const QDateTime &end, std::chrono::seconds step,
                    std::function<void(Result<QByteArray>)> done);

private:
    EndpointClient &m_client;
};

} // namespace sitrep
