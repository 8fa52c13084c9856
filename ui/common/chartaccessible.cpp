#include "chartaccessible.h"

#include <QAbstractItemModel>
#include <QWidget>

namespace sitrep {

namespace {

// One number (or time) of a chart's table. It reads the model through its table each time,
// and is invalid once the data no longer reaches its row.
class ChartCellAccessible : public QAccessibleInterface, public QAccessibleTableCellInterface
{
public:
    ChartCellAccessible(const ChartTableAccessible *table, int row, int column)
        : m_table(table), m_row(row), m_column(column)
    { }

    bool isValid() const override
    {
        return m_table->isValid() && m_row < m_table->rowCount()
                && m_column < m_table->columnCount();
    }
    QObject *object() const override { return nullptr; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QAccessibleInterface *parent() const override
    {
        return const_cast<ChartTableAccessible *>(m_table);
    }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QString text(QAccessible::Text t) const override
    {
        if (t != QAccessible::Name || !isValid())
            return {};
        return m_table->model().index(m_row, m_column).data().toString();
    }
    void setText(QAccessible::Text, const QString &) override { }
    QRect rect() const override { return m_table->rect(); }
    QAccessible::Role role() const override { return QAccessible::Cell; }
    QAccessible::State state() const override
    {
        QAccessible::State state;
        state.readOnly = true;
        state.invisible = !isValid();
        return state;
    }
    void *interface_cast(QAccessible::InterfaceType type) override
    {
        return type == QAccessible::TableCellInterface
                ? static_cast<QAccessibleTableCellInterface *>(this)
                : nullptr;
    }

    bool isSelected() const override { return false; }
    QList<QAccessibleInterface *> columnHeaderCells() const override { return {}; }
    QList<QAccessibleInterface *> rowHeaderCells() const override { return {}; }
    int columnIndex() const override { return m_column; }
    int rowIndex() const override { return m_row; }
    int columnExtent() const override { return 1; }
    int rowExtent() const override { return 1; }
    QAccessibleInterface *table() const override { return parent(); }

private:
    const ChartTableAccessible *m_table;
    int m_row;
    int m_column;
};

QAccessibleInterface *chartFactory(const QString &, QObject *object)
{
    auto *widget = qobject_cast<QWidget *>(object);
    const auto *source = dynamic_cast<const ChartDataSource *>(object);
    return widget && source ? new ChartTableAccessible(widget, *source) : nullptr;
}

} // namespace

ChartTableAccessible::ChartTableAccessible(QWidget *chart, const ChartDataSource &source)
    : QAccessibleWidget(chart, QAccessible::Table), m_source(source)
{ }

ChartTableAccessible::~ChartTableAccessible()
{
    for (const QAccessible::Id id : std::as_const(m_cells))
        QAccessible::deleteAccessibleInterface(id);
}

void ChartTableAccessible::follow(QWidget *chart, const QAbstractItemModel &table)
{
    static const bool installed = [] {
        QAccessible::installFactory(chartFactory);
        return true;
    }();
    Q_UNUSED(installed);
    QObject::connect(&table, &QAbstractItemModel::modelReset, chart, [chart] {
        if (!QAccessible::isActive())
            return;
        QAccessibleTableModelChangeEvent event(chart, QAccessibleTableModelChangeEvent::ModelReset);
        QAccessible::updateAccessibility(&event);
    });
}

void *ChartTableAccessible::interface_cast(QAccessible::InterfaceType type)
{
    if (type == QAccessible::TableInterface)
        return static_cast<QAccessibleTableInterface *>(this);
    return QAccessibleWidget::interface_cast(type);
}

QString ChartTableAccessible::text(QAccessible::Text t) const
{
    if (t == QAccessible::Description && widget()->accessibleDescription().isEmpty())
        return tr("A table of the chart's data: %n rows.", nullptr, rowCount());
    return QAccessibleWidget::text(t);
}

int ChartTableAccessible::childCount() const
{
    return rowCount() * columnCount();
}

QAccessibleInterface *ChartTableAccessible::child(int index) const
{
    const int columns = columnCount();
    return index < 0 || columns == 0 ? nullptr : cellAt(index / columns, index % columns);
}

int ChartTableAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    const QAccessibleTableCellInterface *cell
            = child ? const_cast<QAccessibleInterface *>(child)->tableCellInterface() : nullptr;
    if (!cell || child->parent() != this)
        return -1;
    return cell->rowIndex() * columnCount() + cell->columnIndex();
}

QAccessibleInterface *ChartTableAccessible::cellAt(int row, int column) const
{
    if (row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return nullptr;
    const quint64 key = (quint64(row) << 32) | quint64(column);
    auto found = m_cells.constFind(key);
    if (found == m_cells.cend())
        found = m_cells.insert(key,
                               QAccessible::registerAccessibleInterface(
                                       new ChartCellAccessible(this, row, column)));
    return QAccessible::accessibleInterface(*found);
}

QString ChartTableAccessible::columnDescription(int column) const
{
    return model().headerData(column, Qt::Horizontal).toString();
}

QString ChartTableAccessible::rowDescription(int row) const
{
    return model().index(row, 0).data().toString();
}

int ChartTableAccessible::columnCount() const
{
    return model().columnCount();
}

int ChartTableAccessible::rowCount() const
{
    return model().rowCount();
}

} // namespace sitrep
