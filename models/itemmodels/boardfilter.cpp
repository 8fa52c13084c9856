#include "boardfilter.h"

namespace sitrep {

quint16 BoardFilter::factsOf(const BoardIncident &incident)
{
    const unsigned severity = 1u << (static_cast<int>(incident.severity) - 1);
    const unsigned status = 1u << static_cast<int>(incident.status);
    return quint16((severity & 0xffu) | ((status & 0xffu) << 8));
}

bool BoardFilter::accepts(quint16 facts, QByteArrayView searchText, QByteArrayView searchKey) const
{
    // The scope is a choice of statuses: open is every status but resolved.
    const unsigned resolved = 1u << static_cast<int>(IncidentStatus::Resolved);
    unsigned shownStatuses = statuses;
    if (scope == Scope::Open)
        shownStatuses &= ~resolved;
    else if (scope == Scope::Resolved)
        shownStatuses &= resolved;
    if ((facts & severities & 0xffu) == 0 || ((facts >> 8) & shownStatuses) == 0)
        return false;
    // Both sides are lower case already, so a plain byte search is enough.
    return searchKey.isEmpty() || searchText.contains(searchKey);
}

QString BoardFilter::scopeKey(Scope scope)
{
    switch (scope) {
    case Scope::Open:
        break;
    case Scope::Resolved:
        return QStringLiteral("resolved");
    case Scope::All:
        return QStringLiteral("all");
    }
    return QStringLiteral("open");
}

BoardFilter::Scope BoardFilter::scopeFromKey(QStringView key)
{
    for (Scope scope : {Scope::Resolved, Scope::All}) {
        if (key == scopeKey(scope))
            return scope;
    }
    return Scope::Open;
}

bool BoardFilter::narrows(const BoardFilter &wider) const
{
    const bool scopeNarrower = wider.scope == Scope::All || wider.scope == scope;
    return scopeNarrower && (severities & ~wider.severities) == 0
            && (statuses & ~wider.statuses) == 0 && searchKey().contains(wider.searchKey());
}

} // namespace sitrep
