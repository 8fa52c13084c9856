#pragma once

#include "domain/outboxmessage.h"
#include "domain/result.h"

#include <QCoreApplication>

namespace sitrep {

class Database;

// This console's side of the team's outbox, in its SQLite file: what the team is still to be
// told (messages made here, and what became of messages while the server was out of reach),
// the messages this console leased from the team (kept as rows of its outbox, so the panel
// shows them and delivery reads them like its own), and the team's word on the rest.
class OutboxTeamCopy
{
    Q_DECLARE_TR_FUNCTIONS(OutboxTeamCopy)
public:
    explicit OutboxTeamCopy(Database &database) : m_database(database) { }

    // Up to `limit` messages whose state the team has not heard, oldest first.
    [[nodiscard]] Result<QList<TeamOutboxMessage>> unsynced(int limit);
    // The team now holds these as they were read; a message changed since stays unsynced.
    [[nodiscard]] Result<void> markSynced(const QList<TeamOutboxMessage> &messages);
    // A message this console leased: its local row (made if new), with the thread the team
    // knows for its incident. A row with news the team has not heard (delivered here while
    // apart) keeps it, and is not to be sent again.
    [[nodiscard]] Result<OutboxMessage> adopt(const TeamOutboxMessage &leased);
    // Keys of pending messages the team holds: their fate is decided by whoever leases them.
    [[nodiscard]] Result<QStringList> awaited(int limit);
    // Writes what the team says became of them; how many rows changed.
    [[nodiscard]] Result<int> applyStates(const QList<TeamOutboxMessage> &states);
    // The team's messages this file has no row for, kept as the team's (never sent from here
    // unless leased, when adopt() brings the body) so the outbox panel shows every message;
    // how many were new.
    [[nodiscard]] Result<int> mirror(const QList<TeamOutboxMessage> &messages);

private:
    // The message's incident in this file; 0 for none, or one not pulled here yet.
    [[nodiscard]] Result<IncidentId> localIncident(const TeamOutboxMessage &shared);

    Database &m_database;
};

} // namespace sitrep
