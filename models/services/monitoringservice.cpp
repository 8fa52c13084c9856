#include "monitoringservice.h"

#include "alertservice.h"
#include "alertsync.h"
#include "detectionsync.h"
#include "incidentservice.h"
#include "resolutionverifier.h"
#include "ruleevaluation.h"
#include "storage/database.h"
#include "storage/endpointstore.h"
#include "sync/alertmanagerclient.h"
#include "sync/endpointclient.h"
#include "sync/prometheusclient.h"
#include "sync/secretstore.h"
#include "teamrecorder.h"

#include <QNetworkAccessManager>

namespace sitrep {

MonitoringService::MonitoringService(Database &database, IncidentService &incidents,
                                     const Clock &clock, QObject *parent)
    : QObject(parent),
      m_database(database),
      m_clock(clock),
      m_network(std::make_unique<QNetworkAccessManager>()),
      m_client(std::make_unique<EndpointClient>(*m_network)),
      m_alertmanager(std::make_unique<AlertmanagerClient>(*m_client)),
      m_prometheus(std::make_unique<PrometheusClient>(*m_client)),
      m_secrets(std::make_unique<SecretStore>()),
      m_endpoints(std::make_unique<EndpointStore>(database)),
      m_alerts(std::make_unique<AlertService>(database, incidents, AlertRouting())),
      m_detector(std::make_unique<Detector>(database, incidents, *m_prometheus)),
      m_verifier(std::make_unique<ResolutionVerifier>(database, incidents, *m_prometheus))
{
    setDetectionRules(DetectionRulesFile::seedDefaults());
    updateVerificationRequirement();
}

Result<QList<Endpoint>> MonitoringService::endpoints()
{
    return m_endpoints->list();
}

Result<std::optional<Endpoint>> MonitoringService::endpoint(const QString &name)
{
    return m_endpoints->find(name);
}

Result<EndpointHealth> MonitoringService::health(const QString &endpoint)
{
    return m_endpoints->health(endpoint);
}

Result<void> MonitoringService::saveEndpoint(const Endpoint &endpoint)
{
    return m_endpoints->save(endpoint);
}

void MonitoringService::setDetectionRules(DetectionRulesFile rules)
{
    m_rules = std::move(rules);
    m_verifier->setChecks(m_rules.verify, m_rules.monitoringWindow);
}

Result<std::optional<Endpoint>> MonitoringService::verificationEndpoint()
{
    const Result<QList<Endpoint>> endpoints = m_endpoints->list();
    if (!endpoints)
        return Error {endpoints.error()};
    for (const Endpoint &endpoint : endpoints.value())
        if (endpoint.kind == Endpoint::Kind::Prometheus)
            return std::optional<Endpoint>(endpoint);
    return std::optional<Endpoint>();
}

void MonitoringService::updateVerificationRequirement()
{
    const Result<std::optional<Endpoint>> endpoint = verificationEndpoint();
    m_verifier->setRequired(endpoint && endpoint.value().has_value());
}

void MonitoringService::detect(const Endpoint &endpoint, const QDateTime &at,
                               std::function<void(Result<QList<DetectionReport>>)> done)
{
    withSecret(endpoint, [this, endpoint, at, done](QString secret, QString problem) {
        if (!problem.isEmpty())
            return done(Error {problem});
        m_detector->evaluate(endpoint, secret, m_rules.rules, at,
                             [done](QList<DetectionReport> reports) { done(reports); });
    });
}

Result<Endpoint> MonitoringService::configuredPrometheus(const QString &missing)
{
    const Result<std::optional<Endpoint>> configured = verificationEndpoint();
    if (!configured)
        return Error {configured.error()};
    if (!configured.value())
        return Error {missing};
    return *configured.value();
}

void MonitoringService::preview(const QList<DetectionRule> &rules,
                                std::function<void(Result<QList<RuleOutcome>>)> done)
{
    const Result<Endpoint> configured
            = configuredPrometheus(tr("There is no Prometheus to evaluate the rules against: add "
                                      "one under Settings → Monitoring endpoints."));
    if (!configured)
        return done(Error {configured.error()});
    const Endpoint endpoint = configured.value();
    withSecret(endpoint, [this, endpoint, rules, done](QString secret, QString problem) {
        if (!problem.isEmpty())
            return done(Error {problem});
        evaluateRules(*m_prometheus, endpoint, secret, rules, m_clock.now(),
                      [done](QList<RuleOutcome> outcomes) { done(outcomes); });
    });
}

void MonitoringService::verify(IncidentId incident, std::optional<Endpoint> endpoint,
                               const QDateTime &at,
                               std::function<void(Result<ResolutionVerification>)> done)
{
    if (!endpoint) {
        const Result<Endpoint> configured = configuredPrometheus(
                tr("There is no Prometheus to run the resolution checks against: add one under "
                   "Settings → Monitoring endpoints."));
        if (!configured)
            return done(Error {configured.error()});
        endpoint = configured.value();
    }
    withSecret(*endpoint,
               [this, incident, target = *endpoint, at, done](QString secret, QString problem) {
                   if (!problem.isEmpty())
                       return done(Error {problem});
                   m_verifier->verify(incident, target, secret, at, done);
               });
}

DetectionSync *MonitoringService::detectionFor(const Endpoint &endpoint)
{
    auto *loop = new DetectionSync(
            endpoint, *m_detector, [this] { return m_rules.rules; }, *m_endpoints, *m_secrets,
            m_clock, this);
    connect(loop, &DetectionSync::healthChanged, this, &MonitoringService::healthChanged);
    m_detections << loop;
    return loop;
}

MonitoringService::~MonitoringService()
{
    stopAll();
}

void MonitoringService::addEndpoint(const Endpoint &endpoint, const QString &secret,
                                    std::function<void(QString)> done)
{
    if (auto problem = EndpointRules::problem(endpoint))
        return done(*problem);
    if (endpoint.needsSecret() && secret.isEmpty())
        return done(tr("Endpoint %1 uses %2 authentication: give its secret.")
                            .arg(endpoint.name, endpointAuthKey(endpoint.auth)));
    const auto save = [this, endpoint, done] {
        const Result<void> saved = m_endpoints->save(endpoint);
        updateVerificationRequirement();
        done(saved ? QString() : saved.error());
    };
    if (!endpoint.needsSecret())
        return save();
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_secrets.get(), &SecretStore::written, this,
                          [connection, key = endpoint.secretKey(), save,
                           done](const QString &written, const QString &error) {
                              if (written != key)
                                  return;
                              QObject::disconnect(*connection);
                              if (error.isEmpty())
                                  save();
                              else
                                  done(error);
                          });
    m_secrets->write(endpoint.secretKey(), secret);
}

void MonitoringService::removeEndpoint(const QString &name, std::function<void(QString)> done)
{
    const Result<std::optional<Endpoint>> found = m_endpoints->find(name);
    if (!found)
        return done(found.error());
    if (!found.value())
        return done(tr("There is no endpoint named %1.").arg(name));
    const Result<bool> removed = m_endpoints->remove(name);
    if (!removed)
        return done(removed.error());
    updateVerificationRequirement();
    if (!found.value()->needsSecret())
        return done({});
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_secrets.get(), &SecretStore::removed, this,
                          [connection, key = found.value()->secretKey(),
                           done](const QString &removedKey, const QString &error) {
                              if (removedKey != key)
                                  return;
                              QObject::disconnect(*connection);
                              done(error);
                          });
    m_secrets->remove(found.value()->secretKey());
}

AlertSync *MonitoringService::syncFor(const Endpoint &endpoint)
{
    auto *sync = new AlertSync(endpoint, *m_alertmanager, *m_alerts, *m_endpoints, *m_secrets,
                               m_clock, this);
    connect(sync, &AlertSync::healthChanged, this, &MonitoringService::healthChanged);
    m_syncs << sync;
    return sync;
}

QString MonitoringService::startAll()
{
    const Result<QList<Endpoint>> endpoints = m_endpoints->list();
    if (!endpoints)
        return endpoints.error();
    // A viewer's console shows the alerts but declares nothing: its detection does not run.
    const bool detects = !TeamRecorder::watchesOnly(m_database);
    for (const Endpoint &endpoint : endpoints.value()) {
        if (endpoint.kind == Endpoint::Kind::Alertmanager)
            syncFor(endpoint)->start();
        else if (detects)
            detectionFor(endpoint)->start();
    }
    return {};
}

void MonitoringService::stopAll()
{
    for (AlertSync *sync : std::as_const(m_syncs))
        sync->stop();
    for (DetectionSync *loop : std::as_const(m_detections))
        loop->stop();
}

void MonitoringService::withSecret(const Endpoint &endpoint,
                                   std::function<void(QString secret, QString problem)> use)
{
    if (!endpoint.needsSecret())
        return use({}, {});
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection
            = connect(m_secrets.get(), &SecretStore::secretRead, this,
                      [connection, key = endpoint.secretKey(),
                       use](const QString &readKey, const QString &secret, const QString &error) {
                          if (readKey != key)
                              return;
                          QObject::disconnect(*connection);
                          use(secret, error);
                      });
    m_secrets->read(endpoint.secretKey());
}

void MonitoringService::expireSilence(const QString &id, std::function<void(QString)> done)
{
    if (const QString refused = TeamRecorder::refusal(m_database); !refused.isEmpty())
        return done(refused);
    const Result<QList<Silence>> silences = m_alerts->silences();
    if (!silences)
        return done(silences.error());
    const auto found = std::find_if(silences.value().begin(), silences.value().end(),
                                    [&id](const Silence &silence) { return silence.id == id; });
    if (found == silences.value().end())
        return done(tr("There is no silence %1 created from Sitrep.").arg(id));
    const Result<std::optional<Endpoint>> endpoint = m_endpoints->find(found->endpoint);
    if (!endpoint)
        return done(endpoint.error());
    if (!endpoint.value())
        return done(tr("Silence %1 is held by endpoint \"%2\", which is not configured any more.")
                            .arg(id, found->endpoint));
    Silence expired = *found;
    const Endpoint target = *endpoint.value();
    withSecret(target, [this, target, expired, done](QString secret, QString problem) mutable {
        if (!problem.isEmpty())
            return done(problem);
        m_alertmanager->expireSilence(
                target, secret, expired.id, [this, expired, done](Result<void> ended) mutable {
                    if (!ended)
                        return done(ended.error());
                    expired.state = QStringLiteral("expired");
                    expired.endsAt = m_clock.now();
                    const Result<void> kept = m_alerts->recordSilence(expired);
                    done(kept ? QString() : kept.error());
                });
    });
}

void MonitoringService::silenceGroup(const QString &groupKey, std::chrono::seconds duration,
                                     const QString &comment, const QString &author,
                                     std::function<void(QString)> done)
{
    if (const QString refused = TeamRecorder::refusal(m_database); !refused.isEmpty())
        return done(refused);
    const Result<std::optional<AlertGroup>> group = m_alerts->groupOf(groupKey);
    if (!group)
        return done(group.error());
    if (!group.value())
        return done(tr("There is no alert group %1.").arg(groupKey));
    const Result<QList<CachedAlert>> alerts = m_alerts->alerts();
    if (!alerts)
        return done(alerts.error());
    QString endpointName;
    for (const CachedAlert &alert : alerts.value()) {
        if (alert.groupKey == groupKey)
            endpointName = alert.endpoint;
    }
    const Result<std::optional<Endpoint>> endpoint = m_endpoints->find(endpointName);
    if (!endpoint)
        return done(endpoint.error());
    if (!endpoint.value())
        return done(tr("The alerts of group %1 came from endpoint \"%2\", which is not "
                       "configured any more.")
                            .arg(groupKey, endpointName));
    if (comment.trimmed().isEmpty())
        return done(tr("Say why the alerts are silenced (a comment)."));
    Silence silence;
    silence.endpoint = endpointName;
    silence.matchers = group.value()->labels;
    silence.startsAt = m_clock.now();
    silence.endsAt = silence.startsAt.addSecs(duration.count());
    silence.createdBy = author;
    silence.comment = comment.trimmed();
    const Endpoint target = *endpoint.value();
    withSecret(target, [this, target, silence, done](QString secret, QString problem) mutable {
        if (!problem.isEmpty())
            return done(problem);
        m_alertmanager->createSilence(
                target, secret, silence, [this, silence, done](Result<QString> id) mutable {
                    if (!id)
                        return done(id.error());
                    silence.id = id.value();
                    const Result<void> kept = m_alerts->recordSilence(silence);
                    done(kept ? QString() : kept.error());
                });
    });
}

} // namespace sitrep
