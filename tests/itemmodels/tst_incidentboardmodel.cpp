#include "boardfixture.h"
#include "itemmodels/incidentboardmodel.h"

#include <functional>

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>

using namespace sitrep;
using namespace Qt::StringLiterals;

class tst_IncidentBoardModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void defaultShowsOpenIncidentsBySeverity();
    void textFilterMatchesTitleCommanderServiceAndId();
    void severityStatusAndScopeFilters();
    void narrowingAndWideningAgree();
    void sortByEveryColumn_data();
    void sortByEveryColumn();
    void liveChangeMovesExactlyOneRow();
    void resolvingLeavesTheOpenBoard();
    void selectionSurvivesFilterAndSort();
    void timeTickMapsStraightThrough();
    void historyJoinsInItsPlace();
    void longListSortsOnAWorker();
    void changesWhileSortingTakeTheirPlaces();
    void aNewerSortOvertakesTheWorker();
    void largeHistoryShowsInTriageOrderFirst();

private:
    QStringList titles() const;
    void declareMany(int count);

    std::unique_ptr<BoardFixture> f;
    std::unique_ptr<IncidentTableModel> table;
    std::unique_ptr<IncidentBoardModel> board;
    std::unique_ptr<QAbstractItemModelTester> tester;
};

void tst_IncidentBoardModel::init()
{
    f = std::make_unique<BoardFixture>();
    table = std::make_unique<IncidentTableModel>(*f->service, f->clock);
    board = std::make_unique<IncidentBoardModel>(*table);
    tester = std::make_unique<QAbstractItemModelTester>(
            board.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    f->declare(u"Checkout errors"_s, Severity::Sev2, {u"checkout"_s, u"payments"_s}, u"alice"_s);
    f->declare(u"Search latency"_s, Severity::Sev3, {u"search"_s}, u"bob"_s);
    f->declare(u"Total outage"_s, Severity::Sev1, {u"api"_s}, u"carol"_s);
    f->declare(u"Typo on pricing page"_s, Severity::Sev4, {u"web"_s}, u"dave"_s);
}

void tst_IncidentBoardModel::cleanup()
{
    tester.reset();
    board.reset();
    table.reset();
    f.reset();
}

namespace {

QList<IncidentId> idsOf(const IncidentBoardModel &board)
{
    QList<IncidentId> ids;
    for (int row = 0; row < board.rowCount(); ++row)
        ids << board.index(row, 0).data(IncidentTableModel::IdRole).toLongLong();
    return ids;
}

// The board's order once it is sorted as `board` was asked to be, by a board that sorts here.
QList<IncidentId> sortedHere(IncidentTableModel &table, const IncidentBoardModel &board)
{
    IncidentBoardModel reference(table);
    reference.setFilter(board.filter());
    reference.sort(board.sortColumn(), board.sortOrder());
    return idsOf(reference);
}

// A hundred resolved incidents numbered from 1000, of every severity in turn; `shape` gives
// each its title and times.
QList<Incident> resolvedHistory(const std::function<void(int, Incident &)> &shape)
{
    QList<Incident> history;
    for (int i = 0; i < 100; ++i) {
        Incident old;
        old.id = 1000 + i;
        old.severity = static_cast<Severity>(1 + i % 4);
        old.status = IncidentStatus::Resolved;
        shape(i, old);
        history << old;
    }
    return history;
}

} // namespace

void tst_IncidentBoardModel::declareMany(int count)
{
    const QStringList commanders = {u"mallory"_s, u"Bob"_s, u"zoe"_s, u"alice"_s};
    for (int i = 0; i < count; ++i)
        f->declare(u"db replica lag %1"_s.arg(i * 7919 % count), static_cast<Severity>(1 + i % 4),
                   {u"db"_s}, commanders.at(i % commanders.size()));
}

QStringList tst_IncidentBoardModel::titles() const
{
    QStringList result;
    for (int row = 0; row < board->rowCount(); ++row)
        result << board->index(row, IncidentTableModel::TitleColumn).data().toString();
    return result;
}

void tst_IncidentBoardModel::defaultShowsOpenIncidentsBySeverity()
{
    QCOMPARE(titles(),
             (QStringList {u"Total outage"_s, u"Checkout errors"_s, u"Search latency"_s,
                           u"Typo on pricing page"_s}));
    QCOMPARE(board->index(0, 0).data(IncidentTableModel::SeverityRole).toInt(), 1);
}

void tst_IncidentBoardModel::textFilterMatchesTitleCommanderServiceAndId()
{
    board->setFilterText(u"CHECKOUT"_s);
    QCOMPARE(titles(), QStringList {u"Checkout errors"_s});
    board->setFilterText(u"payments"_s);
    QCOMPARE(titles(), QStringList {u"Checkout errors"_s});
    board->setFilterText(u"carol"_s);
    QCOMPARE(titles(), QStringList {u"Total outage"_s});
    board->setFilterText(u"#2"_s);
    QCOMPARE(titles(), QStringList {u"Search latency"_s});
    board->setFilterText(u"nothing matches this"_s);
    QCOMPARE(board->rowCount(), 0);
    board->setFilterText(QString());
    QCOMPARE(board->rowCount(), 4);
}

void tst_IncidentBoardModel::severityStatusAndScopeFilters()
{
    BoardFilter filter;
    filter.severities = 0b0011; // SEV-1 and SEV-2
    board->setFilter(filter);
    QCOMPARE(titles(), (QStringList {u"Total outage"_s, u"Checkout errors"_s}));

    const IncidentId search = 2;
    QVERIFY(f->service->changeStatus(search, IncidentStatus::Monitoring, u"t"_s));
    filter = BoardFilter();
    filter.statuses = 1u << int(IncidentStatus::Monitoring);
    board->setFilter(filter);
    QCOMPARE(titles(), QStringList {u"Search latency"_s});

    QVERIFY(f->service->resolve(search, u"reindexed"_s, {}, u"t"_s));
    QCOMPARE(board->rowCount(), 0);
    filter = BoardFilter();
    filter.scope = BoardFilter::Scope::Resolved;
    board->setFilter(filter);
    QCOMPARE(titles(), QStringList {u"Search latency"_s});
    filter.scope = BoardFilter::Scope::All;
    board->setFilter(filter);
    QCOMPARE(board->rowCount(), 4);

    // The scope as the settings file keeps it; anything else is the default.
    for (BoardFilter::Scope scope :
         {BoardFilter::Scope::Open, BoardFilter::Scope::Resolved, BoardFilter::Scope::All})
        QCOMPARE(BoardFilter::scopeFromKey(BoardFilter::scopeKey(scope)), scope);
    QCOMPARE(BoardFilter::scopeKey(BoardFilter::Scope::Resolved), u"resolved"_s);
    for (const QString &other : {QString(), u"All"_s, u"closed"_s})
        QCOMPARE(BoardFilter::scopeFromKey(other), BoardFilter::Scope::Open);
}

void tst_IncidentBoardModel::narrowingAndWideningAgree()
{
    for (int i = 0; i < 40; ++i)
        f->declare(u"db replica lag %1"_s.arg(i), static_cast<Severity>(1 + i % 4), {u"db"_s});
    // Typing then deleting must give the same rows as setting the text at once.
    const QString word = u"lag 1"_s;
    for (int length = 1; length <= word.size(); ++length)
        board->setFilterText(word.left(length));
    const QStringList typed = titles();
    QCOMPARE(typed.size(), 11); // lag 1, lag 10..19
    for (int length = word.size() - 1; length >= 0; --length)
        board->setFilterText(word.left(length));
    QCOMPARE(board->rowCount(), 44);
    board->setFilterText(word);
    QCOMPARE(titles(), typed);
}

void tst_IncidentBoardModel::sortByEveryColumn_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    QTest::addColumn<QString>("first");
    QTest::newRow("severity asc") << int(IncidentTableModel::SeverityColumn)
                                  << int(Qt::AscendingOrder) << u"Total outage"_s;
    QTest::newRow("severity desc") << int(IncidentTableModel::SeverityColumn)
                                   << int(Qt::DescendingOrder) << u"Typo on pricing page"_s;
    QTest::newRow("title asc") << int(IncidentTableModel::TitleColumn) << int(Qt::AscendingOrder)
                               << u"Checkout errors"_s;
    QTest::newRow("commander desc") << int(IncidentTableModel::CommanderColumn)
                                    << int(Qt::DescendingOrder) << u"Typo on pricing page"_s;
    QTest::newRow("services asc") << int(IncidentTableModel::ServicesColumn)
                                  << int(Qt::AscendingOrder) << u"Total outage"_s;
    QTest::newRow("age asc (youngest)") << int(IncidentTableModel::AgeColumn)
                                        << int(Qt::AscendingOrder) << u"Typo on pricing page"_s;
    QTest::newRow("age desc (oldest)") << int(IncidentTableModel::AgeColumn)
                                       << int(Qt::DescendingOrder) << u"Checkout errors"_s;
    QTest::newRow("next update asc") << int(IncidentTableModel::NextUpdateColumn)
                                     << int(Qt::AscendingOrder) << u"Total outage"_s;
}

void tst_IncidentBoardModel::sortByEveryColumn()
{
    QFETCH(int, column);
    QFETCH(int, order);
    QFETCH(QString, first);
    QSignalSpy layout(board.get(), &QAbstractItemModel::layoutChanged);
    board->sort(column, Qt::SortOrder(order));
    // The board opens by severity, most severe first: asked for that again, nothing moves.
    const bool opensSo
            = column == IncidentTableModel::SeverityColumn && order == Qt::AscendingOrder;
    QCOMPARE(layout.size(), opensSo ? 0 : 1);
    board->sort(column, Qt::SortOrder(order));
    QCOMPARE(layout.size(), opensSo ? 0 : 1);
    QCOMPARE(titles().first(), first);
    QCOMPARE(board->rowCount(), 4);
}

void tst_IncidentBoardModel::liveChangeMovesExactlyOneRow()
{
    QSignalSpy moved(board.get(), &QAbstractItemModel::rowsMoved);
    QSignalSpy reset(board.get(), &QAbstractItemModel::modelReset);
    QSignalSpy layout(board.get(), &QAbstractItemModel::layoutChanged);
    QSignalSpy changed(board.get(), &QAbstractItemModel::dataChanged);
    // Search latency (SEV-3, row 2) becomes SEV-1: it moves above Checkout errors, and below
    // the newer SEV-1.
    QVERIFY(f->service->changeSeverity(2, Severity::Sev1, u"t"_s));
    QCOMPARE(moved.size(), 1);
    QCOMPARE(moved.first().at(1).toInt(), 2); // start
    QCOMPARE(moved.first().at(4).toInt(), 1); // destination
    QCOMPARE(titles(),
             (QStringList {u"Total outage"_s, u"Search latency"_s, u"Checkout errors"_s,
                           u"Typo on pricing page"_s}));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
    QCOMPARE(changed.first().at(1).toModelIndex().row(), 1);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(layout.size(), 0);

    // A change that keeps the place is one dataChanged for that row.
    QVERIFY(f->service->changeCommander(4, u"erin"_s, u"t"_s));
    QCOMPARE(moved.size(), 1);
    QCOMPARE(changed.size(), 2);
    QCOMPARE(changed.last().at(0).toModelIndex().row(), 3);
    QCOMPARE(board->index(3, IncidentTableModel::CommanderColumn).data().toString(), u"erin"_s);
}

void tst_IncidentBoardModel::resolvingLeavesTheOpenBoard()
{
    QSignalSpy removed(board.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(board.get(), &QAbstractItemModel::rowsInserted);
    QVERIFY(f->service->resolve(1, u"rolled back"_s, {}, u"t"_s));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.first().at(1).toInt(), 1);
    QCOMPARE(board->rowCount(), 3);
    QVERIFY(f->service->reopen(1, u"errors again"_s, u"t"_s));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 1);
    QCOMPARE(board->rowCount(), 4);
}

void tst_IncidentBoardModel::selectionSurvivesFilterAndSort()
{
    QItemSelectionModel selection(board.get());
    const QModelIndex checkout = board->indexOfIncident(1);
    selection.setCurrentIndex(checkout,
                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    auto currentId = [&] {
        return selection.currentIndex().data(IncidentTableModel::IdRole).toLongLong();
    };

    board->sort(IncidentTableModel::TitleColumn, Qt::DescendingOrder);
    QCOMPARE(currentId(), 1);
    board->setFilterText(u"e"_s);
    QCOMPARE(currentId(), 1);
    QVERIFY(selection.isRowSelected(selection.currentIndex().row(), {}));
    f->declare(u"A new one on top"_s, Severity::Sev1);
    QCOMPARE(currentId(), 1);
    board->setFilterText(u"outage"_s);
    QVERIFY(!selection.currentIndex().isValid());
}

void tst_IncidentBoardModel::timeTickMapsStraightThrough()
{
    QSignalSpy changed(board.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy layout(board.get(), &QAbstractItemModel::layoutChanged);
    board->sort(IncidentTableModel::AgeColumn, Qt::AscendingOrder);
    f->clock.advance(600);
    table->refreshTimes();
    QCOMPARE(layout.size(), 1); // the sort only
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex(), board->index(0, IncidentTableModel::AgeColumn));
    QCOMPARE(changed.first().at(1).toModelIndex(),
             board->index(3, IncidentTableModel::NextUpdateColumn));
}

// The board opens on what is open and the resolved history joins later as one block, each row
// in the board's order, while an incident a live change brought meanwhile keeps its newer state.
void tst_IncidentBoardModel::historyJoinsInItsPlace()
{
    const IncidentId flapping = 2;
    QVERIFY(f->service->resolve(flapping, u"reindexed"_s, {}, u"t"_s));
    QList<Incident> history = f->service->incidents(IncidentSelection::Resolved).value();
    history << resolvedHistory([this](int i, Incident &old) {
        old.title = u"old incident %1"_s.arg(i);
        old.startedAt = f->clock.now().addDays(-1 - i % 7);
        old.resolvedAt = old.startedAt.addSecs(3600);
    });

    IncidentTableModel lazy(*f->service, f->clock);
    IncidentBoardModel lazyBoard(lazy);
    QAbstractItemModelTester lazyTester(&lazyBoard,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
    BoardFilter all;
    all.scope = BoardFilter::Scope::All;
    lazyBoard.setFilter(all);
    lazyBoard.sort(IncidentTableModel::TitleColumn);
    lazy.beginLoading();
    lazy.setIncidents(
            SearchableIncidents::prepare(f->service->incidents(IncidentSelection::Open).value()),
            history.size());
    QCOMPARE(lazy.rowCount(), 3);
    QCOMPARE(lazy.incidentCount(), 104);
    QVERIFY(!lazy.hasWholeHistory());

    // While the history is read, the resolved incident is reopened.
    lazy.beginLoadingHistory();
    QVERIFY(lazy.isLoadingHistory());
    QVERIFY(f->service->reopen(flapping, u"flapping"_s, u"t"_s));
    QCOMPARE(lazy.rowCount(), 4);
    QSignalSpy inserted(&lazy, &QAbstractItemModel::rowsInserted);
    lazy.addHistory(SearchableIncidents::prepare(history));
    QCOMPARE(inserted.size(), 1); // one block, without the stale copy
    QCOMPARE(inserted.first().at(2).toInt() - inserted.first().at(1).toInt() + 1, 100);
    QCOMPARE(lazy.rowCount(), 104);
    QVERIFY(lazy.hasWholeHistory());
    QVERIFY(!lazy.isLoadingHistory());
    QCOMPARE(lazy.incidentAt(lazy.rowOf(flapping)).status, IncidentStatus::Investigating);

    // The same rows loaded at once give the same board.
    QList<Incident> rows;
    for (int row = 0; row < lazy.rowCount(); ++row)
        rows << Incident(lazy.incidentAt(row));
    IncidentTableModel eager(*f->service, f->clock);
    eager.setIncidents(rows);
    IncidentBoardModel eagerBoard(eager);
    eagerBoard.setFilter(all);
    eagerBoard.sort(IncidentTableModel::TitleColumn);
    QCOMPARE(lazyBoard.rowCount(), 104);
    for (int row = 0; row < eagerBoard.rowCount(); ++row)
        QCOMPARE(lazyBoard.index(row, 0).data(IncidentTableModel::IdRole),
                 eagerBoard.index(row, 0).data(IncidentTableModel::IdRole));
}

// Past the threshold the sort runs on a worker: the rows and the selection stay as they are until
// the new order is ready, and then it is one layout change to the same order a sort here gives.
void tst_IncidentBoardModel::longListSortsOnAWorker()
{
    declareMany(40);
    board->setBackgroundSortAbove(10);
    QItemSelectionModel selection(board.get());
    selection.setCurrentIndex(board->indexOfIncident(1), QItemSelectionModel::ClearAndSelect);
    const QList<IncidentId> before = idsOf(*board);
    QSignalSpy sorting(board.get(), &IncidentBoardModel::sortingChanged);
    QSignalSpy layout(board.get(), &QAbstractItemModel::layoutChanged);

    board->sort(IncidentTableModel::TitleColumn, Qt::DescendingOrder);
    QVERIFY(board->isSorting());
    QCOMPARE(board->sortColumn(), int(IncidentTableModel::TitleColumn));
    QCOMPARE(board->sortOrder(), Qt::DescendingOrder);
    QCOMPARE(idsOf(*board), before);
    QCOMPARE(layout.size(), 0);

    QVERIFY(sorting.wait());
    QCOMPARE(sorting.size(), 2);
    QCOMPARE(sorting.last().first().toBool(), false);
    QVERIFY(!board->isSorting());
    QCOMPARE(layout.size(), 1);
    QCOMPARE(idsOf(*board), sortedHere(*table, *board));
    QCOMPARE(selection.currentIndex().data(IncidentTableModel::IdRole).toLongLong(), 1);
}

// What changes while the worker sorts is not lost: changed rows move to their new places, new
// ones come in at theirs, resolved ones leave, all in the order asked for.
void tst_IncidentBoardModel::changesWhileSortingTakeTheirPlaces()
{
    declareMany(40);
    board->setBackgroundSortAbove(10);
    QSignalSpy sorting(board.get(), &IncidentBoardModel::sortingChanged);
    board->sort(IncidentTableModel::CommanderColumn, Qt::AscendingOrder);
    QVERIFY(board->isSorting());

    QVERIFY(f->service->changeCommander(4, u"aaron"_s, u"t"_s));
    QVERIFY(f->service->resolve(2, u"reindexed"_s, {}, u"t"_s));
    const IncidentId added
            = f->declare(u"Queue backlog"_s, Severity::Sev2, {u"queue"_s}, u"Alice"_s).id;
    QCOMPARE(board->rowCount(), 44); // 45 open, one resolved
    QVERIFY(!board->indexOfIncident(2).isValid());

    QVERIFY(sorting.wait());
    QVERIFY(!board->isSorting());
    const QList<IncidentId> ids = idsOf(*board);
    QCOMPARE(ids, sortedHere(*table, *board));
    QCOMPARE(ids.first(), 4); // aaron
    QVERIFY(ids.contains(added));
    QVERIFY(!ids.contains(2));
}

void tst_IncidentBoardModel::aNewerSortOvertakesTheWorker()
{
    declareMany(40);
    board->setBackgroundSortAbove(10);
    QSignalSpy sorting(board.get(), &IncidentBoardModel::sortingChanged);
    QSignalSpy layout(board.get(), &QAbstractItemModel::layoutChanged);
    board->sort(IncidentTableModel::TitleColumn, Qt::AscendingOrder);
    board->sort(IncidentTableModel::AgeColumn, Qt::DescendingOrder);
    QVERIFY(sorting.wait());
    QCOMPARE(sorting.size(), 2); // started once, done once
    QCOMPARE(layout.size(), 1);
    QCOMPARE(board->sortColumn(), int(IncidentTableModel::AgeColumn));
    QCOMPARE(idsOf(*board), sortedHere(*table, *board));

    // A sort short enough to run here overtakes the worker too.
    board->setBackgroundSortAbove(10);
    board->sort(IncidentTableModel::TitleColumn, Qt::AscendingOrder);
    QVERIFY(board->isSorting());
    board->setBackgroundSortAbove(1000);
    board->sort(IncidentTableModel::SeverityColumn, Qt::DescendingOrder);
    QVERIFY(!board->isSorting());
    QCOMPARE(idsOf(*board), sortedHere(*table, *board));
    QCOMPARE(sorting.size(), 4);
    QCOMPARE(sorting.last().first().toBool(), false);
}

// A large history that comes in triage order is shown in it at once, and the order asked for
// follows from a worker.
void tst_IncidentBoardModel::largeHistoryShowsInTriageOrderFirst()
{
    const QList<Incident> history = resolvedHistory([this](int i, Incident &old) {
        old.title = u"old incident %1"_s.arg(i * 37 % 100);
        old.startedAt = f->clock.now().addSecs(-3600 * (i + 1));
        old.resolvedAt = old.startedAt.addSecs(600);
    });
    IncidentTableModel lazy(*f->service, f->clock);
    IncidentBoardModel lazyBoard(lazy);
    QAbstractItemModelTester lazyTester(&lazyBoard,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
    lazyBoard.setBackgroundSortAbove(50);
    BoardFilter all;
    all.scope = BoardFilter::Scope::All;
    lazyBoard.setFilter(all);
    lazyBoard.sort(IncidentTableModel::TitleColumn);
    lazy.setIncidents(
            SearchableIncidents::prepare(f->service->incidents(IncidentSelection::Open).value()),
            history.size());
    lazy.beginLoadingHistory();
    QSignalSpy sorting(&lazyBoard, &IncidentBoardModel::sortingChanged);
    lazy.addHistory(SearchableIncidents::prepare(history));

    QVERIFY(lazyBoard.isSorting());
    QCOMPARE(lazyBoard.rowCount(), 104);
    IncidentBoardModel triage(lazy);
    triage.setFilter(all);
    QCOMPARE(idsOf(lazyBoard), idsOf(triage));

    QVERIFY(sorting.wait());
    QVERIFY(!lazyBoard.isSorting());
    QCOMPARE(lazyBoard.sortColumn(), int(IncidentTableModel::TitleColumn));
    QCOMPARE(idsOf(lazyBoard), sortedHere(lazy, lazyBoard));
    QCOMPARE(lazyBoard.index(0, IncidentTableModel::TitleColumn).data().toString(),
             u"Checkout errors"_s);
}

QTEST_GUILESS_MAIN(tst_IncidentBoardModel)
#include "tst_incidentboardmodel.moc"
