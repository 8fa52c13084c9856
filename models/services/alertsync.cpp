#include "alertsync.h"

#include "sync/alertmanagerclient.h"

namespace sitrep {

AlertSync::AlertSync(Endpoint endpoint, AlertmanagerClient &client, AlertService &alerts,
                     EndpointStore &endpoints, SecretStore &secrets, const Clock &clock,
                     QObject *parent)
    : EndpointLoop(std::move(endpoint), endpoints, secrets, clock, parent),
      m_client(client),
      m_alerts(alerts)
{ }

void AlertSync::request(const QString &secret)
{
    m_client.fetchAlerts(endpoint(), secret, [this](Result<QList<Alert>> alerts) {
        if (!alerts)
            return completed(alerts.error());
        m_alerts.ingestInBackground(endpoint().name, std::move(alerts).value(),
                                    [this](Result<IngestReport> ingested) {
                                        if (ingested)
                                            m_lastReport = ingested.value();
                                        completed(ingested ? QString() : ingested.error());
                                    });
    });
}

} // namespace sitrep
