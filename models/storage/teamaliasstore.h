#pragma once

#include "domain/incident.h"
#include "domain/result.h"

#include <optional>

#include <QCoreApplication>
#include <QUuid>

namespace sitrep {

class Database;

// What makes one incident the alias of another in this console's file: the rows that follow an
// incident (its detections, alert groups and alerts, its unsent "declared" messages). Callers
// own the transaction.
class TeamAliasStore
{
    Q_DECLARE_TR_FUNCTIONS(TeamAliasStore)
public:
    explicit TeamAliasStore(Database &database) : m_database(database) { }

    // The rule's detections, the alert groups and alerts of `from` belong to `to` from now on.
    [[nodiscard]] Result<void> repoint(IncidentId from, IncidentId to);
    // `incident`'s "declared" messages not sent yet are cancelled, saying why; the team hears
    // so with the next push. How many.
    [[nodiscard]] Result<int> cancelDeclared(IncidentId incident, const QString &why);

private:
    Database &m_database;
};

} // namespace sitrep
