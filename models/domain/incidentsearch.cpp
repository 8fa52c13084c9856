#include "incidentsearch.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstring>

namespace sitrep {

namespace {

// Appends `text` lower-cased as UTF-8. Names are almost always ASCII, which is lowered byte by
// byte into room made for the whole text at once; anything else goes through QString's full
// Unicode lower-casing.
void appendLowerUtf8(QByteArray &out, QStringView text)
{
    const qsizetype start = out.size();
    out.resize(start + text.size());
    char *const to = out.data() + start;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c >= 0x80) {
            out.truncate(start + i);
            out.append(text.mid(i).toString().toLower().toUtf8());
            return;
        }
        to[i] = c >= u'A' && c <= u'Z' ? char(c + 32) : char(c);
    }
}

// Written straight into `out`: a block of texts grows by each incident's without a temporary
// one per row (a heap block made and freed for each of a history's incidents).
void appendSearchText(QByteArray &out, const BoardIncident &incident)
{
    appendLowerUtf8(out, incident.title);
    out.append('\x1f');
    appendLowerUtf8(out, incident.commander);
    out.append('\x1f');
    for (const QString &service : incident.services) {
        appendLowerUtf8(out, service);
        out.append(' ');
    }
    std::array<char, 24> number {};
    const char *const end = std::to_chars(number.begin(), number.end(), incident.id).ptr;
    out.append("\x1f#").append(number.data(), end - number.data());
}

} // namespace

QByteArray incidentSearchText(const BoardIncident &incident)
{
    QByteArray text;
    text.reserve(incident.title.size() + incident.commander.size() + 48);
    appendSearchText(text, incident);
    return text;
}

bool triageBefore(const BoardIncident &a, const BoardIncident &b)
{
    if (a.severity != b.severity)
        return a.severity < b.severity;
    if (a.startedAt != b.startedAt)
        return b.startedAt < a.startedAt;
    return a.id < b.id;
}

namespace {

const char *findKey(const char *from, qsizetype length, QByteArrayView key)
{
    return static_cast<const char *>(memmem(from, size_t(length), key.data(), size_t(key.size())));
}

} // namespace

void SearchTextBlock::markRowsContaining(QByteArrayView key, QBitArray &rows,
                                         qsizetype firstRow) const
{
    if (!m_rowsInRuns) {
        for (qsizetype row = 0; row < size(); ++row) {
            if (findKey(m_bytes.constData() + m_starts.at(row), m_lengths.at(row), key))
                rows.setBit(firstRow + row);
        }
        return;
    }
    for (const Run &run : m_runs)
        markRun(run, key, rows, firstRow);
}

void SearchTextBlock::markRun(Run run, QByteArrayView key, QBitArray &rows,
                              qsizetype firstRow) const
{
    const char *const block = m_bytes.constData();
    const qsizetype end = m_starts.at(run.end - 1) + m_lengths.at(run.end - 1);
    qsizetype row = run.first;
    qsizetype from = m_starts.at(row);
    while (row < run.end) {
        const char *hit = findKey(block + from, end - from, key);
        if (!hit)
            break;
        const qsizetype at = hit - block;
        while (row + 1 < run.end && m_starts.at(row + 1) <= at)
            ++row;
        // A hit that runs on into the next row's text is no match; the search goes on from
        // the byte after its start.
        if (at + key.size() <= m_starts.at(row) + m_lengths.at(row)) {
            rows.setBit(firstRow + row);
            if (++row < run.end)
                from = m_starts.at(row);
        } else {
            from = at + 1;
        }
    }
}

void SearchTextBlock::addRun(Run run)
{
    if (run.first == run.end)
        return;
    // Rows that continue the last run, laid straight after it, extend it.
    if (!m_runs.isEmpty() && m_runs.last().end == run.first)
        m_runs.last().end = run.end;
    else
        m_runs.append(run);
}

void SearchTextBlock::reserve(qsizetype rows)
{
    // A text is about 60 bytes: title, commander, services and number.
    constexpr qsizetype usualLength = 64;
    m_bytes.reserve(rows * usualLength);
    m_starts.reserve(rows);
    m_lengths.reserve(rows);
}

void SearchTextBlock::append(QByteArrayView text)
{
    const qsizetype start = m_bytes.size();
    m_bytes.append(text);
    addRow(start);
}

void SearchTextBlock::append(const BoardIncident &incident)
{
    const qsizetype start = m_bytes.size();
    appendSearchText(m_bytes, incident);
    addRow(start);
}

void SearchTextBlock::addRow(qsizetype start)
{
    addRun({size(), size() + 1});
    m_starts.append(start);
    m_lengths.append(int(m_bytes.size() - start));
}

void SearchTextBlock::replace(qsizetype row, QByteArrayView text)
{
    m_rowsInRuns = false;
    m_starts[row] = m_bytes.size();
    m_lengths[row] = int(text.size());
    m_bytes.append(text);
}

QBitArray SearchTexts::rowsContaining(QByteArrayView key) const
{
    QBitArray rows(size(), key.isEmpty());
    if (key.isEmpty())
        return rows;
    qsizetype firstRow = 0;
    for (const SearchTextBlock &block : m_blocks) {
        block.markRowsContaining(key, rows, firstRow);
        firstRow += block.size();
    }
    return rows;
}

SearchTextBlock &SearchTexts::ownBlock()
{
    if (!m_lastIsOwn) {
        m_blocks.append(SearchTextBlock());
        m_ends.append(m_size);
        m_lastIsOwn = true;
    }
    return m_blocks.last();
}

void SearchTexts::reserve(qsizetype rows)
{
    SearchTextBlock &own = ownBlock();
    own.reserve(rows - (m_size - own.size()));
}

void SearchTexts::append(QByteArrayView text)
{
    ownBlock().append(text);
    m_ends.last() = ++m_size;
}

void SearchTexts::append(const BoardIncident &incident)
{
    ownBlock().append(incident);
    m_ends.last() = ++m_size;
}

void SearchTexts::append(SearchTexts &&more)
{
    for (SearchTextBlock &block : more.m_blocks) {
        if (block.size() == 0)
            continue;
        m_size += block.size();
        m_blocks.append(std::move(block));
        m_ends.append(m_size);
        m_lastIsOwn = false;
    }
    more.clear();
}

void SearchTexts::replace(qsizetype row, QByteArrayView text)
{
    const auto [block, offset] = locate(row);
    m_blocks[block].replace(offset, text);
}

void SearchTexts::clear()
{
    m_blocks.clear();
    m_ends.clear();
    m_size = 0;
    m_lastIsOwn = false;
}

SearchableIncidents SearchableIncidents::prepare(QList<BoardIncident> incidents, bool searchTexts)
{
    // Sorting small keys and moving each incident once is several times faster than sorting
    // the incidents themselves.
    struct Key
    {
        int severity;
        qint64 started;
        IncidentId id;
        qsizetype index;
    };
    QList<Key> keys;
    keys.reserve(incidents.size());
    for (qsizetype i = 0; i < incidents.size(); ++i) {
        const BoardIncident &incident = incidents.at(i);
        keys.append({static_cast<int>(incident.severity), incident.startedAt.toMSecsSinceEpoch(),
                     incident.id, i});
    }
    std::sort(keys.begin(), keys.end(), [](const Key &a, const Key &b) {
        return std::tie(a.severity, b.started, a.id) < std::tie(b.severity, a.started, b.id);
    });
    // Each incident goes to its place in the same list, one cycle of the order at a time: a
    // second list would be tens of megabytes of fresh pages, each a page fault.
    QList<bool> placed(incidents.size(), false);
    for (qsizetype start = 0; start < incidents.size(); ++start) {
        if (placed.at(start))
            continue;
        BoardIncident held = std::move(incidents[start]);
        qsizetype at = start;
        for (;;) {
            placed[at] = true;
            const qsizetype from = keys.at(at).index; // the incident that belongs at `at`
            if (from == start) {
                incidents[at] = std::move(held);
                break;
            }
            incidents[at] = std::move(incidents[from]);
            at = from;
        }
    }
    SearchableIncidents prepared;
    if (searchTexts) {
        prepared.searchTexts.reserve(incidents.size());
        for (const BoardIncident &incident : std::as_const(incidents))
            prepared.searchTexts.append(incident);
    }
    prepared.incidents = std::move(incidents);
    return prepared;
}

SearchableIncidents SearchableIncidents::prepare(const QList<Incident> &incidents, bool searchTexts)
{
    return prepare(QList<BoardIncident>(incidents.cbegin(), incidents.cend()), searchTexts);
}

SearchableIncidents SearchableIncidents::merge(SearchableIncidents first,
                                               SearchableIncidents second)
{
    // Each half is in triage order itself: the order across both is one merge of indexes.
    const int split = int(first.incidents.size());
    const int total = split + int(second.incidents.size());
    SearchableIncidents merged;
    merged.order.reserve(total);
    int i = 0;
    int j = 0;
    while (i < split || j < total - split) {
        const bool takeFirst = j == total - split
                || (i < split && !triageBefore(second.incidents.at(j), first.incidents.at(i)));
        merged.order.append(takeFirst ? i++ : split + j++);
    }
    merged.searchTexts = std::move(first.searchTexts);
    merged.searchTexts.append(std::move(second.searchTexts));
    if (first.hasIdIndex() && second.hasIdIndex()) {
        merged.indexOf = std::move(first.indexOf);
        merged.indexOf.join(std::move(second.indexOf), split);
    }
    merged.incidents = std::move(first.incidents);
    merged.incidents.append(std::move(second.incidents));
    return merged;
}

void SearchableIncidents::indexIds()
{
    indexOf.clear();
    indexOf.reserve(incidents.size());
    int index = 0;
    for (const QList<BoardIncident> &block : incidents.blocks()) {
        for (const BoardIncident &incident : block)
            indexOf.insert(incident.id, index++);
    }
}

} // namespace sitrep
