#include "boardfixture.h"
#include "itemmodels/checklistmodel.h"
#include "itemmodels/timelinemodel.h"
#include "itemmodels/workspaceeditor.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace sitrep;
using namespace Qt::StringLiterals;

// The workspace's models and undo stack without any widget: the timeline stays in time order
// through live changes, and every edit undoes and redoes through the services.
class tst_TimelineModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void liveChangesKeepTimeOrder();
    void changesWhileReadingAreKept();
    void undoRedoAcrossInsertEditDelete();
    void refusedEditLeavesNothingToUndo();
    void undoOfTickAndRole();
    void checklistModel();
    void zoneToggle();

private:
    QStringList texts() const;

    std::unique_ptr<BoardFixture> f;
    Incident incident;
    std::unique_ptr<WorkspaceEditor> editor;
    std::unique_ptr<TimelineModel> model;
    std::unique_ptr<QAbstractItemModelTester> tester;
};

void tst_TimelineModel::init()
{
    f = std::make_unique<BoardFixture>();
    incident = f->declare(u"Checkout API returning 500s"_s, Severity::Sev2, {u"api"_s}, u"alice"_s);
    f->clock.advance(600);
    editor = std::make_unique<WorkspaceEditor>(incident.id, *f->service, *f->timeline,
                                               *f->checklists, u"bob"_s);
    model = std::make_unique<TimelineModel>(incident.id, *f->service, *f->timeline, *f->checklists,
                                            *editor);
    tester = std::make_unique<QAbstractItemModelTester>(
            model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Read on a worker: the rows come with loaded().
    QVERIFY(model->isLoading());
    QSignalSpy loaded(model.get(), &TimelineModel::loaded);
    QVERIFY(loaded.wait());
    QCOMPARE(loaded.first().first().toString(), QString());
    QCOMPARE(model->rowCount(), 1);
}

void tst_TimelineModel::cleanup()
{
    tester.reset();
    model.reset();
    editor.reset();
    f.reset();
}

QStringList tst_TimelineModel::texts() const
{
    QStringList result;
    for (int row = 0; row < model->rowCount(); ++row)
        result << model->index(row, TimelineModel::TextColumn).data().toString();
    return result;
}

void tst_TimelineModel::liveChangesKeepTimeOrder()
{
    const QDateTime declared = incident.detectedAt;
    QVERIFY(editor->addEntry(TimelineKind::Note, u"late"_s, declared.addSecs(300), false));
    QVERIFY(editor->addEntry(TimelineKind::Action, u"early"_s, declared.addSecs(60), false));
    // Captured elsewhere (the board's detail pane): it arrives live, at now.
    QVERIFY(f->service->changeStatus(incident.id, IncidentStatus::Identified, u"alice"_s));
    QCOMPARE(texts(),
             (QStringList {u"Declared SEV-2: Checkout API returning 500s"_s, u"early"_s, u"late"_s,
                           u"Status changed from Investigating to Identified"_s}));

    // Editing a time moves exactly that row.
    QSignalSpy moved(model.get(), &QAbstractItemModel::rowsMoved);
    QSignalSpy reset(model.get(), &QAbstractItemModel::modelReset);
    const QModelIndex early = model->index(1, TimelineModel::TimeColumn);
    QVERIFY(model->setData(early, declared.addSecs(400)));
    QCOMPARE(moved.size(), 1);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(texts().at(2), u"early"_s);
    QVERIFY(model->index(2, 0).data(TimelineModel::EditedRole).toBool());

    QVERIFY(model->setData(model->index(2, TimelineModel::TextColumn), u"earlier"_s));
    QCOMPARE(texts().at(2), u"earlier"_s);
    QVERIFY(model->setData(model->index(2, TimelineModel::TimeColumn), Qt::Checked,
                           Qt::CheckStateRole));
    QVERIFY(model->index(2, 0).data(TimelineModel::KeyRole).toBool());
}

void tst_TimelineModel::changesWhileReadingAreKept()
{
    const Result<TimelineEvent> typo
            = f->timeline->add(incident.id, TimelineKind::Note, u"tpyo"_s, {}, false, u"bob"_s);
    QVERIFY(typo);
    QCOMPARE(texts().size(), 2);
    // A read is under way (deleted entries asked for) while an entry is added and another
    // corrected: the worker may read before or after each, and each shows once, as it is now.
    QSignalSpy loaded(model.get(), &TimelineModel::loaded);
    model->setShowDeleted(true);
    QVERIFY(model->isLoading());
    QVERIFY(f->timeline->add(incident.id, TimelineKind::Decision, u"roll back"_s, {}, false,
                             u"alice"_s));
    QVERIFY(f->timeline->edit(typo.value().id, typo.value().at, TimelineKind::Note, u"typo"_s,
                              u"bob"_s));
    QVERIFY(loaded.wait());
    QCOMPARE(texts(),
             (QStringList {u"Declared SEV-2: Checkout API returning 500s"_s, u"typo"_s,
                           u"roll back"_s}));
}

void tst_TimelineModel::undoRedoAcrossInsertEditDelete()
{
    QUndoStack &stack = editor->undoStack();
    QVERIFY(editor->addEntry(TimelineKind::Hypothesis, u"Pool exhausted"_s, {}, false));
    QCOMPARE(stack.undoText(), u"Add Hypothesis"_s);
    QCOMPARE(model->rowCount(), 2);
    const TimelineEvent added = model->entryAt(1);
    QVERIFY(editor->editEntry(added, added.at, TimelineKind::Decision, u"Raise the pool"_s));
    QCOMPARE(stack.undoText(), u"Edit Hypothesis entry"_s);
    QVERIFY(editor->deleteEntry(model->entryAt(1)));
    QCOMPARE(model->rowCount(), 1);

    stack.undo(); // the deletion
    QCOMPARE(texts().last(), u"Raise the pool"_s);
    stack.undo(); // the edit
    QCOMPARE(texts().last(), u"Pool exhausted"_s);
    QCOMPARE(model->entryAt(1).kind, TimelineKind::Hypothesis);
    stack.undo(); // the insert
    QCOMPARE(model->rowCount(), 1);
    QVERIFY(!stack.canUndo());

    stack.redo();
    QCOMPARE(texts().last(), u"Pool exhausted"_s);
    QCOMPARE(model->entryAt(1).id, added.id); // the same entry, not a copy
    stack.redo();
    QCOMPARE(texts().last(), u"Raise the pool"_s);
    stack.redo();
    QCOMPARE(model->rowCount(), 1);
    // Nothing was lost on the way: the deleted entry is still there, and the edit, its undo
    // and its redo each left what the entry said before in its history.
    QCOMPARE(f->timeline->timeline(incident.id, true).value().size(), 2);
    const QList<TimelineRevision> revisions = f->timeline->revisions(added.id).value();
    QCOMPARE(revisions.size(), 3);
    QCOMPARE(revisions.at(0).text, u"Pool exhausted"_s);
    QCOMPARE(revisions.at(1).text, u"Raise the pool"_s);
}

void tst_TimelineModel::refusedEditLeavesNothingToUndo()
{
    QSignalSpy failed(editor.get(), &WorkspaceEditor::failed);
    QVERIFY(!editor->addEntry(TimelineKind::Note, u""_s, {}, false));
    QVERIFY(!model->setData(model->index(0, TimelineModel::TimeColumn),
                            f->clock.now().addSecs(3600)));
    QCOMPARE(failed.size(), 2);
    QVERIFY(failed.at(1).at(0).toString().contains(u"in the future"_s));
    QCOMPARE(editor->undoStack().count(), 0);
}

void tst_TimelineModel::undoOfTickAndRole()
{
    QUndoStack &stack = editor->undoStack();
    QVERIFY(editor->setTicked(u"acknowledge"_s, u"Acknowledge incident in PagerDuty"_s, true));
    QVERIFY(editor->assignRole(IncidentRole::Scribe, u"carol"_s));
    QVERIFY(editor->assignRole(IncidentRole::Scribe, u"dave"_s));
    QCOMPARE(stack.undoText(), u"Assign Scribe"_s);
    stack.undo();
    QCOMPARE(f->service->incident(incident.id).value().scribe, u"carol"_s);
    stack.undo();
    QCOMPARE(f->service->incident(incident.id).value().scribe, QString());
    stack.undo();
    QVERIFY(!f->checklists->checklist(incident.id).value().first().tick.has_value());
    stack.redo();
    QVERIFY(f->checklists->checklist(incident.id).value().first().tick.has_value());
    // Every step is on the timeline: tick, two assignments, two undos, untick, tick again.
    QCOMPARE(model->rowCount(), 1 + 7);
}

void tst_TimelineModel::checklistModel()
{
    ChecklistModel checklist(incident.id, *f->checklists, *editor, f->clock);
    QAbstractItemModelTester checklistTester(
            &checklist, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(checklist.rowCount(), 3 + 15); // three phase headings, fifteen items
    QVERIFY(checklist.index(0).data(ChecklistModel::IsPhaseRole).toBool());
    QCOMPARE(checklist.index(0).data().toString(), u"Immediate actions"_s);
    QVERIFY(!(checklist.flags(checklist.index(0)) & Qt::ItemIsUserCheckable));
    // Ten minutes after the declaration: the first phase is overdue, the second is not.
    QVERIFY(checklist.index(1).data(ChecklistModel::IsOverdueRole).toBool());
    QVERIFY(!checklist.index(7).data(ChecklistModel::IsOverdueRole).toBool());

    QSignalSpy changed(&checklist, &QAbstractItemModel::dataChanged);
    QVERIFY(checklist.setData(checklist.index(1), Qt::Checked, Qt::CheckStateRole));
    QVERIFY(!changed.isEmpty());
    QCOMPARE(checklist.index(1).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QVERIFY(!checklist.index(1).data(ChecklistModel::IsOverdueRole).toBool());
    QVERIFY(checklist.index(1).data().toString().contains(u"done"_s));
    editor->undoStack().undo();
    QCOMPARE(checklist.index(1).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    f->clock.advance(10 * 60);
    checklist.refreshTimes();
    QVERIFY(checklist.index(7).data(ChecklistModel::IsOverdueRole).toBool());
}

void tst_TimelineModel::zoneToggle()
{
    QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), u"Time (UTC)"_s);
    QCOMPARE(model->index(0, 0).data(Qt::EditRole).toDateTime().timeSpec(), Qt::UTC);
    QSignalSpy header(model.get(), &QAbstractItemModel::headerDataChanged);
    model->setLocalTime(true);
    QCOMPARE(header.size(), 1);
    QVERIFY(model->headerData(0, Qt::Horizontal).toString().startsWith(u"Time ("_s));
    QCOMPARE(model->index(0, 0).data(Qt::EditRole).toDateTime(), incident.detectedAt);
    QCOMPARE(model->index(0, 0).data(Qt::EditRole).toDateTime().timeSpec(), Qt::LocalTime);
}

QTEST_MAIN(tst_TimelineModel)
#include "tst_timelinemodel.moc"
