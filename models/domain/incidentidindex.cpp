#include "incidentidindex.h"

namespace sitrep {

int IncidentIdIndex::rowOf(IncidentId id) const
{
    for (const Part &part : m_parts) {
        if (const auto found = part.rows.constFind(id); found != part.rows.cend())
            return part.offset + found.value();
    }
    return -1;
}

qsizetype IncidentIdIndex::size() const
{
    qsizetype count = 0;
    for (const Part &part : m_parts)
        count += part.rows.size();
    return count;
}

IncidentIdIndex::Part &IncidentIdIndex::firstPart()
{
    if (m_parts.isEmpty())
        m_parts.append(Part {});
    return m_parts.first();
}

void IncidentIdIndex::insert(IncidentId id, int row)
{
    Part &part = firstPart();
    part.rows.insert(id, row - part.offset);
}

void IncidentIdIndex::reserve(qsizetype count)
{
    QHash<IncidentId, int> &rows = firstPart().rows;
    rows.reserve(count - (size() - rows.size()));
}

void IncidentIdIndex::join(IncidentIdIndex other, int offset)
{
    m_parts.reserve(m_parts.size() + other.m_parts.size());
    for (Part &part : other.m_parts) {
        part.offset += offset;
        m_parts.append(std::move(part));
    }
}

} // namespace sitrep
