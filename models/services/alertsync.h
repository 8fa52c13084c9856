#pragma once

#include "alertservice.h"
#include "domain/clock.h"
#include "domain/endpoint.h"
#include "storage/endpointstore.h"

#include <QObject>
#include <QRandomGenerator>
#include <QTimer>

namespace sitrep {

class AlertService;
class AlertmanagerClient;
class SecretStore;

// Polls one Alertmanager endpoint on its interval and hands each reply to the AlertService.
// A failure is recorded as the endpoint's health and retried with exponential backoff and
// jitter (up to five minutes); the cache stays as it was. Nothing here blocks: requests are
// asynchronous and replies are parsed on a worker.
class AlertSync : public QObject
{
    Q_OBJECT
public:
    AlertSync(Endpoint endpoint, AlertmanagerClient &client, AlertService &alerts,
              EndpointStore &endpoints, SecretStore &secrets, const Clock &clock,
              QObject *parent = nullptr);

    [[nodiscard]] const Endpoint &endpoint() const { return m_endpoint; }
    [[nodiscard]] const EndpointHealth &health() const { return m_health; }
    // What the last successful poll changed.
    [[nodiscard]] const IngestReport &lastReport() const { return m_lastReport; }
    // Reads the secret if the endpoint needs one, then polls now and on every interval.
    void start();
    void stop();
    // One poll now; finished() tells how it went.
    void pollOnce();
    // The delay before the next attempt after `failures` failures in a row.
    [[nodiscard]] std::chrono::milliseconds retryDelay(int failures);

Q_SIGNALS:
    // `problem` is empty on success.
    void finished(const QString &problem);
    void healthChanged(const QString &endpoint, const sitrep::EndpointHealth &health);

private:
    void poll();
    void completed(const QString &problem);

    Endpoint m_endpoint;
    AlertmanagerClient &m_client;
    AlertService &m_alerts;
    EndpointStore &m_endpoints;
    SecretStore &m_secrets;
    const Clock &m_clock;
    EndpointHealth m_health;
    IngestReport m_lastReport;
    QString m_secret;
    bool m_secretReady = false;
    bool m_running = false;
    bool m_inFlight = false;
    int m_failures = 0;
    QTimer m_timer;
    QRandomGenerator m_jitter {QRandomGenerator::securelySeeded()};
};

} // namespace sitrep
