#include "board/boardview.h"
#include "itemmodels/actiontrackermodel.h"
#include "itemmodels/incidentboardmodel.h"
#include "postmortem/postmortemfiles.h"
#include "postmortem/postmortemform.h"
#include "postmortem/postmortemsview.h"
#include "services/postmortemservice.h"
#include "windowfixture.h"

#include <cstdio>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace sitrep;
using namespace Qt::StringLiterals;

// The Postmortems tab driven with real widgets: the form filled from the keyboard and saved
// by itself, undo across fields from the toolbar, Complete refused in words, the exports and
// the tracker's filters; and a postmortem being typed survives its process being killed.
class tst_PostmortemForm : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void fillTheFormFromTheKeyboard();
    void completeIsRefusedInWords();
    void exportsAreWritten();
    void trackerFilters();
    void importIntoTheForm();
    void emptyStateAndLeads();
    void relatedIncidentMarkedAsRepeat();
    void autosaveSurvivesAKilledProcess();
    void fromTheBoardAndUndoByShortcut();

private:
    IncidentId resolved(const QString &title);
    template<typename T> T *field(const QString &name) const
    {
        T *widget = m_view->findChild<T *>(name);
        if (!widget)
            qFatal("no %s", qPrintable(name));
        return widget;
    }
    // Types the text, a line at a time, pressing Return between lines.
    void type(QWidget *widget, const QString &text)
    {
        widget->setFocus();
        const QStringList lines = text.split(u'\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i > 0)
                QTest::keyClick(widget, Qt::Key_Return);
            QTest::keyClicks(widget, lines.at(i));
        }
    }
    [[nodiscard]] Postmortem stored(IncidentId id) const
    {
        return f->postmortems->find(id).value()->postmortem;
    }

    std::unique_ptr<BoardFixture> f;
    std::unique_ptr<PostmortemsView> m_view;
};

void tst_PostmortemForm::init()
{
    f = std::make_unique<BoardFixture>();
}

void tst_PostmortemForm::cleanup()
{
    m_view.reset();
    f.reset();
}

IncidentId tst_PostmortemForm::resolved(const QString &title)
{
    const Incident incident = f->declare(title, Severity::Sev2, {u"api"_s}, u"alice"_s);
    f->clock.advance(90 * 60);
    if (!f->service->resolve(incident.id, u"Raised the pool size"_s, u"Pool too small"_s,
                             u"alice"_s))
        qFatal("resolve failed");
    return incident.id;
}

void tst_PostmortemForm::fillTheFormFromTheKeyboard()
{
    const IncidentId id = resolved(u"Checkout down"_s);
    m_view = std::make_unique<PostmortemsView>(*f->postmortems, *f->service);
    m_view->resize(1300, 900);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    PostmortemForm &form = *m_view->form();
    QCOMPARE(form.editor().postmortem().incident, id); // the due list opened the first one
    QCOMPARE(field<QLineEdit>(u"title"_s)->text(), u"Checkout down"_s);

    QSignalSpy saved(&form.editor(), &PostmortemEditor::saved);
    type(field<QLineEdit>(u"title"_s), u" at peak"_s);
    type(field<QPlainTextEdit>(u"summary"_s), u"Checkout failed for **91 minutes**."_s);
    auto *timeline = field<QPlainTextEdit>(u"timeline"_s);
    timeline->moveCursor(QTextCursor::End);
    type(timeline, u"\n14:23 First alerts\nsomeone noticed"_s);
    type(field<QPlainTextEdit>(u"wentWell"_s), u"1. Paged fast\n2. Clear channel"_s);

    // An action item: added with the button, typed into the table's editors.
    QTest::mouseClick(field<QPushButton>(u"addActionItem"_s), Qt::LeftButton);
    auto *table = field<QTableView>(u"actionItems"_s);
    QCOMPARE(table->model()->rowCount(), 1);
    QTest::keyClicks(QApplication::focusWidget(), u"Monitor the pool"_s);
    QSignalSpy added(&form.editor().undoStack(), &QUndoStack::indexChanged);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QVERIFY(added.wait(2000));
    const QModelIndex owner = table->model()->index(0, 1);
    table->setCurrentIndex(owner);
    if (!table->indexWidget(owner))
        QTest::keyClick(table, Qt::Key_F2); // the edit key, as a person would
    QTest::keyClicks(QApplication::focusWidget(), u"@bob"_s);
    // The delegate commits Return on the next turn of the event loop.
    QSignalSpy committed(&form.editor().undoStack(), &QUndoStack::indexChanged);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QVERIFY(committed.wait(2000));

    const Postmortem &p = form.editor().postmortem();
    QCOMPARE(p.title, u"Checkout down at peak"_s);
    QCOMPARE(p.summary, u"Checkout failed for **91 minutes**."_s);
    QCOMPARE(p.timeline.size(), 4); // declared, resolved, and the two typed
    QCOMPARE(p.timeline.at(2), (Postmortem::TimelineEntry {QTime(14, 23), u"First alerts"_s}));
    QVERIFY(!p.timeline.at(3).time.isValid()); // kept, and its time asked for
    QVERIFY(field<QLabel>(u"missing"_s)->text().contains(u"a time (HH:MM) for timeline entry 4"_s));
    QCOMPARE(p.wentWell, (QStringList {u"Paged fast"_s, u"Clear channel"_s}));
    QCOMPARE(p.actionItems.size(), 1);
    QCOMPARE(p.actionItems.first().action, u"Monitor the pool"_s);
    QCOMPARE(p.actionItems.first().owner, u"bob"_s);

    // Saved without being asked to.
    QVERIFY(saved.wait(2000) || !form.editor().hasUnsavedEdits());
    QCOMPARE(stored(id).title, u"Checkout down at peak"_s);
    QCOMPARE(stored(id).actionItems.first().owner, u"bob"_s);
    QVERIFY(field<QLabel>(u"saveState"_s)->text().startsWith(u"Saved"_s));

    // Undo from the toolbar reaches back across fields: the owner, then the action item.
    auto *undo = m_view->findChild<QToolButton *>();
    QVERIFY(undo && undo->defaultAction() == form.undoAction());
    QTest::mouseClick(undo, Qt::LeftButton);
    QCOMPARE(form.editor().postmortem().actionItems.first().owner, QString());
    QTest::mouseClick(undo, Qt::LeftButton);
    QTest::mouseClick(undo, Qt::LeftButton);
    QCOMPARE(table->model()->rowCount(), 0);
    QCOMPARE(field<QLineEdit>(u"title"_s)->text(), u"Checkout down at peak"_s);
    QTest::mouseClick(undo, Qt::LeftButton); // the went-well lines
    QVERIFY(field<QPlainTextEdit>(u"wentWell"_s)->toPlainText().isEmpty());
    QVERIFY(saved.wait(2000));
    QVERIFY(stored(id).wentWell.isEmpty());
}

void tst_PostmortemForm::completeIsRefusedInWords()
{
    resolved(u"Checkout down"_s);
    m_view = std::make_unique<PostmortemsView>(*f->postmortems, *f->service);
    m_view->show();
    auto *status = field<QComboBox>(u"status"_s);
    status->setFocus();
    QTest::keyClick(status, Qt::Key_End); // Complete
    QCOMPARE(m_view->form()->editor().postmortem().status, Postmortem::Status::Draft);
    QCOMPARE(status->currentText(), u"Draft"_s);
    const QString said = field<QLabel>(u"saveState"_s)->text();
    QVERIFY2(said.contains(u"cannot be Complete yet; it needs a summary"_s), qPrintable(said));
    QVERIFY(said.contains(u"at least one action item"_s));
    QTest::keyClick(status, Qt::Key_Down); // In review
    QCOMPARE(m_view->form()->editor().postmortem().status, Postmortem::Status::InReview);

    // A duration that differs from the incident's asks for the reason.
    auto *duration = field<QLineEdit>(u"duration"_s);
    duration->selectAll();
    type(duration, u"2 hours"_s);
    QCOMPARE(m_view->form()->editor().postmortem().duration, std::chrono::minutes(120));
    auto *hint = field<QLabel>(u"durationHint"_s);
    QVERIFY2(hint->text().contains(u"1 hour 31 minutes: say why"_s), qPrintable(hint->text()));
    type(field<QLineEdit>(u"durationReason"_s), u"Errors began before detection"_s);
    QVERIFY(!hint->text().contains(u"say why"_s));
}

void tst_PostmortemForm::exportsAreWritten()
{
    const IncidentId id = resolved(u"Checkout down"_s);
    m_view = std::make_unique<PostmortemsView>(*f->postmortems, *f->service);
    QTemporaryDir dir;
    PostmortemForm &form = *m_view->form();
    QCOMPARE(form.files().exportMarkdown(dir.filePath(u"p.md"_s)), QString());
    QFile markdown(dir.filePath(u"p.md"_s));
    QVERIFY(markdown.open(QIODevice::ReadOnly));
    QVERIFY(markdown.readAll().startsWith("# Postmortem: Checkout down\n"));
    QSignalSpy pdf(&form.files(), &PostmortemFiles::pdfWritten);
    form.files().exportPdf(dir.filePath(u"p.pdf"_s), PostmortemPdf::Paper::Letter);
    QVERIFY(pdf.wait(10000));
    QCOMPARE(pdf.first().at(1).toString(), QString());
    QFile written(dir.filePath(u"p.pdf"_s));
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(written.readAll().startsWith("%PDF-"));
    QCOMPARE(form.files().saveInvite(dir.filePath(u"review.ics"_s)), QString());
    QFile ics(dir.filePath(u"review.ics"_s));
    QVERIFY(ics.open(QIODevice::ReadOnly));
    QVERIFY(ics.readAll().contains("UID:postmortem-review-" + QByteArray::number(id)));
    // A folder that does not exist is said, not ignored.
    QVERIFY(form.files()
                    .exportMarkdown(dir.filePath(u"missing/p.md"_s))
                    .contains(u"Could not write"_s));
}

void tst_PostmortemForm::emptyStateAndLeads()
{
    m_view = std::make_unique<PostmortemsView>(*f->postmortems, *f->service);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QVERIFY(field<QLabel>(u"noPostmortem"_s)->isVisible());
    QVERIFY(!m_view->form()->isVisible());
    // The leads are shown; Settings changes them, and the list follows.
    auto *leads = field<QLabel>(u"leads"_s);
    QCOMPARE(leads->text(), u"Leads at every review: engineering-leads@example.com"_s);
    QSignalSpy settings(m_view.get(), &PostmortemsView::leadsSettingsRequested);
    QTest::mouseClick(field<QPushButton>(u"changeLeads"_s), Qt::LeftButton);
    QCOMPARE(settings.size(), 1);
    QVERIFY(f->postmortems->setLeads({u"cto@example.com"_s, u"sre@example.com"_s}));
    QCOMPARE(leads->text(), u"Leads at every review: cto@example.com, sre@example.com"_s);
    // The next resolution opens a postmortem in the list, and the form shows it.
    QSignalSpy reset(m_view->dueList()->model(), &QAbstractItemModel::modelReset);
    const IncidentId id = resolved(u"Checkout down"_s);
    QVERIFY(reset.wait(2000));
    QVERIFY(m_view->form()->isVisible());
    QCOMPARE(m_view->form()->editor().postmortem().incident, id);
    QCOMPARE(f->postmortems->find(id).value()->attendees,
             (QStringList {u"alice"_s, u"cto@example.com"_s, u"sre@example.com"_s}));
}

void tst_PostmortemForm::relatedIncidentMarkedAsRepeat()
{
    const IncidentId earlier = resolved(u"Pool exhausted in March"_s);
    const IncidentId id = resolved(u"Pool exhausted again"_s);
    m_view = std::make_unique<PostmortemsView>(*f->postmortems, *f->service);
    m_view->show();
    m_view->openPostmortem(id);
    auto *picker = field<QComboBox>(u"incidentPicker"_s);
    QCOMPARE(picker->count(), 1); // every incident in the cache but this one
    QVERIFY(picker->itemText(0).contains(u"Pool exhausted in March"_s));
    QTest::mouseClick(field<QPushButton>(u"addRelated"_s), Qt::LeftButton);
    auto *related = field<QListWidget>(u"related"_s);
    QCOMPARE(related->count(), 1);
    QCOMPARE(m_view->form()->editor().postmortem().related.first().link,
             u"#incident-%1"_s.arg(earlier));
    // Ticking it says "same root cause": a repeat incident in the metrics.
    related->setFocus();
    related->setCurrentRow(0);
    QTest::keyClick(related, Qt::Key_Space);
    QVERIFY(related->item(0)->text().endsWith(u"(same root cause)"_s));
    QVERIFY(m_view->form()->editor().saveNow());
    QVERIFY(f->postmortems->sameRootCauseIncidents().value().contains(id));
}

void tst_PostmortemForm::importIntoTheForm()
{
    const IncidentId id = resolved(u"Checkout down"_s);
    m_view = std::make_unique<PostmortemsView>(*f->postmortems, *f->service);
    PostmortemForm &form = *m_view->form();
    QCOMPARE(form.files().importMarkdown(u"" SITREP_SOURCE_DIR
                                         "/tests/fixtures/postmortem-seed.md"_s),
             QString());
    QCOMPARE(field<QLineEdit>(u"title"_s)->text(), u"[Incident Title]"_s);
    QCOMPARE(field<QTableView>(u"actionItems"_s)->model()->rowCount(), 5);
    QCOMPARE(form.editor().postmortem().incident, id);
    QCOMPARE(form.editor().postmortem().status, Postmortem::Status::Complete);
    QVERIFY(form.editor().saveNow());
    QCOMPARE(stored(id).actionItems.size(), 5);
    // One step: undo brings back what was there.
    form.undoAction()->trigger();
    QCOMPARE(field<QLineEdit>(u"title"_s)->text(), u"Checkout down"_s);
    QVERIFY(form.files().importMarkdown(u"/nonexistent/p.md"_s).contains(u"Could not read"_s));

    // A thin document marked Complete comes in for review, and what did not fit is said.
    QTemporaryDir dir;
    QFile thin(dir.filePath(u"thin.md"_s));
    QVERIFY(thin.open(QIODevice::WriteOnly));
    thin.write("# Postmortem: Checkout down\n\n**Status:** Complete\n\n## Appendix\nGraphs\n");
    thin.close();
    QCOMPARE(form.files().importMarkdown(thin.fileName()), QString());
    QCOMPARE(form.editor().postmortem().status, Postmortem::Status::InReview);
    const QString said = field<QLabel>(u"saveState"_s)->text();
    QVERIFY2(said.contains(u"Imported as In review"_s) && said.contains(u"line 5: ## Appendix"_s),
             qPrintable(said));
}

void tst_PostmortemForm::trackerFilters()
{
    const IncidentId id = resolved(u"Checkout down"_s);
    Postmortem p = f->postmortems->open(id).value().postmortem;
    using S = Postmortem::ActionItem::Status;
    p.actionItems = {{u"Monitor the pool"_s, u"alice"_s, QDate(2024, 1, 10), S::Planned},
                     {u"Runbook"_s, u"bob"_s, QDate(2024, 3, 1), S::Planned}};
    QVERIFY(f->postmortems->save(p));
    m_view = std::make_unique<PostmortemsView>(*f->postmortems, *f->service);
    QAbstractItemModel *model = m_view->tracker()->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // The tracker reads on a worker once it is on screen, and after every filter change.
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);
    const auto readAfter = [&](const std::function<void()> &change) {
        reset.clear();
        change();
        return reset.wait(5000);
    };
    QVERIFY(readAfter([&] {
        m_view->showTracker();
        m_view->show();
    }));
    QCOMPARE(model->rowCount(), 2);
    auto *overdue = field<QCheckBox>(u"overdueFilter"_s);
    QVERIFY(readAfter([&] { QTest::mouseClick(overdue, Qt::LeftButton); }));
    QCOMPARE(model->rowCount(), 1);
    QVERIFY(readAfter([&] { QTest::mouseClick(overdue, Qt::LeftButton); }));
    auto *owner = field<QComboBox>(u"ownerFilter"_s);
    QCOMPARE(owner->count(), 3); // everyone, @alice, @bob
    owner->setFocus();
    QVERIFY(readAfter([&] { QTest::keyClick(owner, Qt::Key_End); }));
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, 2).data().toString(), u"Runbook"_s);
}

// The child half of autosaveSurvivesAKilledProcess: types into the summary of the incident's
// postmortem, says "saved" once the autosave wrote it, and waits to be killed.
static int typeAndWaitToBeKilled(const QString &database, IncidentId incident)
{
    auto opened = Database::open(database);
    if (!opened)
        return 3;
    SystemClock clock;
    IncidentService incidents(*opened.value(), PolicyLoader::load({}).policy, clock);
    TimelineService timeline(*opened.value(), clock);
    PostmortemService postmortems(*opened.value(), incidents, timeline, clock);
    PostmortemForm form(postmortems, incidents);
    if (!form.load(incident))
        return 4;
    form.show();
    auto *summary = form.findChild<QPlainTextEdit *>(u"summary"_s);
    QObject::connect(&form.editor(), &PostmortemEditor::saved, [] {
        std::fputs("saved\n", stdout);
        std::fflush(stdout);
    });
    summary->setFocus();
    QTest::keyClicks(summary, u"Typed before the crash"_s);
    return QApplication::exec(); // until killed
}

void tst_PostmortemForm::autosaveSurvivesAKilledProcess()
{
    const IncidentId id = resolved(u"Checkout down"_s);
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(),
                {u"--child"_s, f->dir.filePath(u"sitrep.sqlite"_s), QString::number(id)});
    QVERIFY(child.waitForStarted());
    QVERIFY2(child.waitForReadyRead(20000), child.readAllStandardError().constData());
    QCOMPARE(child.readLine().trimmed(), QByteArray("saved"));
    child.kill(); // SIGKILL: no chance to save anything on the way out
    QVERIFY(child.waitForFinished());
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    QCOMPARE(stored(id).summary, u"Typed before the crash"_s);
}

// In the real window: the board's Postmortem button opens the form, and Ctrl+Z typed in one of
// its fields undoes the form's last step (the window's Edit menu), not the field's own.
void tst_PostmortemForm::fromTheBoardAndUndoByShortcut()
{
    const IncidentId id = resolved(u"Checkout down"_s);
    std::unique_ptr<IncidentLoader> loader;
    std::unique_ptr<MainWindow> window;
    QVERIFY(openWindow(*f, loader, window));
    auto *scope = window->findChild<QComboBox *>(u"boardScope"_s);
    scope->setFocus();
    QTest::keyClick(scope, Qt::Key_Down); // resolved incidents
    QTableView *board = window->board()->table();
    QTRY_COMPARE(board->model()->rowCount(), 1); // the history is read when first shown
    board->setFocus();
    QTest::keyClick(board, Qt::Key_Home);
    auto *button = window->findChild<QPushButton *>(u"openPostmortem"_s);
    QVERIFY(button && button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(window->postmortems()->isVisible());
    PostmortemForm &form = *window->postmortems()->form();
    QCOMPARE(form.editor().postmortem().incident, id);

    auto *title = form.findChild<QLineEdit *>(u"title"_s);
    title->setFocus();
    title->end(false);
    QTest::keyClicks(title, u"!"_s);
    QCOMPARE(form.editor().postmortem().title, u"Checkout down!"_s);
    auto *summary = form.findChild<QPlainTextEdit *>(u"summary"_s);
    summary->setFocus();
    QTest::keyClicks(summary, u"Broke"_s);
    title->setFocus();
    QTest::keyClick(title, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(form.editor().postmortem().summary, QString()); // the last step, in another field
    QCOMPARE(title->text(), u"Checkout down!"_s);
    QTest::keyClick(title, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(title->text(), u"Checkout down"_s);
    QTest::keyClick(title, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(form.editor().postmortem().title, u"Checkout down!"_s);
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc == 4 && qstrcmp(argv[1], "--child") == 0)
        return typeAndWaitToBeKilled(QString::fromLocal8Bit(argv[2]),
                                     QByteArray(argv[3]).toLongLong());
    tst_PostmortemForm test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_postmortemform.moc"
