#include "boardfilter.h"

namespace sitrep {

bool BoardFilter::accepts(const Incident &incident, const QString &haystack) const
{
    if (scope == Scope::Open && !incident.isOpen())
        return false;
    if (scope == Scope::Resolved && incident.isOpen())
        return false;
    if (!showsSeverity(incident.severity) || !showsStatus(incident.status))
        return false;
    // Both sides are lower case already (IncidentBoardModel::setFilter), so the fast
    // case-sensitive search is enough.
    return text.isEmpty() || haystack.contains(text);
}

bool BoardFilter::narrows(const BoardFilter &wider) const
{
    const bool scopeNarrower = wider.scope == Scope::All || wider.scope == scope;
    return scopeNarrower && (severities & ~wider.severities) == 0
            && (statuses & ~wider.statuses) == 0 && text.contains(wider.text, Qt::CaseInsensitive);
}

} // namespace sitrep
