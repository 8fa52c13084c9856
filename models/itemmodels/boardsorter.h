#pragma once

#include <span>

#include <QList>
#include <QtGlobal>

namespace sitrep {

struct BoardIncident;
class IncidentTableModel;

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
    BoardSorter(const IncidentTableModel &source, int column, Qt::SortOrder order);

    [[nodiscard]] QList<int> sorted(const QList<int> &rows) const;
    // When an incident started, as the order compares it.
    [[nodiscard]] static qint64 startedKey(const BoardIncident &incident);
    // When the incident's next update is due, as the order compares it: resolved incidents owe
    // none and come after every due time.
    [[nodiscard]] static qint64 dueKey(const IncidentTableModel &source,
                                       const BoardIncident &incident);

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

    // Below this many rows the sort's buffer is too small to be worth handing back to the
    // system.
    static constexpr qsizetype trimAbove = 10'000;

    void fillKeys(std::span<Entry> entries) const;
    void fillRanks(std::span<Entry> entries) const;
    void sortEntries(std::span<Entry> entries) const;
    void sortTexts(std::span<Entry> entries, qsizetype depth) const;

    const IncidentTableModel &m_source;
    int m_column;
    bool m_descending;
};

} // namespace sitrep
