#include "board/boardfilterbar.h"
#include "board/boardview.h"
#include "board/declareincidentdialog.h"
#include "board/getstartedpage.h"
#include "board/incidentdetailpane.h"
#include "dashboard/dashboardview.h"
#include "incident/incidentworkspace.h"
#include "itemmodels/incidentboardmodel.h"
#include "mainwindow/commandpalette.h"
#include "mainwindow/mainwindow.h"
#include "postmortem/postmortemsview.h"
#include "services/incidentloader.h"
#include "services/monitoringservice.h"
#include "settings/settingswindow.h"
#include "slo/sloview.h"
#include "windowfixture.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTreeView>

using namespace sitrep;
using namespace Qt::StringLiterals;

// The real main window over a real database, driven with QTest like a person would.
class tst_BoardWindow : public QObject, private WindowTest
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void loadsHistoryOffTheGuiThread();
    void readsTheResolvedHistoryWhenFirstAsked();
    void opensOnTheScopeItWasLeftOn();
    void declareThroughTheDialog();
    void declareDialogExplainsWhatIsMissing();
    void filterKeystrokesNarrowTheBoard();
    void changeSeverityFromTheDetailPane();
    void refusedChangeIsShownInWords();
    void keyboardNavigationAndShortcutsDialog();
    void commandPaletteFindsActionsAndIncidents();
    void liveUpdateKeepsSelection();
    void headerClickSortsALongListOnAWorker();
    void emptyBoardSaysWhatFillsIt();
    void viewsBehindTabsAreBuiltWhenFirstShown();

private:
    template<typename T> T *waitForDialog();
    QModelIndex rowOf(IncidentId id, int column = 0) const;
};

void tst_BoardWindow::init()
{
    f = std::make_unique<BoardFixture>();
    f->declare(u"Checkout API returning 500s"_s, Severity::Sev1, {u"checkout"_s}, u"alice"_s);
    f->declare(u"Search latency"_s, Severity::Sev3, {u"search"_s}, u"bob"_s);
    QVERIFY(openWindow(*f, loader, window, {1280, 800}));
}

void tst_BoardWindow::cleanup()
{
    closeWindow();
}

template<typename T> T *tst_BoardWindow::waitForDialog()
{
    T *dialog = nullptr;
    const bool shown = QTest::qWaitFor([&] {
        dialog = window->findChild<T *>();
        return dialog && dialog->isVisible();
    });
    return shown ? dialog : nullptr;
}

QModelIndex tst_BoardWindow::rowOf(IncidentId id, int column) const
{
    return window->board()->boardModel().indexOfIncident(id, column);
}

void tst_BoardWindow::loadsHistoryOffTheGuiThread()
{
    QTableView *table = window->board()->table();
    QCOMPARE(table->model()->rowCount(), 2);
    QCOMPARE(table->model()->index(0, IncidentTableModel::TitleColumn).data().toString(),
             u"Checkout API returning 500s"_s);
}

// A long history costs nothing until someone looks at it: the board opens on the open
// incidents, counts the rest, and reads the resolved ones once, when the filters first ask.
void tst_BoardWindow::readsTheResolvedHistoryWhenFirstAsked()
{
    BoardFixture history;
    history.declare(u"Queue backlog"_s, Severity::Sev2, {u"orders"_s});
    for (const QString &title : {u"Disk full"_s, u"Certificate expired"_s, u"Traffic drop"_s}) {
        const Incident old = history.declare(title, Severity::Sev3, {u"web"_s}, u"nina"_s);
        QVERIFY(history.service->resolve(old.id, u"fixed"_s, {}, u"t"_s));
    }
    std::unique_ptr<IncidentLoader> historyLoader;
    std::unique_ptr<MainWindow> historyWindow;
    QVERIFY(openWindow(history, historyLoader, historyWindow));
    IncidentTableModel &model = historyWindow->incidentModel();
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.incidentCount(), 4);
    auto *counts = historyWindow->findChild<QLabel *>(u"boardCounts"_s);
    QVERIFY2(counts->text().startsWith(u"1 of 4 incident"_s), qPrintable(counts->text()));

    QSignalSpy read(historyLoader.get(), &IncidentLoader::historyLoaded);
    auto *scope = historyWindow->findChild<QComboBox *>(u"boardScope"_s);
    scope->setFocus();
    QTest::keyClick(scope, Qt::Key_Down); // resolved incidents
    QVERIFY(model.isLoadingHistory());
    auto *empty = historyWindow->board()->findChild<QLabel *>(u"boardEmpty"_s);
    QCOMPARE(empty->text(), u"Reading the resolved incidents…"_s);
    QTableView *table = historyWindow->board()->table();
    QTRY_COMPARE(table->model()->rowCount(), 3);
    QVERIFY(!empty->isVisible());
    QVERIFY2(counts->text().startsWith(u"3 of 4 incident"_s), qPrintable(counts->text()));

    QTest::keyClick(scope, Qt::Key_Down); // all incidents: nothing more to read
    QCOMPARE(table->model()->rowCount(), 4);
    QCOMPARE(read.size(), 1);
    historyWindow.reset();
    historyLoader.reset();

    // Before the history is read, the palette still opens a resolved incident by its number,
    // and its roles offer the people on call and everyone who held a role or responded, on
    // any incident.
    QVERIFY(history.service->addResponder(1, u"rhea"_s, u"t"_s));
    QVERIFY(history.service->assignRole(1, IncidentRole::Scribe, u"sam"_s, u"t"_s));
    QVERIFY(history.oncall->importYaml("name: night\ntimezone: UTC\nrotation:\n"
                                       "  start: 2026-01-05\n  duration: 1 week\n"
                                       "  handoff: Monday 09:00\n"
                                       "  participants: [zoe@example.com, yuri@example.com]\n",
                                       u"night.yaml"_s));
    QVERIFY(openWindow(history, historyLoader, historyWindow));
    QVERIFY(!historyWindow->incidentModel().hasWholeHistory());
    QSignalSpy peopleRead(historyLoader.get(), &IncidentLoader::peopleRead);
    QTest::keyClick(historyWindow.get(), Qt::Key_K, Qt::ControlModifier);
    QPointer<CommandPalette> palette;
    QTRY_VERIFY((palette = historyWindow->findChild<CommandPalette *>()) && palette->isVisible());
    QTest::keyClicks(palette->findChild<QLineEdit *>(u"paletteSearch"_s), u"#3"_s);
    QTest::keyClick(palette->findChild<QLineEdit *>(u"paletteSearch"_s), Qt::Key_Return);
    QTRY_VERIFY(!palette);
    QVERIFY(historyWindow->currentWorkspace());
    QCOMPARE(historyWindow->currentWorkspace()->incidentId(), 3);
    QVERIFY2(historyWindow->currentWorkspace()->title().contains(u"Certificate expired"_s),
             qPrintable(historyWindow->currentWorkspace()->title()));
    QVERIFY(!historyWindow->incidentModel().hasWholeHistory()); // and read no history for it
    auto *commander
            = historyWindow->currentWorkspace()->findChild<QComboBox *>(u"role_commander"_s);
    QVERIFY(commander);
    QVERIFY(commander->findText(u"zoe@example.com"_s) >= 0);
    // Who else held a role is read when the first workspace opens, and offered as it comes;
    // the commander's name stays in its field.
    QTRY_COMPARE(peopleRead.size(), 1);
    QCOMPARE(commander->currentText(), u"nina"_s);
    QVERIFY(commander->findText(u"rhea"_s) >= 0);
    QVERIFY(commander->findText(u"sam"_s) >= 0);
    QVERIFY(commander->findText(u"nina"_s) >= 0); // a resolved incident's commander
    historyWindow.reset();
    historyLoader.reset();
}

// A board left on the resolved or all incidents opens there, as the console's main() opens it:
// the history is read with the open incidents, in one go, and only a scope the person picks is
// told to be remembered.
void tst_BoardWindow::opensOnTheScopeItWasLeftOn()
{
    BoardFixture history;
    history.declare(u"Queue backlog"_s, Severity::Sev2, {u"orders"_s});
    const Incident old = history.declare(u"Disk full"_s, Severity::Sev3, {u"web"_s});
    QVERIFY(history.service->resolve(old.id, u"fixed"_s, {}, u"t"_s));
    auto historyLoader = std::make_unique<IncidentLoader>(history.dir.filePath(u"sitrep.sqlite"_s));
    historyLoader->start(IncidentSelection::All);
    auto historyWindow
            = std::make_unique<MainWindow>(history.services(), *historyLoader, u"tester"_s);
    BoardFilterBar *filters = historyWindow->board()->filterBar();
    QSignalSpy chosen(filters, &BoardFilterBar::scopeChosen);
    QSignalSpy read(historyLoader.get(), &IncidentLoader::historyLoaded);
    QSignalSpy loaded(historyWindow.get(), &MainWindow::incidentsLoaded);
    filters->setScope(BoardFilter::Scope::Resolved);
    historyWindow->show();
    QVERIFY(loaded.wait());

    QTableView *table = historyWindow->board()->table();
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, IncidentTableModel::TitleColumn).data().toString(),
             u"Disk full"_s);
    QVERIFY(historyWindow->incidentModel().hasWholeHistory());
    QVERIFY(!historyWindow->incidentModel().isLoadingHistory());
    QVERIFY(!historyLoader->loadHistory()); // nothing left to read
    QVERIFY(chosen.isEmpty());

    auto *scope = historyWindow->findChild<QComboBox *>(u"boardScope"_s);
    scope->setFocus();
    QTest::keyClick(scope, Qt::Key_Down); // all incidents
    QCOMPARE(table->model()->rowCount(), 2);
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.first().first().value<BoardFilter::Scope>(), BoardFilter::Scope::All);
    QCOMPARE(read.size(), 0);
    historyWindow.reset();
    historyLoader.reset();
}

void tst_BoardWindow::declareThroughTheDialog()
{
    QAction *declare = window->findChild<QAction *>(u"declareAction"_s);
    QVERIFY(declare);
    QCOMPARE(declare->shortcut(), QKeySequence(QKeySequence::New));
    declare->trigger();
    auto *dialog = waitForDialog<DeclareIncidentDialog>();
    QVERIFY(dialog);

    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"title"_s), u"Payments webhooks delayed"_s);
    auto *severity = dialog->findChild<QComboBox *>(u"severity"_s);
    severity->setFocus();
    QTest::keyClick(severity, Qt::Key_Home); // SEV-1
    QVERIFY(dialog->findChild<QLabel *>(u"criteria"_s)
                    ->text()
                    .contains(u"Complete service outage"_s));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"services"_s), u"payments, queue"_s);
    QLineEdit *commander = dialog->findChild<QLineEdit *>(u"commander"_s);
    commander->clear();
    QTest::keyClicks(commander, u"carol"_s);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    QTRY_VERIFY(!dialog || !dialog->isVisible());

    const QList<Incident> all = f->service->incidents(IncidentSelection::All).value();
    QCOMPARE(all.size(), 3);
    const Incident &declared = all.last();
    QCOMPARE(declared.title, u"Payments webhooks delayed"_s);
    QCOMPARE(declared.services, (QStringList {u"payments"_s, u"queue"_s}));
    QCOMPARE(declared.commander, u"carol"_s);

    const QModelIndex badge = rowOf(declared.id, IncidentTableModel::SeverityColumn);
    QVERIFY(badge.isValid());
    QCOMPARE(badge.data().toString(), u"SEV-1"_s);
    QCOMPARE(badge.data(IncidentTableModel::SeverityRole).toInt(), 1);
    // The new incident is selected and shown in the detail pane.
    QCOMPARE(window->board()->currentIncident(), declared.id);
    QCOMPARE(window->board()->detailPane()->incidentId(), declared.id);
    // Its workspace opened in front, the keyboard in the timeline entry bar: what is typed
    // next is the first note, not a filter of the board.
    IncidentWorkspace *workspace = window->currentWorkspace();
    QVERIFY(workspace);
    QCOMPARE(workspace->incidentId(), declared.id);
    QTRY_VERIFY(QApplication::focusWidget()
                && QApplication::focusWidget()->objectName() == u"entryText"_s);
    QTest::keyClicks(QApplication::focusWidget(), u"Paused the webhook sender"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE(f->service->timeline(declared.id).value().last().text,
                 u"Paused the webhook sender"_s);
}

void tst_BoardWindow::declareDialogExplainsWhatIsMissing()
{
    window->declareIncident();
    auto *dialog = waitForDialog<DeclareIncidentDialog>();
    QVERIFY(dialog);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->findChild<QLabel *>(u"problems"_s)->text().contains(u"title"_s));
    QCOMPARE(f->service->incidents(IncidentSelection::All).value().size(), 2);
    dialog->reject();
}

void tst_BoardWindow::filterKeystrokesNarrowTheBoard()
{
    QAction *find = nullptr;
    for (QAction *action : window->findChildren<QAction *>()) {
        if (action->shortcuts().contains(QKeySequence(QKeySequence::Find)))
            find = action;
    }
    QVERIFY(find);
    find->trigger();
    QLineEdit *search = window->board()->filterBar()->searchField();
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, u"search"_s);
    QTableView *table = window->board()->table();
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, IncidentTableModel::TitleColumn).data().toString(),
             u"Search latency"_s);
    QTest::keyClick(search, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(search, Qt::Key_Delete);
    QCOMPARE(table->model()->rowCount(), 2);
}

void tst_BoardWindow::changeSeverityFromTheDetailPane()
{
    window->board()->selectIncident(2);
    auto *severity = window->board()->detailPane()->findChild<QComboBox *>(u"detailSeverity"_s);
    QVERIFY(severity);
    QCOMPARE(severity->currentText(), u"SEV-3"_s);
    severity->setFocus();
    QTest::keyClick(severity, Qt::Key_Up); // SEV-2
    QCOMPARE(f->service->incident(2).value().severity, Severity::Sev2);
    QCOMPARE(rowOf(2, IncidentTableModel::SeverityColumn).data().toString(), u"SEV-2"_s);
    QCOMPARE(window->board()->currentIncident(), 2);
}

void tst_BoardWindow::refusedChangeIsShownInWords()
{
    window->board()->selectIncident(1);
    auto *commander = window->board()->detailPane()->findChild<QLineEdit *>(u"detailCommander"_s);
    commander->clear();
    QTest::keyClick(commander, Qt::Key_Return);
    auto *error = window->board()->detailPane()->findChild<QLabel *>(u"detailError"_s);
    QVERIFY2(error->text().contains(u"commander"_s), qPrintable(error->text()));
    QCOMPARE(f->service->incident(1).value().commander, u"alice"_s);
    QCOMPARE(commander->text(), u"alice"_s);
}

void tst_BoardWindow::keyboardNavigationAndShortcutsDialog()
{
    QTableView *table = window->board()->table();
    window->board()->selectIncident(1);
    table->setFocus();
    QTest::keyClick(table, Qt::Key_J);
    QCOMPARE(window->board()->currentIncident(), 2);
    QTest::keyClick(table, Qt::Key_J); // wraps to the top
    QCOMPARE(window->board()->currentIncident(), 1);
    QTest::keyClick(table, Qt::Key_K); // and back to the bottom
    QCOMPARE(window->board()->currentIncident(), 2);
    QTest::keyClick(table, Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(window->board()->currentIncident(), 1);

    window->findChild<QAction *>(u"shortcutsAction"_s)->trigger();
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window->findChild<QDialog *>(u"shortcutsDialog"_s))
                && dialog->isVisible());
    auto *list = dialog->findChild<QTableWidget *>(u"shortcutsTable"_s);
    QStringList actions;
    for (int row = 0; row < list->rowCount(); ++row)
        actions << list->item(row, 0)->text();
    for (const QString &expected : {u"Declare incident…"_s, u"Filter incidents"_s,
                                    u"Next incident"_s, u"Previous incident"_s})
        QVERIFY2(actions.contains(expected), qPrintable(actions.join(u", ")));
    dialog->reject();
}

void tst_BoardWindow::commandPaletteFindsActionsAndIncidents()
{
    // Ctrl+K, a few letters of an action, Enter: the action runs.
    window->board()->table()->setFocus();
    QTest::keyClick(window.get(), Qt::Key_K, Qt::ControlModifier);
    QPointer<CommandPalette> palette = waitForDialog<CommandPalette>();
    QVERIFY(palette);
    auto *search = palette->findChild<QLineEdit *>(u"paletteSearch"_s);
    QTRY_COMPARE(QApplication::focusWidget(), search);
    QTest::keyClicks(search, u"dashb"_s);
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_VERIFY(!palette);
    QVERIFY(window->dashboard()->isVisible()); // its tab is the current one

    // An incident by its commander's name; the arrow keys move through the list from the
    // search field, and Enter opens the workspace of the one chosen.
    window->activateWindow(); // offscreen, closing a dialog activates nothing by itself
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    QTest::keyClick(window.get(), Qt::Key_K, Qt::ControlModifier);
    palette = waitForDialog<CommandPalette>();
    QVERIFY(palette);
    search = palette->findChild<QLineEdit *>(u"paletteSearch"_s);
    QTest::keyClicks(search, u"bob"_s);
    auto *list = palette->findChild<QTreeView *>(u"paletteList"_s);
    QCOMPARE(list->currentIndex().data().toString(), u"#2 Search latency"_s);
    QTest::keyClick(search, Qt::Key_Down);
    QTest::keyClick(search, Qt::Key_Up);
    QCOMPARE(list->currentIndex().row(), 0);
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_VERIFY(!palette);
    QVERIFY(window->currentWorkspace());
    QCOMPARE(window->currentWorkspace()->incidentId(), 2);
}

void tst_BoardWindow::liveUpdateKeepsSelection()
{
    QTableView *table = window->board()->table();
    table->sortByColumn(IncidentTableModel::TitleColumn, Qt::AscendingOrder);
    window->board()->selectIncident(2);
    const int scroll = table->verticalScrollBar()->value();
    // Someone else escalates the selected incident: it moves, the selection follows.
    QVERIFY(f->service->changeSeverity(2, Severity::Sev1, u"someone"_s));
    f->declare(u"Another one"_s, Severity::Sev2);
    QCOMPARE(window->board()->currentIncident(), 2);
    QVERIFY(table->selectionModel()->isRowSelected(table->currentIndex().row(), {}));
    QCOMPARE(table->horizontalHeader()->sortIndicatorSection(),
             int(IncidentTableModel::TitleColumn));
    QCOMPARE(table->verticalScrollBar()->value(), scroll);
}

// The board says it is busy while a worker sorts, and the click's order arrives whole.
void tst_BoardWindow::headerClickSortsALongListOnAWorker()
{
    QTableView *table = window->board()->table();
    IncidentBoardModel &board = window->board()->boardModel();
    const int title = IncidentTableModel::TitleColumn;
    table->sortByColumn(title, Qt::DescendingOrder);
    QCOMPARE(table->model()->index(0, title).data().toString(), u"Search latency"_s);
    board.setBackgroundSortAbove(1);
    QSignalSpy sorting(&board, &IncidentBoardModel::sortingChanged);
    // A second click on the title flips the order.
    QHeaderView *header = table->horizontalHeader();
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                      {header->sectionViewportPosition(title) + 5, header->height() / 2});
    QVERIFY(board.isSorting());
    QCOMPARE(board.sortOrder(), Qt::AscendingOrder);
    QCOMPARE(table->viewport()->cursor().shape(), Qt::BusyCursor);
    QCOMPARE(table->model()->index(0, title).data().toString(), u"Search latency"_s);

    QVERIFY(sorting.wait());
    QVERIFY(!table->viewport()->testAttribute(Qt::WA_SetCursor));
    QCOMPARE(table->model()->index(0, title).data().toString(), u"Checkout API returning 500s"_s);
}

void tst_BoardWindow::emptyBoardSaysWhatFillsIt()
{
    // A filter that hides both incidents.
    QTest::keyClicks(window->board()->filterBar()->searchField(), u"zzz"_s);
    auto *empty = window->board()->findChild<QLabel *>(u"boardEmpty"_s);
    QTRY_VERIFY(empty->isVisible());
    QCOMPARE(empty->text(), u"No incidents match. Clear the search or widen the filters."_s);

    // A fresh profile: nothing was filtered; it opens on Get started instead of an empty
    // table, each step marked from the real configuration.
    BoardFixture fresh;
    std::unique_ptr<IncidentLoader> freshLoader;
    std::unique_ptr<MainWindow> freshWindow;
    QVERIFY(openWindow(fresh, freshLoader, freshWindow, {1280, 800}));
    auto *start = freshWindow->board()->findChild<GetStartedPage *>(u"getStarted"_s);
    QVERIFY(start);
    QTRY_VERIFY(start->isVisible());
    QVERIFY(!freshWindow->board()->table()->isVisible());
    QVERIFY(!freshWindow->board()->findChild<QLabel *>(u"boardEmpty"_s)->isVisible());
    QVERIFY(!start->isDone(GetStartedPage::Step::Monitoring));
    QVERIFY(!start->isDone(GetStartedPage::Step::Slos));

    // Connect… opens Settings on the endpoints; once one is there, the step is done.
    auto button = [start](const QString &text) {
        for (QPushButton *candidate : start->findChildren<QPushButton *>())
            if (candidate->text() == text)
                return candidate;
        return static_cast<QPushButton *>(nullptr);
    };
    QTest::mouseClick(button(u"Connect…"_s), Qt::LeftButton);
    SettingsWindow *settings = nullptr;
    QTRY_VERIFY((settings = freshWindow->findChild<SettingsWindow *>()) && settings->isVisible());
    QCOMPARE(settings->currentPage(), SettingsWindow::Page::Endpoints);
    Endpoint prometheus;
    prometheus.name = u"prom"_s;
    prometheus.kind = Endpoint::Kind::Prometheus;
    prometheus.url = QUrl(u"http://127.0.0.1:9090"_s);
    QVERIFY(fresh.monitoring->saveEndpoint(prometheus));
    settings->reject();
    QTRY_VERIFY(start->isDone(GetStartedPage::Step::Monitoring));

    // Declare… opens the declare dialog; the first incident puts the board in its place.
    QTest::mouseClick(button(u"Declare…"_s), Qt::LeftButton);
    DeclareIncidentDialog *declare = nullptr;
    QTRY_VERIFY((declare = freshWindow->findChild<DeclareIncidentDialog *>())
                && declare->isVisible());
    declare->reject();
    fresh.declare(u"First"_s, Severity::Sev3);
    QTRY_VERIFY(freshWindow->board()->table()->isVisible());
    QVERIFY(!start->isVisible());
    freshWindow.reset();
    freshLoader.reset();
}

// The console opens on the board: the views behind the other tabs are built when a tab is
// first clicked (or the view is asked for), and shown in the same frame.
void tst_BoardWindow::viewsBehindTabsAreBuiltWhenFirstShown()
{
    QVERIFY(!window->findChild<SloView *>());
    QVERIFY(!window->findChild<DashboardView *>());
    QVERIFY(!window->hasPostmortemsView());
    auto *tabs = window->findChild<QTabWidget *>(u"tabs"_s);
    QTabBar *bar = tabs->tabBar();
    int slosTab = -1;
    for (int tab = 0; tab < tabs->count(); ++tab) {
        if (tabs->tabText(tab) == u"SLOs"_s)
            slosTab = tab;
    }
    QVERIFY(slosTab > 0);
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(slosTab).center());
    QCOMPARE(tabs->currentIndex(), slosTab);
    auto *slos = window->findChild<SloView *>();
    QVERIFY(slos);
    QVERIFY(slos->isVisible());
    QCOMPARE(window->slos(), slos);
    QVERIFY(!window->findChild<DashboardView *>()); // still not looked at

    window->showPostmortems();
    QVERIFY(window->hasPostmortemsView());
    QVERIFY(window->postmortems()->isVisible());
    QCOMPARE(window->findChildren<PostmortemsView *>().size(), 1);
}

QTEST_MAIN(tst_BoardWindow)
#include "tst_boardwindow.moc"
