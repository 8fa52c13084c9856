#pragma once

#include "domain/channel.h"
#include "domain/clock.h"

#include <QObject>
#include <QTimer>

namespace sitrep {

class PagerDutyApi;
class IncidentService;
class MessagingService;
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
    PagerDutyAcknowledgements(IncidentService &incidents, MessagingService &messaging,
                              QObject *parent = nullptr);

    void start();
    void poll();

Q_SIGNALS:
    // One poll of every channel finished.
    void polled();

private:
    void pollChannel(const Channel &channel, const QString &token);

    IncidentService &m_incidents;
    MessagingService &m_messaging;
    SecretStore &m_secrets;
    PagerDutyApi &m_pagerDuty;
    QTimer m_timer;
    int m_pending = 0;
};

} // namespace sitrep
