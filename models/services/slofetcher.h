#pragma once

#include "domain/endpoint.h"
#include "domain/slo.h"
#include "domain/sloevents.h"

#include <functional>

#include <QCoreApplication>
#include <QObject>
#include <QQueue>

namespace sitrep {

class PrometheusClient;

// What an SLO's cache lacks, and the replies that fill it.
struct SloFetch
{
    struct Part
    {
        TimeSpan span;
        QString role; // "bad", "good", "total", "ratio", "value"
        QByteArray body;
    };
    Slo slo;
    QList<TimeSpan> spans;
    QList<Part> parts;
    // The first request that failed: then none of this SLO's replies are stored, so the
    // cache never has a hole in the middle.
    QString problem;

    // The queries this SLO needs, by role.
    [[nodiscard]] QList<std::pair<QString, QString>> queries() const;
    // Whether a role's query is read as a counter (see SloEvents::isCounter): a threshold's
    // values never are, they are compared as they come.
    [[nodiscard]] static bool isCounter(const QString &role, const QString &promql);
};

// Fetches the per-step events SLOs lack from one Prometheus through query_range, a few
// requests at a time: a month of fifty SLOs is hundreds of requests, and a queue of them all
// at once would time out waiting for a connection.
class SloFetcher : public QObject
{
    Q_OBJECT
public:
    static constexpr int maxInFlight = 4;

    explicit SloFetcher(PrometheusClient &prometheus, QObject *parent = nullptr);

    // `done` gets every SLO's replies (or its problem) once all have answered.
    void fetch(const Endpoint &endpoint, const QString &secret, QList<SloFetch> fetches,
               std::function<void(QList<SloFetch>)> done);

private:
    struct Request
    {
        qsizetype fetch = 0;
        TimeSpan span;
        QString role;
        QString promql;
    };
    struct Batch
    {
        Endpoint endpoint;
        QString secret;
        QList<SloFetch> fetches;
        QQueue<Request> waiting;
        int inFlight = 0;
        std::function<void(QList<SloFetch>)> done;
    };
    void pump(const std::shared_ptr<Batch> &batch);

    PrometheusClient &m_prometheus;
};

} // namespace sitrep
