#pragma once

#include "domain/incidentblocks.h"
#include "domain/incidentsearch.h"
#include "domain/severitypolicy.h"

#include <span>

#include <QList>
#include <QtGlobal>

namespace sitrep {

class IncidentTableModel;

// What a sort reads, as the table held it at one moment. The incidents and texts are shared,
// not copied: taking them costs nothing, and a change to the table while a worker sorts copies
// only the block it changes.
struct BoardSortRows
{
    IncidentBlocks incidents;
    SearchTexts searchTexts; // per incident; when empty, a sort by title builds its own
    SeverityPolicy policy;

    // Where a sort by title gets the texts the table has not built yet: the table builds them
    // now and keeps them (a sort on the GUI thread, whose board compares rows by them after),
    // or the sorter builds its own (a worker's, so that the GUI thread does not wait for them).
    enum class UnbuiltTexts { TableBuildsThem, SorterBuildsThem };

    // The table's rows as they are now, with their texts where `column` sorts by them.
    [[nodiscard]] static BoardSortRows of(const IncidentTableModel &table, int column,
                                          UnbuiltTexts unbuilt);
};

// Puts source rows into the board's order for one column: the column's value in the chosen
// direction, then the newest incident first, then source row.
//
// Each row's key is gathered once into one contiguous array, which is then sorted. A comparison
// that looked the rows up instead would miss the cache twice at nearly every step: at a
// million incidents a title sort took over three seconds that way. Texts are taken seven bytes
// at a time, and only rows whose texts agree so far are compared further, so titles that share
// their first words cost a pass per seven shared bytes rather than a lookup per comparison.
class BoardSorter
{
public:
    BoardSorter(BoardSortRows rows, int column, Qt::SortOrder order);

    // Once: the sorter lets its rows' incidents go as soon as it has read their keys.
    [[nodiscard]] QList<int> sorted(const QList<int> &rows) &&;
    // When an incident started, as the order compares it.
    [[nodiscard]] static qint64 startedKey(const BoardIncident &incident);
    // When the incident's next update is due, as the order compares it: resolved incidents owe
    // none and come after every due time.
    [[nodiscard]] static qint64 dueKey(const SeverityPolicy &policy, const BoardIncident &incident);

private:
    struct Entry
    {
        quint64 key = 0; // the column's value, as an unsigned number in ascending order
        qint64 startedMs = 0;
        int row = 0;
        int textLength = 0;
        // The row's search text, for a sort by title: kept here, as looking it up again at
        // each step would miss the cache once more per row.
        const char *text = nullptr;
    };

    void releaseIncidents();
    void fillKeys(std::span<Entry> entries) const;
    void fillRanks(std::span<Entry> entries) const;
    void sortEntries(std::span<Entry> entries) const;
    void sortTexts(std::span<Entry> entries, qsizetype depth) const;

    BoardSortRows m_rows;
    int m_column;
    bool m_descending;
};

} // namespace sitrep
