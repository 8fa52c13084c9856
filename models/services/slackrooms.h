#pragma once

#include "domain/channel.h"
#include "domain/chatroom.h"
#include "domain/delivery.h"
#include "domain/incident.h"
#include "domain/result.h"

#include <functional>

#include <QCoreApplication>
#include <QJsonObject>

namespace sitrep {

class ChatClient;
class Database;

// The incident's own Slack channel (a war room per incident): created through the Web API,
// its responders invited (by email address, as Slack knows them), the declaration posted
// there. Opened once: an attempt after a failure finds it in the cache and goes on.
class SlackRooms
{
    Q_DECLARE_TR_FUNCTIONS(SlackRooms)
public:
    SlackRooms(Database &database, ChatClient &client);

    // `then` gets the problem, in words, or nothing.
    void open(const OutboxMessage &message, const Channel &channel, const QString &secret,
              std::function<void(QString)> then);

private:
    // One Web API call; `then` gets the reply, or the problem in words.
    void call(const Channel &channel, const QString &secret, const QString &method,
              const QJsonObject &arguments, std::function<void(QJsonObject, QString)> then);
    void inviteResponders(const Channel &channel, const QString &secret, const ChatRoom &room,
                          const Incident &incident, std::function<void(QString)> then);

    Database &m_database;
    ChatClient &m_client;
};

} // namespace sitrep
