#include "incidentboardmodel.h"

#include "boardsorter.h"
#include "incidenttablemodel.h"

#include <algorithm>

#include <QtConcurrent>

namespace sitrep {

namespace {

template<typename T> int threeWay(const T &a, const T &b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

} // namespace

IncidentBoardModel::IncidentBoardModel(IncidentTableModel &source, QObject *parent)
    : QAbstractProxyModel(parent), m_source(source)
{
    QAbstractProxyModel::setSourceModel(&source);
    connect(&source, &QAbstractItemModel::modelAboutToBeReset, this,
            &IncidentBoardModel::beginResetModel);
    connect(&source, &QAbstractItemModel::modelReset, this, &IncidentBoardModel::onSourceReset);
    connect(&source, &QAbstractItemModel::rowsInserted, this, &IncidentBoardModel::onRowsInserted);
    connect(&source, &QAbstractItemModel::dataChanged, this, &IncidentBoardModel::onDataChanged);
    beginResetModel();
    onSourceReset();
}

// The board's order: the chosen column, then the newest incident first, then source row, so
// that the order is total and every row has exactly one place.
int IncidentBoardModel::compareSortColumn(int column, int leftRow, int rightRow) const
{
    // The search text starts with the lower-case title: comparing it sorts by title
    // case-insensitively at memcmp speed (ties fall to commander, then services), and no
    // incident is looked up among the row blocks.
    if (column == IncidentTableModel::TitleColumn)
        return m_source.searchTextAt(leftRow).compare(m_source.searchTextAt(rightRow));
    const BoardIncident &a = m_source.incidentAt(leftRow);
    const BoardIncident &b = m_source.incidentAt(rightRow);
    switch (column) {
    case IncidentTableModel::SeverityColumn:
        return threeWay(a.severity, b.severity);
    case IncidentTableModel::StatusColumn:
        return threeWay(a.status, b.status);
    case IncidentTableModel::CommanderColumn:
        return a.commander.compare(b.commander, Qt::CaseInsensitive);
    case IncidentTableModel::ServicesColumn:
        return a.services.value(0).compare(b.services.value(0), Qt::CaseInsensitive);
    case IncidentTableModel::AgeColumn: // youngest first
        return threeWay(BoardSorter::startedKey(b), BoardSorter::startedKey(a));
    case IncidentTableModel::NextUpdateColumn:
        return threeWay(BoardSorter::dueKey(m_source.policy(), a),
                        BoardSorter::dueKey(m_source.policy(), b));
    }
    return 0;
}

BoardSorter IncidentBoardModel::sorter() const
{
    return BoardSorter(
            BoardSortRows::of(m_source, m_sortColumn, BoardSortRows::UnbuiltTexts::TableBuildsThem),
            m_sortColumn, m_sortOrder);
}

bool IncidentBoardModel::before(int leftRow, int rightRow) const
{
    return beforeIn(m_sortColumn, m_sortOrder, leftRow, rightRow);
}

bool IncidentBoardModel::beforeIn(int column, Qt::SortOrder sortOrder, int leftRow,
                                  int rightRow) const
{
    int order = compareSortColumn(column, leftRow, rightRow);
    if (sortOrder == Qt::DescendingOrder)
        order = -order;
    if (order == 0)
        order = threeWay(BoardSorter::startedKey(m_source.incidentAt(rightRow)),
                         BoardSorter::startedKey(m_source.incidentAt(leftRow)));
    if (order == 0)
        order = threeWay(leftRow, rightRow);
    return order < 0;
}

bool IncidentBoardModel::accepts(int sourceRow) const
{
    // Without search text the texts are not needed (they may still be building).
    return m_filter.accepts(m_facts.at(sourceRow),
                            m_searchKey.isEmpty()
                                    ? QByteArrayView()
                                    : QByteArrayView(m_source.searchTextAt(sourceRow)),
                            m_searchKey);
}

void IncidentBoardModel::onSourceReset()
{
    // The rows are new: an order a worker is making for the old ones is no longer wanted.
    ++m_sortGeneration;
    m_sortColumn = m_wantedColumn;
    m_sortOrder = m_wantedOrder;
    const bool inTriageOrder = rebuildAll();
    endResetModel();
    if (inTriageOrder)
        sortInBackground();
    else
        setSorting(false);
}

// Returns whether the rows are shown in triage order for now, the order asked for being left to
// a worker.
bool IncidentBoardModel::rebuildAll()
{
    const int count = m_source.rowCount();
    // A loaded history arrives with its triage order, the board's usual one: then a linear
    // check replaces the sort.
    if (m_source.loadedTriageOrder().size() == count) {
        m_order = m_source.loadedTriageOrder();
    } else {
        m_order.resize(count);
        std::iota(m_order.begin(), m_order.end(), 0);
    }
    bool inTriageOrder = false;
    if (!std::is_sorted(m_order.begin(), m_order.end(),
                        [this](int l, int r) { return before(l, r); })) {
        inTriageOrder = showableInTriageOrder(m_order);
        if (inTriageOrder)
            showInTriageOrder();
        else
            m_order = sorter().sorted(m_order);
    }
    m_proxyRowOf.fill(-1, count);
    m_facts.clear();
    noteFacts(0, count - 1);
    rebuildVisible(false);
    return inTriageOrder;
}

// Whether rows too many to sort here came in triage order (most severe first, then the newest),
// the board's usual order: they are then shown in it for now, and a worker makes the order asked
// for.
bool IncidentBoardModel::showableInTriageOrder(const QList<int> &rows) const
{
    return rows.size() > m_backgroundSortAbove
            && std::is_sorted(rows.begin(), rows.end(), [this](int l, int r) {
                   return beforeIn(IncidentTableModel::SeverityColumn, Qt::AscendingOrder, l, r);
               });
}

void IncidentBoardModel::showInTriageOrder()
{
    m_sortColumn = IncidentTableModel::SeverityColumn;
    m_sortOrder = Qt::AscendingOrder;
}

// Keeps source rows first..last's facts; the source only appends, so a new row's go at the end.
void IncidentBoardModel::noteFacts(int first, int last)
{
    if (m_facts.size() < last + 1)
        m_facts.resize(last + 1);
    auto incident = m_source.incidents().iteratorAt(first);
    for (int row = first; row <= last; ++row, ++incident)
        m_facts[row] = BoardFilter::factsOf(*incident);
}

void IncidentBoardModel::rebuildVisible(bool onlyVisibleRows)
{
    const QList<int> &candidates = onlyVisibleRows ? m_visible : m_order;
    QList<int> visible;
    visible.reserve(onlyVisibleRows ? m_visible.size() : m_order.size() / 2);
    // Where the text is to be searched in half the rows or more, one pass over all texts at
    // once is the cheaper: per text it is two to four times faster, and slowest for short keys
    // found often (bench_search).
    if (!m_searchKey.isEmpty() && candidates.size() * 2 >= m_source.rowCount()) {
        const QBitArray containing = m_source.rowsContaining(m_searchKey);
        for (int row : candidates) {
            // The text is looked at above: only the severity and status are left to check.
            if (containing.testBit(row) && m_filter.accepts(m_facts.at(row), {}, {}))
                visible.append(row);
        }
    } else {
        for (int row : candidates) {
            if (accepts(row))
                visible.append(row);
        }
    }
    for (int row : std::as_const(m_visible))
        m_proxyRowOf[row] = -1;
    m_visible = std::move(visible);
    reindexVisible(0);
}

void IncidentBoardModel::reindexVisible(int fromProxyRow)
{
    for (int proxyRow = std::max(fromProxyRow, 0); proxyRow < m_visible.size(); ++proxyRow)
        m_proxyRowOf[m_visible.at(proxyRow)] = proxyRow;
}

// Runs a change that may reorder, hide or show rows as one layout change, carrying the
// selection and current index (persistent indexes) to the rows' new places.
void IncidentBoardModel::relayout(const std::function<void()> &change)
{
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<int> sourceRows;
    sourceRows.reserve(before.size());
    for (const QModelIndex &index : before)
        sourceRows.append(m_visible.value(index.row(), -1));
    change();
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int sourceRow = sourceRows.at(i);
        const int proxyRow = sourceRow < 0 ? -1 : m_proxyRowOf.at(sourceRow);
        after.append(proxyRow < 0 ? QModelIndex() : index(proxyRow, before.at(i).column()));
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void IncidentBoardModel::setFilter(BoardFilter filter)
{
    if (filter == m_filter)
        return;
    const bool narrowing = filter.narrows(m_filter);
    relayout([&] {
        m_filter = std::move(filter);
        m_searchKey = m_filter.searchKey();
        rebuildVisible(narrowing);
    });
}

void IncidentBoardModel::setFilterText(const QString &text)
{
    BoardFilter filter = m_filter;
    filter.text = text;
    setFilter(filter);
}

void IncidentBoardModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= IncidentTableModel::ColumnCount)
        return;
    // The rows are kept in order through every change, so the order they are in, or are being
    // put in, needs no sort. (QTableView::sortByColumn() asks twice.)
    if (column == m_wantedColumn && order == m_wantedOrder
        && (m_sorting || (column == m_sortColumn && order == m_sortOrder)))
        return;
    m_wantedColumn = column;
    m_wantedOrder = order;
    if (m_order.size() > m_backgroundSortAbove)
        return sortInBackground();
    ++m_sortGeneration; // an order a worker is still making is overtaken
    relayout([&] {
        m_sortColumn = column;
        m_sortOrder = order;
        m_order = sorter().sorted(m_order);
        rebuildVisible(false);
    });
    setSorting(false);
}

void IncidentBoardModel::sortInBackground()
{
    const int generation = ++m_sortGeneration;
    m_sortedRows = int(m_order.size());
    m_changedWhileSorting.clear();
    m_sortWatcher.disconnect(this);
    connect(&m_sortWatcher, &QFutureWatcherBase::finished, this, [this, generation] {
        if (generation == m_sortGeneration)
            adoptSortedOrder(m_sortWatcher.future().takeResult());
    });
    m_sortWatcher.setFuture(QtConcurrent::run(
            [sorter = BoardSorter(BoardSortRows::of(m_source, m_wantedColumn,
                                                    BoardSortRows::UnbuiltTexts::SorterBuildsThem),
                                  m_wantedColumn, m_wantedOrder),
             rows = m_order]() mutable { return std::move(sorter).sorted(rows); }));
    setSorting(true);
}

// The worker's order covers the rows there were when it started, as they were then. The rows
// changed or added since take their places in it here, unless a history came meanwhile: so many
// rows are sorted on a worker again.
void IncidentBoardModel::adoptSortedOrder(QList<int> sorted)
{
    QList<int> late = m_changedWhileSorting;
    for (int row = m_sortedRows; row < m_order.size(); ++row)
        late.append(row);
    if (late.size() > m_backgroundSortAbove)
        return sortInBackground();
    std::sort(late.begin(), late.end());
    late.erase(std::unique(late.begin(), late.end()), late.end());
    relayout([&] {
        m_sortColumn = m_wantedColumn;
        m_sortOrder = m_wantedOrder;
        const auto less = [this](int l, int r) { return before(l, r); };
        if (!late.isEmpty()) {
            sorted.removeIf(
                    [&late](int row) { return std::binary_search(late.begin(), late.end(), row); });
            std::sort(late.begin(), late.end(), less);
            mergeInOrder(sorted, late);
        }
        m_order = std::move(sorted);
        rebuildVisible(false);
    });
    setSorting(false);
}

// Both `order` and `rows` are in the board's order: `rows` join `order` in their places.
void IncidentBoardModel::mergeInOrder(QList<int> &order, const QList<int> &rows) const
{
    const qsizetype had = order.size();
    order.append(rows);
    std::inplace_merge(order.begin(), order.begin() + had, order.end(),
                       [this](int l, int r) { return before(l, r); });
}

void IncidentBoardModel::setSorting(bool sorting)
{
    if (sorting == m_sorting)
        return;
    m_sorting = sorting;
    Q_EMIT sortingChanged(sorting);
}

QModelIndex IncidentBoardModel::indexOfIncident(IncidentId id, int column) const
{
    const int sourceRow = m_source.rowOf(id);
    if (sourceRow < 0 || m_proxyRowOf.at(sourceRow) < 0)
        return {};
    return index(m_proxyRowOf.at(sourceRow), column);
}

void IncidentBoardModel::onRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    // A loaded history arrives as one block: merged in at once, not looked up row by row.
    constexpr int rowByRow = 64;
    if (last - first >= rowByRow)
        return insertSourceBlock(first, last);
    for (int row = first; row <= last; ++row) {
        // The source only appends, so the per-row table grows at the end.
        Q_ASSERT(row == m_proxyRowOf.size());
        m_proxyRowOf.append(-1);
        noteFacts(row, row);
        insertSourceRow(row);
    }
}

void IncidentBoardModel::insertSourceBlock(int first, int last)
{
    const auto less = [this](int l, int r) { return before(l, r); };
    // The history comes in triage order, the board's usual one: then a linear check replaces
    // the sort.
    QList<int> added = m_source.historyTriageOrder();
    if (added.size() != last - first + 1 || added.value(0, -1) < first) {
        added.resize(last - first + 1);
        std::iota(added.begin(), added.end(), first);
    }
    // The rows already on the board are put in triage order here with them: only if they are few.
    bool inTriageOrder = false;
    if (!std::is_sorted(added.begin(), added.end(), less)) {
        inTriageOrder = m_order.size() <= m_backgroundSortAbove && showableInTriageOrder(added);
        if (!inTriageOrder)
            added = sorter().sorted(added);
    }
    relayout([&] {
        if (inTriageOrder) {
            showInTriageOrder();
            m_order = sorter().sorted(m_order);
        }
        m_proxyRowOf.insert(m_proxyRowOf.size(), last - first + 1, -1);
        noteFacts(first, last);
        mergeInOrder(m_order, added);
        rebuildVisible(false);
    });
    if (inTriageOrder)
        sortInBackground();
}

void IncidentBoardModel::insertSourceRow(int sourceRow)
{
    const auto less = [this](int l, int r) { return before(l, r); };
    m_order.insert(std::upper_bound(m_order.begin(), m_order.end(), sourceRow, less)
                           - m_order.begin(),
                   sourceRow);
    if (!accepts(sourceRow))
        return;
    const int proxyRow = int(std::lower_bound(m_visible.begin(), m_visible.end(), sourceRow, less)
                             - m_visible.begin());
    beginInsertRows({}, proxyRow, proxyRow);
    m_visible.insert(proxyRow, sourceRow);
    reindexVisible(proxyRow);
    endInsertRows();
}

void IncidentBoardModel::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                       const QList<int> &roles)
{
    if (m_visible.isEmpty() && m_order.isEmpty())
        return;
    // The clock moved: ages and countdowns change, but no sort key does (they are absolute
    // times), so nothing moves and the change maps straight through.
    if (topLeft.column() >= IncidentTableModel::AgeColumn) {
        if (!m_visible.isEmpty())
            Q_EMIT dataChanged(index(0, topLeft.column()),
                               index(int(m_visible.size()) - 1, bottomRight.column()), roles);
        return;
    }
    noteFacts(topLeft.row(), bottomRight.row());
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        if (m_sorting && row < m_sortedRows)
            m_changedWhileSorting.append(row);
        reposition(row);
    }
}

// One incident changed: it may move, appear or disappear. Exactly that row is reported.
void IncidentBoardModel::reposition(int sourceRow)
{
    const auto less = [this](int l, int r) { return before(l, r); };
    m_order.removeAt(m_order.indexOf(sourceRow));
    m_order.insert(std::upper_bound(m_order.begin(), m_order.end(), sourceRow, less)
                           - m_order.begin(),
                   sourceRow);

    const int oldProxyRow = m_proxyRowOf.at(sourceRow);
    const bool shown = accepts(sourceRow);
    if (oldProxyRow < 0) {
        if (shown) {
            const int proxyRow
                    = int(std::lower_bound(m_visible.begin(), m_visible.end(), sourceRow, less)
                          - m_visible.begin());
            beginInsertRows({}, proxyRow, proxyRow);
            m_visible.insert(proxyRow, sourceRow);
            reindexVisible(proxyRow);
            endInsertRows();
        }
        return;
    }
    if (!shown) {
        beginRemoveRows({}, oldProxyRow, oldProxyRow);
        m_visible.removeAt(oldProxyRow);
        m_proxyRowOf[sourceRow] = -1;
        reindexVisible(oldProxyRow);
        endRemoveRows();
        return;
    }
    // Where would it go among the others?
    m_visible.removeAt(oldProxyRow);
    const int newProxyRow
            = int(std::lower_bound(m_visible.begin(), m_visible.end(), sourceRow, less)
                  - m_visible.begin());
    m_visible.insert(oldProxyRow, sourceRow);
    if (newProxyRow != oldProxyRow) {
        // beginMoveRows counts the destination before the row is taken out.
        const int destination = newProxyRow > oldProxyRow ? newProxyRow + 1 : newProxyRow;
        beginMoveRows({}, oldProxyRow, oldProxyRow, {}, destination);
        m_visible.removeAt(oldProxyRow);
        m_visible.insert(newProxyRow, sourceRow);
        reindexVisible(std::min(oldProxyRow, newProxyRow));
        endMoveRows();
    }
    Q_EMIT dataChanged(index(newProxyRow, 0), index(newProxyRow, columnCount() - 1));
}

QModelIndex IncidentBoardModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= m_visible.size() || column < 0
        || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex IncidentBoardModel::parent(const QModelIndex &) const
{
    return {};
}

int IncidentBoardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int IncidentBoardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : IncidentTableModel::ColumnCount;
}

QModelIndex IncidentBoardModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || proxyIndex.row() >= m_visible.size())
        return {};
    return m_source.index(m_visible.at(proxyIndex.row()), proxyIndex.column());
}

QModelIndex IncidentBoardModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.row() >= m_proxyRowOf.size())
        return {};
    const int proxyRow = m_proxyRowOf.at(sourceIndex.row());
    return proxyRow < 0 ? QModelIndex() : index(proxyRow, sourceIndex.column());
}

} // namespace sitrep
