#pragma once

#include "incident.h"

#include <utility>

#include <QList>

namespace sitrep {

// Where `index` lies in a list kept in blocks, given each block's end (the index after its last
// item, ascending): the block, and the index within it. Such lists have a handful of blocks.
[[nodiscard]] inline std::pair<qsizetype, qsizetype> locateInBlocks(const QList<qsizetype> &ends,
                                                                    qsizetype index)
{
    qsizetype block = 0;
    while (index >= ends.at(block))
        ++block;
    return {block, block == 0 ? index : index - ends.at(block - 1)};
}

// The board's rows of incidents in a few blocks, read as one list. A large load (the history, read
// in two halves on two threads) joins the list by handing over its blocks: appending its 100,000
// incidents one by one would move each into fresh memory, a page fault every few, on the thread
// that joins them (the GUI thread, for the board).
class IncidentBlocks
{
public:
    // Walks block by block: no look-up of the block per incident.
    class const_iterator
    {
    public:
        const BoardIncident &operator*() const { return m_list->m_blocks.at(m_block).at(m_offset); }
        const_iterator &operator++()
        {
            if (++m_offset == m_list->m_blocks.at(m_block).size()) {
                ++m_block;
                m_offset = 0;
            }
            return *this;
        }
        bool operator==(const const_iterator &) const = default;

    private:
        friend class IncidentBlocks;
        const_iterator(const IncidentBlocks *list, qsizetype block, qsizetype offset)
            : m_list(list), m_block(block), m_offset(offset)
        { }
        const IncidentBlocks *m_list;
        qsizetype m_block;
        qsizetype m_offset;
    };

    IncidentBlocks() = default;
    IncidentBlocks(QList<BoardIncident> incidents); // NOLINT: a list is one block

    [[nodiscard]] qsizetype size() const { return m_size; }
    [[nodiscard]] bool isEmpty() const { return m_size == 0; }
    [[nodiscard]] const BoardIncident &at(qsizetype index) const
    {
        const auto [block, offset] = locate(index);
        return m_blocks.at(block).at(offset);
    }
    [[nodiscard]] const BoardIncident &first() const { return at(0); }
    [[nodiscard]] const_iterator begin() const { return {this, 0, 0}; }
    [[nodiscard]] const_iterator end() const { return {this, m_blocks.size(), 0}; }
    // At the incident `index`, for a walk from there on.
    [[nodiscard]] const_iterator iteratorAt(qsizetype index) const
    {
        if (index >= m_size)
            return end();
        const auto [block, offset] = locate(index);
        return {this, block, offset};
    }
    [[nodiscard]] const QList<QList<BoardIncident>> &blocks() const { return m_blocks; }
    [[nodiscard]] QList<BoardIncident> toList() const;

    void replace(qsizetype index, BoardIncident incident);
    // Into a block of the list's own, never into one handed over (which would grow by
    // moving all its incidents).
    void append(BoardIncident incident);
    // Takes over the other list's blocks; no incident moves.
    void append(IncidentBlocks more);
    void clear();

private:
    [[nodiscard]] std::pair<qsizetype, qsizetype> locate(qsizetype index) const
    {
        return locateInBlocks(m_ends, index);
    }

    QList<QList<BoardIncident>> m_blocks; // none empty
    QList<qsizetype> m_ends;              // per block, the index after its last incident
    qsizetype m_size = 0;
    bool m_lastIsOwn = false; // the last block was started by append(BoardIncident)
};

} // namespace sitrep
