#pragma once

#include "incident.h"
#include "incidentblocks.h"
#include "incidentidindex.h"

#include <utility>

#include <QBitArray>
#include <QByteArray>
#include <QList>

namespace sitrep {

// What a free-text search looks through: title, commander, services and "#id", lower case,
// separated by unit separators so that a search never matches across two fields. Kept as
// UTF-8: half the memory of a QString for the usual ASCII names, and compared with memcmp.
// It starts with the lower-case title, so comparing two of them orders by title.
[[nodiscard]] QByteArray incidentSearchText(const BoardIncident &incident);

// The order a commander triages in, and the board's first order: most severe first, then
// the newest, then by id so that the order is total.
[[nodiscard]] bool triageBefore(const BoardIncident &a, const BoardIncident &b);

// The search texts of consecutive rows in one block of memory, row after row. A search over a
// million incidents then reads each text with one cache miss, or none where the rows are read in
// the order they were loaded (the board's triage order), rather than a header and a heap block of
// its own for each.
class SearchTextBlock
{
public:
    [[nodiscard]] qsizetype size() const { return m_starts.size(); }
    // Valid until the block next changes: a text added may move it.
    [[nodiscard]] QByteArrayView at(qsizetype row) const
    {
        return {m_bytes.constData() + m_starts.at(row), m_lengths.at(row)};
    }
    // Sets the bits of the rows whose text contains `key`, this block's first row being bit
    // `firstRow`. One memmem pass over the whole block: two to four times faster than a search
    // in each text for keys of two characters or more (bench_search).
    void markRowsContaining(QByteArrayView key, QBitArray &rows, qsizetype firstRow) const;
    void reserve(qsizetype rows);
    void append(QByteArrayView text);
    // The incident's incidentSearchText(), written straight into the block.
    void append(const BoardIncident &incident);
    // A row's new text goes at the end; its old one stays unused until the texts are built
    // again (a day of live changes is well under a megabyte).
    void replace(qsizetype row, QByteArrayView text);

private:
    // Rows [first, end) lie in the block one after another, nothing between them.
    struct Run
    {
        qsizetype first = 0;
        qsizetype end = 0;
    };
    void markRun(Run run, QByteArrayView key, QBitArray &rows, qsizetype firstRow) const;
    void addRun(Run run);
    // The bytes from `start` to the block's end are a new row's text.
    void addRow(qsizetype start);

    QByteArray m_bytes;
    QList<qsizetype> m_starts; // per row, into m_bytes
    QList<int> m_lengths;      // per row
    // Every row in runs, in the block's order (usually one run); false after a replace(),
    // which leaves the row's old text unused in the block.
    bool m_rowsInRuns = true;
    QList<Run> m_runs;
};

// Every row's search text, in a few blocks read as one list. A large load (the history, read in
// two halves on two threads) joins by handing over its blocks: copying them into one would
// write megabytes of fresh memory, a page fault every few texts, on the thread that joins them.
class SearchTexts
{
public:
    [[nodiscard]] qsizetype size() const { return m_size; }
    [[nodiscard]] bool isEmpty() const { return m_size == 0; }
    // Valid until the texts next change: a text added may move its block.
    [[nodiscard]] QByteArrayView at(qsizetype row) const
    {
        const auto [block, offset] = locate(row);
        return m_blocks.at(block).at(offset);
    }
    // A bit per row, set where the row's text contains `key` (every row for an empty key).
    [[nodiscard]] QBitArray rowsContaining(QByteArrayView key) const;
    // Room for `rows` rows in all.
    void reserve(qsizetype rows);
    // Into a block of the list's own, never into one handed over.
    void append(QByteArrayView text);
    // The incident's incidentSearchText(), written straight into the block.
    void append(const BoardIncident &incident);
    // Takes over the other list's blocks; no text is copied.
    void append(SearchTexts &&more);
    void replace(qsizetype row, QByteArrayView text);
    void clear();

private:
    [[nodiscard]] std::pair<qsizetype, qsizetype> locate(qsizetype row) const
    {
        return locateInBlocks(m_ends, row);
    }
    SearchTextBlock &ownBlock();

    QList<SearchTextBlock> m_blocks;
    QList<qsizetype> m_ends; // per block, the row after its last
    qsizetype m_size = 0;
    bool m_lastIsOwn = false; // the last block was started by this list
};

// Incidents in triage order with their search texts, prepared off the GUI thread so that a
// large history reaches the board ready to show.
struct SearchableIncidents
{
    IncidentBlocks incidents;
    SearchTexts searchTexts; // per incident
    // Indexes into `incidents` in triage order; empty when `incidents` is in that order itself.
    QList<int> order;
    // Each incident's index in `incidents` by id, where indexIds() built it (the loader does,
    // for the history, so that the board does not index 100,000 rows on the GUI thread).
    IncidentIdIndex indexOf;

    [[nodiscard]] bool hasIdIndex() const { return indexOf.size() == incidents.size(); }
    void indexIds();

    // With `searchTexts` false, only the order is prepared and the texts are left to be built
    // later (the board builds them on a worker once it is shown).
    [[nodiscard]] static SearchableIncidents prepare(QList<BoardIncident> incidents,
                                                     bool searchTexts = true);
    // The board's fields of whole incidents (a service's listing), prepared as above.
    [[nodiscard]] static SearchableIncidents prepare(const QList<Incident> &incidents,
                                                     bool searchTexts = true);
    // Two prepared sets as one: the second's incidents a block after the first's (no incident
    // moves), with `order` giving the triage order across both.
    [[nodiscard]] static SearchableIncidents merge(SearchableIncidents first,
                                                   SearchableIncidents second);
};

} // namespace sitrep
