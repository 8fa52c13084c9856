#include "pagerdutyacknowledgements.h"

#include "incidentservice.h"
#include "keychainanswer.h"
#include "messaging.h"
#include "sync/chatclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QUrlQuery>

namespace sitrep {

namespace {
Q_LOGGING_CATEGORY(pagerDutyLog, "sitrep.pagerduty")
}

PagerDutyAcknowledgements::PagerDutyAcknowledgements(IncidentService &incidents,
                                                     Messaging &messaging, QObject *parent)
    : QObject(parent),
      m_incidents(incidents),
      m_messaging(messaging),
      m_secrets(messaging.secrets()),
      m_client(messaging.client())
{
    m_timer.setInterval(30'000);
    connect(&m_timer, &QTimer::timeout, this, &PagerDutyAcknowledgements::poll);
}

void PagerDutyAcknowledgements::start()
{
    m_timer.start();
    poll();
}

std::optional<QString> PagerDutyAcknowledgements::acknowledger(const QByteArray &answer)
{
    for (const QJsonValue &incident :
         QJsonDocument::fromJson(answer).object().value(u"incidents").toArray()) {
        const QString status = incident[u"status"].toString();
        const QJsonArray acknowledgements = incident[u"acknowledgements"].toArray();
        if (status == u"acknowledged" || (status == u"resolved" && !acknowledgements.isEmpty())) {
            const QString who = acknowledgements.isEmpty()
                    ? QString()
                    : acknowledgements.last()[u"acknowledger"][u"summary"].toString();
            return who.isEmpty() ? QStringLiteral("PagerDuty")
                                 : QStringLiteral("%1 (PagerDuty)").arg(who);
        }
    }
    return std::nullopt;
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
                    const QString token = secret.section(u'\n', 1, 1).trimmed();
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
        QUrl url = channel.pagerDutyRestUrl(QStringLiteral("incidents"));
        url.setQuery(QUrlQuery {{QStringLiteral("incident_key"), QString::number(incident.id)}});
        ++m_pending;
        m_client.get(url,
                     {{"Authorization", "Token token=" + token.toUtf8()},
                      {"Accept", "application/vnd.pagerduty+json;version=2"}},
                     channel.timeout, [this, id = incident.id](const HttpAnswer &answer) {
                         if (answer.status == 200)
                             if (const std::optional<QString> who = acknowledger(answer.body))
                                 if (auto done = m_incidents.acknowledge(id, *who); !done)
                                     qCInfo(pagerDutyLog).noquote() << done.error();
                         if (--m_pending == 0)
                             Q_EMIT polled();
                     });
    }
}

} // namespace sitrep
