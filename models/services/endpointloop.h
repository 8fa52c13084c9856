#pragma once

#include "domain/clock.h"
#include "domain/endpoint.h"

#include <QObject>
#include <QRandomGenerator>
#include <QTimer>

namespace sitrep {

class EndpointStore;
class SecretStore;

// Polls one endpoint on its interval: reads its secret once, asks request(), and records how it
// went as the endpoint's health. A failure is retried with exponential backoff and jitter (up
// to five minutes). Nothing here blocks: subclasses make asynchronous requests and call
// completed() when they are answered.
class EndpointLoop : public QObject
{
    Q_OBJECT
public:
    EndpointLoop(Endpoint endpoint, EndpointStore &endpoints, SecretStore &secrets,
                 const Clock &clock, QObject *parent = nullptr);

    [[nodiscard]] const Endpoint &endpoint() const { return m_endpoint; }
    [[nodiscard]] const EndpointHealth &health() const { return m_health; }
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

protected:
    // One request to the endpoint; must end in exactly one completed().
    virtual void request(const QString &secret) = 0;
    void completed(const QString &problem);
    [[nodiscard]] const Clock &clock() const { return m_clock; }

private:
    void poll();

    Endpoint m_endpoint;
    EndpointStore &m_endpoints;
    SecretStore &m_secrets;
    const Clock &m_clock;
    EndpointHealth m_health;
    QString m_secret;
    bool m_secretReady = false;
    bool m_running = false;
    bool m_inFlight = false;
    int m_failures = 0;
    QTimer m_timer;
    QRandomGenerator m_jitter {QRandomGenerator::securelySeeded()};
};

} // namespace sitrep
