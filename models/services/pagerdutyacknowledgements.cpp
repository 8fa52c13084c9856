#include "pagerdutyacknowledgements.h"

#include "incidentservice.h"
#include "keychainanswer.h"
#include "messagingservice.h"
#include "sync/channelapis.h"

#include <QLoggingCategory>

namespace sitrep {

namespace {
Q_LOGGING_CATEGORY(pagerDutyLog, "sitrep.pagerduty")
}

PagerDutyAcknowledgements::PagerDutyAcknowledgements(IncidentService &incidents,
                                                     MessagingService &messaging, QObject *parent)
    : QObject(parent),
      m_incidents(incidents),
      m_messaging(messaging),
      m_secrets(messaging.secrets()),
      m_pagerDuty(messaging.apis().pagerDuty())
{
    m_timer.setInterval(30'000);
    connect(&m_timer, &QTimer::timeout, this, &PagerDutyAcknowledgements::poll);
}

void PagerDutyAcknowledgements::start()
{
    m_timer.start();
    poll();
}

void PagerDutyAcknowledgements::poll()
{
    if (m_pending > 0)
        return; // the last poll is still waiting for answers
    const Result<QList<Channel>> channels = m_messaging.channels();
    if (!channels) {
        qCWarning(pagerDutyLog).noquote() << channels.error();
        return;
    }
    for (const Channel &channel : channels.value()) {
        if (channel.kind != Channel::Kind::PagerDuty)
            continue;
        ++m_pending;
        onceFor(m_secrets, &SecretStore::secretRead, channel.secretKey(), this,
                [this, channel](const QString &secret, const QString &error) {
                    const QString token = PagerDutyApi::restToken(secret);
                    if (!error.isEmpty() || token.isEmpty()) {
                        if (--m_pending == 0)
                            Q_EMIT polled();
                        return;
                    }
                    pollChannel(channel, token);
                    if (--m_pending == 0)
                        Q_EMIT polled();
                });
        m_secrets.read(channel.secretKey());
    }
    if (m_pending == 0)
        Q_EMIT polled();
}

void PagerDutyAcknowledgements::pollChannel(const Channel &channel, const QString &token)
{
    const Result<QList<Incident>> open = m_incidents.incidents(IncidentSelection::Open);
    if (!open)
        return;
    for (const Incident &incident : open.value()) {
        if (incident.acknowledgedAt.isValid())
            continue;
        ++m_pending;
        m_pagerDuty.acknowledger(channel, token, incident.id,
                                 [this, id = incident.id](const std::optional<QString> &who) {
                                     if (who)
                                         if (auto done = m_incidents.acknowledge(id, *who); !done)
                                             qCInfo(pagerDutyLog).noquote() << done.error();
                                     if (--m_pending == 0)
                                         Q_EMIT polled();
                                 });
    }
}

} // namespace sitrep
