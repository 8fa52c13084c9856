#include "domain/incidentmetrics.h"

#include <QTest>

using namespace sitrep;
using namespace Qt::StringLiterals;

// The seed's incident metrics over hand-made incident sets: MTTR per severity with open
// incidents apart, MTTD by detection, MTTA without unacknowledged ones, repeats by root cause
// and by link, the SLA's support response, period edges and the service filter.
class tst_IncidentMetrics : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void mttrPerSeverity();
    void openIncidentsAreCountedApart();
    void mttdByDetection();
    void mttaSkipsUnacknowledged();
    void periodEdgesCountByStart();
    void serviceFilter();
    void repeats_data();
    void repeats();
    void supportResponse_data();
    void supportResponse();
    void weeks();
    void emptyPeriod();
};

namespace {

const QDateTime monday(QDate(2026, 3, 2), QTime(0, 0), Qt::UTC);
const MetricsPeriod march {monday, monday.addDays(14), {}};

// An incident that started `startedMinutes` after Monday 00:00, with the other times in
// minutes after its start (negative: never).
Incident made(IncidentId id, Severity severity, int startedMinutes, int detected, int acknowledged,
              int resolved, DetectionSource detection = DetectionSource::Manual,
              const QString &rootCause = {}, const QStringList &services = {u"api"_s})
{
    Incident incident;
    incident.id = id;
    incident.title = u"incident %1"_s.arg(id);
    incident.severity = severity;
    incident.services = services;
    incident.detection = detection;
    incident.startedAt = monday.addSecs(startedMinutes * 60);
    incident.detectedAt = incident.startedAt.addSecs(detected * 60);
    if (acknowledged >= 0)
        incident.acknowledgedAt = incident.startedAt.addSecs(acknowledged * 60);
    if (resolved >= 0) {
        incident.resolvedAt = incident.startedAt.addSecs(resolved * 60);
        incident.status = IncidentStatus::Resolved;
    }
    incident.rootCause = rootCause;
    return incident;
}

IncidentMetrics compute(const QList<Incident> &incidents, const MetricsPeriod &period = march,
                        const QStringList &earlier = {}, const QSet<IncidentId> &linked = {})
{
    return IncidentMetricsMath::compute(incidents, period, monday.addDays(30), earlier, linked);
}

} // namespace

void tst_IncidentMetrics::mttrPerSeverity()
{
    // The seed's figures: SEV-1 45 min, SEV-2 90 min.
    const IncidentMetrics metrics = compute({
            made(1, Severity::Sev1, 0, 2, 4, 30),
            made(2, Severity::Sev1, 600, 2, 4, 60),
            made(3, Severity::Sev2, 1200, 5, 10, 90),
    });
    QCOMPARE(metrics.total, 3);
    QCOMPARE(metrics.of(Severity::Sev1).count, 2);
    QCOMPARE(metrics.of(Severity::Sev1).mttrMinutes, std::optional(45.0));
    QCOMPARE(metrics.of(Severity::Sev2).mttrMinutes, std::optional(90.0));
    QVERIFY(!metrics.of(Severity::Sev3).mttrMinutes);
    QCOMPARE(metrics.of(Severity::Sev3).count, 0);
}

void tst_IncidentMetrics::openIncidentsAreCountedApart()
{
    const IncidentMetrics metrics = compute({
            made(1, Severity::Sev2, 0, 1, 2, 60),
            made(2, Severity::Sev2, 10, 1, 2, -1), // still open: would lengthen MTTR forever
    });
    QCOMPARE(metrics.of(Severity::Sev2).count, 2);
    QCOMPARE(metrics.of(Severity::Sev2).open, 1);
    QCOMPARE(metrics.open, 1);
    QCOMPARE(metrics.of(Severity::Sev2).mttrMinutes, std::optional(60.0));
}

void tst_IncidentMetrics::mttdByDetection()
{
    // The seed's: automated 2 minutes, manual 15.
    const IncidentMetrics metrics = compute({
            made(1, Severity::Sev3, 0, 1, 5, 30, DetectionSource::Automated),
            made(2, Severity::Sev3, 60, 3, 5, 30, DetectionSource::Automated),
            made(3, Severity::Sev3, 120, 10, 20, 30, DetectionSource::Manual),
            made(4, Severity::Sev3, 180, 20, 25, 30, DetectionSource::Manual),
    });
    QCOMPARE(metrics.mttdAutomatedMinutes, std::optional(2.0));
    QCOMPARE(metrics.mttdManualMinutes, std::optional(15.0));
}

void tst_IncidentMetrics::mttaSkipsUnacknowledged()
{
    // MTTA counts from detection: 4 and 6 minutes; the unacknowledged one is left out.
    const IncidentMetrics metrics = compute({
            made(1, Severity::Sev2, 0, 2, 6, 30),
            made(2, Severity::Sev2, 60, 4, 10, 30),
            made(3, Severity::Sev4, 120, 4, -1, 30),
    });
    QCOMPARE(metrics.mttaMinutes, std::optional(5.0));
    QCOMPARE(metrics.of(Severity::Sev2).mttaMinutes, std::optional(5.0));
    QVERIFY(!metrics.of(Severity::Sev4).mttaMinutes);
    QCOMPARE(metrics.unacknowledged, 1);
}

void tst_IncidentMetrics::periodEdgesCountByStart()
{
    const int day = 1440;
    const IncidentMetrics metrics = compute({
            made(1, Severity::Sev2, -60, 1, 2, 120),         // started before, resolved inside
            made(2, Severity::Sev2, 0, 1, 2, 30),            // starts on the first instant
            made(3, Severity::Sev2, 14 * day - 1, 1, 2, 30), // the last minute, resolved after
            made(4, Severity::Sev2, 14 * day, 1, 2, 30),     // the end is not in the period
    });
    QCOMPARE(metrics.total, 2);
    QCOMPARE(metrics.of(Severity::Sev2).mttrMinutes, std::optional(30.0));
}

void tst_IncidentMetrics::serviceFilter()
{
    const MetricsPeriod payments {march.from, march.to, u"payments"_s};
    const IncidentMetrics metrics = compute(
            {made(1, Severity::Sev1, 0, 1, 2, 30, DetectionSource::Manual, {}, {u"payments"_s}),
             made(2, Severity::Sev1, 10, 1, 2, 90, DetectionSource::Manual, {},
                  {u"api"_s, u"payments"_s}),
             made(3, Severity::Sev1, 20, 1, 2, 300)},
            payments);
    QCOMPARE(metrics.total, 2);
    QCOMPARE(metrics.of(Severity::Sev1).mttrMinutes, std::optional(60.0));
    // The picker still offers every service of the period.
    QCOMPARE(metrics.services, (QStringList {u"api"_s, u"payments"_s}));
}

void tst_IncidentMetrics::repeats_data()
{
    QTest::addColumn<QList<Incident>>("incidents");
    QTest::addColumn<QStringList>("earlier");
    QTest::addColumn<QSet<IncidentId>>("linked");
    QTest::addColumn<int>("repeats");
    QTest::addColumn<double>("rate");
    const auto cause = [](IncidentId id, int start, const QString &text) {
        return made(id, Severity::Sev3, start, 1, 2, 30, DetectionSource::Manual, text);
    };
    QTest::newRow("same text, other case and punctuation")
            << QList<Incident> {cause(1, 0, u"Database pool exhausted."_s),
                                cause(2, 60, u"database  pool EXHAUSTED"_s),
                                cause(3, 120, u"Bad deploy"_s), cause(4, 180, {})}
            << QStringList {} << QSet<IncidentId> {} << 1 << 25.0;
    QTest::newRow("a cause from before the period")
            << QList<Incident> {cause(1, 0, u"Bad deploy"_s), cause(2, 60, u"Disk full"_s)}
            << QStringList {u"bad deploy!"_s} << QSet<IncidentId> {} << 1 << 50.0;
    QTest::newRow("linked as the same root cause")
            << QList<Incident> {cause(1, 0, u"Bad deploy"_s), cause(2, 60, u"Config push"_s)}
            << QStringList {} << QSet<IncidentId> {2} << 1 << 50.0;
    QTest::newRow("no root causes yet") << QList<Incident> {cause(1, 0, {}), cause(2, 60, {})}
                                        << QStringList {} << QSet<IncidentId> {} << 0 << 0.0;
}

void tst_IncidentMetrics::repeats()
{
    QFETCH(QList<Incident>, incidents);
    QFETCH(QStringList, earlier);
    QFETCH(QSet<IncidentId>, linked);
    QFETCH(int, repeats);
    QFETCH(double, rate);
    const IncidentMetrics metrics = compute(incidents, march, earlier, linked);
    QCOMPARE(metrics.repeatIncidents, repeats);
    QCOMPARE(metrics.repeatRatePercent, rate);
}

void tst_IncidentMetrics::supportResponse_data()
{
    QTest::addColumn<Incident>("incident");
    QTest::addColumn<int>("met");
    QTest::addColumn<int>("measured");
    QTest::newRow("SEV-1 in 15 min") << made(1, Severity::Sev1, 0, 5, 20, 60) << 1 << 1;
    QTest::newRow("SEV-1 in 16 min") << made(1, Severity::Sev1, 0, 0, 16, 60) << 0 << 1;
    QTest::newRow("SEV-2 in an hour") << made(1, Severity::Sev2, 0, 0, 60, 90) << 1 << 1;
    QTest::newRow("SEV-3 after 4 h") << made(1, Severity::Sev3, 0, 0, 241, 300) << 0 << 1;
    // Friday 17:00 → Monday 17:00 is the next business day.
    QTest::newRow("SEV-4 over the weekend")
            << made(1, Severity::Sev4, 4 * 1440 + 17 * 60, 0, 3 * 1440, 3 * 1440 + 5) << 1 << 1;
    QTest::newRow("not acknowledged, time passed")
            << made(1, Severity::Sev2, 0, 0, -1, -1) << 0 << 1;
}

void tst_IncidentMetrics::supportResponse()
{
    QFETCH(Incident, incident);
    QFETCH(int, met);
    QFETCH(int, measured);
    const SeverityFigures figures = compute({incident}).of(incident.severity);
    QCOMPARE(figures.responseMet, met);
    QCOMPARE(figures.responseMeasured, measured);
    // Not acknowledged and not yet due: nothing to judge.
    Incident fresh = made(2, Severity::Sev2, 0, 0, -1, -1);
    const IncidentMetrics early
            = IncidentMetricsMath::compute({fresh}, march, monday.addSecs(30 * 60));
    QCOMPARE(early.of(Severity::Sev2).responseMeasured, 0);
    QVERIFY(!early.of(Severity::Sev2).responseCompliance());
}

void tst_IncidentMetrics::weeks()
{
    const IncidentMetrics metrics = compute({
            made(1, Severity::Sev1, 0, 2, 4, 30, DetectionSource::Automated),
            made(2, Severity::Sev3, 60, 10, 20, 30),
            made(3, Severity::Sev3, 8 * 1440, 4, 12, 30, DetectionSource::Automated),
    });
    QCOMPARE(metrics.weeks.size(), 2);
    QCOMPARE(metrics.weeks.at(0).start, QDate(2026, 3, 2));
    QCOMPARE(metrics.weeks.at(0).bySeverity, (std::array<int, 4> {1, 0, 1, 0}));
    QCOMPARE(metrics.weeks.at(0).mttaMinutes, std::optional(6.0)); // (2 + 10) / 2
    QCOMPARE(metrics.weeks.at(0).mttdAutomatedMinutes, std::optional(2.0));
    QCOMPARE(metrics.weeks.at(0).mttdManualMinutes, std::optional(10.0));
    QCOMPARE(metrics.weeks.at(1).start, QDate(2026, 3, 9));
    QCOMPARE(metrics.weeks.at(1).bySeverity, (std::array<int, 4> {0, 0, 1, 0}));
    QVERIFY(!metrics.weeks.at(1).mttdManualMinutes);
}

void tst_IncidentMetrics::emptyPeriod()
{
    const IncidentMetrics metrics = compute({});
    QCOMPARE(metrics.total, 0);
    QCOMPARE(metrics.repeatRatePercent, 0.0);
    QVERIFY(!metrics.mttaMinutes);
    QCOMPARE(metrics.weeks.size(), 2); // the weeks are there, empty
    QCOMPARE(IncidentMetricsMath::previous(march).from, monday.addDays(-14));
    QCOMPARE(IncidentMetricsMath::previous(march).to, monday);
}

QTEST_GUILESS_MAIN(tst_IncidentMetrics)
#include "tst_incidentmetrics.moc"
