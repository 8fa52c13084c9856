#pragma once

#include "boardfilter.h"

#include <QAbstractProxyModel>
#include <QFutureWatcher>
#include <QList>

namespace sitrep {

class BoardSorter;
class IncidentTableModel;

// The board's sorted, filtered view of an IncidentTableModel, built for large histories.
//
// All source rows are kept in sort order; the visible rows are the subsequence of that order
// that passes the filter. A filter keystroke is therefore one linear pass with no sorting (and
// only over the visible rows when the filter narrows), and a live change moves, inserts or
// removes exactly one row. Search text is matched against the source's prepared search texts
// (incidentSearchText()), built once per change rather than per keystroke.
//
// A long list is sorted on a worker: the rows keep their order, live changes included, until
// the new one is ready, and the rows that changed or came meanwhile then take their places in it.
class IncidentBoardModel : public QAbstractProxyModel
{
    Q_OBJECT
public:
    explicit IncidentBoardModel(IncidentTableModel &source, QObject *parent = nullptr);

    [[nodiscard]] const BoardFilter &filter() const { return m_filter; }
    void setFilter(BoardFilter filter);
    void setFilterText(const QString &text);

    // The order asked for, which the rows are in unless isSorting().
    [[nodiscard]] int sortColumn() const { return m_wantedColumn; }
    [[nodiscard]] Qt::SortOrder sortOrder() const { return m_wantedOrder; }
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    [[nodiscard]] bool isSorting() const { return m_sorting; }
    // Lists of more rows than this are sorted on a worker (tests lower it).
    void setBackgroundSortAbove(int rows) { m_backgroundSortAbove = rows; }

    [[nodiscard]] QModelIndex indexOfIncident(IncidentId id, int column = 0) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;

Q_SIGNALS:
    // A worker started or finished putting the rows in the order asked for.
    void sortingChanged(bool sorting);

private:
    // Whole lists are put in order by the sorter; single rows find their place by before(),
    // which orders exactly as the sorter does.
    [[nodiscard]] BoardSorter sorter() const;
    bool before(int leftRow, int rightRow) const;
    bool beforeIn(int column, Qt::SortOrder order, int leftRow, int rightRow) const;
    [[nodiscard]] int compareSortColumn(int column, int leftRow, int rightRow) const;
    [[nodiscard]] bool showableInTriageOrder(const QList<int> &rows) const;
    void showInTriageOrder();
    void sortInBackground();
    void adoptSortedOrder(QList<int> sorted);
    void mergeInOrder(QList<int> &order, const QList<int> &rows) const;
    void setSorting(bool sorting);
    bool accepts(int sourceRow) const;
    bool rebuildAll();
    void rebuildVisible(bool onlyVisibleRows);
    void reindexVisible(int fromProxyRow);
    void relayout(const std::function<void()> &change);
    void onSourceReset();
    void onRowsInserted(const QModelIndex &parent, int first, int last);
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                       const QList<int> &roles);
    void reposition(int sourceRow);
    void insertSourceRow(int sourceRow);
    void insertSourceBlock(int first, int last);
    void noteFacts(int first, int last);

    IncidentTableModel &m_source;
    BoardFilter m_filter;
    // The order m_order is in; while a worker sorts, the one asked for differs.
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_wantedColumn = 0;
    Qt::SortOrder m_wantedOrder = Qt::AscendingOrder;
    int m_backgroundSortAbove = 20'000; // a sort of that many rows stalls about 16 ms
    QFutureWatcher<QList<int>> m_sortWatcher;
    int m_sortGeneration = 0; // counts sorts, so that an overtaken worker's order is dropped
    bool m_sorting = false;
    int m_sortedRows = 0;             // the worker sorts source rows [0, m_sortedRows)
    QList<int> m_changedWhileSorting; // of those, the rows that changed since
    QByteArray m_searchKey;           // m_filter.searchKey()
    QList<int> m_order;               // every source row, in sort order
    QList<int> m_visible;             // source rows shown, in sort order
    QList<int> m_proxyRowOf;          // per source row: its proxy row, or -1
    QList<quint16> m_facts;           // per source row: BoardFilter::factsOf its incident
};

} // namespace sitrep
