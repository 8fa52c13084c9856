#pragma once

#include "domain/endpoint.h"
#include "domain/promquery.h"

#include <functional>

#include <QDateTime>
#include <QObject>

namespace sitrep {

class EndpointClient;

// Prometheus' HTTP API: instant queries (/api/v1/query, POST form-encoded so long PromQL
// fits). A PromQL error comes back as the server's own words.
class PrometheusClient : public QObject
{
    Q_OBJECT
public:
    explicit PrometheusClient(EndpointClient &client, QObject *parent = nullptr);

    // Evaluates `promql` at `at` (the server's now when invalid).
    void query(const Endpoint &endpoint, const QString &secret, const QString &promql,
               const QDateTime &at, std::function<void(Result<QList<PromSeries>>)> done);

private:
    EndpointClient &m_client;
};

} // namespace sitrep
