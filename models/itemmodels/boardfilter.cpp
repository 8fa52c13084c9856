#include "boardfilter.h"

namespace sitrep {

bool BoardFilter::accepts(const Incident &incident, QByteArrayView searchText,
                          QByteArrayView searchKey) const
{
    if (scope == Scope::Open && !incident.isOpen())
        return false;
    if (scope == Scope::Resolved && incident.isOpen())
        return false;
    if (!showsSeverity(incident.severity) || !showsStatus(incident.status))
        return false;
    // Both sides are lower case already, so a plain byte search is enough.
    return searchKey.isEmpty() || searchText.contains(searchKey);
}

bool BoardFilter::narrows(const BoardFilter &wider) const
{
    const bool scopeNarrower = wider.scope == Scope::All || wider.scope == scope;
    return scopeNarrower && (severities & ~wider.severities) == 0
            && (statuses & ~wider.statuses) == 0 && searchKey().contains(wider.searchKey());
}

} // namespace sitrep
