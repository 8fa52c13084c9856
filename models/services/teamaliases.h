#pragma once

#include "domain/result.h"
#include "domain/teamchange.h"
#include "teamapplier.h"

#include <QCoreApplication>

namespace sitrep {

class Database;

// One trouble, one incident across the team. Two consoles whose detectors see the same rule
// fire (or the same alert group) each declare an incident with the trouble's key; the one the
// log declared first wins, and the other becomes its alias: resolved as its duplicate, with its
// detections and alerts moved to the winner and its unsent "declared" messages cancelled before
// this console shares its outbox. Every console decides alike from the log's order, so no change
// is written for it. Runs after a pulled page is applied and recorded, in its transaction.
class TeamAliases
{
    Q_DECLARE_TR_FUNCTIONS(TeamAliases)
public:
    explicit TeamAliases(Database &database) : m_database(database) { }

    // Makes aliases of the page's declarations that came second; adds what changed to
    // `applied`.
    [[nodiscard]] Result<void> settle(const QList<TeamChange> &page, TeamApplied &applied);

private:
    [[nodiscard]] Result<void> makeAlias(const TeamChange &declaration, const QString &dedupKey,
                                         const QUuid &winner, TeamApplied &applied);

    Database &m_database;
};

} // namespace sitrep
