#include "ctlrunner.h"
#include "domain/clock.h"
#include "services/incidentservice.h"
#include "services/policyloader.h"
#include "storage/database.h"
#include "storage/postmortemstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace sitrep;
using namespace Qt::StringLiterals;

// sitrepctl metrics over a history written into the cache beforehand: the issue's JSON shape,
// the period and service options, and bad arguments.
class tst_CtlMetrics : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void jsonHasTheIssuesShape();
    void periodAndService();
    void textForPeople();
    void badArguments_data();
    void badArguments();

private:
    CtlRun ctl(const QStringList &arguments) { return runCtl(m_dir, arguments); }
    QTemporaryDir m_dir;
};

namespace {

const QDateTime march(QDate(2026, 3, 2), QTime(0, 0), Qt::UTC);

Incident made(Severity severity, int day, int resolvedMinutes, const QString &service,
              const QString &rootCause, DetectionSource detection)
{
    Incident incident;
    incident.title = u"%1 on day %2"_s.arg(severityCode(severity)).arg(day);
    incident.severity = severity;
    incident.services = {service};
    incident.detection = detection;
    incident.startedAt = march.addDays(day);
    incident.detectedAt = incident.startedAt.addSecs(
            detection == DetectionSource::Automated ? 2 * 60 : 15 * 60);
    incident.acknowledgedAt = incident.detectedAt.addSecs(4 * 60);
    incident.lastUpdateAt = incident.detectedAt;
    if (resolvedMinutes > 0) {
        incident.status = IncidentStatus::Resolved;
        incident.resolvedAt = incident.startedAt.addSecs(resolvedMinutes * 60);
        incident.resolution = u"fixed"_s;
    }
    incident.rootCause = rootCause;
    return incident;
}

} // namespace

void tst_CtlMetrics::initTestCase()
{
    // March 2026: two SEV-1 (45 and 45 min), one SEV-2 (90 min), one open SEV-3, one repeat
    // of a February cause; payments has two of them.
    auto database = Database::open(m_dir.filePath(u"sitrep.sqlite"_s));
    QVERIFY(database);
    const ManualClock clock(march.addDays(30));
    IncidentService service(*database.value(), PolicyLoader::load({}).policy, clock);
    const QList<Incident> history {
            made(Severity::Sev2, -20, 60, u"api"_s, u"Bad deploy"_s, DetectionSource::Manual),
            made(Severity::Sev1, 1, 45, u"payments"_s, u"Bad deploy."_s,
                 DetectionSource::Automated),
            made(Severity::Sev1, 3, 45, u"api"_s, u"Disk full"_s, DetectionSource::Automated),
            made(Severity::Sev2, 5, 90, u"payments"_s, {}, DetectionSource::Manual),
            made(Severity::Sev3, 8, 0, u"api"_s, {}, DetectionSource::Manual),
    };
    const auto imported = service.importHistory(history, u"test"_s);
    QVERIFY2(imported, qPrintable(imported ? QString() : imported.error()));
    // The day-5 SEV-2 has no root cause text, but its postmortem links the day-1 incident as
    // the same root cause: a repeat by the team's judgement.
    StoredPostmortem linked;
    linked.postmortem.incident = imported.value().at(3).id;
    linked.postmortem.related = {{QDate(2026, 3, 3), u"SEV-1 on day 1"_s, u"#2"_s, true}};
    linked.updatedAt = march;
    QVERIFY(PostmortemStore(*database.value()).save(linked));
}

void tst_CtlMetrics::jsonHasTheIssuesShape()
{
    const CtlRun run = ctl(
            {u"metrics"_s, u"--from"_s, u"2026-03-01"_s, u"--to"_s, u"2026-04-01"_s, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject metrics = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(metrics.value(u"period").toObject().value(u"from").toString(),
             u"2026-03-01T00:00:00Z"_s);
    const QJsonObject sev1 = metrics.value(u"by_severity").toObject().value(u"SEV-1").toObject();
    QCOMPARE(sev1.value(u"count").toInt(), 2);
    QCOMPARE(sev1.value(u"mttr_minutes").toDouble(), 45.0);
    QCOMPARE(sev1.value(u"mtta_minutes").toDouble(), 4.0);
    const QJsonObject sev3 = metrics.value(u"by_severity").toObject().value(u"SEV-3").toObject();
    QCOMPARE(sev3.value(u"count").toInt(), 1);
    QCOMPARE(sev3.value(u"open").toInt(), 1);
    QVERIFY(sev3.value(u"mttr_minutes").isNull());
    QCOMPARE(metrics.value(u"mttd_minutes").toObject().value(u"automated").toDouble(), 2.0);
    QCOMPARE(metrics.value(u"mttd_minutes").toObject().value(u"manual").toDouble(), 15.0);
    QCOMPARE(metrics.value(u"mtta_minutes").toDouble(), 4.0);
    // "Bad deploy." repeats February's "Bad deploy"; the day-5 one is linked as a repeat.
    QCOMPARE(metrics.value(u"repeat_incidents").toInt(), 2);
    QCOMPARE(metrics.value(u"repeat_rate").toDouble(), 50.0);
}

void tst_CtlMetrics::periodAndService()
{
    const CtlRun run = ctl({u"metrics"_s, u"--from"_s, u"2026-03-01"_s, u"--to"_s, u"2026-04-01"_s,
                            u"--service"_s, u"payments"_s, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject metrics = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(metrics.value(u"total").toInt(), 2);
    QCOMPARE(metrics.value(u"period").toObject().value(u"service").toString(), u"payments"_s);
    // February alone: the one SEV-2.
    const CtlRun february = ctl(
            {u"metrics"_s, u"--from"_s, u"2026-02-01"_s, u"--to"_s, u"2026-03-01"_s, u"--json"_s});
    const QJsonObject before = QJsonDocument::fromJson(february.out).object();
    QCOMPARE(before.value(u"total").toInt(), 1);
    QCOMPARE(before.value(u"by_severity")
                     .toObject()
                     .value(u"SEV-2")
                     .toObject()
                     .value(u"mttr_minutes")
                     .toDouble(),
             60.0);
}

void tst_CtlMetrics::textForPeople()
{
    const CtlRun run
            = ctl({u"metrics"_s, u"--from"_s, u"2026-03-01"_s, u"--to"_s, u"2026-04-01"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("4 (1 open)"), run.out);
    QVERIFY2(run.out.contains("SEV-1          2    45.0 min     4.0 min  100 % of 2"), run.out);
    QVERIFY2(run.out.contains("Repeat incidents: 2 (50.0 %)"), run.out);
}

void tst_CtlMetrics::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("bad date") << QStringList {u"--from"_s, u"last week"_s}
                              << u"--from must be a date"_s;
    QTest::newRow("reversed") << QStringList {u"--from"_s, u"2026-04-01"_s, u"--to"_s,
                                              u"2026-03-01"_s}
                              << u"--from must be before --to"_s;
    QTest::newRow("words") << QStringList {u"everything"_s} << u"takes no words"_s;
}

void tst_CtlMetrics::badArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const CtlRun run = ctl(QStringList {u"metrics"_s} + arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(tst_CtlMetrics)
#include "tst_ctlmetrics.moc"
