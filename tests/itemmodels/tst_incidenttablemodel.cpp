#include "boardfixture.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSignalSpy>

using namespace sitrep;
using namespace Qt::StringLiterals;

class tst_IncidentTableModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void liveInsertsAndUpdates();
    void timesRefreshOnlyTimeColumns();
    void overdueHighlightFollowsTheClock();
    void changesWhileLoadingAreNotLost();
    void searchTextsBuiltAfterTheLoad();
    void historyJoinsAsItsBlocks_data();
    void historyJoinsAsItsBlocks();
};

namespace {

// The rows openRows() should list: every open incident's, ascending.
QList<int> scannedOpenRows(const IncidentTableModel &model)
{
    QList<int> open;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.incidentAt(row).isOpen())
            open << row;
    }
    return open;
}

} // namespace

void tst_IncidentTableModel::liveInsertsAndUpdates()
{
    BoardFixture f;
    IncidentTableModel model(*f.service, f.clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    const Incident first
            = f.declare(u"Checkout errors"_s, Severity::Sev2, {u"checkout"_s}, u"alice"_s);
    f.declare(u"Search slow"_s, Severity::Sev3);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(inserted.last().at(1).toInt(), 1);
    QCOMPARE(model.index(0, IncidentTableModel::SeverityColumn).data().toString(), u"SEV-2"_s);
    QCOMPARE(model.index(0, IncidentTableModel::ServicesColumn).data().toString(), u"checkout"_s);
    QCOMPARE(model.index(0, IncidentTableModel::StatusColumn).data().toString(),
             u"Investigating"_s);

    QVERIFY(f.service->changeStatus(first.id, IncidentStatus::Identified, u"t"_s));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
    QCOMPARE(changed.first().at(1).toModelIndex().row(), 0);
    QCOMPARE(model.index(0, IncidentTableModel::StatusColumn).data().toString(), u"Identified"_s);
    QCOMPARE(reset.size(), 0);

    QCOMPARE(model.openRows(), QList<int>({0, 1}));
    QVERIFY(f.service->resolve(first.id, u"fixed"_s, {}, u"t"_s));
    QCOMPARE(model.openRows(), QList<int>({1}));
    QVERIFY(f.service->reopen(first.id, u"flapping"_s, u"t"_s));
    QCOMPARE(model.openRows(), QList<int>({0, 1}));
}

void tst_IncidentTableModel::timesRefreshOnlyTimeColumns()
{
    BoardFixture f;
    IncidentTableModel model(*f.service, f.clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    f.declare(u"a"_s, Severity::Sev1);
    f.declare(u"b"_s, Severity::Sev1);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    f.clock.advance(90);
    model.refreshTimes();
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex(), model.index(0, IncidentTableModel::AgeColumn));
    QCOMPARE(changed.first().at(1).toModelIndex(),
             model.index(1, IncidentTableModel::NextUpdateColumn));
    QCOMPARE(model.index(0, IncidentTableModel::AgeColumn).data().toString(), u"3m"_s);
}

void tst_IncidentTableModel::overdueHighlightFollowsTheClock()
{
    BoardFixture f;
    IncidentTableModel model(*f.service, f.clock);
    const Incident incident = f.declare(u"Outage"_s, Severity::Sev1); // clock is now +60 s
    const QModelIndex due = model.index(0, IncidentTableModel::NextUpdateColumn);
    QCOMPARE(due.data().toString(), u"29m"_s);
    QCOMPARE(due.data(IncidentTableModel::IsOverdueRole).toBool(), false);
    QVERIFY(!due.data(Qt::BackgroundRole).isValid());

    f.clock.setNow(incident.detectedAt.addSecs(30 * 60 + 5));
    QCOMPARE(due.data(IncidentTableModel::IsOverdueRole).toBool(), true);
    QCOMPARE(due.data().toString(), u"overdue 5s"_s);
    QVERIFY(due.data(Qt::BackgroundRole).value<QColor>().isValid());
    QVERIFY(model.index(0, IncidentTableModel::TitleColumn).data(Qt::BackgroundRole).isValid());

    QVERIFY(f.service->resolve(incident.id, u"fixed"_s, {}, u"t"_s));
    QCOMPARE(due.data(IncidentTableModel::IsOverdueRole).toBool(), false);
    QCOMPARE(due.data().toString(), u"—"_s);
}

void tst_IncidentTableModel::changesWhileLoadingAreNotLost()
{
    BoardFixture f;
    const Incident old = f.declare(u"old"_s, Severity::Sev3);
    const QList<Incident> snapshot = f.service->incidents(IncidentSelection::All).value();

    IncidentTableModel model(*f.service, f.clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.beginLoading();
    const Incident fresh = f.declare(u"declared while loading"_s, Severity::Sev1);
    QVERIFY(f.service->changeSeverity(old.id, Severity::Sev2, u"t"_s));
    QCOMPARE(model.rowCount(), 0);

    model.setIncidents(snapshot);
    QVERIFY(!model.isLoading());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.incidentAt(model.rowOf(old.id)).severity, Severity::Sev2);
    QCOMPARE(model.incidentAt(model.rowOf(fresh.id)).title, u"declared while loading"_s);
}

// The loader leaves the search texts out so that the board shows sooner; the model builds them
// on a worker, or at once if a search comes first.
void tst_IncidentTableModel::searchTextsBuiltAfterTheLoad()
{
    BoardFixture f;
    const Incident first = f.declare(u"Checkout API returning 500s"_s, Severity::Sev1, {u"api"_s});
    const Incident second = f.declare(u"Search latency"_s, Severity::Sev3, {u"search"_s});
    const QList<Incident> all = f.service->incidents(IncidentSelection::All).value();

    IncidentTableModel background(*f.service, f.clock);
    background.beginLoading();
    background.setIncidents(SearchableIncidents::prepare(all, false));
    QVERIFY(!background.searchTextsReady());
    QSignalSpy built(&background, &IncidentTableModel::searchTextsBuilt);
    QVERIFY(built.wait());
    QVERIFY(background.searchTextsReady());
    for (int row = 0; row < background.rowCount(); ++row)
        QCOMPARE(background.searchTextAt(row).toByteArray(),
                 incidentSearchText(background.incidentAt(row)));

    IncidentTableModel asked(*f.service, f.clock);
    asked.beginLoading();
    asked.setIncidents(SearchableIncidents::prepare(all, false));
    QCOMPARE(asked.searchTextAt(asked.rowOf(second.id)).toByteArray(), incidentSearchText(second));
    QVERIFY(asked.searchTextsReady());
    QVERIFY(asked.searchTextAt(asked.rowOf(first.id)).startsWith("checkout api"));

    // A live change while the worker builds them: its texts are taken first, then the change's.
    IncidentTableModel changed(*f.service, f.clock);
    changed.beginLoading();
    changed.setIncidents(SearchableIncidents::prepare(all, false));
    const Incident third = f.declare(u"Declared while the texts build"_s, Severity::Sev2);
    QVERIFY(changed.searchTextsReady());
    QCOMPARE(changed.rowCount(), 3);
    for (int row = 0; row < changed.rowCount(); ++row)
        QCOMPARE(changed.searchTextAt(row).toByteArray(),
                 incidentSearchText(changed.incidentAt(row)));
    QVERIFY(changed.rowsContaining("declared while").testBit(changed.rowOf(third.id)));
}

// The history's halves join the rows as they were loaded, and live changes afterwards find
// their rows in whichever block holds them, whether the loader indexed the history's ids or not.
void tst_IncidentTableModel::historyJoinsAsItsBlocks_data()
{
    QTest::addColumn<bool>("indexed");
    QTest::addColumn<bool>("reopenedFirst");
    QTest::newRow("indexed by the loader") << true << false;
    QTest::newRow("not indexed") << false << false;
    QTest::newRow("indexed, one incident reopened while it loaded") << true << true;
    QTest::newRow("not indexed, one incident reopened while it loaded") << false << true;
}

void tst_IncidentTableModel::historyJoinsAsItsBlocks()
{
    QFETCH(bool, indexed);
    QFETCH(bool, reopenedFirst);
    BoardFixture f;
    const Incident open = f.declare(u"Checkout down"_s, Severity::Sev1);
    QList<IncidentId> resolved;
    for (int i = 0; i < 6; ++i) {
        const Incident old = f.declare(u"Old incident %1"_s.arg(i), Severity::Sev3);
        QVERIFY(f.service->resolve(old.id, u"fixed"_s, {}, u"t"_s));
        resolved << old.id;
    }
    const QList<Incident> history = f.service->incidents(IncidentSelection::Resolved).value();
    QCOMPARE(history.size(), 6);
    const auto prepared = [indexed](const QList<Incident> &half) {
        SearchableIncidents ready = SearchableIncidents::prepare(half);
        if (indexed)
            ready.indexIds();
        return ready;
    };
    SearchableIncidents loaded
            = SearchableIncidents::merge(prepared(history.mid(0, 4)), prepared(history.mid(4)));
    QCOMPARE(loaded.hasIdIndex(), indexed);

    IncidentTableModel model(*f.service, f.clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.beginLoading();
    model.setIncidents(
            SearchableIncidents::prepare(f.service->incidents(IncidentSelection::Open).value()),
            history.size());
    const Incident live = f.declare(u"Declared before the history"_s, Severity::Sev2);
    if (reopenedFirst)
        QVERIFY(f.service->reopen(resolved.first(), u"flapping"_s, u"t"_s));
    const int before = reopenedFirst ? 3 : 2;
    QCOMPARE(model.rowCount(), before);

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.addHistory(std::move(loaded));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), before);
    QCOMPARE(inserted.first().at(2).toInt(), 7); // the stale copy is not among them
    QCOMPARE(model.historyTriageOrder().size(), 8 - before);

    // Reopened from the second half, changed in the first block, declared after the history.
    QVERIFY(f.service->reopen(resolved.last(), u"again"_s, u"t"_s));
    QVERIFY(f.service->changeSeverity(open.id, Severity::Sev2, u"t"_s));
    const Incident after = f.declare(u"Declared after the history"_s, Severity::Sev4);
    QCOMPARE(model.rowCount(), 9);
    QCOMPARE(model.incidentAt(model.rowOf(resolved.last())).status, IncidentStatus::Investigating);
    QCOMPARE(model.incidentAt(model.rowOf(resolved.first())).status,
             reopenedFirst ? IncidentStatus::Investigating : IncidentStatus::Resolved);
    QCOMPARE(model.incidentAt(model.rowOf(open.id)).severity, Severity::Sev2);
    QCOMPARE(model.rowOf(after.id), 8);
    QCOMPARE(model.rowOf(live.id), 1);
    QCOMPARE(model.rowOf(99999), -1);
    for (int row = 0; row < model.rowCount(); ++row) {
        const BoardIncident &incident = model.incidentAt(row);
        QCOMPARE(model.rowOf(incident.id), row);
        QCOMPARE(model.searchTextAt(row).toByteArray(), incidentSearchText(incident));
    }
    QCOMPARE(model.openRows().size(), reopenedFirst ? 5 : 4);
    QCOMPARE(model.openRows(), scannedOpenRows(model));
    const QBitArray old = model.rowsContaining("old incident");
    QCOMPARE(old.count(true), 6);
    QVERIFY(!old.testBit(0) && !old.testBit(1) && !old.testBit(8));

    // A later load starts again: the history's index goes with it.
    model.setIncidents(f.service->incidents(IncidentSelection::Open).value());
    QCOMPARE(model.rowOf(resolved.at(2)), -1);
    QCOMPARE(model.openRows(), scannedOpenRows(model));
    QCOMPARE(model.openRows().size(), model.rowCount());
}

QTEST_GUILESS_MAIN(tst_IncidentTableModel)
#include "tst_incidenttablemodel.moc"
