#include "alerts/alertsview.h"
#include "incident/incidentworkspace.h"
#include "itemmodels/alerttablemodel.h"
#include "mainwindow/mainwindow.h"
#include "services/alertservice.h"
#include "services/alertsync.h"
#include "services/incidentloader.h"
#include "settings/settingswindow.h"
#include "storage/incidentstore.h"
#include "windowfixture.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QThreadPool>

using namespace sitrep;
using namespace Qt::StringLiterals;

// The alerts inbox in the real main window, driven from the keyboard.
class tst_AlertsInbox : public QObject, private WindowTest
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void modelFollowsIngests();
    void selectionStaysWhenAlertsComeAndGo();
    void pollsPutAlertsInTheirPlace();
    void filterNarrowsWidensAndFollowsIngests();
    void filterHidingManyRunsOfRowsKeepsTheSelection();
    void openIncidentForSelectedWithOneKey();
    void attachSelected();
    void attachDuringABackgroundIngestStays();
    void readsTheCacheWhenFirstShown();
    void incidentColumnShowsTheTeamsLabel();
    void groupingRuleTester();
    void expireNeedsSilencedAlerts();
    void statusBarShowsEndpointHealth();
    void workspaceShowsTheAlertsThatJoined();

private:
    static Alert alert(const QString &fingerprint, const QString &name, const QString &instance);
    void selectRows(const QList<int> &rows);
    // The row of the inbox's table (after its filter and sorting) showing `fingerprint`, or -1.
    int shownRowOf(const QString &fingerprint) const;
    QStringList selectedFingerprints() const;
};

Alert tst_AlertsInbox::alert(const QString &fingerprint, const QString &name,
                             const QString &instance)
{
    Alert made;
    made.fingerprint = fingerprint;
    made.labels = {{u"alertname"_s, name},
                   {u"service"_s, u"api"_s},
                   {u"instance"_s, instance},
                   {u"severity"_s, u"warning"_s}};
    made.startsAt = QDateTime(QDate(2024, 1, 15), QTime(13, 50), Qt::UTC);
    return made;
}

void tst_AlertsInbox::init()
{
    f = std::make_unique<BoardFixture>();
    QVERIFY(openWindow(*f, loader, window));
}

void tst_AlertsInbox::cleanup()
{
    closeWindow();
}

void tst_AlertsInbox::selectRows(const QList<int> &rows)
{
    QTableView *table = window->alerts()->table();
    table->clearSelection();
    for (int row : rows)
        table->selectionModel()->select(table->model()->index(row, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
}

int tst_AlertsInbox::shownRowOf(const QString &fingerprint) const
{
    const QAbstractItemModel *shown = window->alerts()->table()->model();
    for (int row = 0; row < shown->rowCount(); ++row)
        if (shown->index(row, 0).data(AlertTableModel::FingerprintRole).toString() == fingerprint)
            return row;
    return -1;
}

QStringList tst_AlertsInbox::selectedFingerprints() const
{
    QStringList fingerprints;
    for (const QModelIndex &index : window->alerts()->table()->selectionModel()->selectedRows())
        fingerprints << index.data(AlertTableModel::FingerprintRole).toString();
    return fingerprints;
}

void tst_AlertsInbox::modelFollowsIngests()
{
    AlertTableModel &model = window->alerts()->model();
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    // Before any alert: what fills the inbox, instead of an empty table.
    auto *empty = window->alerts()->findChild<QLabel *>(u"alertsEmpty"_s);
    window->showAlerts();
    QTRY_VERIFY(empty->isVisible());
    QVERIFY2(empty->text().startsWith(u"No Alertmanager connected."_s), qPrintable(empty->text()));
    QVERIFY(!window->alerts()->table()->isVisible());
    // Connect… opens the endpoints' settings.
    auto *connectButton = window->alerts()->findChild<QPushButton *>(u"connectAlertmanager"_s);
    QVERIFY(connectButton->isVisible());
    QTest::mouseClick(connectButton, Qt::LeftButton);
    SettingsWindow *settings = nullptr;
    QTRY_VERIFY((settings = window->findChild<SettingsWindow *>()) && settings->isVisible());
    QCOMPARE(settings->currentPage(), SettingsWindow::Page::Endpoints);
    settings->reject();
    QVERIFY(f->monitoring->alerts().ingest(
            u"am"_s,
            {alert(u"a1"_s, u"Latency"_s, u"x:1"_s), alert(u"a2"_s, u"Latency"_s, u"x:2"_s)}));
    QCOMPARE(model.rowCount(), 2);
    QTRY_VERIFY(window->alerts()->table()->isVisible());
    QVERIFY(!empty->isVisible());
    QCOMPARE(model.index(model.rowOf(u"a1"_s), AlertTableModel::StateColumn).data().toString(),
             u"firing"_s);
    QCOMPARE(model.index(0, AlertTableModel::SeverityColumn).data().toString(), u"SEV-3"_s);
    QVERIFY(f->monitoring->alerts().ingest(u"am"_s, {alert(u"a2"_s, u"Latency"_s, u"x:2"_s)}));
    QCOMPARE(model.index(model.rowOf(u"a1"_s), AlertTableModel::StateColumn).data().toString(),
             u"resolved"_s);
    QCOMPARE(model.summary(), u"1 firing, 0 silenced or inhibited, 1 resolved"_s);
}

void tst_AlertsInbox::selectionStaysWhenAlertsComeAndGo()
{
    AlertTableModel &model = window->alerts()->model();
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    AlertService &alerts = f->monitoring->alerts();
    QVERIFY(alerts.ingest(
            u"am"_s,
            {alert(u"s1"_s, u"Latency"_s, u"x:1"_s), alert(u"s2"_s, u"Latency"_s, u"x:2"_s)}));
    window->showAlerts();
    QTableView *table = window->alerts()->table();
    selectRows({shownRowOf(u"s2"_s)});
    table->selectionModel()->setCurrentIndex(table->model()->index(shownRowOf(u"s2"_s), 0),
                                             QItemSelectionModel::NoUpdate);
    QCOMPARE(selectedFingerprints(), QStringList {u"s2"_s});

    // The next poll brings a new alert, newer than the others: one row inserted, no reset,
    // and the commander's selection and current row stay on the alert they chose.
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    Alert newer = alert(u"s3"_s, u"Errors"_s, u"x:3"_s);
    newer.startsAt = newer.startsAt.addSecs(60);
    QVERIFY(alerts.ingest(u"am"_s,
                          {alert(u"s1"_s, u"Latency"_s, u"x:1"_s),
                           alert(u"s2"_s, u"Latency"_s, u"x:2"_s), newer}));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(resets.size(), 0);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(selectedFingerprints(), QStringList {u"s2"_s});
    QCOMPARE(table->currentIndex().data(AlertTableModel::FingerprintRole).toString(), u"s2"_s);
    QCOMPARE(model.rowOf(u"s3"_s), 0);
    QCOMPARE(model.alertAt(model.rowOf(u"s2"_s)).alert.fingerprint, u"s2"_s);

    // One of them resolves: its row changes in place, the selection stays.
    QVERIFY(alerts.ingest(u"am"_s, {alert(u"s2"_s, u"Latency"_s, u"x:2"_s), newer}));
    QCOMPARE(resets.size(), 0);
    QCOMPARE(selectedFingerprints(), QStringList {u"s2"_s});
    QCOMPARE(model.index(model.rowOf(u"s1"_s), AlertTableModel::StateColumn).data().toString(),
             u"resolved"_s);
}

void tst_AlertsInbox::pollsPutAlertsInTheirPlace()
{
    // A poll that brings a few alerts puts each in its place (newest first, ties by
    // fingerprint) without reading the whole cache again; the rows stay exactly what a full
    // reload would show.
    window->showAlerts();
    AlertTableModel &model = window->alerts()->model();
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    AlertService &alerts = f->monitoring->alerts();
    QList<Alert> firing;
    for (int i = 0; i < 40; ++i) {
        Alert made
                = alert(u"a%1"_s.arg(i, 2, 10, QLatin1Char('0')), u"Latency"_s, u"x:%1"_s.arg(i));
        made.startsAt = made.startsAt.addSecs(60 * (i % 7)); // starts shared by several
        firing << made;
    }
    QVERIFY(alerts.ingest(u"am"_s, firing));
    QCOMPARE(model.rowCount(), 40);
    const auto shownInOrder = [&] {
        QStringList shown;
        for (int row = 0; row < model.rowCount(); ++row)
            shown << model.alertAt(row).alert.fingerprint;
        return shown;
    };
    const auto inServiceOrder = [&] {
        QStringList expected;
        for (const CachedAlert &cached : alerts.alerts().value())
            expected << cached.alert.fingerprint;
        return expected;
    };
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    const auto poll = [&](const QList<Alert> &changes) {
        for (const Alert &change : changes) {
            const auto known = std::find_if(firing.begin(), firing.end(), [&](const Alert &a) {
                return a.fingerprint == change.fingerprint;
            });
            if (known == firing.end())
                firing << change;
            else
                *known = change;
        }
        return alerts.ingest(u"am"_s, firing);
    };

    // One between two that share its start, and one older than all.
    Alert middle = alert(u"a03b"_s, u"Errors"_s, u"y:1"_s);
    middle.startsAt = firing.at(3).startsAt;
    Alert oldest = alert(u"z"_s, u"Errors"_s, u"y:2"_s);
    oldest.startsAt = oldest.startsAt.addDays(-1);
    QVERIFY(poll({middle, oldest}));
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(shownInOrder(), inServiceOrder());
    QCOMPARE(model.rowOf(u"z"_s), model.rowCount() - 1);

    // One whose start moved (it fired again): it leaves its place and takes its new one.
    Alert moved = firing.at(10);
    moved.startsAt = moved.startsAt.addSecs(3600);
    QVERIFY(poll({moved}));
    QCOMPARE(shownInOrder(), inServiceOrder());
    QCOMPARE(model.rowOf(moved.fingerprint), 0);
    QCOMPARE(model.alertAt(0).alert.startsAt, moved.startsAt);

    // One changed in place: its row's data, nothing inserted.
    const qsizetype insertsBefore = inserted.size();
    Alert annotated = firing.at(20);
    annotated.annotations.insert(u"summary"_s, u"now with a summary"_s);
    QVERIFY(poll({annotated}));
    QCOMPARE(inserted.size(), insertsBefore);
    QCOMPARE(model.alertAt(model.rowOf(annotated.fingerprint)).alert.annotations,
             annotated.annotations);
    QCOMPARE(shownInOrder(), inServiceOrder());
    QCOMPARE(resets.size(), 0);
}

void tst_AlertsInbox::filterNarrowsWidensAndFollowsIngests()
{
    AlertService &alerts = f->monitoring->alerts();
    const QList<Alert> three = {alert(u"f1"_s, u"Latency"_s, u"db-1:9100"_s),
                                alert(u"f2"_s, u"Latency"_s, u"db-2:9100"_s),
                                alert(u"f3"_s, u"DiskFull"_s, u"web-1:9100"_s)};
    QVERIFY(alerts.ingest(u"am"_s, three));
    window->showAlerts();
    QAbstractItemModel *shown = window->alerts()->table()->model();
    QAbstractItemModelTester tester(shown, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto shownFingerprints = [&] {
        QStringList fingerprints;
        for (int row = 0; row < shown->rowCount(); ++row)
            fingerprints << shown->index(row, 0).data(AlertTableModel::FingerprintRole).toString();
        fingerprints.sort();
        return fingerprints;
    };
    auto *filter = window->findChild<QLineEdit *>(u"alertFilter"_s);
    // Any shown text, in any case; typing on narrows, erasing widens again.
    QTest::keyClicks(filter, u"DB-"_s);
    QCOMPARE(shownFingerprints(), (QStringList {u"f1"_s, u"f2"_s}));
    QTest::keyClicks(filter, u"2"_s);
    QCOMPARE(shownFingerprints(), QStringList {u"f2"_s});
    QTest::keyClick(filter, Qt::Key_Backspace);
    QCOMPARE(shownFingerprints(), (QStringList {u"f1"_s, u"f2"_s}));
    // No match across two columns: the state ends where the name begins.
    filter->setText(u"firinglatency"_s);
    QCOMPARE(shown->rowCount(), 0);
    // The state is searchable too, and follows the alerts as they change.
    filter->setText(u"resolved"_s);
    QCOMPARE(shown->rowCount(), 0);
    QVERIFY(alerts.ingest(u"am"_s, {three.at(1), three.at(2)}));
    QCOMPARE(shownFingerprints(), QStringList {u"f1"_s});
    // An alert that arrives while the filter is on shows when it matches.
    filter->setText(u"db-"_s);
    QVERIFY(alerts.ingest(
            u"am"_s, {three.at(1), three.at(2), alert(u"f4"_s, u"Latency"_s, u"db-3:9100"_s)}));
    QCOMPARE(shownFingerprints(), (QStringList {u"f1"_s, u"f2"_s, u"f4"_s}));
    filter->clear();
    QCOMPARE(shown->rowCount(), 4);
}

// A filter that hides or shows rows in many separate runs changes the table's layout once,
// instead of one removal per run (the view redid its header at each: 27-40 ms at 100,000).
// What is shown, and the selection, are the same either way.
void tst_AlertsInbox::filterHidingManyRunsOfRowsKeepsTheSelection()
{
    QList<Alert> interleaved;
    for (int i = 0; i < 200; ++i) {
        Alert made = alert(u"m%1"_s.arg(i, 3, 10, QChar(u'0')), u"Latency"_s,
                           (i % 2 ? u"web-%1"_s : u"db-%1"_s).arg(i));
        made.startsAt = made.startsAt.addSecs(i);
        interleaved << made;
    }
    QVERIFY(f->monitoring->alerts().ingest(u"am"_s, interleaved));
    window->showAlerts();
    QTableView *table = window->alerts()->table();
    QAbstractItemModel *shown = table->model();
    QAbstractItemModelTester tester(shown, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(shown->rowCount(), 200);
    selectRows({shownRowOf(u"m042"_s)});
    QSignalSpy removed(shown, &QAbstractItemModel::rowsRemoved);
    QSignalSpy laidOut(shown, &QAbstractItemModel::layoutChanged);
    auto *filter = window->findChild<QLineEdit *>(u"alertFilter"_s);
    QTest::keyClicks(filter, u"db-"_s);
    QCOMPARE(shown->rowCount(), 100);
    for (int row = 0; row < shown->rowCount(); ++row)
        QVERIFY(shown->index(row, AlertTableModel::LabelsColumn)
                        .data()
                        .toString()
                        .contains(u"instance=db-"_s));
    QCOMPARE(selectedFingerprints(), QStringList {u"m042"_s});
    QCOMPARE(removed.size(), 0);
    QVERIFY(!laidOut.isEmpty());
    filter->clear();
    QCOMPARE(shown->rowCount(), 200);
    QCOMPARE(selectedFingerprints(), QStringList {u"m042"_s});
    // Sorted by a column, the runs are signalled one by one: a layout change would sort every
    // row shown again. The rows shown are the same.
    table->sortByColumn(AlertTableModel::NameColumn, Qt::AscendingOrder);
    QTest::keyClicks(filter, u"web-"_s);
    QCOMPARE(shown->rowCount(), 100);
    QCOMPARE(shownRowOf(u"m042"_s), -1);
    QVERIFY(shownRowOf(u"m043"_s) >= 0);
    QVERIFY(!removed.isEmpty());
}

void tst_AlertsInbox::openIncidentForSelectedWithOneKey()
{
    // Two alerts that grouping kept apart (different alert names) become one incident.
    QVERIFY(f->monitoring->alerts().ingest(
            u"am"_s,
            {alert(u"b1"_s, u"Latency"_s, u"x:1"_s), alert(u"b2"_s, u"Errors"_s, u"x:1"_s)}));
    window->showAlerts();
    QCOMPARE(window->findChild<QTabWidget *>(u"tabs"_s)->currentWidget(), window->alerts());
    selectRows({0, 1});
    QTest::keyClick(window->alerts()->table(), Qt::Key_O);
    IncidentWorkspace *workspace = window->currentWorkspace();
    QVERIFY(workspace);
    const QList<CachedAlert> joined
            = f->monitoring->alerts().alertsOf(workspace->incidentId()).value();
    QCOMPARE(joined.size(), 2);
    QCOMPARE(f->service->incident(workspace->incidentId()).value().detection,
             DetectionSource::Automated);
}

void tst_AlertsInbox::attachSelected()
{
    const Incident target = f->declare(u"Checkout slow"_s, Severity::Sev2, {u"api"_s});
    QVERIFY(f->monitoring->alerts().ingest(u"am"_s,
                                           {alert(u"c1"_s, u"Latency"_s, u"x:1"_s),
                                            alert(u"c2"_s, u"Latency"_s, u"x:2"_s),
                                            alert(u"c3"_s, u"Errors"_s, u"x:3"_s)}));
    window->showAlerts();
    selectRows({0, 1, 2});
    // A block selected over rows already selected: each alert counts once (the selection model
    // keeps its ranges apart).
    QTableView *table = window->alerts()->table();
    table->selectionModel()->select(
            QItemSelection(table->model()->index(1, 0), table->model()->index(2, 0)),
            QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QCOMPARE(window->alerts()->selectedFingerprints().size(), 3);
    QCOMPARE(window->alerts()->attachSelectedTo(target.id), QString());
    QCOMPARE(f->monitoring->alerts().alertsOf(target.id).value().size(), 3);
    const QList<TimelineEvent> timeline = f->service->timeline(target.id).value();
    QCOMPARE(timeline.last().text, u"Alerts attached from the inbox: 3"_s);
    // A refusal is shown in words.
    selectRows({0});
    QVERIFY(!window->alerts()->attachSelectedTo(999).isEmpty());
    auto *problem = window->alerts()->findChild<QLabel *>(u"alertsProblem"_s);
    QVERIFY(problem->isVisible());
    QVERIFY(problem->text().contains(u"#999"_s));
}

void tst_AlertsInbox::attachDuringABackgroundIngestStays()
{
    AlertService &alerts = f->monitoring->alerts();
    window->showAlerts();
    QVERIFY(alerts.ingest(
            u"am"_s,
            {alert(u"d1"_s, u"Latency"_s, u"x:1"_s), alert(u"d2"_s, u"Latency"_s, u"x:2"_s)}));
    const Incident target = f->declare(u"Checkout slow"_s, Severity::Sev2, {u"api"_s});
    // The next poll runs on a worker and commits; only then is the inbox's attach made, before
    // the window hears that the ingest finished (its picture of the table predates the attach).
    bool ingested = false;
    alerts.ingestInBackground(u"am"_s,
                              {alert(u"d1"_s, u"Latency"_s, u"x:1"_s),
                               alert(u"d2"_s, u"Latency"_s, u"x:2"_s),
                               alert(u"d3"_s, u"Errors"_s, u"x:3"_s)},
                              [&](const Result<IngestReport> &report) { ingested = bool(report); });
    QThreadPool::globalInstance()->waitForDone();
    QVERIFY(alerts.attach({u"d1"_s, u"d2"_s}, target.id, u"alice"_s));
    QTRY_VERIFY(ingested);
    // The cache, and the inbox drawn from it, keep the attach that came last.
    for (const CachedAlert &cached : alerts.alerts().value())
        if (cached.alert.fingerprint != u"d3"_s)
            QCOMPARE(cached.incidentId, target.id);
    QCOMPARE(alerts.alertsOf(target.id).value().size(), 2);
    AlertTableModel &model = window->alerts()->model();
    QVERIFY(model.index(model.rowOf(u"d1"_s), AlertTableModel::IncidentColumn)
                    .data()
                    .toString()
                    .contains(target.label()));
}

// A storm's cache costs the console's start nothing: behind its tab the inbox reads no alert,
// and the first look reads them all, in the service's order.
void tst_AlertsInbox::readsTheCacheWhenFirstShown()
{
    AlertService &alerts = f->monitoring->alerts();
    QVERIFY(alerts.ingest(
            u"am"_s,
            {alert(u"r1"_s, u"Latency"_s, u"x:1"_s), alert(u"r2"_s, u"Errors"_s, u"x:2"_s)}));
    AlertTableModel &model = window->alerts()->model();
    QVERIFY(!model.hasRead());
    QCOMPARE(model.rowCount(), 0);
    window->showAlerts();
    QVERIFY(model.hasRead());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(window->alerts()->table()->model()->rowCount(), 2);
}

void tst_AlertsInbox::incidentColumnShowsTheTeamsLabel()
{
    window->showAlerts();
    AlertService &alerts = f->monitoring->alerts();
    QVERIFY(alerts.ingest(u"am"_s, {alert(u"e1"_s, u"Latency"_s, u"x:1"_s)}));
    AlertTableModel &model = window->alerts()->model();
    const IncidentId id = alerts.alerts().value().first().incidentId;
    const QModelIndex cell = model.index(model.rowOf(u"e1"_s), AlertTableModel::IncidentColumn);
    QCOMPARE(cell.data().toString(), u"#%1"_s.arg(id));
    // The team's server numbers the incident (as a pull records it); the next change of the
    // incident tells the inbox, which shows what everyone calls it.
    const Incident incident = f->service->incident(id).value();
    QVERIFY(IncidentStore(*f->database).setTeamNumber(incident.uid, 4711));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(f->service->acknowledge(id, u"alice"_s));
    QTRY_COMPARE(cell.data().toString(), u"#4711"_s);
    QVERIFY(!changed.isEmpty());
    // The filter finds it by that label.
    window->showAlerts();
    QTest::keyClicks(window->findChild<QLineEdit *>(u"alertFilter"_s), u"#4711"_s);
    QCOMPARE(window->alerts()->table()->model()->rowCount(), 1);
}

void tst_AlertsInbox::groupingRuleTester()
{
    QVERIFY(f->monitoring->alerts().ingest(u"am"_s,
                                           {alert(u"d1"_s, u"Latency"_s, u"x:1"_s),
                                            alert(u"d2"_s, u"Latency"_s, u"x:2"_s),
                                            alert(u"d3"_s, u"Errors"_s, u"x:1"_s)}));
    window->showAlerts();
    auto *rule = window->alerts()->findChild<QLineEdit *>(u"groupingRule"_s);
    auto *result = window->alerts()->findChild<QLabel *>(u"groupingRuleResult"_s);
    // Counted on a worker: the answer follows each change of the rule.
    QTRY_COMPARE(result->text(), u"this rule would give 2 incident(s) instead of 2"_s);
    rule->clear();
    QTest::keyClicks(rule, u"alertname, service, instance"_s);
    QTRY_COMPARE(result->text(), u"this rule would give 3 incident(s) instead of 2"_s);
    rule->clear();
    QTest::keyClicks(rule, u"service"_s);
    QTRY_COMPARE(result->text(), u"this rule would give 1 incident(s) instead of 2"_s);

    QSignalSpy chosen(window->alerts(), &AlertsView::groupingChosen);
    QTest::mouseClick(window->alerts()->findChild<QWidget *>(u"useGroupingRule"_s), Qt::LeftButton);
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.first().at(0).toStringList(), QStringList {u"service"_s});
    QCOMPARE(f->monitoring->alerts().routing().groupBy, QStringList {u"service"_s});
    QTRY_COMPARE(result->text(), u"this rule would give 1 incident(s) instead of 1"_s);
}

void tst_AlertsInbox::expireNeedsSilencedAlerts()
{
    Alert silenced = alert(u"f1"_s, u"Latency"_s, u"x:1"_s);
    silenced.silencedBy = {u"not-ours"_s}; // silenced elsewhere, not from Sitrep
    silenced.state = Alert::State::Suppressed;
    QVERIFY(f->monitoring->alerts().ingest(u"am"_s, {silenced}));
    window->showAlerts();
    selectRows({0});
    QTest::keyClick(window->alerts()->table(), Qt::Key_E);
    auto *problem = window->alerts()->findChild<QLabel *>(u"alertsProblem"_s);
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(u"silenced from Sitrep"_s), qPrintable(problem->text()));
    QCOMPARE(window->alerts()->model().index(0, AlertTableModel::StateColumn).data().toString(),
             u"silenced"_s);
}

void tst_AlertsInbox::statusBarShowsEndpointHealth()
{
    Endpoint dead;
    dead.name = u"prod-am"_s;
    dead.url = QUrl(u"http://127.0.0.1:1"_s);
    QVERIFY(f->monitoring->saveEndpoint(dead));
    QVERIFY(openWindow(*f, loader, window)); // the endpoints are read when the window opens
    auto *health = window->findChild<QLabel *>(u"endpointHealth"_s);
    QVERIFY(health->text().contains(u"prod-am"_s));
    QCOMPARE(health->toolTip(), u"prod-am: not polled yet"_s);

    AlertSync *sync = f->monitoring->syncFor(dead);
    QSignalSpy finished(sync, &AlertSync::finished);
    sync->pollOnce();
    QVERIFY(finished.wait());
    QVERIFY2(health->toolTip().startsWith(u"prod-am: failing since "_s),
             qPrintable(health->toolTip()));
    QVERIFY(health->toolTip().contains(u"connection refused"_s));
    QVERIFY(health->text().contains(u"#b91c1c"_s)); // red
}

void tst_AlertsInbox::workspaceShowsTheAlertsThatJoined()
{
    QVERIFY(f->monitoring->alerts().ingest(u"am"_s,
                                           {alert(u"e1"_s, u"HighLatencyDetected"_s, u"x:1"_s),
                                            alert(u"e2"_s, u"HighLatencyDetected"_s, u"x:2"_s)}));
    const IncidentId id = f->monitoring->alerts().alerts().value().first().incidentId;
    IncidentWorkspace *workspace = window->openWorkspace(id);
    QVERIFY(workspace);
    const QString grouping = workspace->findChild<QLabel *>(u"alertGrouping"_s)->text();
    QVERIFY2(
            grouping.contains(u"2 alert(s) grouped by alertname=HighLatencyDetected,service=api"_s),
            qPrintable(grouping));
    QCOMPARE(workspace->findChild<QListWidget *>(u"incidentAlerts"_s)->count(), 2);
    // A new alert of the group appears live.
    QVERIFY(f->monitoring->alerts().ingest(u"am"_s,
                                           {alert(u"e1"_s, u"HighLatencyDetected"_s, u"x:1"_s),
                                            alert(u"e2"_s, u"HighLatencyDetected"_s, u"x:2"_s),
                                            alert(u"e3"_s, u"HighLatencyDetected"_s, u"x:3"_s)}));
    QCOMPARE(workspace->findChild<QListWidget *>(u"incidentAlerts"_s)->count(), 3);

    // Behind another tab it reads nothing; looked at again, it reads once and is current.
    window->showAlerts();
    QTRY_VERIFY(!workspace->isVisible());
    const QList<Alert> four = {alert(u"e1"_s, u"HighLatencyDetected"_s, u"x:1"_s),
                               alert(u"e2"_s, u"HighLatencyDetected"_s, u"x:2"_s),
                               alert(u"e3"_s, u"HighLatencyDetected"_s, u"x:3"_s),
                               alert(u"e4"_s, u"HighLatencyDetected"_s, u"x:4"_s)};
    QVERIFY(f->monitoring->alerts().ingest(u"am"_s, four));
    QCOMPARE(workspace->findChild<QListWidget *>(u"incidentAlerts"_s)->count(), 3);
    QCOMPARE(window->openWorkspace(id), workspace);
    QTRY_VERIFY(workspace->isVisible());
    QCOMPARE(workspace->findChild<QListWidget *>(u"incidentAlerts"_s)->count(), 4);
}

QTEST_MAIN(tst_AlertsInbox)
#include "tst_alertsinbox.moc"
