#pragma once

#include "incident.h"
#include "incidentblocks.h"

#include <QBitArray>
#include <QByteArray>
#include <QHash>
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

// Every row's search text in one block of memory, row after row. A search over a million
// incidents then reads each text with one cache miss, or none where the rows are read in the
// order they were loaded (the board's triage order), rather than a header and a heap block of
// its own for each.
class SearchTexts
{
public:
    [[nodiscard]] qsizetype size() const { return m_starts.size(); }
    [[nodiscard]] bool isEmpty() const { return m_starts.isEmpty(); }
    // Valid until the texts next change: a text added may move the block.
    [[nodiscard]] QByteArrayView at(qsizetype row) const
    {
        return {m_bytes.constData() + m_starts.at(row), m_lengths.at(row)};
    }
    // A bit per row, set where the row's text contains `key` (every row for an empty key). One
    // memmem pass over the whole block: two to four times faster than a search in each text
    // for keys of two characters or more (bench_search).
    [[nodiscard]] QBitArray rowsContaining(QByteArrayView key) const;
    void reserve(qsizetype rows);
    void append(QByteArrayView text);
    void append(const SearchTexts &more);
    // The larger block is kept and the smaller one's bytes are copied to its end, so that a
    // history's texts join the board's few without being copied (on the GUI thread).
    void append(SearchTexts &&more);
    // A row's new text goes at the end; its old one stays unused until the texts are built
    // again (a day of live changes is well under a megabyte).
    void replace(qsizetype row, QByteArrayView text);
    void clear();

private:
    // Rows [first, end) lie in the block one after another, nothing between them.
    struct Run
    {
        qsizetype first = 0;
        qsizetype end = 0;
    };
    void markRun(Run run, QByteArrayView key, QBitArray &rows) const;
    void addRun(Run run);
    void addRuns(const QList<Run> &runs, qsizetype rowOffset);

    QByteArray m_bytes;
    QList<qsizetype> m_starts; // per row, into m_bytes
    QList<int> m_lengths;      // per row
    // Every row in runs, in the block's order (usually one run); false after a replace(),
    // which leaves the row's old text unused in the block.
    bool m_rowsInRuns = true;
    QList<Run> m_runs;
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
    QHash<IncidentId, int> indexOf;

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
