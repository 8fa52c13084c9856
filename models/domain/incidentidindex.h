#pragma once

#include "incident.h"

#include <QHash>
#include <QList>

namespace sitrep {

// Each incident's row by id, for rows kept in blocks (IncidentBlocks). Kept in parts, each a hash
// with the row its ids count from, so that an index joins another by taking its parts as they are:
// joining the two halves of a history of 100,000 by rehashing one half's ids into the other took
// ~12 ms on the load's critical path. Lists have a handful of parts: a look-up tries each.
class IncidentIdIndex
{
public:
    // -1 where the id is not indexed.
    [[nodiscard]] int rowOf(IncidentId id) const;
    [[nodiscard]] bool contains(IncidentId id) const { return rowOf(id) >= 0; }
    [[nodiscard]] qsizetype size() const;
    [[nodiscard]] bool isEmpty() const { return size() == 0; }
    // Into the first part, which rows indexed one by one share.
    void insert(IncidentId id, int row);
    void reserve(qsizetype count);
    void clear() { m_parts.clear(); }
    // `other`'s ids, each `offset` rows further on than there; its parts are kept as they are.
    void join(IncidentIdIndex other, int offset);
    // Calls visit(id, row) for every indexed id.
    template<typename Visit> void forEach(Visit visit) const
    {
        for (const Part &part : m_parts) {
            for (auto it = part.rows.cbegin(); it != part.rows.cend(); ++it)
                visit(it.key(), part.offset + it.value());
        }
    }

private:
    struct Part
    {
        QHash<IncidentId, int> rows; // minus `offset`
        int offset = 0;
    };
    Part &firstPart();

    QList<Part> m_parts;
};

} // namespace sitrep
