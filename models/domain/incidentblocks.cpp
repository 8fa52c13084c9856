#include "incidentblocks.h"

namespace sitrep {

IncidentBlocks::IncidentBlocks(QList<BoardIncident> incidents)
{
    if (incidents.isEmpty())
        return;
    m_size = incidents.size();
    m_ends.append(m_size);
    m_blocks.append(std::move(incidents));
}

QList<BoardIncident> IncidentBlocks::toList() const
{
    QList<BoardIncident> all;
    all.reserve(m_size);
    for (const QList<BoardIncident> &block : m_blocks)
        all.append(block);
    return all;
}

void IncidentBlocks::replace(qsizetype index, BoardIncident incident)
{
    const auto [block, offset] = locate(index);
    m_blocks[block][offset] = std::move(incident);
}

void IncidentBlocks::append(BoardIncident incident)
{
    if (!m_lastIsOwn) {
        m_blocks.append(QList<BoardIncident>());
        m_ends.append(m_size);
        m_lastIsOwn = true;
    }
    m_blocks.last().append(std::move(incident));
    ++m_ends.last();
    ++m_size;
}

void IncidentBlocks::append(IncidentBlocks more)
{
    for (QList<BoardIncident> &block : more.m_blocks) {
        if (block.isEmpty())
            continue;
        m_size += block.size();
        m_ends.append(m_size);
        m_blocks.append(std::move(block));
        m_lastIsOwn = false;
    }
}

void IncidentBlocks::clear()
{
    *this = IncidentBlocks();
}

} // namespace sitrep
