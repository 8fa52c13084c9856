#include "services/escalationservice.h"
#include "services/teamservice.h"
#include "services/teamsync.h"
#include "storage/teamqueue.h"
#include "storage/teamschema.h"
#include "teamconsole.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>

using namespace sitrep;
using namespace Qt::StringLiterals;

// Consoles that write while apart converge once they sync, in any order: the services record
// every change with its local effect, the sync worker applies the team's changes with the
// merge rules, and the services tell their listeners (the board among them).
class tst_TeamConvergence : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void aDeclarationReachesTheOtherBoard();
    void concurrentEditsConvergeAndSaySoOnTheTimeline();
    void aSequentialEditSupersedesNothing();
    void aReopeningThatNeverSawTheResolutionIsRefused();
    void setMembersAndTicksConverge();
    void oneTimelineEntryEditedOnBothKeepsBothRevisions();
    void aPostmortemSectionWrittenOnBothKeepsAConflictCopy();
    void provisionalLabelsTellIncidentsApart();
    void soloModeRecordsNothing();
    void eachEscalationStepPagesOnceAndOutlivesItsConsole();

private:
    using Console = TeamConsole;
    void sync(Console &console) { console.sync(this); }
    [[nodiscard]] std::unique_ptr<TeamSync> live(Console &console) { return console.live(this); }
    // Waits for a whole round (push, then pull) of each sync begun after now.
    static void roundTrip(const QList<TeamSync *> &syncs);
    [[nodiscard]] static Incident onBoth(Console &console, const QUuid &uid);
    [[nodiscard]] static QStringList texts(Console &console, IncidentId id);
    std::unique_ptr<Console> alice;
    std::unique_ptr<Console> bob;
    QString m_database;
};

void tst_TeamConvergence::init()
{
    QVERIFY2(!postgres_fixture::ownerPassword().isEmpty(), "the postgres fixture did not start");
    m_database = postgres_fixture::freshDatabase();
    QVERIFY(!m_database.isEmpty());
    for (const QString &login : {u"alice"_s, u"bob"_s})
        QVERIFY(postgres_fixture::grant(m_database, login + u'_' + m_database, u"pw"_s));
    alice = std::make_unique<Console>(Console::join(m_database, u"alice"_s));
    bob = std::make_unique<Console>(Console::join(m_database, u"bob"_s));
}

void tst_TeamConvergence::cleanup()
{
    alice.reset();
    bob.reset();
}

void tst_TeamConvergence::roundTrip(const QList<TeamSync *> &syncs)
{
    const QDateTime before = QDateTime::currentDateTimeUtc();
    for (TeamSync *sync : syncs)
        sync->syncNow();
    for (TeamSync *sync : syncs)
        QTRY_VERIFY_WITH_TIMEOUT(sync->state().lastSync > before && sync->state().pending == 0,
                                 10'000);
}

Incident tst_TeamConvergence::onBoth(Console &console, const QUuid &uid)
{
    const QList<Incident> all
            = console.services->service->incidents(IncidentSelection::All).value();
    const auto found = std::find_if(all.begin(), all.end(), [&uid](const Incident &incident) {
        return incident.uid == uid;
    });
    return found == all.end() ? Incident() : *found;
}

QStringList tst_TeamConvergence::texts(Console &console, IncidentId id)
{
    QStringList said;
    for (const TimelineEvent &entry : console.services->timeline->timeline(id).value())
        said << entry.text;
    return said;
}

void tst_TeamConvergence::aDeclarationReachesTheOtherBoard()
{
    IncidentTableModel board(*bob->services->service, bob->services->clock);
    QAbstractItemModelTester tester(&board, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy declared(bob->services->service.get(), &IncidentService::incidentDeclared);
    bool paged = true;
    connect(bob->services->service.get(), &IncidentService::incidentDeclared, this,
            [&] { paged = !bob->services->service->importing(); });

    const Incident made
            = alice->services->declare(u"Checkout 500s"_s, Severity::Sev2, {u"api"_s}, u"alice"_s);
    QVERIFY(!made.uid.isNull());
    sync(*alice);
    sync(*bob);

    QCOMPARE(declared.size(), 1);
    QVERIFY2(!paged, "an incident declared elsewhere is announced like an imported one");
    QCOMPARE(board.rowCount(), 1);
    const Incident arrived = onBoth(*bob, made.uid);
    QCOMPARE(arrived.title, made.title);
    QCOMPARE(arrived.severity, Severity::Sev2);
    QCOMPARE(arrived.services, made.services);
    QCOMPARE(arrived.responders, made.responders);
    QCOMPARE(arrived.detectedAt, made.detectedAt);
    // The server numbered it once for the team; both consoles know the number.
    QCOMPARE(arrived.teamNumber, 1);
    QCOMPARE(onBoth(*alice, made.uid).teamNumber, 1);
    // The declaration's timeline entry came along, under its own uid.
    const QList<TimelineEvent> there = bob->services->timeline->timeline(arrived.id).value();
    const QList<TimelineEvent> here = alice->services->timeline->timeline(made.id).value();
    QCOMPARE(there.size(), 1);
    QCOMPARE(there.first().uid, here.first().uid);
    QCOMPARE(there.first().text, here.first().text);
}

void tst_TeamConvergence::concurrentEditsConvergeAndSaySoOnTheTimeline()
{
    const Incident made = alice->services->declare(u"Checkout 500s"_s, Severity::Sev3);
    sync(*alice);
    sync(*bob);
    const IncidentId onBob = onBoth(*bob, made.uid).id;
    QVERIFY(onBob > 0);

    // Apart: alice says SEV-2, then bob (later) says SEV-1 without having seen it.
    QVERIFY(alice->services->service->changeSeverity(made.id, Severity::Sev2, u"alice"_s));
    QTest::qWait(2); // the later stamp must be later on this one machine's clock too
    QVERIFY(bob->services->service->changeSeverity(onBob, Severity::Sev1, u"bob"_s));
    sync(*bob);
    sync(*alice);
    sync(*bob);

    QCOMPARE(onBoth(*alice, made.uid).severity, Severity::Sev1);
    QCOMPARE(onBoth(*bob, made.uid).severity, Severity::Sev1);
    const QString note
            = u"Severity: alice_%1's SEV-2 superseded by bob_%1's SEV-1"_s.arg(m_database);
    QVERIFY2(texts(*alice, made.id).contains(note), qPrintable(texts(*alice, made.id).join(u'\n')));
    QVERIFY2(texts(*bob, onBob).contains(note), qPrintable(texts(*bob, onBob).join(u'\n')));
    QCOMPARE(texts(*alice, made.id), texts(*bob, onBob));
}

void tst_TeamConvergence::aSequentialEditSupersedesNothing()
{
    const Incident made = alice->services->declare(u"Checkout 500s"_s, Severity::Sev3);
    QVERIFY(alice->services->service->changeSeverity(made.id, Severity::Sev2, u"alice"_s));
    sync(*alice);
    sync(*bob);
    const IncidentId onBob = onBoth(*bob, made.uid).id;
    QVERIFY(bob->services->service->changeSeverity(onBob, Severity::Sev1, u"bob"_s));
    sync(*bob);
    sync(*alice);
    QCOMPARE(onBoth(*alice, made.uid).severity, Severity::Sev1);
    for (const QString &text : texts(*alice, made.id))
        QVERIFY2(!text.contains(u"superseded"_s), qPrintable(text));
    QCOMPARE(texts(*alice, made.id), texts(*bob, onBob));
}

void tst_TeamConvergence::aReopeningThatNeverSawTheResolutionIsRefused()
{
    const Incident made = alice->services->declare(u"Checkout 500s"_s, Severity::Sev2);
    sync(*alice);
    sync(*bob);
    const IncidentId onBob = onBoth(*bob, made.uid).id;

    // Apart: alice resolves; bob, who never saw it, moves the incident on later.
    QVERIFY(alice->services->service->resolve(made.id, u"Pool raised"_s, {}, u"alice"_s));
    QTest::qWait(2);
    QVERIFY(bob->services->service->changeStatus(onBob, IncidentStatus::Monitoring, u"bob"_s));
    sync(*alice);
    sync(*bob);
    sync(*alice);

    // The server kept the resolution; bob's console went back to it and both say why.
    for (Console *each : {alice.get(), bob.get()}) {
        const Incident shown = onBoth(*each, made.uid);
        QCOMPARE(shown.status, IncidentStatus::Resolved);
        QCOMPARE(shown.resolution, u"Pool raised"_s);
    }
    const QString note = u"The team server refused bob_%1's change to Monitoring: alice_%1 had "
                         u"resolved the incident, and reopening it needs a reason. It stays "
                         u"Resolved."_s.arg(m_database);
    QVERIFY2(texts(*bob, onBob).contains(note), qPrintable(texts(*bob, onBob).join(u'\n')));
    QCOMPARE(texts(*alice, made.id), texts(*bob, onBob));
    // Bob's console learns the server's state and keeps nothing queued.
    QVERIFY(bob->services->service->reopen(onBob, u"Errors again"_s, u"bob"_s));
    sync(*bob);
    sync(*alice);
    QCOMPARE(onBoth(*alice, made.uid).status, IncidentStatus::Investigating);
}

void tst_TeamConvergence::setMembersAndTicksConverge()
{
    const Incident made
            = alice->services->declare(u"Checkout 500s"_s, Severity::Sev2, {u"api"_s}, u"alice"_s);
    sync(*alice);
    sync(*bob);
    const IncidentId onBob = onBoth(*bob, made.uid).id;
    const QString item = alice->services->checklists->checklist(made.id).value().first().item.key;

    // Apart: each adds a responder; alice ticks an item, bob ticks and then unticks it later.
    QVERIFY(alice->services->service->addResponder(made.id, u"carol"_s, u"alice"_s));
    QVERIFY(alice->services->checklists->tick(made.id, item, u"alice"_s));
    QVERIFY(bob->services->service->addResponder(onBob, u"dave"_s, u"bob"_s));
    QVERIFY(bob->services->checklists->tick(onBob, item, u"bob"_s));
    QTest::qWait(2);
    QVERIFY(bob->services->checklists->untick(onBob, item, u"bob"_s));
    QSignalSpy ticked(alice->services->checklists.get(), &ChecklistService::checklistChanged);
    sync(*alice);
    sync(*bob);
    sync(*alice);

    const Incident a = onBoth(*alice, made.uid);
    const Incident b = onBoth(*bob, made.uid);
    QCOMPARE(a.responders, b.responders);
    QCOMPARE(a.responders, (QStringList {u"alice"_s, u"carol"_s, u"dave"_s}));
    QVERIFY(!ticked.isEmpty());
    const auto tickOf = [&item](Console &console, IncidentId id) {
        for (const ChecklistEntry &entry : console.services->checklists->checklist(id).value()) {
            if (entry.item.key == item)
                return entry.tick.has_value();
        }
        return true;
    };
    QVERIFY(!tickOf(*alice, made.id));
    QVERIFY(!tickOf(*bob, onBob));
}

void tst_TeamConvergence::oneTimelineEntryEditedOnBothKeepsBothRevisions()
{
    const Incident made = alice->services->declare(u"Checkout 500s"_s, Severity::Sev2);
    const QDateTime at = alice->services->clock.now().addSecs(-30);
    const TimelineEvent note
            = alice->services->timeline
                      ->add(made.id, TimelineKind::Note, u"Pool exhausted"_s, at, false, u"alice"_s)
                      .value();
    sync(*alice);
    sync(*bob);
    const TimelineEvent onBob = [&] {
        for (const TimelineEvent &entry :
             bob->services->timeline->timeline(onBoth(*bob, made.uid).id).value()) {
            if (entry.uid == note.uid)
                return entry;
        }
        return TimelineEvent();
    }();
    QCOMPARE(onBob.text, u"Pool exhausted"_s);

    QVERIFY(alice->services->timeline->edit(note.id, at, TimelineKind::Note,
                                            u"Pool exhausted on db-1"_s, u"alice"_s));
    QTest::qWait(2);
    QVERIFY(bob->services->timeline->edit(onBob.id, at, TimelineKind::Hypothesis,
                                          u"Pool exhausted by the batch job"_s, u"bob"_s));
    QSignalSpy changed(alice->services->timeline.get(), &TimelineService::entryChanged);
    sync(*alice);
    sync(*bob);
    sync(*alice);

    const auto shown = [&](Console &console, qint64 id) {
        return console.services->timeline->timeline(onBoth(console, made.uid).id, true)
                .value()
                .at([&] {
                    const auto all = console.services->timeline
                                             ->timeline(onBoth(console, made.uid).id, true)
                                             .value();
                    for (qsizetype i = 0; i < all.size(); ++i) {
                        if (all.at(i).id == id)
                            return i;
                    }
                    return qsizetype(0);
                }());
    };
    QCOMPARE(shown(*alice, note.id).text, u"Pool exhausted by the batch job"_s);
    QCOMPARE(shown(*bob, onBob.id).text, u"Pool exhausted by the batch job"_s);
    QCOMPARE(changed.size(), 1);
    // Alice's words are not lost: they are in the entry's history on both consoles.
    for (const auto &[console, id] : {std::pair {alice.get(), note.id}, {bob.get(), onBob.id}}) {
        QStringList history;
        for (const TimelineRevision &revision : console->services->timeline->revisions(id).value())
            history << revision.text;
        QVERIFY2(history.contains(u"Pool exhausted on db-1"_s), qPrintable(history.join(u'|')));
    }
}

void tst_TeamConvergence::aPostmortemSectionWrittenOnBothKeepsAConflictCopy()
{
    const Incident made = alice->services->declare(u"Checkout 500s"_s, Severity::Sev2);
    QVERIFY(alice->services->service->resolve(made.id, u"Pool raised"_s, {}, u"alice"_s));
    sync(*alice);
    sync(*bob);
    const IncidentId onBob = onBoth(*bob, made.uid).id;
    const auto write
            = [](Console &console, IncidentId id, const QString &summary, const QString &action) {
                  Postmortem p = console.services->postmortems->open(id).value().postmortem;
                  p.summary = summary;
                  Postmortem::ActionItem item;
                  item.action = action;
                  p.actionItems.append(item);
                  QVERIFY(console.services->postmortems->save(p));
              };
    const auto postmortem = [](Console &console, IncidentId id) {
        return console.services->postmortems->find(id).value().value().postmortem;
    };
    QSignalSpy saved(alice->services->postmortems.get(), &PostmortemService::postmortemSaved);

    // Apart: both write the summary and add an action item; bob writes later.
    write(*alice, made.id, u"Alice's summary"_s, u"Alert on the pool"_s);
    QTest::qWait(2);
    write(*bob, onBob, u"Bob's summary"_s, u"Load test the launch"_s);
    saved.clear();
    sync(*alice);
    sync(*bob);
    sync(*alice);
    QVERIFY(!saved.isEmpty());

    const Postmortem onAlice = postmortem(*alice, made.id);
    QCOMPARE(postmortem(*bob, onBob).summary, onAlice.summary);
    QVERIFY2(onAlice.summary.startsWith(
                     u"Bob's summary\n\nConflict copy: alice_%1's version"_s.arg(m_database)),
             qPrintable(onAlice.summary));
    QVERIFY(onAlice.summary.endsWith(u"\nAlice's summary"_s));
    QStringList actions;
    for (const Postmortem::ActionItem &item : onAlice.actionItems)
        actions << item.action;
    QCOMPARE(actions.size(), 2);
    QVERIFY(actions.contains(u"Alert on the pool"_s)
            && actions.contains(u"Load test the launch"_s));
    QCOMPARE(postmortem(*bob, onBob).actionItems, onAlice.actionItems);

    // Bob resolves the conflict having seen the copy: it is gone everywhere.
    Postmortem merged = postmortem(*bob, onBob);
    merged.summary = u"The pool ran dry under the launch traffic."_s;
    QVERIFY(bob->services->postmortems->save(merged));
    sync(*bob);
    sync(*alice);
    QCOMPARE(postmortem(*alice, made.id).summary, merged.summary);
    QCOMPARE(postmortem(*bob, onBob).summary, merged.summary);
}

void tst_TeamConvergence::provisionalLabelsTellIncidentsApart()
{
    // Declared offline within a moment of each other: the labels differ (they were once all
    // the clock's first digits), and each finds its own.
    QMultiMap<QString, IncidentId> labels;
    for (int i = 0; i < 5; ++i) {
        const Incident made = alice->services->declare(u"Outage %1"_s.arg(i), Severity::Sev3);
        const Incident shown = onBoth(*alice, made.uid);
        QVERIFY(shown.provisional);
        labels.insert(shown.label(), made.id);
    }
    // Four random hex digits: two of five alike is rare, three alike is not a thing.
    QVERIFY(labels.uniqueKeys().size() >= 4);
    for (const QString &label : labels.uniqueKeys()) {
        if (labels.count(label) > 1)
            continue;
        const auto found = alice->services->service->resolve(label);
        QVERIFY2(found && found.value(), qPrintable(found ? label : found.error()));
        QCOMPARE(*found.value(), labels.value(label));
    }
}

void tst_TeamConvergence::soloModeRecordsNothing()
{
    BoardFixture solo;
    solo.declare(u"Checkout 500s"_s, Severity::Sev2);
    QCOMPARE(TeamQueue(*solo.database).pendingCount().value(), 0);
    QVERIFY(alice->services->declare(u"x"_s, Severity::Sev3).id > 0);
    QVERIFY(TeamQueue(*alice->services->database).pendingCount().value() >= 2);
}

QTEST_GUILESS_MAIN(tst_TeamConvergence)
// Both consoles follow the escalation of a SEV-1 declared on one; each step is claimed on the
// server, so exactly one console pages it and the merged timeline says so once. When the
// declaring console goes away, the other pages the next step on time.
void tst_TeamConvergence::eachEscalationStepPagesOnceAndOutlivesItsConsole()
{
    // Wednesday of week 2 of the fixture's rotation on both desks.
    for (Console *console : {alice.get(), bob.get()})
        console->services->clock.setNow(QDateTime(QDate(2026, 4, 1), QTime(12, 0), Qt::UTC));
    QFile yaml(u"" SITREP_SOURCE_DIR "/tests/fixtures/oncall/platform.yaml"_s);
    QVERIFY(yaml.open(QIODevice::ReadOnly));
    QVERIFY(alice->services->oncall->importYaml(yaml.readAll(), u"platform.yaml"_s));
    auto aliceSync = live(*alice);
    auto bobSync = live(*bob);
    QTRY_VERIFY_WITH_TIMEOUT(bob->services->oncall->schedule(u"platform"_s).has_value(), 10'000);

    const Incident made
            = alice->services->declare(u"Checkout down"_s, Severity::Sev1, {u"checkout"_s});
    const auto steps = [](Console &console, const QUuid &uid) {
        const Result<std::optional<Escalation>> escalation
                = console.services->escalations->escalation(onBoth(console, uid).id);
        return escalation && escalation.value() ? escalation.value()->pages.size() : -1;
    };
    // Pages as the team's log has them (each timeline entry once, whoever wrote it).
    const auto serverPages = [this] {
        int count = -1;
        {
            auto owner = TeamConnection::open(postgres_fixture::url(m_database),
                                              postgres_fixture::ownerPassword(), u"pages"_s);
            QSqlQuery query(owner.value());
            if (query.exec(u"SELECT count(DISTINCT entity_uid) FROM sitrep_changes WHERE "
                           "entity = 'timeline' AND payload->'value'->>'text' LIKE 'Paged %'"_s)
                && query.next())
                count = query.value(0).toInt();
        }
        TeamConnection::close(u"pages"_s);
        return count;
    };
    const auto paged = [](Console &console, const QUuid &uid) {
        QStringList said = texts(console, onBoth(console, uid).id);
        said.removeIf([](const QString &text) {
            return !text.startsWith(u"Paged "_s) && !text.startsWith(u"Nobody on call"_s);
        });
        return said;
    };
    QTRY_COMPARE_WITH_TIMEOUT(steps(*alice, made.uid), 1, 10'000);
    QTRY_COMPARE_WITH_TIMEOUT(steps(*bob, made.uid), 1, 10'000);

    // Five minutes on, the second level is due on both desks at once.
    for (Console *console : {alice.get(), bob.get()}) {
        console->services->clock.advance(6 * 60);
        console->services->escalations->tick();
    }
    QTRY_COMPARE_WITH_TIMEOUT(steps(*alice, made.uid), 2, 10'000);
    QTRY_COMPARE_WITH_TIMEOUT(steps(*bob, made.uid), 2, 10'000);
    // Both consoles have answered their claims (each recorded the step): whatever either
    // paged is in its queue. A round of each after that, and the server's log has it all.
    roundTrip({aliceSync.get(), bobSync.get()});
    QCOMPARE(serverPages(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(paged(*bob, made.uid).size(), 2, 10'000);
    QTRY_COMPARE_WITH_TIMEOUT(paged(*bob, made.uid), paged(*alice, made.uid), 10'000);
    // Only one "Escalation started", from the console that declared.
    QCOMPARE(texts(*bob, onBoth(*bob, made.uid).id).filter(u"Escalation started"_s).size(), 1);

    // Alice's console goes away; ten minutes later bob's pages the third level.
    aliceSync.reset();
    bob->services->clock.advance(10 * 60);
    bob->services->escalations->tick();
    QTRY_COMPARE_WITH_TIMEOUT(steps(*bob, made.uid), 3, 10'000);
    QTRY_COMPARE_WITH_TIMEOUT(paged(*bob, made.uid).size(), 3, 10'000);
    roundTrip({bobSync.get()});
    QCOMPARE(serverPages(), 3);
}

#include "tst_teamconvergence.moc"
