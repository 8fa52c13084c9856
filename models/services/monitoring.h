#pragma once

#include "domain/alertrouting.h"
#include "domain/clock.h"
#include "storage/endpointstore.h"
#include "sync/alertmanagerclient.h"
#include "sync/endpointclient.h"
#include "sync/secretstore.h"

#include <memory>

#include <QNetworkAccessManager>
#include <QObject>

namespace sitrep {

class AlertService;
class AlertSync;
class Database;
class IncidentService;

// Everything that talks to monitoring, built once: the endpoints and their secrets, the
// network, the Alertmanager client, the alert service and one sync loop per Alertmanager
// endpoint.
class Monitoring : public QObject
{
    Q_OBJECT
public:
    Monitoring(Database &database, IncidentService &incidents, const Clock &clock,
               QObject *parent = nullptr);
    ~Monitoring() override;

    [[nodiscard]] AlertService &alerts() { return *m_alerts; }
    [[nodiscard]] EndpointStore &endpoints() { return m_endpoints; }
    [[nodiscard]] SecretStore &secrets() { return m_secrets; }
    [[nodiscard]] AlertmanagerClient &alertmanager() { return m_alertmanager; }
    [[nodiscard]] const QList<AlertSync *> &syncs() const { return m_syncs; }

    // Validates and saves an endpoint; a secret goes to the keychain first, and the endpoint
    // is saved only once it is there. `done` gets the problem, if any.
    void addEndpoint(const Endpoint &endpoint, const QString &secret,
                     std::function<void(QString)> done);
    void removeEndpoint(const QString &name, std::function<void(QString)> done);

    // A sync loop for an endpoint (configured or given by URL); owned by this object.
    AlertSync *syncFor(const Endpoint &endpoint);
    // Starts a loop for every configured Alertmanager endpoint. Returns the problem, if any.
    QString startAll();
    void stopAll();

    // Silences an alert group at the endpoint that reported its alerts; `done` gets the problem.
    void silenceGroup(const QString &groupKey, std::chrono::seconds duration,
                      const QString &comment, const QString &author,
                      std::function<void(QString)> done);

    // Ends a silence created from Sitrep, at the endpoint that holds it.
    void expireSilence(const QString &id, std::function<void(QString)> done);

Q_SIGNALS:
    void healthChanged(const QString &endpoint, const sitrep::EndpointHealth &health);

private:
    // Runs `use` with the endpoint's secret (read from the keychain if it needs one).
    void withSecret(const Endpoint &endpoint, std::function<void(QString secret, QString)> use);

    Database &m_database;
    const Clock &m_clock;
    QNetworkAccessManager m_network;
    EndpointClient m_client;
    AlertmanagerClient m_alertmanager;
    SecretStore m_secrets;
    EndpointStore m_endpoints;
    std::unique_ptr<AlertService> m_alerts;
    QList<AlertSync *> m_syncs;
};

} // namespace sitrep
