#include "slofetcher.h"

#include "sync/prometheusclient.h"

#include <QDateTime>

namespace sitrep {

QList<std::pair<QString, QString>> SloFetch::queries() const
{
    if (!slo.thresholdQuery.isEmpty())
        return {{QStringLiteral("value"), slo.thresholdQuery}};
    if (!slo.errorRatioQuery.isEmpty())
        return {{QStringLiteral("ratio"), slo.errorRatioQuery}};
    if (!slo.badQuery.isEmpty())
        return {{QStringLiteral("bad"), slo.badQuery}, {QStringLiteral("total"), slo.totalQuery}};
    return {{QStringLiteral("good"), slo.goodQuery}, {QStringLiteral("total"), slo.totalQuery}};
}

bool SloFetch::isCounter(const QString &role, const QString &promql)
{
    return role != u"value" && SloEvents::isCounter(promql);
}

SloFetcher::SloFetcher(PrometheusClient &prometheus, QObject *parent)
    : QObject(parent), m_prometheus(prometheus)
{ }

void SloFetcher::fetch(const Endpoint &endpoint, const QString &secret, QList<SloFetch> fetches,
                       std::function<void(QList<SloFetch>)> done)
{
    auto batch = std::make_shared<Batch>();
    batch->endpoint = endpoint;
    batch->secret = secret;
    batch->done = std::move(done);
    for (qsizetype i = 0; i < fetches.size(); ++i)
        for (const TimeSpan &span : std::as_const(fetches[i].spans))
            for (const auto &[role, query] : fetches[i].queries())
                batch->waiting.enqueue({i, span, role, query});
    batch->fetches = std::move(fetches);
    pump(batch);
}

void SloFetcher::pump(const std::shared_ptr<Batch> &batch)
{
    if (batch->waiting.isEmpty() && batch->inFlight == 0) {
        if (batch->done)
            std::exchange(batch->done, {})(std::move(batch->fetches));
        return;
    }
    const qint64 stepMs = std::chrono::milliseconds(SloEvents::step).count();
    while (batch->inFlight < maxInFlight && !batch->waiting.isEmpty()) {
        const Request request = batch->waiting.dequeue();
        if (!batch->fetches[request.fetch].problem.isEmpty())
            continue; // one failure already spoils this SLO's fetch
        ++batch->inFlight;
        // A counter needs the point before the span to know the first step's increase.
        const qint64 firstMs = request.span.startMs
                + (SloFetch::isCounter(request.role, request.promql) ? 0 : stepMs);
        m_prometheus.queryRange(
                batch->endpoint, batch->secret, SloEvents::stepQuery(request.promql),
                QDateTime::fromMSecsSinceEpoch(firstMs, Qt::UTC),
                QDateTime::fromMSecsSinceEpoch(request.span.endMs, Qt::UTC), SloEvents::step,
                [this, batch, request](Result<QByteArray> body) {
                    --batch->inFlight;
                    SloFetch &fetch = batch->fetches[request.fetch];
                    if (!body && fetch.problem.isEmpty())
                        fetch.problem = body.error();
                    else if (body)
                        fetch.parts.append({request.span, request.role, std::move(body).value()});
                    pump(batch);
                });
    }
    if (batch->waiting.isEmpty() && batch->inFlight == 0)
        pump(batch);
}

} // namespace sitrep
