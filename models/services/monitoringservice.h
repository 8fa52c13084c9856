#pragma once

#include "detectionrulesfile.h"
#include "detector.h"
#include "domain/alertrouting.h"
#include "domain/clock.h"
#include "domain/endpoint.h"
#include "domain/resolutioncheck.h"

#include <memory>

#include <QObject>

class QNetworkAccessManager;

namespace sitrep {

class AlertService;
class AlertSync;
class AlertmanagerClient;
class Database;
class EndpointClient;
class EndpointStore;
class PrometheusClient;
class SecretStore;
class DetectionSync;
class IncidentService;
class ResolutionVerifier;

// The use cases of monitoring: adding, listing and removing endpoints (their secrets in the
// keychain), their health, one loop per endpoint (alert sync for an Alertmanager, detection
// for a Prometheus), detecting and verifying on demand, and silencing at Alertmanager. Its
// stores and remote clients stay inside.
class MonitoringService : public QObject
{
    Q_OBJECT
public:
    MonitoringService(Database &database, IncidentService &incidents, const Clock &clock,
                      QObject *parent = nullptr);
    ~MonitoringService() override;

    [[nodiscard]] AlertService &alerts() { return *m_alerts; }
    // The configured endpoints by name, one of them, and what is known of its health.
    [[nodiscard]] Result<QList<Endpoint>> endpoints();
    [[nodiscard]] Result<std::optional<Endpoint>> endpoint(const QString &name);
    [[nodiscard]] Result<EndpointHealth> health(const QString &endpoint);
    // Records an endpoint's health as its loop would (tests of stale and failing endpoints).
    [[nodiscard]] Result<void> saveEndpoint(const Endpoint &endpoint);
    // For wiring in app/: the keychain and the GUI thread's network, shared with the chat
    // channels.
    [[nodiscard]] SecretStore &secrets() { return *m_secrets; }
    [[nodiscard]] QNetworkAccessManager &network() { return *m_network; }
    [[nodiscard]] const QList<AlertSync *> &syncs() const { return m_syncs; }
    [[nodiscard]] const QList<DetectionSync *> &detections() const { return m_detections; }
    [[nodiscard]] Detector &detector() { return *m_detector; }
    [[nodiscard]] ResolutionVerifier &verifier() { return *m_verifier; }

    // The rules that open incidents and the checks that verify a resolution.
    void setDetectionRules(DetectionRulesFile rules);
    [[nodiscard]] const DetectionRulesFile &detectionRules() const { return m_rules; }
    // The Prometheus the resolution checks ask: the first configured one (by name).
    [[nodiscard]] Result<std::optional<Endpoint>> verificationEndpoint();
    // Evaluates the rules once at `at` against `endpoint` (configured or given by URL).
    void detect(const Endpoint &endpoint, const QDateTime &at,
                std::function<void(Result<QList<DetectionReport>>)> done);
    // Evaluates `rules` once against the verification endpoint and declares nothing: the
    // Settings window's preview of a rules file before it is saved.
    void preview(const QList<DetectionRule> &rules,
                 std::function<void(Result<QList<RuleOutcome>>)> done);
    // Runs the resolution checks of `incident` at `at` against `endpoint`, or against the
    // verification endpoint when none is given.
    void verify(IncidentId incident, std::optional<Endpoint> endpoint, const QDateTime &at,
                std::function<void(Result<ResolutionVerification>)> done);

    // Validates and saves an endpoint; a secret goes to the keychain first, and the endpoint
    // is saved only once it is there. `done` gets the problem, if any.
    void addEndpoint(const Endpoint &endpoint, const QString &secret,
                     std::function<void(QString)> done);
    void removeEndpoint(const QString &name, std::function<void(QString)> done);

    // A sync loop for an endpoint (configured or given by URL); owned by this object.
    AlertSync *syncFor(const Endpoint &endpoint);
    // A detection loop for a Prometheus endpoint; owned by this object.
    DetectionSync *detectionFor(const Endpoint &endpoint);
    // Starts a loop for every configured endpoint. Returns the problem, if any.
    QString startAll();
    void stopAll();

    // Silences an alert group at the endpoint that reported its alerts; `done` gets the problem.
    void silenceGroup(const QString &groupKey, std::chrono::seconds duration,
                      const QString &comment, const QString &author,
                      std::function<void(QString)> done);

    // Ends a silence created from Sitrep, at the endpoint that holds it.
    void expireSilence(const QString &id, std::function<void(QString)> done);

    [[nodiscard]] PrometheusClient &prometheus() { return *m_prometheus; }
    // Runs `use` with the endpoint's secret (read from the keychain if it needs one), or with
    // the problem reading it.
    void withSecret(const Endpoint &endpoint, std::function<void(QString secret, QString)> use);

Q_SIGNALS:
    void healthChanged(const QString &endpoint, const sitrep::EndpointHealth &health);

private:
    // The verification endpoint, or `missing` (what cannot be done without one) in words.
    [[nodiscard]] Result<Endpoint> configuredPrometheus(const QString &missing);
    // Resolving needs verified checks exactly when there is a Prometheus to check against.
    void updateVerificationRequirement();

    Database &m_database;
    const Clock &m_clock;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<EndpointClient> m_client;
    std::unique_ptr<AlertmanagerClient> m_alertmanager;
    std::unique_ptr<PrometheusClient> m_prometheus;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<EndpointStore> m_endpoints;
    std::unique_ptr<AlertService> m_alerts;
    std::unique_ptr<Detector> m_detector;
    std::unique_ptr<ResolutionVerifier> m_verifier;
    DetectionRulesFile m_rules;
    QList<AlertSync *> m_syncs;
    QList<DetectionSync *> m_detections;
};

} // namespace sitrep
