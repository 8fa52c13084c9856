#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QUuid>

namespace sitrep {

// Who did a side effect that must happen once across the team (an escalation step's page):
// the first console to claim it.
struct TeamClaim
{
    bool won = false;
    QString holder; // the login whose console holds it
};

// Claims on the team's server, through sitrep_claim: the claim is the insert of (what, key),
// so of two consoles claiming at once exactly one wins, and a console asking again learns
// that it already holds it.
class TeamClaims
{
    Q_DECLARE_TR_FUNCTIONS(TeamClaims)
public:
    explicit TeamClaims(QSqlDatabase database) : m_database(std::move(database)) { }

    [[nodiscard]] Result<TeamClaim> claim(const QString &what, const QString &key,
                                          const QUuid &console);

private:
    QSqlDatabase m_database;
};

} // namespace sitrep
