#pragma once

#include "domain/clock.h"
#include "domain/detectionrule.h"
#include "domain/endpoint.h"
#include "domain/incident.h"
#include "domain/resolutioncheck.h"

#include <functional>

#include <QObject>

namespace sitrep {

class Database;
class IncidentService;
class PrometheusClient;

// The seed's verifyResolution: before an incident is resolved, the resolution checks must hold
// and keep holding through the monitoring window (ResolutionChecks). The state is kept per
// incident in the cache, so the window survives a restart and is shared with sitrepctl. Each
// step (window started, checks failed, verified) is written on the timeline.
class ResolutionVerifier : public QObject
{
    Q_OBJECT
public:
    ResolutionVerifier(Database &database, IncidentService &incidents, PrometheusClient &prometheus,
                       QObject *parent = nullptr);

    void setChecks(QList<DetectionRule> checks, std::chrono::seconds monitoringWindow);
    [[nodiscard]] const QList<DetectionRule> &checks() const { return m_checks; }
    [[nodiscard]] std::chrono::seconds monitoringWindow() const { return m_window; }
    // Whether resolving needs verified checks: there is a Prometheus to check against.
    void setRequired(bool required);
    [[nodiscard]] bool required() const { return m_required && !m_checks.isEmpty(); }

    [[nodiscard]] Result<ResolutionVerification> state(IncidentId incident);
    [[nodiscard]] const Clock &clock() const;
    // Runs the checks at `at` (the clock's now when invalid) and moves the verification on.
    void verify(IncidentId incident, const Endpoint &endpoint, const QString &secret,
                const QDateTime &at, std::function<void(Result<ResolutionVerification>)> done);
    // Resolves the incident once verified. Before that, only with a reason for overriding the
    // checks, which is written on the timeline with the checks' state.
    [[nodiscard]] Result<Incident> resolve(IncidentId incident, const QString &resolution,
                                           const QString &rootCause, const QString &overrideReason,
                                           const QString &author);

Q_SIGNALS:
    void verificationChanged(sitrep::IncidentId incident,
                             const sitrep::ResolutionVerification &state);
    void requiredChanged(bool required);

private:
    Result<ResolutionVerification> advance(IncidentId incident, QList<CheckResult> results,
                                           const QDateTime &at);

    Database &m_database;
    IncidentService &m_incidents;
    PrometheusClient &m_prometheus;
    QList<DetectionRule> m_checks;
    std::chrono::seconds m_window {std::chrono::minutes(15)};
    bool m_required = false;
};

} // namespace sitrep
