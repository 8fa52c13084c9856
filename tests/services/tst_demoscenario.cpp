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

QTEST_GUILESS_MAIN(tst_DemoScenario)
#include "tst_demoscenario.moc"
