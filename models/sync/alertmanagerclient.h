#pragma once

#include "domain/alert.h"
#include "domain/endpoint.h"

#include <functional>

#include <QObject>

namespace sitrep {

class EndpointClient;

// Alertmanager's API v2: the alerts, and silences. Replies are parsed on a worker thread, so a
// reply of thousands of alerts never stalls the window.
class AlertmanagerClient : public QObject
{
    Q_OBJECT
public:
    explicit AlertmanagerClient(EndpointClient &client, QObject *parent = nullptr);

    void fetchAlerts(const Endpoint &endpoint, const QString &secret,
                     std::function<void(Result<QList<Alert>>)> done);
    // Returns the new silence's id.
    void createSilence(const Endpoint &endpoint, const QString &secret, const Silence &silence,
                       std::function<void(Result<QString>)> done);
    void expireSilence(const Endpoint &endpoint, const QString &secret, const QString &id,
                       std::function<void(Result<void>)> done);

private:
    EndpointClient &m_client;
};

} // namespace sitrep
