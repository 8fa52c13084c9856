#include "messagingservice.h"

#include "domain/announcement.h"
#include "keychainanswer.h"
#include "storage/channelstore.h"
#include "storage/database.h"
#include "storage/incidentstore.h"
#include "storage/outboxstore.h"
#include "storage/transaction.h"
#include "sync/channelapis.h"
#include "sync/chatclient.h"
#include "sync/mailclient.h"
#include "sync/secretstore.h"
#include "teamrecorder.h"

#include <QJsonDocument>
#include <QUuid>

namespace sitrep {

MessagingService::MessagingService(Database &database, QNetworkAccessManager &network,
                                   SecretStore &secrets, const Clock &clock, QObject *parent)
    : QObject(parent),
      m_database(database),
      m_secrets(secrets),
      m_clock(clock),
      m_client(std::make_unique<ChatClient>(network)),
      m_mail(std::make_unique<MailClient>()),
      m_apis(std::make_unique<ChannelApis>(*m_client, *m_mail)),
      m_channels(std::make_unique<ChannelStore>(database)),
      m_outbox(std::make_unique<OutboxStore>(database)),
      m_dispatcher(std::make_unique<OutboxDispatcher>(database, *m_apis, secrets, clock))
{ }

MessagingService::~MessagingService() = default;

Result<QList<Channel>> MessagingService::channels()
{
    return m_channels->list();
}

QUrl MessagingService::apiUrl(const Channel &channel)
{
    switch (channel.kind) {
    case Channel::Kind::SlackApi:
        return SlackWebApi::baseUrl(channel);
    case Channel::Kind::Statuspage:
        return StatuspageApi::baseUrl(channel);
    case Channel::Kind::PagerDuty:
        return PagerDutyApi::eventsUrl(channel);
    default:
        return channel.apiUrl;
    }
}

Result<QList<OutboxMessage>> MessagingService::recentMessages(int limit)
{
    Result<QList<OutboxMessage>> recent = m_outbox->recent(limit);
    if (!recent)
        return recent;
    // The outbox keeps the local id; a team's console calls incidents by the team's label.
    IncidentStore incidents(m_database);
    QHash<IncidentId, QString> labels;
    for (OutboxMessage &message : recent.value()) {
        if (message.incident <= 0)
            continue;
        auto known = labels.constFind(message.incident);
        if (known == labels.cend())
            known = labels.insert(message.incident, incidents.labelOf(message.incident));
        message.incidentLabel = *known;
    }
    return recent;
}

Result<int> MessagingService::messageCount(OutboxMessage::State state)
{
    return m_outbox->count(state);
}

Result<QList<ChatRoom>> MessagingService::roomsOf(IncidentId incident)
{
    return m_outbox->roomsOf(incident);
}

void MessagingService::addChannel(const Channel &channel, const QString &secret,
                                  std::function<void(QString)> done)
{
    if (auto problem = ChannelRules::problem(channel))
        return done(*problem);
    if (auto problem = ChannelRules::secretProblem(channel, secret))
        return done(*problem);
    if (channel.kind == Channel::Kind::Webhook && !channel.bodyTemplate.isEmpty()) {
        QJsonParseError error;
        QJsonDocument::fromJson(WebhookApi::fillTemplate(channel.bodyTemplate,
                                                         AnnouncementText::sample(m_clock.now())),
                                &error);
        if (error.error != QJsonParseError::NoError)
            return done(tr("The template does not make valid JSON once filled in: %1 (at "
                           "character %2).")
                                .arg(error.errorString())
                                .arg(error.offset));
    }
    const auto save = [this, channel, done] {
        Transaction transaction(m_database);
        Result<void> saved = transaction.begun();
        if (saved)
            saved = m_channels->save(channel);
        if (saved)
            saved = TeamRecorder(m_database)
                            .document(TeamDocumentStore::Kind::Channel, channel.name);
        if (saved)
            saved = transaction.commit();
        if (saved)
            Q_EMIT channelsChanged();
        done(saved ? QString() : saved.error());
    };
    if (!channel.needsSecret())
        return save();
    onceFor(m_secrets, &SecretStore::written, channel.secretKey(), this,
            [save, done](const QString &error) {
                if (!error.isEmpty())
                    return done(error);
                save();
            });
    m_secrets.write(channel.secretKey(), secret.trimmed());
}

void MessagingService::removeChannel(const QString &name, std::function<void(QString)> done)
{
    const Result<std::optional<Channel>> found = m_channels->find(name);
    if (!found)
        return done(found.error());
    if (!found.value())
        return done(tr("There is no channel named %1.").arg(name));
    {
        Transaction transaction(m_database);
        Result<void> removed = transaction.begun();
        if (removed) {
            const Result<bool> gone = m_channels->remove(name);
            if (!gone)
                removed = Error {gone.error()};
        }
        if (removed)
            removed = TeamRecorder(m_database).document(TeamDocumentStore::Kind::Channel, name);
        if (removed) {
            const Result<int> failed = m_outbox->failChannel(
                    name, tr("channel %1 was removed before this was delivered").arg(name));
            if (!failed)
                removed = Error {failed.error()};
        }
        if (removed)
            removed = transaction.commit();
        if (!removed)
            return done(removed.error());
    }
    Q_EMIT channelsChanged();
    if (!found.value()->needsSecret())
        return done({});
    onceFor(m_secrets, &SecretStore::removed, found.value()->secretKey(), this,
            [done](const QString &error) { done(error); });
    m_secrets.remove(found.value()->secretKey());
}

void MessagingService::testChannel(const QString &name, std::function<void(QString, bool)> done)
{
    if (const QString refused = TeamRecorder::refusal(m_database); !refused.isEmpty())
        return done(refused, false);
    const Result<std::optional<Channel>> found = m_channels->find(name);
    if (!found)
        return done(found.error(), false);
    if (!found.value())
        return done(tr("There is no channel named %1.").arg(name), false);
    const Channel channel = *found.value();
    const auto probeWith = [this, channel, done](const QString &secret) {
        if (channel.kind == Channel::Kind::Statuspage) {
            // A test must not open an incident on the public page: it reads the page instead.
            return m_apis->statuspage().probe(
                    channel, secret, [done](const DeliveryOutcome &outcome) {
                        done(outcome.answer,
                             outcome.verdict == DeliveryOutcome::Verdict::Delivered);
                    });
        }
        OutboxMessage probe;
        probe.key = QUuid::createUuid().toString(QUuid::WithoutBraces);
        probe.channel = channel.name;
        const Announcement sample = AnnouncementText::sample(m_clock.now());
        probe.payload = ChannelApis::payload(channel, sample);
        probe.text = AnnouncementText::headline(sample);
        m_dispatcher->attempt(probe, channel, secret, [done](const DeliveryOutcome &outcome) {
            done(outcome.answer, outcome.verdict == DeliveryOutcome::Verdict::Delivered);
        });
    };
    if (!channel.needsSecret())
        return probeWith({});
    onceFor(m_secrets, &SecretStore::secretRead, channel.secretKey(), this,
            [probeWith, done](const QString &secret, const QString &error) {
                if (!error.isEmpty())
                    return done(error, false);
                probeWith(secret);
            });
    m_secrets.read(channel.secretKey());
}

} // namespace sitrep
