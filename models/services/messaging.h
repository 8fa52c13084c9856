#pragma once

#include "domain/channel.h"
#include "domain/clock.h"
#include "outboxdispatcher.h"
#include "storage/channelstore.h"
#include "storage/outboxstore.h"
#include "sync/chatclient.h"
#include "sync/mailclient.h"

#include <QObject>

class QNetworkAccessManager;

namespace sitrep {

class Database;
class SecretStore;

// Everything that tells people: the channels and their secrets, the chat client and the
// outbox with its dispatcher.
class Messaging : public QObject
{
    Q_OBJECT
public:
    Messaging(Database &database, QNetworkAccessManager &network, SecretStore &secrets,
              const Clock &clock, QObject *parent = nullptr);

    [[nodiscard]] ChannelStore &channels() { return m_channels; }
    [[nodiscard]] OutboxStore &outbox() { return m_outbox; }
    [[nodiscard]] OutboxDispatcher &dispatcher() { return m_dispatcher; }
    [[nodiscard]] ChatClient &client() { return m_client; }
    [[nodiscard]] SecretStore &secrets() { return m_secrets; }

    // Validates and saves a channel; its secret (webhook URL or token) goes to the keychain
    // first, and the channel is saved only once it is there. `done` gets the problem, if any.
    void addChannel(const Channel &channel, const QString &secret,
                    std::function<void(QString)> done);
    void removeChannel(const QString &name, std::function<void(QString)> done);
    // Posts a test message straight to the channel (not through the outbox); `done` gets the
    // receiver's answer in words and whether it was delivered.
    void testChannel(const QString &name, std::function<void(QString answer, bool ok)> done);

Q_SIGNALS:
    void channelsChanged();

private:
    Database &m_database;
    SecretStore &m_secrets;
    const Clock &m_clock;
    ChatClient m_client;
    MailClient m_mail;
    ChannelStore m_channels;
    OutboxStore m_outbox;
    OutboxDispatcher m_dispatcher;
};

} // namespace sitrep
