#pragma once

#include "incident.h"

#include <QByteArray>
#include <QList>

namespace sitrep {

// What a free-text search looks through: title, commander, services and "#id", lower case,
// separated by unit separators so that a search never matches across two fields. Kept as
// UTF-8: half the memory of a QString for the usual ASCII names, and compared with memcmp.
// It starts with the lower-case title, so comparing two of them orders by title.
[[nodiscard]] QByteArray incidentSearchText(const Incident &incident);

// The order a commander triages in, and the board's first order: most severe first, then
// the newest, then by id so that the order is total.
[[nodiscard]] bool triageBefore(const Incident &a, const Incident &b);

// Incidents in triage order with their search texts, prepared off the GUI thread so that a
// large history reaches the board ready to show.
struct SearchableIncidents
{
    QList<Incident> incidents;
    QList<QByteArray> searchTexts; // per incident
    // Indexes into `incidents` in triage order; empty when `incidents` is in that order itself.
    QList<int> order;

    // With `searchTexts` false, only the order is prepared and the texts are left to be built
    // later (the board builds them on a worker once it is shown).
    [[nodiscard]] static SearchableIncidents prepare(QList<Incident> incidents,
                                                     bool searchTexts = true);
    // Two prepared sets as one: the incidents put together as they are (no incident is moved
    // twice), with `order` giving the triage order across both.
    [[nodiscard]] static SearchableIncidents merge(SearchableIncidents first,
                                                   SearchableIncidents second);
};

} // namespace sitrep
