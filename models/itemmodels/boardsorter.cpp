#include "boardsorter.h"

#include "incidenttablemodel.h"

#include <algorithm>
#include <limits>
#include <memory>
#include <new>
#include <numeric>
#include <sys/mman.h>

#include <QHash>
#include <QtEndian>

namespace sitrep {

namespace {

// A signed number as an unsigned one in the same order.
quint64 ascending(qint64 value)
{
    return quint64(value) ^ (quint64(1) << 63);
}

constexpr qsizetype bytesPerKey = 7;

// Seven bytes of `text` from `depth` on, then how many bytes were left (at most eight, which
// says "more follow"): keys compare as the texts' byte-wise comparison over those bytes, a text
// that ends first being the smaller.
quint64 textKey(const char *text, qsizetype length, qsizetype depth)
{
    const qsizetype left = std::max<qsizetype>(length - depth, 0);
    if (left > bytesPerKey)
        return (qFromBigEndian<quint64>(text + depth) & ~quint64(0xff)) | (bytesPerKey + 1);
    quint64 key = 0;
    for (qsizetype i = 0; i < left; ++i)
        key |= quint64(uchar(text[depth + i])) << (56 - 8 * i);
    return key | quint64(left);
}

bool textContinues(quint64 key)
{
    return (key & 0xff) > quint64(bytesPerKey);
}

// An array mapped from the system for one sort and unmapped after it. A sort of the whole history
// needs its keys (32 MB at a million rows) for a moment. From malloc, glibc would keep those pages
// after the free, and malloc_trim() does not shrink a worker thread's arena, where long sorts run:
// the board would stay larger by the keys' size.
template<typename T> class MappedArray
{
    static_assert(std::is_trivially_destructible_v<T>);

public:
    explicit MappedArray(std::size_t count) : m_count(count)
    {
        if (count == 0)
            return;
        void *memory = mmap(nullptr, bytes(), PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS,
                            -1, 0);
        if (memory == MAP_FAILED)
            throw std::bad_alloc();
        m_data = static_cast<T *>(memory);
        std::uninitialized_value_construct_n(m_data, count);
    }
    ~MappedArray()
    {
        if (m_data)
            munmap(m_data, bytes());
    }
    Q_DISABLE_COPY_MOVE(MappedArray)

    [[nodiscard]] std::span<T> span() const { return {m_data, m_count}; }

private:
    [[nodiscard]] std::size_t bytes() const { return m_count * sizeof(T); }

    T *m_data = nullptr;
    std::size_t m_count;
};

} // namespace

BoardSortRows BoardSortRows::of(const IncidentTableModel &table, int column, UnbuiltTexts unbuilt)
{
    const bool withTexts = column == IncidentTableModel::TitleColumn
            && (table.searchTextsReady() || unbuilt == UnbuiltTexts::TableBuildsThem);
    return {table.incidents(), withTexts ? table.searchTexts() : SearchTexts(), table.policy()};
}

BoardSorter::BoardSorter(BoardSortRows rows, int column, Qt::SortOrder order)
    : m_rows(std::move(rows)), m_column(column), m_descending(order == Qt::DescendingOrder)
{ }

qint64 BoardSorter::startedKey(const BoardIncident &incident)
{
    return incident.startedAt.isValid() ? incident.startedAt.toMSecsSinceEpoch()
                                        : std::numeric_limits<qint64>::min();
}

qint64 BoardSorter::dueKey(const SeverityPolicy &policy, const BoardIncident &incident)
{
    const QDateTime due = policy.nextUpdateDue(incident);
    return due.isValid() ? due.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
}

QList<int> BoardSorter::sorted(const QList<int> &rows) &&
{
    const MappedArray<Entry> keys(std::size_t(rows.size()));
    const std::span<Entry> entries = keys.span();
    for (qsizetype i = 0; i < rows.size(); ++i) {
        entries[i].row = rows.at(i);
        entries[i].startedMs = startedKey(m_rows.incidents.at(rows.at(i)));
    }
    if (m_column == IncidentTableModel::TitleColumn) {
        // Texts not built yet are built here, on the sorting thread.
        SearchTexts built;
        if (m_rows.searchTexts.size() != m_rows.incidents.size()) {
            built.reserve(m_rows.incidents.size());
            for (const BoardIncident &incident : m_rows.incidents)
                built.append(incident);
        }
        const SearchTexts &texts = built.isEmpty() ? m_rows.searchTexts : built;
        for (Entry &entry : entries) {
            const QByteArrayView text = texts.at(entry.row);
            entry.text = text.data();
            entry.textLength = int(text.size());
        }
        releaseIncidents();
        sortTexts(entries, 0);
    } else {
        fillKeys(entries);
        releaseIncidents();
        sortEntries(entries);
    }
    QList<int> result;
    result.reserve(rows.size());
    for (const Entry &entry : entries)
        result.append(entry.row);
    return result;
}

// The keys are read: the incidents are let go, so that a change to one of them on the GUI thread
// while a worker sorts need not copy its whole block (a history's block is every resolved
// incident) to keep this sorter's unchanged.
void BoardSorter::releaseIncidents()
{
    m_rows.incidents = {};
}

void BoardSorter::fillKeys(std::span<Entry> entries) const
{
    if (m_column == IncidentTableModel::CommanderColumn
        || m_column == IncidentTableModel::ServicesColumn)
        return fillRanks(entries);
    for (Entry &entry : entries) {
        const BoardIncident &incident = m_rows.incidents.at(entry.row);
        switch (m_column) {
        case IncidentTableModel::SeverityColumn:
            entry.key = ascending(qint64(incident.severity));
            break;
        case IncidentTableModel::StatusColumn:
            entry.key = ascending(qint64(incident.status));
            break;
        case IncidentTableModel::AgeColumn: // youngest first
            entry.key = ~ascending(entry.startedMs);
            break;
        case IncidentTableModel::NextUpdateColumn:
            entry.key = ascending(dueKey(m_rows.policy, incident));
            break;
        default:
            entry.key = 0;
        }
    }
}

// Commanders and services repeat: each distinct name is ranked once, case-insensitively, and a
// row's key is its name's rank.
void BoardSorter::fillRanks(std::span<Entry> entries) const
{
    const auto nameOf = [this](int row) {
        const BoardIncident &incident = m_rows.incidents.at(row);
        return m_column == IncidentTableModel::CommanderColumn ? incident.commander
                                                               : incident.services.value(0);
    };
    QHash<QString, int> idOf;
    QList<QString> names;
    QList<int> ids;
    ids.reserve(qsizetype(entries.size()));
    for (const Entry &entry : entries) {
        const QString name = nameOf(entry.row);
        auto it = idOf.constFind(name);
        if (it == idOf.constEnd()) {
            it = idOf.insert(name, int(names.size()));
            names.append(name);
        }
        ids.append(*it);
    }
    QList<int> byName(names.size());
    std::iota(byName.begin(), byName.end(), 0);
    std::sort(byName.begin(), byName.end(), [&names](int l, int r) {
        return names.at(l).compare(names.at(r), Qt::CaseInsensitive) < 0;
    });
    QList<quint64> rankOf(names.size());
    quint64 rank = 0;
    for (qsizetype i = 0; i < byName.size(); ++i) {
        if (i > 0
            && names.at(byName.at(i - 1)).compare(names.at(byName.at(i)), Qt::CaseInsensitive) != 0)
            ++rank;
        rankOf[byName.at(i)] = rank;
    }
    for (std::size_t i = 0; i < entries.size(); ++i)
        entries[i].key = rankOf.at(ids.at(qsizetype(i)));
}

void BoardSorter::sortEntries(std::span<Entry> entries) const
{
    // Equal values: the newest incident first, then source row, whichever the direction.
    const auto tieBefore = [](const Entry &l, const Entry &r) {
        return l.startedMs != r.startedMs ? l.startedMs > r.startedMs : l.row < r.row;
    };
    if (m_descending) {
        std::sort(entries.begin(), entries.end(), [&](const Entry &l, const Entry &r) {
            return l.key != r.key ? l.key > r.key : tieBefore(l, r);
        });
    } else {
        std::sort(entries.begin(), entries.end(), [&](const Entry &l, const Entry &r) {
            return l.key != r.key ? l.key < r.key : tieBefore(l, r);
        });
    }
}

// The texts agree on their first `depth` bytes: ordered by the next seven, and each run that
// still agrees and goes on is ordered further.
void BoardSorter::sortTexts(std::span<Entry> entries, qsizetype depth) const
{
    if (entries.size() < 2)
        return;
    // While every text agrees and goes on, there is nothing to order yet.
    bool allAgree = false;
    for (;; depth += bytesPerKey) {
        for (Entry &entry : entries)
            entry.key = textKey(entry.text, entry.textLength, depth);
        const quint64 first = entries.front().key;
        allAgree = std::all_of(entries.begin(), entries.end(),
                               [first](const Entry &entry) { return entry.key == first; });
        if (!allAgree || !textContinues(first))
            break;
    }
    sortEntries(entries);
    if (allAgree)
        return;
    for (auto run = entries.begin(); run != entries.end();) {
        const auto runEnd = std::find_if(run, entries.end(), [key = run->key](const Entry &entry) {
            return entry.key != key;
        });
        if (runEnd - run > 1 && textContinues(run->key))
            sortTexts({run, runEnd}, depth + bytesPerKey);
        run = runEnd;
    }
}

} // namespace sitrep
