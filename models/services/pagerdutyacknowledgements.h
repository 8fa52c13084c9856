#pragma once

#include "domain/clock.h"
#include "domain/delivery.h"

#include <QObject>
#include <QTimer>

namespace sitrep {

class ChatClient;
class IncidentService;
class Messaging;
class SecretStore;

// Acknowledgements made in PagerDuty come back: for every PagerDuty channel whose secret holds a
// REST API token on its second line, the open unacknowledged incidents are looked up by their
// dedup key (GET /incidents?incident_key=ID) every 30 seconds, and one PagerDuty reports
// acknowledged (or resolved after an acknowledgement) is acknowledged here, in the name of
// whoever acknowledged it there. That stops Sitrep's escalation and records MTTA.
class PagerDutyAcknowledgements : public QObject
{
    Q_OBJECT
public:
    PagerDutyAcknowledgements(IncidentService &incidents, Messaging &messaging,
                              QObject *parent = nullptr);

    void start();
    void poll();
    // Who acknowledged the incident in a GET /incidents answer, if anyone.
    [[nodiscard]] static std::optional<QString> acknowledger(const QByteArray &answer);

Q_SIGNALS:
    // One poll of every channel finished.
    void polled();

private:
    void pollChannel(const Channel &channel, const QString &token);

    IncidentService &m_incidents;
    Messaging &m_messaging;
    SecretStore &m_secrets;
    ChatClient &m_client;
    QTimer m_timer;
    int m_pending = 0;
};

} // namespace sitrep
