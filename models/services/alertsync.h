#pragma once

#include "alertservice.h"
#include "endpointloop.h"

namespace sitrep {

class AlertmanagerClient;

// Polls one Alertmanager and hands each reply to the AlertService, which ingests it on a
// worker. A failed poll leaves the cache as it was.
class AlertSync : public EndpointLoop
{
    Q_OBJECT
public:
    AlertSync(Endpoint endpoint, AlertmanagerClient &client, AlertService &alerts,
              EndpointStore &endpoints, SecretStore &secrets, const Clock &clock,
              QObject *parent = nullptr);

    // What the last successful poll changed.
    [[nodiscard]] const IngestReport &lastReport() const { return m_lastReport; }

protected:
    void request(const QString &secret) override;

private:
    AlertmanagerClient &m_client;
    AlertService &m_alerts;
    IngestReport m_lastReport;
};

} // namespace sitrep
