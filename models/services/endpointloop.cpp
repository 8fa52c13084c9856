#include "endpointloop.h"

#include "storage/endpointstore.h"
#include "sync/secretstore.h"

namespace sitrep {

EndpointLoop::EndpointLoop(Endpoint endpoint, EndpointStore &endpoints, SecretStore &secrets,
                           const Clock &clock, QObject *parent)
    : QObject(parent),
      m_endpoint(std::move(endpoint)),
      m_endpoints(endpoints),
      m_secrets(secrets),
      m_clock(clock)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &EndpointLoop::poll);
    if (Result<EndpointHealth> stored = m_endpoints.health(m_endpoint.name))
        m_health = stored.value();
    connect(&m_secrets, &SecretStore::secretRead, this,
            [this](const QString &key, const QString &secret, const QString &error) {
                if (key != m_endpoint.secretKey() || m_secretReady)
                    return;
                if (!error.isEmpty())
                    return completed(tr("its secret could not be read: %1").arg(error));
                m_secret = secret;
                m_secretReady = true;
                poll();
            });
}

void EndpointLoop::start()
{
    m_running = true;
    pollOnce();
}

void EndpointLoop::stop()
{
    m_running = false;
    m_timer.stop();
}

void EndpointLoop::pollOnce()
{
    if (m_endpoint.needsSecret() && !m_secretReady) {
        m_secrets.read(m_endpoint.secretKey());
        return;
    }
    poll();
}

std::chrono::milliseconds EndpointLoop::retryDelay(int failures)
{
    using namespace std::chrono;
    const milliseconds base = m_endpoint.pollInterval;
    const milliseconds cap = minutes(5);
    milliseconds delay = base;
    for (int i = 0; i < failures && delay < cap; ++i)
        delay *= 2;
    delay = std::min(delay, cap);
    // ±20 %: many consoles retrying one server must not stay in step.
    const double factor = 0.8 + 0.4 * m_jitter.generateDouble();
    return milliseconds(qint64(double(delay.count()) * factor));
}

void EndpointLoop::poll()
{
    if (m_inFlight)
        return;
    m_inFlight = true;
    request(m_secret);
}

void EndpointLoop::completed(const QString &problem)
{
    m_inFlight = false;
    const QDateTime now = m_clock.now();
    m_health.lastAttempt = now;
    if (problem.isEmpty()) {
        m_health.lastSuccess = now;
        m_health.failure.clear();
        m_health.failingSince = QDateTime();
        m_failures = 0;
    } else {
        if (m_health.failure.isEmpty())
            m_health.failingSince = now;
        m_health.failure = problem;
        ++m_failures;
    }
    // Health is kept across restarts, so an offline start shows how old the data is.
    if (auto saved = m_endpoints.saveHealth(m_endpoint.name, m_health); !saved)
        qWarning("%s", qPrintable(saved.error()));
    Q_EMIT healthChanged(m_endpoint.name, m_health);
    Q_EMIT finished(problem);
    if (m_running)
        m_timer.start(problem.isEmpty() ? std::chrono::milliseconds(m_endpoint.pollInterval)
                                        : retryDelay(m_failures));
}

} // namespace sitrep
