#include "itemmodels/keyedtablemodel.h"

#include <QAbstractItemModelTester>
#include <QPersistentModelIndex>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace sitrep;
using namespace Qt::StringLiterals;

namespace {

struct Row
{
    QString key;
    int value = 0;
    bool operator==(const Row &) const = default;
};

// The smallest keyed table: a key column and a value column.
class RowsModel : public KeyedTableModel
{
public:
    void replace(QList<Row> next)
    {
        replaceRows(m_rows, std::move(next), [](const Row &row) { return row.key; });
    }
    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : 2;
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || role != Qt::DisplayRole)
            return {};
        const Row &row = m_rows.at(index.row());
        return index.column() == 0 ? QVariant(row.key) : QVariant(row.value);
    }
    const QList<Row> &rows() const { return m_rows; }

private:
    QList<Row> m_rows;
};

QList<Row> rowsOf(const QString &keys, int value = 0)
{
    QList<Row> rows;
    for (QChar key : keys)
        rows.append({QString(key), value});
    return rows;
}

} // namespace

// Replacing a keyed table's rows signals what changed and nothing more: views keep their
// selection (persistent indexes follow the keys), and a reset comes only when there was
// nothing to keep.
class tst_KeyedTableModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void signalsOnlyWhatChanged_data();
    void signalsOnlyWhatChanged();
    void persistentIndexesFollowTheirKeysThroughRandomChanges();
    void duplicateKeysReset();
};

void tst_KeyedTableModel::signalsOnlyWhatChanged_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<int>("resets");
    QTest::addColumn<int>("insertRuns");
    QTest::addColumn<int>("removeRuns");
    QTest::addColumn<int>("layouts");
    QTest::addColumn<int>("setChanges");

    QTest::newRow("first rows") << ""
                                << "abc" << 1 << 0 << 0 << 0 << 1;
    QTest::newRow("all gone") << "abc"
                              << "" << 1 << 0 << 0 << 0 << 1;
    QTest::newRow("one new at the top") << "bcd"
                                        << "abcd" << 0 << 1 << 0 << 0 << 1;
    QTest::newRow("two apart") << "bd"
                               << "abcde" << 0 << 3 << 0 << 0 << 1;
    QTest::newRow("one gone in the middle") << "abcd"
                                            << "abd" << 0 << 0 << 1 << 0 << 1;
    QTest::newRow("two runs gone") << "abcdef"
                                   << "adf" << 0 << 0 << 2 << 0 << 1;
    QTest::newRow("moved") << "abcd"
                           << "dabc" << 0 << 0 << 0 << 1 << 1;
    QTest::newRow("all at once") << "abcdef"
                                 << "xfby" << 0 << 2 << 2 << 1 << 1;
    QTest::newRow("nothing came or went") << "abc"
                                          << "abc" << 0 << 0 << 0 << 0 << 0;
}

void tst_KeyedTableModel::signalsOnlyWhatChanged()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    RowsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.replace(rowsOf(before));
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy layouts(&model, &QAbstractItemModel::layoutChanged);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy setChanges(&model, &KeyedTableModel::rowSetChanged);

    // Every row that stays also gets a new value: its data changed, its key did not.
    model.replace(rowsOf(after, 1));

    QCOMPARE(model.rows(), rowsOf(after, 1));
    QTEST(int(resets.size()), "resets");
    QTEST(int(inserted.size()), "insertRuns");
    QTEST(int(removed.size()), "removeRuns");
    QTEST(int(layouts.size()), "layouts");
    QTEST(int(setChanges.size()), "setChanges");
    // The rows that came are announced by their insertion, the rows that stayed by dataChanged.
    if (resets.isEmpty() && !after.isEmpty())
        QVERIFY(!changed.isEmpty());

    // Replacing with the very same rows says nothing at all.
    changed.clear();
    setChanges.clear();
    model.replace(rowsOf(after, 1));
    QCOMPARE(changed.size(), 0);
    QCOMPARE(setChanges.size(), 0);
}

void tst_KeyedTableModel::persistentIndexesFollowTheirKeysThroughRandomChanges()
{
    RowsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QRandomGenerator random(20261204);
    const QString alphabet = u"abcdefghijklmnopqrstuvwxyz"_s;
    model.replace(rowsOf(alphabet.left(10)));
    for (int round = 0; round < 500; ++round) {
        // A new list: some keys kept, some dropped, some new, in a shuffled or kept order.
        QString next;
        for (QChar key : alphabet)
            if (random.bounded(3) != 0)
                next.append(key);
        if (next.isEmpty())
            next = u"m"_s;
        if (random.bounded(2) == 0)
            std::shuffle(next.begin(), next.end(), random);
        // Hold a persistent index on every row of the key column, as a selection would.
        QList<std::pair<QPersistentModelIndex, QString>> held;
        for (int row = 0; row < model.rowCount(); ++row)
            held.append({model.index(row, 0), model.rows().at(row).key});
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.replace(rowsOf(next, round));
        QCOMPARE(model.rows(), rowsOf(next, round));
        QCOMPARE(resets.size(), 0);
        // Each kept key keeps its index, now on the key's new row; each dropped key's is gone.
        for (const auto &[index, key] : held) {
            QCOMPARE(index.isValid(), next.contains(key));
            if (index.isValid())
                QCOMPARE(index.data().toString(), key);
        }
    }
}

void tst_KeyedTableModel::duplicateKeysReset()
{
    RowsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.replace(rowsOf(u"abc"_s));
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.replace(rowsOf(u"abca"_s));
    QCOMPARE(resets.size(), 1);
    QCOMPARE(model.rows(), rowsOf(u"abca"_s));
}

QTEST_GUILESS_MAIN(tst_KeyedTableModel)
#include "tst_keyedtablemodel.moc"
