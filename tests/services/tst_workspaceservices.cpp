#include "../itemmodels/boardfixture.h"
#include "storage/timelinestore.h"

#include <QFile>
#include <QSignalSpy>

using namespace sitrep;
using namespace Qt::StringLiterals;

// The services behind the workspace over a real database: hand-written entries, corrections
// that keep the original, recoverable deletion, roles, checklists, runbooks.
class tst_WorkspaceServices : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void addRefusesWhatItShould_data();
    void addRefusesWhatItShould();
    void addedEntryIsAnnounced();
    void editKeepsTheOriginal();
    void deletionRecoverableWhileOpen();
    void capturedEntriesAreAutomaticAndKey();
    void rolesAreHandedOverOnTheTimeline();
    void checklistTicksAreRecorded();
    void badChecklistFileKeepsDefaults();
    void runbookLibraryLoadsShippedAndUserRunbooks();

private:
    std::unique_ptr<BoardFixture> f;
    Incident incident;
};

void tst_WorkspaceServices::init()
{
    f = std::make_unique<BoardFixture>();
    incident = f->declare(u"Checkout API returning 500s"_s, Severity::Sev2, {u"api"_s}, u"alice"_s);
}

void tst_WorkspaceServices::addRefusesWhatItShould_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("minutesFromNow");
    QTest::addColumn<QString>("problem");
    QTest::newRow("captured kind")
            << int(TimelineKind::SeverityChanged) << u"x"_s << 0 << u"captured by Sitrep"_s;
    QTest::newRow("empty") << int(TimelineKind::Note) << u"  "_s << 0 << u"Write what happened"_s;
    QTest::newRow("future") << int(TimelineKind::Note) << u"x"_s << 30 << u"in the future"_s;
    QTest::newRow("long before") << int(TimelineKind::Note) << u"x"_s << -3000
                                 << u"more than a day before"_s;
}

void tst_WorkspaceServices::addRefusesWhatItShould()
{
    QFETCH(int, kind);
    QFETCH(QString, text);
    QFETCH(int, minutesFromNow);
    QFETCH(QString, problem);
    const Result<TimelineEvent> added
            = f->timeline->add(incident.id, static_cast<TimelineKind>(kind), text,
                               f->clock.now().addSecs(60LL * minutesFromNow), false, u"bob"_s);
    QVERIFY(!added);
    QVERIFY2(added.error().contains(problem), qPrintable(added.error()));
    QCOMPARE(f->timeline->timeline(incident.id).value().size(), 1); // the declaration only
}

void tst_WorkspaceServices::addedEntryIsAnnounced()
{
    QSignalSpy added(f->timeline.get(), &TimelineService::entryAdded);
    const QDateTime at = f->clock.now().addSecs(-120);
    const Result<TimelineEvent> entry = f->timeline->add(incident.id, TimelineKind::Hypothesis,
                                                         u" Pool exhausted "_s, at, true, u"bob"_s);
    QVERIFY(entry);
    QCOMPARE(added.size(), 1);
    const auto announced = added.first().at(0).value<TimelineEvent>();
    QCOMPARE(announced, entry.value());
    QVERIFY(announced.id > 0);
    QCOMPARE(announced.text, u"Pool exhausted"_s);
    QVERIFY(announced.key && !announced.automatic);
    // Stored, and in time order: two minutes ago comes before the declaration a minute ago.
    const QList<TimelineEvent> timeline = f->timeline->timeline(incident.id).value();
    QCOMPARE(timeline.size(), 2);
    QCOMPARE(timeline.first(), entry.value());
}

void tst_WorkspaceServices::editKeepsTheOriginal()
{
    const TimelineEvent declared = f->timeline->timeline(incident.id).value().first();
    const QDateTime corrected = declared.at.addSecs(-300);
    f->clock.advance(30);
    const Result<TimelineEvent> edited
            = f->timeline->edit(declared.id, corrected, TimelineKind::Declared,
                                u"Declared SEV-2 after the first alerts"_s, u"carol"_s);
    QVERIFY(edited);
    QVERIFY(edited.value().edited);
    QCOMPARE(edited.value().at, corrected);
    QVERIFY(edited.value().automatic);

    f->clock.advance(30);
    QVERIFY(f->timeline->edit(declared.id, corrected, TimelineKind::Note, u"Third wording"_s,
                              u"dave"_s));
    const QList<TimelineRevision> revisions = f->timeline->revisions(declared.id).value();
    QCOMPARE(revisions.size(), 2);
    // The first revision is what Sitrep captured.
    QCOMPARE(revisions.at(0).text, declared.text);
    QCOMPARE(revisions.at(0).at, declared.at);
    QCOMPARE(revisions.at(0).kind, TimelineKind::Declared);
    QCOMPARE(revisions.at(0).editor, u"carol"_s);
    QCOMPARE(revisions.at(1).text, u"Declared SEV-2 after the first alerts"_s);
    QCOMPARE(revisions.at(1).editor, u"dave"_s);

    const Result<TimelineEvent> same = f->timeline->edit(declared.id, corrected, TimelineKind::Note,
                                                         u"Third wording"_s, u"dave"_s);
    QVERIFY(!same);
    QVERIFY(same.error().contains(u"Nothing was changed"_s));
    QCOMPARE(f->timeline->revisions(declared.id).value().size(), 2);
}

void tst_WorkspaceServices::deletionRecoverableWhileOpen()
{
    const TimelineEvent note
            = f->timeline->add(incident.id, TimelineKind::Note, u"typo"_s, {}, false, u"bob"_s)
                      .value();
    QSignalSpy changed(f->timeline.get(), &TimelineService::entryChanged);
    QVERIFY(f->timeline->remove(note.id));
    QVERIFY(changed.last().at(0).value<TimelineEvent>().isDeleted());
    QCOMPARE(f->timeline->timeline(incident.id).value().size(), 1);
    QCOMPARE(f->timeline->timeline(incident.id, true).value().size(), 2);
    QVERIFY(f->timeline->restore(note.id));
    QCOMPARE(f->timeline->timeline(incident.id).value().size(), 2);

    QVERIFY(f->timeline->remove(note.id));
    QVERIFY(f->service->resolve(incident.id, u"Rolled back"_s, {}, u"alice"_s));
    const Result<TimelineEvent> restored = f->timeline->restore(note.id);
    QVERIFY(!restored);
    QVERIFY2(restored.error().contains(u"resolved"_s), qPrintable(restored.error()));
    const TimelineEvent declared = f->timeline->timeline(incident.id).value().first();
    QVERIFY(!f->timeline->remove(declared.id));
    // Still correctable after resolution: the postmortem needs it right.
    QVERIFY(f->timeline->edit(declared.id, declared.at, declared.kind, u"Declared SEV-2"_s,
                              u"alice"_s));
}

void tst_WorkspaceServices::capturedEntriesAreAutomaticAndKey()
{
    QSignalSpy captured(f->service.get(), &IncidentService::timelineEntryAdded);
    QVERIFY(f->service->changeSeverity(incident.id, Severity::Sev1, u"alice"_s));
    QVERIFY(f->service->changeStatus(incident.id, IncidentStatus::Identified, u"alice"_s));
    QCOMPARE(captured.size(), 2);
    const auto severity = captured.at(0).at(0).value<TimelineEvent>();
    QCOMPARE(severity.kind, TimelineKind::SeverityChanged);
    QVERIFY(severity.automatic && severity.key && severity.id > 0);
    const auto status = captured.at(1).at(0).value<TimelineEvent>();
    QVERIFY(status.automatic && !status.key);
}

void tst_WorkspaceServices::rolesAreHandedOverOnTheTimeline()
{
    QSignalSpy captured(f->service.get(), &IncidentService::timelineEntryAdded);
    QVERIFY(f->service->assignRole(incident.id, IncidentRole::Scribe, u"bob"_s, u"alice"_s));
    const Result<Incident> handed
            = f->service->assignRole(incident.id, IncidentRole::Scribe, u"carol"_s, u"alice"_s);
    QVERIFY(handed);
    QCOMPARE(handed.value().scribe, u"carol"_s);
    QVERIFY(handed.value().responders.contains(u"carol"_s));
    QCOMPARE(captured.size(), 2);
    QCOMPARE(captured.at(0).at(0).value<TimelineEvent>().text, u"Scribe is now bob"_s);
    QCOMPARE(captured.at(1).at(0).value<TimelineEvent>().text, u"Scribe is now carol (was bob)"_s);
    QCOMPARE(captured.at(1).at(0).value<TimelineEvent>().kind, TimelineKind::RoleAssigned);

    QVERIFY(f->service->assignRole(incident.id, IncidentRole::CommunicationsLead, u"erin"_s,
                                   u"alice"_s));
    const Result<Incident> refused = f->service->removeResponder(incident.id, u"erin"_s, u"a"_s);
    QVERIFY(!refused);
    QVERIFY(refused.error().contains(u"hand the role over first"_s));
    QVERIFY(f->service->addResponder(incident.id, u"frank"_s, u"alice"_s));
    QVERIFY(f->service->removeResponder(incident.id, u"frank"_s, u"alice"_s));
    const Incident stored = f->service->incident(incident.id).value();
    QCOMPARE(stored.communicationsLead, u"erin"_s);
    QVERIFY(!stored.responders.contains(u"frank"_s));
    // The commander role is the board's commander.
    QVERIFY(f->service->assignRole(incident.id, IncidentRole::Commander, u"dave"_s, u"alice"_s));
    QCOMPARE(f->service->incident(incident.id).value().commander, u"dave"_s);
}

void tst_WorkspaceServices::checklistTicksAreRecorded()
{
    QSignalSpy recorded(f->checklists.get(), &ChecklistService::timelineEntryAdded);
    QList<ChecklistEntry> entries = f->checklists->checklist(incident.id).value();
    QCOMPARE(entries.size(), 15);
    // Due times count from the declaration: the seed's 5, 15 and 30 minutes.
    QCOMPARE(entries.first().dueAt, incident.detectedAt.addSecs(5 * 60));
    QCOMPARE(entries.at(5).dueAt, incident.detectedAt.addSecs(15 * 60));
    QCOMPARE(entries.last().dueAt, incident.detectedAt.addSecs(30 * 60));

    const Result<ChecklistEntry> ticked = f->checklists->tick(incident.id, u"2"_s, u"bob"_s);
    QVERIFY(ticked);
    QCOMPARE(ticked.value().item.key, u"join-channel"_s);
    QCOMPARE(ticked.value().tick->by, u"bob"_s);
    QCOMPARE(recorded.size(), 1);
    const auto entry = recorded.first().at(0).value<TimelineEvent>();
    QCOMPARE(entry.kind, TimelineKind::ChecklistTicked);
    QCOMPARE(entry.text, u"Done: Join incident Zoom/Slack channel"_s);
    QVERIFY(entry.automatic);

    QVERIFY(!f->checklists->tick(incident.id, u"join-channel"_s, u"bob"_s));
    QVERIFY(!f->checklists->tick(incident.id, u"99"_s, u"bob"_s));
    QVERIFY(f->checklists->checklist(incident.id).value().at(1).tick.has_value());
    QVERIFY(f->checklists->untick(incident.id, u"join-channel"_s, u"bob"_s));
    QVERIFY(!f->checklists->checklist(incident.id).value().at(1).tick.has_value());
    QCOMPARE(recorded.size(), 2);
}

void tst_WorkspaceServices::badChecklistFileKeepsDefaults()
{
    const QString file = f->dir.filePath(u"checklists.json"_s);
    QFile bad(file);
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write(R"({"phases": [{"name": "Only", "from": "0m", "to": "5m"}]})");
    bad.close();
    QStringList warnings;
    const ChecklistTemplate loaded = ChecklistService::loadTemplate(file, &warnings);
    QCOMPARE(loaded.phases.size(), 3);
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings.first().contains(file), qPrintable(warnings.first()));
    QVERIFY(warnings.first().contains(u"has no items"_s));
    QVERIFY(warnings.first().contains(u"default checklists are in force"_s));
}

void tst_WorkspaceServices::runbookLibraryLoadsShippedAndUserRunbooks()
{
    const QString folder = f->dir.filePath(u"runbooks"_s);
    QVERIFY(QDir().mkpath(folder));
    QFile mine(folder + u"/disk-full.md"_s);
    QVERIFY(mine.open(QIODevice::WriteOnly));
    mine.write("---\nservices: storage\n---\n# Runbook: Disk Full\n## Symptoms\n");
    mine.close();
    QFile broken(folder + u"/broken.md"_s);
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("just some notes\n");
    broken.close();

    const RunbookLibrary library = RunbookLibrary::load(folder);
    QCOMPARE(library.runbooks().size(), 2);
    QCOMPARE(library.warnings().size(), 1);
    QVERIFY(library.warnings().first().contains(u"broken.md"_s));
    // The seed's runbook ships, linked to the api service and the latency alerts.
    const QList<Runbook> forApi = library.matching(incident);
    QCOMPARE(forApi.size(), 1);
    QCOMPARE(forApi.first().title, u"High API Latency"_s);
    QVERIFY(forApi.first().missingSections().isEmpty());
    QVERIFY(forApi.first().commandBlocks().contains(
            u"# Increase replicas\nkubectl scale deployment/api --replicas=20 -n production\n\n"
            "# Verify scaling\nkubectl get pods -n production -w"_s));
    Incident storage;
    storage.services = {u"storage"_s};
    QCOMPARE(library.matching(storage).first().title, u"Disk Full"_s);
}

QTEST_GUILESS_MAIN(tst_WorkspaceServices)
#include "tst_workspaceservices.moc"
