#pragma once

#include <algorithm>
#include <numeric>
#include <type_traits>

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>

namespace sitrep {

// A table whose rows each carry a key (an alert's fingerprint, a message's id). Replacing the
// rows signals exactly what changed: the rows that went, the rows that moved, the rows that
// came, and the rows whose data differs. A view keeps its selection, current row and scroll
// position through a poll that brings one new alert, which a model reset would clear.
class KeyedTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

Q_SIGNALS:
    // Once per replacement that removed, inserted or reordered rows, where rowsInserted and
    // rowsRemoved come once per run of rows: for work that looks at all rows together.
    void rowSetChanged();

protected:
    // Turns rows into next. Keys must be unique in both lists; where they are not, or where
    // one side is empty (nothing to keep), the model resets instead. Emits rowSetChanged()
    // last, so a subclass updates what it derives from the rows in rowsChanging().
    template<typename Row, typename KeyOf>
    void replaceRows(QList<Row> &rows, QList<Row> next, KeyOf keyOf);
    // Called once the rows are replaced, before anyone hears of the new set.
    virtual void rowsReplaced() { }

private:
    using Run = std::pair<qsizetype, qsizetype>;
    // The runs of consecutive rows among count for which inRun(row) holds.
    static QList<Run> runsWhere(qsizetype count, auto &&inRun);
    void emitChangedRuns(const QList<Run> &runs);
};

QList<KeyedTableModel::Run> KeyedTableModel::runsWhere(qsizetype count, auto &&inRun)
{
    QList<Run> runs;
    for (qsizetype row = 0; row < count; ++row) {
        if (!inRun(row))
            continue;
        if (!runs.isEmpty() && runs.last().second == row - 1)
            runs.last().second = row;
        else
            runs.append({row, row});
    }
    return runs;
}

template<typename Row, typename KeyOf>
void KeyedTableModel::replaceRows(QList<Row> &rows, QList<Row> next, KeyOf keyOf)
{
    using Key = std::decay_t<decltype(keyOf(std::declval<const Row &>()))>;
    QHash<Key, qsizetype> nextRowOf;
    nextRowOf.reserve(next.size());
    for (qsizetype row = 0; row < next.size(); ++row)
        nextRowOf.insert(keyOf(next.at(row)), row);
    QSet<Key> before;
    before.reserve(rows.size());
    for (const Row &row : rows)
        before.insert(keyOf(row));
    if (rows.isEmpty() || next.isEmpty() || nextRowOf.size() != next.size()
        || before.size() != rows.size()) {
        const bool changed = rows.size() != next.size() || !rows.isEmpty();
        beginResetModel();
        rows = std::move(next);
        rowsReplaced();
        endResetModel();
        if (changed)
            Q_EMIT rowSetChanged();
        return;
    }
    bool setChanged = false;

    // Rows that went, last run first so the earlier runs keep their numbers.
    const QList<Run> gone = runsWhere(
            rows.size(), [&](qsizetype row) { return !nextRowOf.contains(keyOf(rows.at(row))); });
    for (auto run = gone.crbegin(); run != gone.crend(); ++run) {
        beginRemoveRows({}, int(run->first), int(run->second));
        rows.remove(run->first, run->second - run->first + 1);
        endRemoveRows();
        setChanged = true;
    }

    // The rows that stay, in the new order: a layout change that carries the persistent
    // indexes (a selection, the current row) along.
    const auto newRow = [&](const Row &row) { return nextRowOf.value(keyOf(row)); };
    if (!std::is_sorted(rows.cbegin(), rows.cend(),
                        [&](const Row &a, const Row &b) { return newRow(a) < newRow(b); })) {
        Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        QList<qsizetype> order(rows.size());
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
            return newRow(rows.at(a)) < newRow(rows.at(b));
        });
        QList<int> movedTo(rows.size());
        QList<Row> reordered;
        reordered.reserve(rows.size());
        for (qsizetype position = 0; position < order.size(); ++position) {
            movedTo[order.at(position)] = int(position);
            reordered.append(rows.at(order.at(position)));
        }
        const QModelIndexList persistent = persistentIndexList();
        QModelIndexList moved;
        moved.reserve(persistent.size());
        for (const QModelIndex &index : persistent)
            moved.append(this->index(movedTo.at(index.row()), index.column()));
        rows = std::move(reordered);
        changePersistentIndexList(persistent, moved);
        Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
        setChanged = true;
    }

    // Rows that came, first run first: each run's place already holds everything before it.
    const QList<Run> came = runsWhere(
            next.size(), [&](qsizetype row) { return !before.contains(keyOf(next.at(row))); });
    for (const Run &run : came) {
        beginInsertRows({}, int(run.first), int(run.second));
        // The run's room is made at once (the rows after it move once, not once per row).
        rows.insert(run.first, run.second - run.first + 1, Row {});
        std::copy(next.cbegin() + run.first, next.cbegin() + run.second + 1,
                  rows.begin() + run.first);
        endInsertRows();
        setChanged = true;
    }

    // Same keys in the same order now: the rows that hold other data are replaced, and views
    // told. A row that compares equal stays as it was, with whatever it keeps beside its data.
    const QList<Run> differ = runsWhere(
            next.size(), [&](qsizetype row) { return !(rows.at(row) == next.at(row)); });
    for (const Run &run : differ)
        for (qsizetype row = run.first; row <= run.second; ++row)
            rows[row] = std::move(next[row]);
    rowsReplaced();
    emitChangedRuns(differ);
    if (setChanged)
        Q_EMIT rowSetChanged();
}

} // namespace sitrep
