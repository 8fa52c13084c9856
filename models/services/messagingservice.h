#pragma once

#include "domain/channel.h"
#include "domain/chatroom.h"
#include "domain/clock.h"
#include "domain/outboxmessage.h"
#include "outboxdispatcher.h"

#include <memory>

#include <QObject>

class QNetworkAccessManager;

namespace sitrep {

class ChannelApis;
class ChannelStore;
class ChatClient;
class Database;
class MailClient;
class OutboxStore;
class SecretStore;

// The use cases of telling people: adding, testing and removing channels (their secrets in the
// keychain), reading the outbox, and the dispatcher that delivers it through the remote APIs.
// Its stores and clients stay inside.
class MessagingService : public QObject
{
    Q_OBJECT
public:
    MessagingService(Database &database, QNetworkAccessManager &network, SecretStore &secrets,
                     const Clock &clock, QObject *parent = nullptr);

    ~MessagingService() override;

    [[nodiscard]] Result<QList<Channel>> channels();
    // The base URL of the API a channel calls: its api_url, or the API's own default.
    [[nodiscard]] static QUrl apiUrl(const Channel &channel);
    // The newest messages of the outbox, newest first, and how many are in a state.
    [[nodiscard]] Result<QList<OutboxMessage>> recentMessages(int limit);
    [[nodiscard]] Result<int> messageCount(OutboxMessage::State state);
    // The chat rooms opened for an incident.
    [[nodiscard]] Result<QList<ChatRoom>> roomsOf(IncidentId incident);
    [[nodiscard]] OutboxDispatcher &dispatcher() { return *m_dispatcher; }
    // For wiring in app/: the keychain and the remote APIs, shared with the paging
    // acknowledgements.
    [[nodiscard]] ChannelApis &apis() { return *m_apis; }
    [[nodiscard]] SecretStore &secrets() { return m_secrets; }

    // Validates and saves a channel; its secret (webhook URL or token) goes to the keychain
    // first, and the channel is saved only once it is there. `done` gets the problem, if any.
    void addChannel(const Channel &channel, const QString &secret,
                    std::function<void(QString)> done);
    void removeChannel(const QString &name, std::function<void(QString)> done);
    // Posts a test message straight to the channel (not through the outbox); `done` gets the
    // receiver's answer in words and whether it was delivered.
    void testChannel(const QString &name, std::function<void(QString answer, bool ok)> done);

    // The team changed the channels in this console's file.
    void announceChannelsChanged() { Q_EMIT channelsChanged(); }

Q_SIGNALS:
    void channelsChanged();

private:
    Database &m_database;
    SecretStore &m_secrets;
    const Clock &m_clock;
    std::unique_ptr<ChatClient> m_client;
    std::unique_ptr<MailClient> m_mail;
    std::unique_ptr<ChannelApis> m_apis;
    std::unique_ptr<ChannelStore> m_channels;
    std::unique_ptr<OutboxStore> m_outbox;
    std::unique_ptr<OutboxDispatcher> m_dispatcher;
};

} // namespace sitrep
