#include "teammembers.h"

#include "sqlerrors.h"

#include <QSqlError>
#include <QSqlQuery>

namespace sitrep {

namespace {

QString said(const QSqlQuery &query)
{
    return SqlErrors::said(query.lastError());
}

} // namespace

Result<TeamRole> TeamMembers::mine()
{
    QSqlQuery query(m_database);
    if (!query.exec(QStringLiteral("SELECT to_regprocedure('sitrep_role()') IS NOT NULL"))
        || !query.next())
        return Error {
                tr("Could not ask the team server for this login's role: %1").arg(said(query))};
    if (!query.value(0).toBool())
        return TeamRole::Responder;
    if (!query.exec(QStringLiteral("SELECT sitrep_role()")) || !query.next())
        return Error {
                tr("Could not ask the team server for this login's role: %1").arg(said(query))};
    return TeamRoles::parse(query.value(0).toString()).value_or(TeamRole::None);
}

Result<void> TeamMembers::grant(const QString &login, TeamRole role, const QString &verifier)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT sitrep_grant(?, ?, ?)"));
    query.addBindValue(login);
    query.addBindValue(TeamRoles::key(role));
    query.addBindValue(verifier.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : verifier);
    if (!query.exec())
        return Error {tr("The team server did not grant %1 the role %2: %3")
                              .arg(login, TeamRoles::displayName(role), said(query))};
    return {};
}

Result<QList<TeamMember>> TeamMembers::list()
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT login, role FROM sitrep_members()")))
        return Error {tr("Could not list the team's logins: %1").arg(said(query))};
    QList<TeamMember> members;
    while (query.next())
        members.append({query.value(0).toString(),
                        TeamRoles::parse(query.value(1).toString()).value_or(TeamRole::None)});
    return members;
}

} // namespace sitrep
