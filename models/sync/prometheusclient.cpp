#include "prometheusclient.h"

#include "endpointclient.h"
#include "promqueryreply.h"

#include <QUrlQuery>

namespace sitrep {

PrometheusClient::PrometheusClient(EndpointClient &client, QObject *parent)
    : QObject(parent), m_client(client)
{ }

namespace {

QString unixSeconds(const QDateTime &at)
{
    return QString::number(double(at.toMSecsSinceEpoch()) / 1000.0, 'f', 3);
}

} // namespace

void PrometheusClient::query(const Endpoint &endpoint, const QString &secret, const QString &promql,
                             const QDateTime &at,
                             std::function<void(Result<QList<PromSeries>>)> done)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("query"), promql);
    if (at.isValid())
        form.addQueryItem(QStringLiteral("time"), unixSeconds(at));
    const QString name = endpoint.name;
    m_client.postForm(endpoint, secret, QStringLiteral("/api/v1/query"), form,
                      [done = std::move(done), name](Result<QByteArray> body) {
                          if (!body)
                              return done(Error {body.error()});
                          // Instant answers are a few hundred bytes: parsed here, at once.
                          Result<QList<PromSeries>> series = PromQueryReply::parse(body.value());
                          if (!series)
                              return done(Error {tr("%1: %2").arg(name, series.error())});
                          done(std::move(series));
                      });
}

void PrometheusClient::queryRange(const Endpoint &endpoint, const QString &secret,
                                  const QString &promql, const QDateTime &start,
                                  const QDateTime &end, std::chrono::seconds step,
                                  std::function<void(Result<QByteArray>)> done)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("query"), promql);
    form.addQueryItem(QStringLiteral("start"), unixSeconds(start));
    form.addQueryItem(QStringLiteral("end"), unixSeconds(end));
    form.addQueryItem(QStringLiteral("step"), QString::number(step.count()));
    m_client.postForm(endpoint, secret, QStringLiteral("/api/v1/query_range"), form,
                      std::move(done));
}

} // namespace sitrep
