#pragma once

#include <QAccessibleWidget>
#include <QCoreApplication>
#include <QHash>

class QAbstractItemModel;

namespace sitrep {

// A chart that can say what it draws: the data behind it as a table (what its CSV export
// holds).
class ChartDataSource
{
public:
    virtual ~ChartDataSource() = default;
    [[nodiscard]] virtual const QAbstractItemModel &dataTable() const = 0;
};

// Presents a chart to assistive technology as the table of its data, so a screen reader can
// walk the numbers cell by cell (row: a moment or a week, column: a series) instead of
// hearing only the chart's name. The cells read the model when asked, so they never go stale.
class ChartTableAccessible : public QAccessibleWidget, public QAccessibleTableInterface
{
    Q_DECLARE_TR_FUNCTIONS(ChartTableAccessible)
public:
    ChartTableAccessible(QWidget *chart, const ChartDataSource &source);
    ~ChartTableAccessible() override;

    // Makes every widget that is a ChartDataSource answer as a table (safe to call often), and
    // tells assistive technology when `chart`'s data table is replaced.
    static void follow(QWidget *chart, const QAbstractItemModel &table);

    [[nodiscard]] const QAbstractItemModel &model() const { return m_source.dataTable(); }

    // QAccessibleInterface
    void *interface_cast(QAccessible::InterfaceType type) override;
    QAccessible::Role role() const override { return QAccessible::Table; }
    QString text(QAccessible::Text t) const override;
    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }

    // QAccessibleTableInterface
    QAccessibleInterface *caption() const override { return nullptr; }
    QAccessibleInterface *summary() const override { return nullptr; }
    QAccessibleInterface *cellAt(int row, int column) const override;
    int selectedCellCount() const override { return 0; }
    QList<QAccessibleInterface *> selectedCells() const override { return {}; }
    QString columnDescription(int column) const override;
    QString rowDescription(int row) const override;
    int selectedColumnCount() const override { return 0; }
    int selectedRowCount() const override { return 0; }
    int columnCount() const override;
    int rowCount() const override;
    QList<int> selectedColumns() const override { return {}; }
    QList<int> selectedRows() const override { return {}; }
    bool isColumnSelected(int) const override { return false; }
    bool isRowSelected(int) const override { return false; }
    bool selectRow(int) override { return false; }
    bool selectColumn(int) override { return false; }
    bool unselectRow(int) override { return false; }
    bool unselectColumn(int) override { return false; }
    void modelChange(QAccessibleTableModelChangeEvent *) override { }

private:
    const ChartDataSource &m_source;
    // The cells handed out, by position, registered with QAccessible and removed with the
    // table: a screen reader keeps their ids.
    mutable QHash<quint64, QAccessible::Id> m_cells;
};

} // namespace sitrep
