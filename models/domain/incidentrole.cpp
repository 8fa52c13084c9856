#include "incidentrole.h"

#include <QCoreApplication>

namespace sitrep {

QString roleKey(IncidentRole role)
{
    switch (role) {
    case IncidentRole::Commander:
        return QStringLiteral("commander");
    case IncidentRole::Scribe:
        return QStringLiteral("scribe");
    case IncidentRole::CommunicationsLead:
        return QStringLiteral("communications_lead");
    }
    return {};
}

std::optional<IncidentRole> parseRole(QStringView key)
{
    for (IncidentRole role : allRoles) {
        if (key.compare(roleKey(role), Qt::CaseInsensitive) == 0)
            return role;
    }
    return std::nullopt;
}

QString roleName(IncidentRole role)
{
    switch (role) {
    case IncidentRole::Commander:
        return QCoreApplication::translate("IncidentRole", "Incident commander");
    case IncidentRole::Scribe:
        return QCoreApplication::translate("IncidentRole", "Scribe");
    case IncidentRole::CommunicationsLead:
        return QCoreApplication::translate("IncidentRole", "Communications lead");
    }
    return {};
}

QString &roleHolder(Incident &incident, IncidentRole role)
{
    switch (role) {
    case IncidentRole::Scribe:
        return incident.scribe;
    case IncidentRole::CommunicationsLead:
        return incident.communicationsLead;
    case IncidentRole::Commander:
        break;
    }
    return incident.commander;
}

const QString &roleHolder(const Incident &incident, IncidentRole role)
{
    return roleHolder(const_cast<Incident &>(incident), role);
}

} // namespace sitrep
