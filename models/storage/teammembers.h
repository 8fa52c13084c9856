#pragma once

#include "domain/result.h"
#include "domain/teamrole.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace sitrep {

// Who may do what on the team's server, through its functions: the signed-in login's role,
// granting one (owners only; the server checks), and the list of the team's logins.
class TeamMembers
{
    Q_DECLARE_TR_FUNCTIONS(TeamMembers)
public:
    explicit TeamMembers(QSqlDatabase database) : m_database(std::move(database)) { }

    // The role of the login this connection signed in with. A server from before roles
    // (schema 3 and older) let every login write: a responder there.
    [[nodiscard]] Result<TeamRole> mine();
    // Creates `login` with the password's SCRAM verifier, or changes its role (and its password
    // when one is given: `verifier` not empty).
    [[nodiscard]] Result<void> grant(const QString &login, TeamRole role, const QString &verifier);
    [[nodiscard]] Result<QList<TeamMember>> list();

private:
    QSqlDatabase m_database;
};

} // namespace sitrep
