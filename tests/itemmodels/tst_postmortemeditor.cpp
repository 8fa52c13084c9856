#include "boardfixture.h"
#include "itemmodels/actiontrackermodel.h"
#include "itemmodels/postmortemactionsmodel.h"
#include "itemmodels/postmortemeditor.h"
#include "itemmodels/postmortemsduemodel.h"
#include "services/postmortemservice.h"
#include "storage/incidentstore.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryFile>

using namespace Qt::StringLiterals;
using namespace sitrep;

// The postmortem being written: one undo history across all fields, saved by itself within
// the autosave delay, Complete only when the rules hold; the action items of the form, the
// tracker across postmortems and the "due" list, each under QAbstractItemModelTester; the
// review invitation read back by python3-icalendar.
class tst_PostmortemEditor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void undoReachesAcrossFieldsAndTypingMerges();
    void editsAreSavedWithoutBeingAskedTo();
    void completeOnlyWhenNothingIsMissing();
    void actionItemsOfTheForm();
    void trackerFiltersAndEditsInPlace();
    void dueListFollowsSaves();
    void listsNameIncidentsByTheTeamsLabel();
    void reviewInvitation();
    void damagedDocumentIsNeverOverwritten();

private:
    IncidentId resolved(const QString &title);
    static Postmortem complete(Postmortem p);
    [[nodiscard]] StoredPostmortem stored(IncidentId id)
    {
        return *fixture->postmortems->find(id).value();
    }

    std::unique_ptr<BoardFixture> fixture;
};

void tst_PostmortemEditor::init()
{
    fixture = std::make_unique<BoardFixture>();
}

void tst_PostmortemEditor::cleanup()
{
    fixture.reset();
}

IncidentId tst_PostmortemEditor::resolved(const QString &title)
{
    const Incident incident = fixture->declare(title, Severity::Sev2, {u"api"_s}, u"alice"_s);
    fixture->clock.advance(90 * 60);
    const auto done = fixture->service->resolve(incident.id, u"Raised the pool size"_s,
                                                u"Pool too small"_s, u"alice"_s);
    if (!done)
        qFatal("%s", qPrintable(done.error()));
    return incident.id;
}

Postmortem tst_PostmortemEditor::complete(Postmortem p)
{
    p.summary = u"Checkout failed."_s;
    p.usersAffected = 100;
    p.actionItems = {{u"Monitor the pool"_s, u"alice"_s, QDate(2024, 1, 20),
                      Postmortem::ActionItem::Status::Planned}};
    return p;
}

void tst_PostmortemEditor::undoReachesAcrossFieldsAndTypingMerges()
{
    const IncidentId id = resolved(u"Checkout down"_s);
    PostmortemEditor editor(*fixture->postmortems);
    QVERIFY(editor.load(id));
    QCOMPARE(editor.postmortem().title, u"Checkout down"_s);
    QCOMPARE(editor.incidentDuration(), std::chrono::minutes(91)); // declared, a minute, 90 more
    for (const QString &typed : {u"Checkout"_s, u"Checkout d"_s, u"Checkout down hard"_s})
        editor.edit(u"Title"_s, [typed](Postmortem &p) { p.title = typed; });
    QCOMPARE(editor.undoStack().count(), 1); // the keystrokes of one field merge
    editor.edit(u"Summary"_s, [](Postmortem &p) { p.summary = u"It broke."_s; });
    editor.edit(u"Lessons"_s, [](Postmortem &p) { p.lessons = {u"Load test"_s}; });
    QCOMPARE(editor.undoStack().count(), 3);

    editor.undoStack().undo();
    QVERIFY(editor.postmortem().lessons.isEmpty());
    editor.undoStack().undo();
    QCOMPARE(editor.postmortem().summary, QString());
    QCOMPARE(editor.postmortem().title, u"Checkout down hard"_s);
    editor.undoStack().undo();
    QCOMPARE(editor.postmortem().title, u"Checkout down"_s);
    editor.undoStack().redo();
    editor.undoStack().redo();
    QCOMPARE(editor.postmortem().title, u"Checkout down hard"_s);
    QCOMPARE(editor.postmortem().summary, u"It broke."_s);
    // An edit that changes nothing is no step.
    editor.edit(u"Summary"_s, [](Postmortem &p) { p.summary = u"It broke."_s; });
    QCOMPARE(editor.undoStack().index(), 2);
}

void tst_PostmortemEditor::editsAreSavedWithoutBeingAskedTo()
{
    QVERIFY(PostmortemEditor::autosaveDelay <= 1000); // a crash loses at most a second
    const IncidentId id = resolved(u"Checkout down"_s);
    PostmortemEditor editor(*fixture->postmortems);
    QVERIFY(editor.load(id));
    QSignalSpy saved(&editor, &PostmortemEditor::saved);
    editor.edit(u"Root cause"_s, [](Postmortem &p) { p.rootCause = u"A pool of 100"_s; });
    QVERIFY(editor.hasUnsavedEdits());
    QCOMPARE(stored(id).postmortem.rootCause, u"Pool too small"_s); // not yet
    QVERIFY(saved.wait(2000));
    QVERIFY(!editor.hasUnsavedEdits());
    QCOMPARE(stored(id).postmortem.rootCause, u"A pool of 100"_s);
    // Undo is an edit like any other, and saved the same way.
    editor.undoStack().undo();
    QVERIFY(saved.wait(2000));
    QCOMPARE(stored(id).postmortem.rootCause, u"Pool too small"_s);
}

void tst_PostmortemEditor::completeOnlyWhenNothingIsMissing()
{
    const IncidentId id = resolved(u"Checkout down"_s);
    PostmortemEditor editor(*fixture->postmortems);
    QVERIFY(editor.load(id));
    QSignalSpy failed(&editor, &PostmortemEditor::failed);
    editor.edit(u"Status"_s, [](Postmortem &p) { p.status = Postmortem::Status::Complete; });
    QCOMPARE(editor.postmortem().status, Postmortem::Status::Draft);
    QCOMPARE(failed.size(), 1);
    // The incident's services are the impact already; what is missing is said in words.
    QVERIFY(!failed.first().first().toString().contains(u"the impact"_s));
    QVERIFY(failed.first().first().toString().contains(u"a summary"_s));
    QVERIFY(failed.first().first().toString().contains(u"at least one action item"_s));

    editor.edit(u"Everything"_s, [](Postmortem &p) { p = complete(p); });
    editor.edit(u"Status"_s, [](Postmortem &p) { p.status = Postmortem::Status::Complete; });
    QCOMPARE(editor.postmortem().status, Postmortem::Status::Complete);
    QVERIFY(editor.saveNow());
    QCOMPARE(stored(id).postmortem.status, Postmortem::Status::Complete);

    // Taking out what Complete needs takes it back to In review, and says why.
    editor.edit(u"Action items"_s, [](Postmortem &p) { p.actionItems.first().owner.clear(); });
    QCOMPARE(editor.postmortem().status, Postmortem::Status::InReview);
    QVERIFY(failed.last().first().toString().contains(u"an owner for \"Monitor the pool\""_s));
    QVERIFY(editor.saveNow());
    QCOMPARE(stored(id).postmortem.status, Postmortem::Status::InReview);
}

void tst_PostmortemEditor::actionItemsOfTheForm()
{
    const IncidentId id = resolved(u"Checkout down"_s);
    PostmortemEditor editor(*fixture->postmortems);
    QVERIFY(editor.load(id));
    PostmortemActionsModel model(editor);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.addItem();
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(model.setData(model.index(0, 0), u"Monitor the pool"_s, Qt::EditRole));
    QVERIFY(model.setData(model.index(0, 1), u"@bob"_s, Qt::EditRole));
    QVERIFY(model.setData(model.index(0, 2), QDate(2024, 1, 10), Qt::EditRole));
    QVERIFY(!model.setData(model.index(0, 3), u"Someday"_s, Qt::EditRole));
    QVERIFY(model.setData(model.index(0, 3), u"In Progress"_s, Qt::EditRole));
    const Postmortem::ActionItem item = editor.postmortem().actionItems.first();
    QCOMPARE(item.owner, u"bob"_s);
    QCOMPARE(model.index(0, 1).data().toString(), u"@bob"_s);
    QCOMPARE(item.status, Postmortem::ActionItem::Status::InProgress);
    // Due 2024-01-10 and not done, with the clock in 2024-01-15: overdue, in red.
    QVERIFY(model.index(0, 0).data(Qt::ForegroundRole).value<QBrush>().color().red() > 150);
    QVERIFY(model.index(0, 0).data(Qt::ToolTipRole).toString().contains(u"Overdue"_s));
    QVERIFY(model.setData(model.index(0, 3), u"Done"_s, Qt::EditRole));
    QVERIFY(!model.index(0, 0).data(Qt::ForegroundRole).isValid());

    model.removeItem(0);
    QCOMPARE(model.rowCount(), 0);
    editor.undoStack().undo(); // the removal
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data().toString(), u"Monitor the pool"_s);
}

void tst_PostmortemEditor::trackerFiltersAndEditsInPlace()
{
    const IncidentId first = resolved(u"Checkout down"_s);
    const IncidentId second = resolved(u"Search slow"_s);
    using S = Postmortem::ActionItem::Status;
    Postmortem a = fixture->postmortems->open(first).value().postmortem;
    a.actionItems = {{u"Monitor the pool"_s, u"alice"_s, QDate(2024, 1, 10), S::Planned},
                     {u"Runbook"_s, u"bob"_s, QDate(2024, 1, 10), S::Done}};
    QVERIFY(fixture->postmortems->save(a));
    Postmortem b = fixture->postmortems->open(second).value().postmortem;
    b.actionItems = {{u"Index the table"_s, u"alice"_s, QDate(2024, 2, 1), S::InProgress}};
    QVERIFY(fixture->postmortems->save(b));
    QCOMPARE(fixture->postmortems->openAndOverdueActionItems().value(), (std::pair {2, 1}));

    ActionTrackerModel model(*fixture->postmortems);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    // Every read happens on a worker; the model resets when it arrives.
    const auto readAfter = [&](const std::function<void()> &change) {
        reset.clear();
        change();
        return reset.wait(5000);
    };
    QCOMPARE(model.rowCount(), 0); // nothing read until someone looks
    QVERIFY(readAfter([&] { model.setLive(true); }));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.owners(), (QStringList {u"alice"_s, u"bob"_s}));
    QVERIFY(readAfter([&] { model.setOwner(u"@alice"_s); }));
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(readAfter([&] { model.setOverdueOnly(true); }));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, ActionTrackerModel::IncidentColumn).data().toString(),
             u"#%1"_s.arg(first));
    QCOMPARE(model.index(0, ActionTrackerModel::PostmortemColumn).data().toString(),
             u"Checkout down"_s);
    // Two filters changed at once: only the later read is shown.
    QVERIFY(readAfter([&] {
        model.setOverdueOnly(false);
        model.setOwner({});
    }));
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(readAfter([&] { model.setStatus(S::InProgress); }));
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(readAfter([&] { model.setStatus(std::nullopt); }));

    // Done in place: saved into its postmortem, the row changed where it is, nothing read.
    const int statusColumn = ActionTrackerModel::PostmortemColumn + 4;
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    reset.clear();
    QVERIFY(model.setData(model.index(0, statusColumn), u"Done"_s, Qt::EditRole));
    QCOMPARE(stored(first).postmortem.actionItems.first().status, S::Done);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.index(0, statusColumn).data(Qt::EditRole).toString(), u"Done"_s);
    QCOMPARE(fixture->postmortems->openAndOverdueActionItems().value(), (std::pair {1, 0}));
    QCoreApplication::processEvents();
    QVERIFY(reset.isEmpty());

    // A change made elsewhere is followed while live...
    b.actionItems.append({u"Add an index"_s, u"carol"_s, QDate(2024, 3, 1), S::Planned});
    QVERIFY(readAfter([&] { QVERIFY(fixture->postmortems->save(b)); }));
    QCOMPARE(model.rowCount(), 4);
    QVERIFY(model.owners().contains(u"carol"_s));
    // ...and read when shown again, not before.
    model.setLive(false);
    b.actionItems.removeLast();
    QVERIFY(fixture->postmortems->save(b));
    QCoreApplication::processEvents();
    QCOMPARE(model.rowCount(), 4);
    QVERIFY(readAfter([&] { model.setLive(true); }));
    QCOMPARE(model.rowCount(), 3);
    // Typing in another field changes no action item: nothing to read.
    reset.clear();
    b.summary = u"Slow search."_s;
    QVERIFY(fixture->postmortems->save(b));
    QCoreApplication::processEvents();
    QVERIFY(reset.isEmpty());
    QVERIFY(!(model.flags(model.index(0, ActionTrackerModel::IncidentColumn))
              & Qt::ItemIsEditable));
}

void tst_PostmortemEditor::dueListFollowsSaves()
{
    const IncidentId id = resolved(u"Checkout down"_s);
    PostmortemsDueModel model(*fixture->postmortems);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.rowOf(id), 0);
    QCOMPARE(model.index(0, PostmortemsDueModel::Title).data().toString(), u"Checkout down"_s);
    QCOMPARE(model.index(0, PostmortemsDueModel::Review).data().toString(), u"in 2 d 0 h"_s);
    QCOMPARE(model.index(0, PostmortemsDueModel::Missing).data().toString(), u"2 missing"_s);
    // Once Complete it is no longer due.
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    Postmortem done = complete(fixture->postmortems->open(id).value().postmortem);
    done.status = Postmortem::Status::Complete;
    QVERIFY(fixture->postmortems->save(done));
    QVERIFY(reset.wait(2000));
    QCOMPARE(model.rowCount(), 0);
}

void tst_PostmortemEditor::listsNameIncidentsByTheTeamsLabel()
{
    const IncidentId id = resolved(u"Checkout down"_s);
    QVERIFY(fixture->postmortems->save(
            complete(fixture->postmortems->open(id).value().postmortem)));
    PostmortemsDueModel due(*fixture->postmortems);
    ActionTrackerModel tracker(*fixture->postmortems);
    QAbstractItemModelTester dueTester(&due,
                                       QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester trackerTester(&tracker,
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
    tracker.setLive(true);
    QTRY_COMPARE(tracker.rowCount(), 1);
    const QModelIndex dueCell = due.index(0, PostmortemsDueModel::Incident);
    const QModelIndex trackerCell = tracker.index(0, ActionTrackerModel::IncidentColumn);
    QCOMPARE(dueCell.data().toString(), u"#%1"_s.arg(id));
    QCOMPARE(trackerCell.data().toString(), u"#%1"_s.arg(id));
    // The team's server numbers the incident (as a pull records it); the incident's next change
    // tells both lists, which show what everyone calls it.
    const Incident incident = fixture->service->incident(id).value();
    QVERIFY(IncidentStore(*fixture->database).setTeamNumber(incident.uid, 4711));
    QSignalSpy dueChanged(&due, &QAbstractItemModel::dataChanged);
    QSignalSpy trackerChanged(&tracker, &QAbstractItemModel::dataChanged);
    QVERIFY(fixture->service->reopen(id, u"Came back"_s, u"alice"_s));
    QTRY_VERIFY(!dueChanged.isEmpty() && !trackerChanged.isEmpty());
    QCOMPARE(dueCell.data().toString(), u"#4711"_s);
    QCOMPARE(trackerCell.data().toString(), u"#4711"_s);
}

void tst_PostmortemEditor::reviewInvitation()
{
    QVERIFY(fixture->postmortems->setLeads(
            {u"cto@example.com"_s, u" "_s, u"sre-leads@example.com"_s}));
    QCOMPARE(fixture->postmortems->leads().value(),
             (QStringList {u"cto@example.com"_s, u"sre-leads@example.com"_s}));
    const IncidentId id = resolved(u"Checkout down"_s);
    const StoredPostmortem opened = stored(id);
    QCOMPARE(opened.attendees,
             (QStringList {u"alice"_s, u"cto@example.com"_s, u"sre-leads@example.com"_s}));
    const Result<QByteArray> invite = fixture->postmortems->reviewInvite(id);
    QVERIFY(invite);
    QTemporaryFile file;
    QVERIFY(file.open());
    file.write(invite.value());
    file.close();
    QProcess check;
    check.start(
            u"/usr/bin/python3"_s,
            QStringList {u"" SITREP_SOURCE_DIR "/tests/fixtures/icscheck.py"_s, file.fileName()});
    QVERIFY(check.waitForFinished(30000));
    QVERIFY2(check.exitCode() == 0, check.readAllStandardError().constData());
    const QJsonObject calendar = QJsonDocument::fromJson(check.readAllStandardOutput()).object();
    QCOMPARE(calendar[u"method"_s].toString(), u"REQUEST"_s);
    const QJsonObject event = calendar[u"events"_s].toArray().first().toObject();
    // Two days after the resolution (2024-01-15 15:31 UTC), for an hour, showing busy.
    QCOMPARE(event[u"start"_s].toString(), u"2024-01-17T15:31:00Z"_s);
    QCOMPARE(event[u"end"_s].toString(), u"2024-01-17T16:31:00Z"_s);
    QCOMPARE(event[u"summary"_s].toString(), u"Postmortem review: Checkout down"_s);
    QCOMPARE(event[u"transp"_s].toString(), u"OPAQUE"_s);
    QCOMPARE(event[u"organizer"_s].toString(), u"mailto:cto@example.com"_s);
    QCOMPARE(event[u"attendees"_s].toArray().toVariantList(),
             (QVariantList {u"mailto:cto@example.com"_s, u"mailto:sre-leads@example.com"_s}));
    QVERIFY(event[u"description"_s].toString().contains(u"alice"_s));
}

void tst_PostmortemEditor::damagedDocumentIsNeverOverwritten()
{
    const IncidentId id = resolved(u"Checkout down"_s);
    QSqlQuery damage(fixture->database->connection());
    QVERIFY(damage.exec(u"UPDATE postmortems SET document = '{\"title\": \"Checkout' "_s));
    PostmortemEditor editor(*fixture->postmortems);
    const Result<void> loaded = editor.load(id);
    QVERIFY(!loaded);
    QVERIFY2(loaded.error().contains(u"incident #%1 is damaged"_s.arg(id)),
             qPrintable(loaded.error()));
    Postmortem replacement;
    replacement.incident = id;
    replacement.title = u"Empty"_s;
    QVERIFY(!fixture->postmortems->save(replacement));
    QVERIFY(!fixture->postmortems->due());
    QSqlQuery read(fixture->database->connection());
    QVERIFY(read.exec(u"SELECT document FROM postmortems"_s) && read.next());
    QCOMPARE(read.value(0).toString(), u"{\"title\": \"Checkout"_s);

    // Edits that cannot be saved keep their postmortem open rather than be dropped.
    QVERIFY(damage.exec(u"DELETE FROM postmortems"_s));
    const IncidentId other = resolved(u"Search slow"_s);
    QVERIFY(editor.load(other));
    editor.edit(u"Summary"_s, [](Postmortem &p) { p.summary = u"Typed"_s; });
    damage.prepare(u"UPDATE postmortems SET document = '{' WHERE incident_id = ?"_s);
    damage.addBindValue(other);
    QVERIFY(damage.exec());
    QSignalSpy failed(&editor, &PostmortemEditor::failed);
    QVERIFY(!editor.saveNow());
    QCOMPARE(failed.size(), 1);
    const Result<void> switched = editor.load(id);
    QVERIFY(!switched);
    QVERIFY(switched.error().contains(u"could not be saved"_s));
    QCOMPARE(editor.postmortem().incident, other);
    QCOMPARE(editor.postmortem().summary, u"Typed"_s);
}

QTEST_GUILESS_MAIN(tst_PostmortemEditor)
#include "tst_postmortemeditor.moc"
