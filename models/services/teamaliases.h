#pragma once

#include "domain/result.h"
#include "domain/teamchange.h"
#include "teamapplier.h"

#include <QCoreApplication>

namespace sitrep {

class Database;

// One trouble, one incident across the team. Two consoles whose detectors see the same rule
// fire (or the same alert group) each declare an incident with the trouble's key; the server
// decides, as the declarations enter its log, that the second is an alias of the first while
// that one is open (TeamTroubles). Here the alias is resolved as its duplicate, with its
// detections and alerts moved to the winner and its unsent "declared" messages cancelled before
// this console shares its outbox. Every console applies the server's one answer, however late
// it pulls, so no change is written for it. Runs after a pulled page is applied and recorded,
// in its transaction.
class TeamAliases
{
    Q_DECLARE_TR_FUNCTIONS(TeamAliases)
public:
    explicit TeamAliases(Database &database) : m_database(database) { }

    // The page's declarations that carry a trouble's key: the server is asked about these.
    [[nodiscard]] static QList<QUuid> troubled(const QList<TeamChange> &page);
    // Makes aliases of the page's declarations the server named (`aliases`: incident → the
    // incident it duplicates); adds what changed to `applied`.
    [[nodiscard]] Result<void> settle(const QList<TeamChange> &page,
                                      const QHash<QUuid, QUuid> &aliases, TeamApplied &applied);

private:
    [[nodiscard]] Result<void> makeAlias(const TeamChange &declaration, const QString &dedupKey,
                                         const QUuid &winner, TeamApplied &applied);

    Database &m_database;
};

} // namespace sitrep
