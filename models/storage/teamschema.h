#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace sitrep {

// The team's shared schema in PostgreSQL: an append-only log of changes in one gapless order,
// written only through the server's functions (SECURITY DEFINER), which number the changes,
// apply a resent change once, refuse one stamped far in the future and notify listeners with
// the newest number. Migrations run forward only, each step in its own transaction, under an
// advisory lock so two consoles migrating at once take turns.
class TeamSchema
{
    Q_DECLARE_TR_FUNCTIONS(TeamSchema)
public:
    static constexpr int latest = 6;
    // The channel LISTEN/NOTIFY uses; its payload is only the newest sequence number.
    static constexpr const char *notifyChannel = "sitrep_changes";
    // Presence changed; the payload is the login whose console said so.
    static constexpr const char *presenceChannel = "sitrep_presence";
    // The team's outbox has messages to deliver (put, or settled and due again).
    static constexpr const char *outboxChannel = "sitrep_outbox";

    // Whether the server is a standby (in recovery): it takes no writes and cannot LISTEN.
    [[nodiscard]] static Result<bool> standby(QSqlDatabase database);
    // The server's schema version: 0 when it has none yet.
    [[nodiscard]] static Result<int> version(QSqlDatabase database);
    // Brings the server's schema up to `to` (tests stop at older versions). Refuses a server
    // newer than this console.
    [[nodiscard]] static Result<int> migrate(QSqlDatabase database, int to = latest);
};

} // namespace sitrep
