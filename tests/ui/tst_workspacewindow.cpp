#include "board/boardview.h"
#include "board/incidentdetailpane.h"
#include "incident/incidentworkspace.h"
#include "incident/updatecomposer.h"
#include "itemmodels/incidentboardmodel.h"
#include "itemmodels/timelinemodel.h"
#include "mainwindow/mainwindow.h"
#include "services/conflictcopyservice.h"
#include "services/incidentloader.h"
#include "services/teamsync.h"
#include "windowfixture.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

using namespace sitrep;
using namespace Qt::StringLiterals;

// The incident workspace in the real main window, driven with QTest like a commander would.
class tst_WorkspaceWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void enterOnTheBoardOpensTheWorkspace();
    void addAndEditAnEntryThenUndo();
    void editTimeInPlace();
    void spaceTicksTheChecklist();
    void rolesAndRunbooks();
    void exportsMarkdown();
    void presenceShowsWhoElseIsHere();

private:
    IncidentWorkspace *openFirst();

    std::unique_ptr<BoardFixture> f;
    Incident incident;
    std::unique_ptr<IncidentLoader> loader;
    std::unique_ptr<MainWindow> window;
};

void tst_WorkspaceWindow::init()
{
    f = std::make_unique<BoardFixture>();
    incident = f->declare(u"Checkout API returning 500s"_s, Severity::Sev1, {u"api"_s}, u"alice"_s);
    f->clock.advance(300);
    QVERIFY(openWindow(*f, loader, window));
}

void tst_WorkspaceWindow::cleanup()
{
    window.reset();
    loader.reset();
    f.reset();
}

IncidentWorkspace *tst_WorkspaceWindow::openFirst()
{
    QTableView *board = window->board()->table();
    board->setFocus();
    board->setCurrentIndex(window->board()->boardModel().indexOfIncident(incident.id, 1));
    QTest::keyClick(board, Qt::Key_Return);
    IncidentWorkspace *workspace = window->currentWorkspace();
    // The timeline is read on a worker; its rows follow the tab.
    if (workspace && !QTest::qWaitFor([&] { return !workspace->timelineModel().isLoading(); }))
        qWarning("the timeline did not load");
    return workspace;
}

void tst_WorkspaceWindow::enterOnTheBoardOpensTheWorkspace()
{
    IncidentWorkspace *workspace = openFirst();
    QVERIFY(workspace);
    QCOMPARE(workspace->incidentId(), incident.id);
    auto *tabs = window->findChild<QTabWidget *>(u"tabs"_s);
    QCOMPARE(tabs->count(), 8); // board, inbox, outbox, SLOs, dashboard, on call, postmortems,
                                // the workspace
    QCOMPARE(tabs->tabText(7), u"#1 Checkout API returning 500s"_s);
    const QString header = workspace->findChild<QLabel *>(u"workspaceHeader"_s)->text();
    QVERIFY(header.contains(u"SEV-1"_s));
    QVERIFY(header.contains(u"alice"_s));
    QVERIFY2(header.contains(u"next update due"_s), qPrintable(header));
    // Opening it again brings the same tab forward; Ctrl+B goes back to the board.
    QCOMPARE(window->openWorkspace(incident.id), workspace);
    QCOMPARE(tabs->count(), 8);
    QTest::keyClick(window.get(), Qt::Key_B, Qt::ControlModifier);
    QCOMPARE(tabs->currentIndex(), 0);
}

void tst_WorkspaceWindow::addAndEditAnEntryThenUndo()
{
    IncidentWorkspace *workspace = openFirst();
    auto *kind = workspace->findChild<QComboBox *>(u"entryKind"_s);
    kind->setCurrentIndex(kind->findData(int(TimelineKind::Hypothesis)));
    auto *text = workspace->findChild<QLineEdit *>(u"entryText"_s);
    QVERIFY(text->hasFocus());
    QTest::keyClicks(text, u"Connection pool exhausted"_s);
    QTest::keyClick(text, Qt::Key_Return);
    QVERIFY(text->text().isEmpty());

    TimelineModel &model = workspace->timelineModel();
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(1, TimelineModel::KindColumn).data().toString(), u"Hypothesis"_s);

    // Edit the text in place: double-click, type, Enter.
    QTableView *view = workspace->timelineView();
    const QModelIndex cell = model.index(1, TimelineModel::TextColumn);
    view->scrollTo(cell);
    const QPoint centre = view->visualRect(cell).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, centre);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, u"Pool exhausted by campaign traffic"_s);
    // The view commits an editor's data on its next turn of the event loop.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QTest::keyClick(editor, Qt::Key_Return);
    QVERIFY(changed.wait());
    QCOMPARE(model.index(1, TimelineModel::TextColumn).data().toString(),
             u"Pool exhausted by campaign traffic"_s);

    auto *undo = window->findChild<QAction *>(u"undoAction"_s);
    QVERIFY(undo->isEnabled());
    QCOMPARE(undo->text(), u"Undo Edit Hypothesis entry"_s);
    QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(model.index(1, TimelineModel::TextColumn).data().toString(),
             u"Connection pool exhausted"_s);
    auto *redo = window->findChild<QAction *>(u"redoAction"_s);
    QCOMPARE(redo->text(), u"Redo Edit Hypothesis entry"_s);
    QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(model.index(1, TimelineModel::TextColumn).data().toString(),
             u"Pool exhausted by campaign traffic"_s);

    // The board's undo is not the workspace's: on the board there is nothing to undo.
    window->showBoard();
    QVERIFY(!undo->isEnabled());
}

void tst_WorkspaceWindow::editTimeInPlace()
{
    IncidentWorkspace *workspace = openFirst();
    TimelineModel &model = workspace->timelineModel();
    QTableView *view = workspace->timelineView();
    const QModelIndex time = model.index(0, TimelineModel::TimeColumn);
    view->setCurrentIndex(time);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_F2);
    auto *editor = view->findChild<QDateTimeEdit *>(u"timeEditor"_s);
    QVERIFY(editor);
    QCOMPARE(editor->dateTime(), incident.detectedAt);
    editor->setDateTime(incident.detectedAt.addSecs(-120));
    // The view commits an editor's data on its next turn of the event loop.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QTest::keyClick(editor, Qt::Key_Return);
    QVERIFY(changed.wait());
    QCOMPARE(model.entryAt(0).at, incident.detectedAt.addSecs(-120));
    QVERIFY(model.entryAt(0).edited);
    QVERIFY(workspace->findChild<QWidget *>(u"entryHistory"_s)->isEnabled());
}

void tst_WorkspaceWindow::spaceTicksTheChecklist()
{
    IncidentWorkspace *workspace = openFirst();
    auto *list = workspace->findChild<QListView *>(u"checklistView"_s);
    list->setFocus();
    const QModelIndex first = list->model()->index(1, 0);
    list->setCurrentIndex(first);
    QTest::keyClick(list, Qt::Key_Space);
    QCOMPARE(first.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    const TimelineModel &model = workspace->timelineModel();
    QCOMPARE(model.entryAt(model.rowCount() - 1).text,
             u"Done: Acknowledge incident in PagerDuty"_s);
}

void tst_WorkspaceWindow::rolesAndRunbooks()
{
    IncidentWorkspace *workspace = openFirst();
    auto *scribe = workspace->findChild<QComboBox *>(u"role_scribe"_s);
    scribe->setFocus();
    QTest::keyClicks(scribe->lineEdit(), u"carol"_s);
    QTest::keyClick(scribe->lineEdit(), Qt::Key_Return);
    QCOMPARE(f->service->incident(incident.id).value().scribe, u"carol"_s);
    const TimelineModel &model = workspace->timelineModel();
    QCOMPARE(model.entryAt(model.rowCount() - 1).text, u"Scribe is now carol"_s);

    // The incident's service is "api": the seed's High API Latency runbook is shown.
    auto *runbooks = workspace->findChild<QTextBrowser *>(u"runbooks"_s);
    QVERIFY(runbooks->toPlainText().contains(u"High API Latency"_s));
    QVERIFY(runbooks->toHtml().contains(u"copy:0"_s));
}

void tst_WorkspaceWindow::exportsMarkdown()
{
    IncidentWorkspace *workspace = openFirst();
    const QString file = f->dir.filePath(u"timeline.md"_s);
    QCOMPARE(workspace->exportTimeline(file, u"markdown"_s), QString());
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(written.readAll()),
             u"## Timeline (UTC)\n- **14:00** - Declared SEV-1: Checkout API returning 500s\n"_s);
    const QString problem = workspace->exportTimeline(u"/nonexistent/dir/t.md"_s, u"markdown"_s);
    QVERIFY2(problem.contains(u"Could not write"_s), qPrintable(problem));
}

// Team mode: who else has the incident open shows in the workspace's header and in the board's
// details; typing an update here is what the team hears as "writing".
void tst_WorkspaceWindow::presenceShowsWhoElseIsHere()
{
    IncidentWorkspace *workspace = openFirst();
    TeamUrl nowhere; // never started: the test says what the server would
    nowhere.host = u"127.0.0.1"_s;
    nowhere.port = 9;
    nowhere.database = u"team"_s;
    nowhere.user = u"me"_s;
    TeamSync sync(f->database->path(), nowhere, {});
    ConflictCopyService conflicts(*f->database);
    window->showTeam(nowhere.toString(), conflicts);
    window->followTeam(sync);
    const QUuid uid = f->service->incident(incident.id).value().uid;
    Q_EMIT sync.presenceChanged({{u"erin"_s, QUuid::createUuid(), {{uid, true}}},
                                 {u"dave"_s, QUuid::createUuid(), {{uid, false}}},
                                 {u"me"_s, sync.console(), {{uid, false}}}});
    auto *header = workspace->findChild<QLabel *>(u"workspaceHeader"_s);
    QVERIFY2(header->text().contains(u"Also here: dave, erin · erin is writing an update…"_s),
             qPrintable(header->text()));
    auto *facts = window->board()->detailPane()->findChild<QLabel *>(u"detailFacts"_s);
    QVERIFY2(facts->text().contains(u"Also here: dave, erin"_s), qPrintable(facts->text()));

    // Typing in the composer marks a draft; posting it ends the draft.
    UpdateComposer &composer = workspace->composer();
    QSignalSpy drafting(&composer, &UpdateComposer::draftingChanged);
    QTest::keyClicks(composer.findChild<QPlainTextEdit *>(u"updateMessage"_s), u"Rolling back"_s);
    QVERIFY(composer.drafting());
    QCOMPARE(drafting.first().first().toBool(), true);
    composer.post();
    QVERIFY(!composer.drafting());
    QCOMPARE(drafting.last().first().toBool(), false);

    Q_EMIT sync.presenceChanged({});
    QVERIFY(!header->text().contains(u"Also here"_s));

    // Signed in as a viewer, the window's write actions are off before anyone tries them,
    // saying why; given a responder's role again, they are back.
    auto *declare = window->findChild<QAction *>(u"declareAction"_s);
    TeamSyncState watching;
    watching.connected = true;
    watching.role = TeamRole::Viewer;
    Q_EMIT sync.stateChanged(watching);
    QVERIFY(!declare->isEnabled());
    QVERIFY2(declare->statusTip().contains(u"viewer"_s), qPrintable(declare->statusTip()));
    watching.role = TeamRole::Responder;
    Q_EMIT sync.stateChanged(watching);
    QVERIFY(declare->isEnabled());
}

QTEST_MAIN(tst_WorkspaceWindow)
#include "tst_workspacewindow.moc"
