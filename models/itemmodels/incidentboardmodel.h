#pragma once

#include "boardfilter.h"

#include <QAbstractProxyModel>
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
class IncidentBoardModel : public QAbstractProxyModel
{
    Q_OBJECT
public:
    explicit IncidentBoardModel(IncidentTableModel &source, QObject *parent = nullptr);

    [[nodiscard]] const BoardFilter &filter() const { return m_filter; }
    void setFilter(BoardFilter filter);
    void setFilterText(const QString &text);

    [[nodiscard]] int sortColumn() const { return m_sortColumn; }
    [[nodiscard]] Qt::SortOrder sortOrder() const { return m_sortOrder; }
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    [[nodiscard]] QModelIndex indexOfIncident(IncidentId id, int column = 0) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;

private:
    // Whole lists are put in order by the sorter; single rows find their place by before(),
    // which orders exactly as the sorter does.
    [[nodiscard]] BoardSorter sorter() const;
    bool before(int leftRow, int rightRow) const;
    [[nodiscard]] int compareSortColumn(int leftRow, int rightRow) const;
    bool accepts(int sourceRow) const;
    void rebuildAll();
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
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QByteArray m_searchKey;  // m_filter.searchKey()
    QList<int> m_order;      // every source row, in sort order
    QList<int> m_visible;    // source rows shown, in sort order
    QList<int> m_proxyRowOf; // per source row: its proxy row, or -1
    QList<quint16> m_facts;  // per source row: BoardFilter::factsOf its incident
};

} // namespace sitrep
