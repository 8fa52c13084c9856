#pragma once

#include "domain/channel.h"
#include "domain/chatroom.h"
#include "domain/incident.h"
#include "domain/outboxmessage.h"
#include "domain/result.h"

#include <functional>

#include <QCoreApplication>

namespace sitrep {

class Database;
class SlackWebApi;

// The incident's own Slack channel (a war room per incident): created through the Web API,
// its responders invited (by email address, as Slack knows them), the declaration posted
// there. Opened once across the team: an attempt after a failure finds it in the cache (pulled
// from the team too) and goes on.
class SlackRooms
{
    Q_DECLARE_TR_FUNCTIONS(SlackRooms)
public:
    SlackRooms(Database &database, SlackWebApi &slack);

    // Whether delivering `message` to `channel` opens the incident's own channel first: a
    // declaration to a slack-api channel set to open one per incident.
    [[nodiscard]] static bool wanted(const Channel &channel, const OutboxMessage &message);
    // The channel as the main conversation hears it once the room is open.
    [[nodiscard]] static Channel mainChannel(const Channel &channel);

    // `then` gets the problem, in words, or nothing.
    void open(const OutboxMessage &message, const Channel &channel, const QString &secret,
              std::function<void(QString)> then);
    // Keeps the room a channel opened for the incident, and tells the team in the same
    // transaction: every console shows it, and an attempt on another console (the first one's
    // lease ran out) finds it instead of opening a second room.
    [[nodiscard]] Result<void> keep(const QString &channel, IncidentId incident,
                                    const ChatRoom &room);

private:
    void inviteResponders(const Channel &channel, const QString &secret, const ChatRoom &room,
                          const Incident &incident, std::function<void(QString)> then);

    Database &m_database;
    SlackWebApi &m_slack;
};

} // namespace sitrep
