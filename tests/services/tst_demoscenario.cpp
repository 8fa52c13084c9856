#include "../itemmodels/boardfixture.h"
#include "services/demoscenario.h"

#include <set>

#include <QSignalSpy>

using namespace sitrep;
using namespace Qt::StringLiterals;

class tst_DemoScenario : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void historyCoversEverySeverityAndStatus();
    void feedMovesIncidentsAlong();
    void warRoomTextsAgreeWithItsTimes();
};

void tst_DemoScenario::historyCoversEverySeverityAndStatus()
{
    BoardFixture f;
    const QList<Incident> history = DemoScenario::history(f.clock.now());
    std::set<Severity> severities;
    std::set<IncidentStatus> statuses;
    bool overdue = false;
    for (const Incident &incident : history) {
        severities.insert(incident.severity);
        statuses.insert(incident.status);
        overdue = overdue || f.service->policy().isUpdateOverdue(incident, f.clock.now());
        QVERIFY(incident.startedAt <= f.clock.now());
        QVERIFY(incident.isOpen() || incident.resolvedAt > incident.detectedAt);
    }
    QCOMPARE(severities.size(), 4u);
    QCOMPARE(statuses.size(), 4u);
    QVERIFY2(overdue, "a first-time user sees what an overdue update looks like");
    QVERIFY(f.service->importHistory(history, u"demo"_s));
    QCOMPARE(f.service->incidents(IncidentSelection::All).value().size(), history.size());
}

void tst_DemoScenario::feedMovesIncidentsAlong()
{
    BoardFixture f;
    QVERIFY(f.service->importHistory(DemoScenario::history(f.clock.now()), u"demo"_s));
    DemoFeed feed(*f.service);
    QSignalSpy changed(f.service.get(), &IncidentService::incidentChanged);
    QSignalSpy declared(f.service.get(), &IncidentService::incidentDeclared);
    for (int step = 0; step < 40; ++step)
        feed.step();
    QVERIFY(changed.size() + declared.size() >= 40);
    const qsizetype open = f.service->incidents(IncidentSelection::Open).value().size();
    QVERIFY2(open >= 3 && open <= 11, qPrintable(QString::number(open)));
}

void tst_DemoScenario::warRoomTextsAgreeWithItsTimes()
{
    BoardFixture f;
    const QList<Incident> seeded
            = f.service->importHistory(DemoScenario::history(f.clock.now()), u"demo"_s).value();
    const auto sev1 = std::find_if(seeded.cbegin(), seeded.cend(), [](const Incident &incident) {
        return incident.isOpen() && incident.severity == Severity::Sev1;
    });
    QVERIFY(sev1 != seeded.cend());
    QVERIFY(DemoScenario::warRoom(f.services(), sev1->id, f.clock.now()));
    // The hypothesis names the release's time: two minutes before the errors, that is the
    // incident's start, and before the entry that says it.
    const QString released = sev1->startedAt.addSecs(-120).toString(u"HH:mm 'UTC'"_s);
    bool found = false;
    for (const TimelineEvent &event : f.service->timeline(sev1->id).value()) {
        if (event.kind != TimelineKind::Hypothesis)
            continue;
        found = true;
        QVERIFY2(event.text.contains(u"went out at "_s + released), qPrintable(event.text));
        QVERIFY(sev1->startedAt.addSecs(-120) < event.at);
    }
    QVERIFY(found);
}

QTEST_GUILESS_MAIN(tst_DemoScenario)
#include "tst_demoscenario.moc"
