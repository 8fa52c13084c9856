#pragma once

#include "domain/chatroom.h"
#include "domain/outboxmessage.h"

#include <optional>

#include <QCoreApplication>

namespace sitrep {

class Database;

// The outbox: messages waiting for, or done with, delivery; and the Slack thread each
// incident's messages go under, per channel.
class OutboxStore
{
    Q_DECLARE_TR_FUNCTIONS(OutboxStore)
public:
    explicit OutboxStore(Database &database);

    // Returns the new message's id.
    [[nodiscard]] Result<qint64> enqueue(const OutboxMessage &message);
    // For each channel, its oldest pending message made here if it is due at `now`: messages to
    // one channel go out in order, so a message waiting for its retry holds back the ones after
    // it. (A message leased from the team goes out through the lease, not from here.)
    [[nodiscard]] Result<QList<OutboxMessage>> due(const QDateTime &now);
    // When the next pending message falls due (invalid: nothing is pending).
    [[nodiscard]] Result<QDateTime> nextDue();
    [[nodiscard]] Result<std::optional<OutboxMessage>> find(qint64 id);
    // The newest `limit` messages, newest first.
    [[nodiscard]] Result<QList<OutboxMessage>> recent(int limit);
    [[nodiscard]] Result<int> count(OutboxMessage::State state);
    // Whether the team's outbox already holds what an update writes (the server settled it),
    // or is still to be told (OutboxTeamCopy::unsynced).
    enum class TeamCopy { Stale, Current };
    // Writes the message's delivery fields (state, attempts, times, answer, thread).
    [[nodiscard]] Result<void> update(const OutboxMessage &message,
                                      TeamCopy copy = TeamCopy::Stale);

    // A removed channel's pending messages can never go out: they fail, saying why.
    [[nodiscard]] Result<int> failChannel(const QString &channel, const QString &why);

    [[nodiscard]] Result<QString> thread(const QString &channel, IncidentId incident);
    [[nodiscard]] Result<void> saveThread(const QString &channel, IncidentId incident,
                                          const QString &ts);

    // The Slack channel opened for an incident through `channel`, if any.
    [[nodiscard]] Result<std::optional<ChatRoom>> room(const QString &channel, IncidentId incident);
    [[nodiscard]] Result<QList<ChatRoom>> roomsOf(IncidentId incident);
    [[nodiscard]] Result<void> saveRoom(const QString &channel, IncidentId incident,
                                        const ChatRoom &room);

private:
    Database &m_database;
};

} // namespace sitrep
