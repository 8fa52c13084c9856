#include "shippedpolicy.h"

#include <QTest>

using namespace sitrep;
using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(sitrep::Severity)

class tst_SeverityPolicy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shippedLevels_data();
    void shippedLevels();
    void nextUpdateDue_data();
    void nextUpdateDue();
    void resolvedOwesNoUpdate();
    void overdueIsStrictlyAfterDue();
    void responseDeadline_data();
    void responseDeadline();
    void texts();
};

void tst_SeverityPolicy::shippedLevels_data()
{
    QTest::addColumn<Severity>("severity");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("criteria");
    QTest::addColumn<int>("cadenceMinutes");
    QTest::newRow("SEV-1") << Severity::Sev1 << u"Critical"_s << 4 << 30;
    QTest::newRow("SEV-2") << Severity::Sev2 << u"High"_s << 4 << 60;
    QTest::newRow("SEV-3") << Severity::Sev3 << u"Medium"_s << 4 << 240;
    QTest::newRow("SEV-4") << Severity::Sev4 << u"Low"_s << 3 << 1440;
}

void tst_SeverityPolicy::shippedLevels()
{
    QFETCH(Severity, severity);
    QFETCH(QString, name);
    QFETCH(int, criteria);
    QFETCH(int, cadenceMinutes);
    // Kept: a level is a reference into its policy.
    const SeverityPolicy policy = shippedPolicy();
    const SeverityLevel &level = policy.level(severity);
    QCOMPARE(level.severity, severity);
    QCOMPARE(level.name, name);
    QCOMPARE(level.criteria.size(), criteria);
    QCOMPARE(level.updateCadence.count(), cadenceMinutes);
}

void tst_SeverityPolicy::nextUpdateDue_data()
{
    QTest::addColumn<Severity>("severity");
    QTest::addColumn<QDateTime>("lastUpdate");
    QTest::addColumn<QDateTime>("due");
    const QDateTime t(QDate(2024, 1, 15), QTime(14, 28), Qt::UTC);
    QTest::newRow("SEV-1 every 30 min") << Severity::Sev1 << t << t.addSecs(30 * 60);
    QTest::newRow("SEV-2 hourly") << Severity::Sev2 << t << t.addSecs(3600);
    QTest::newRow("SEV-3 every 4 h") << Severity::Sev3 << t << t.addSecs(4 * 3600);
    QTest::newRow("SEV-4 daily") << Severity::Sev4 << t << t.addDays(1);
    const QDateTime nearMidnight(QDate(2024, 2, 28), QTime(23, 50), Qt::UTC);
    QTest::newRow("SEV-1 across leap day") << Severity::Sev1 << nearMidnight
                                           << QDateTime(QDate(2024, 2, 29), QTime(0, 20), Qt::UTC);
    QTest::newRow("SEV-4 across year end")
            << Severity::Sev4 << QDateTime(QDate(2024, 12, 31), QTime(9, 0), Qt::UTC)
            << QDateTime(QDate(2025, 1, 1), QTime(9, 0), Qt::UTC);
}

void tst_SeverityPolicy::nextUpdateDue()
{
    QFETCH(Severity, severity);
    QFETCH(QDateTime, lastUpdate);
    QFETCH(QDateTime, due);
    Incident incident;
    incident.severity = severity;
    incident.detectedAt = lastUpdate.addSecs(-600);
    incident.lastUpdateAt = lastUpdate;
    QCOMPARE(shippedPolicy().nextUpdateDue(incident), due);

    // Without an update yet, the cadence counts from detection...
    incident.lastUpdateAt = QDateTime();
    QCOMPARE(shippedPolicy().nextUpdateDue(incident), due.addSecs(-600));
    QVERIFY(shippedPolicy().isUpdateOverdue(incident, due.addSecs(-599)));

    // ... and for a board row, which holds no detection time, from the start.
    incident.startedAt = lastUpdate.addSecs(-1200);
    const BoardIncident row = incident;
    QCOMPARE(shippedPolicy().nextUpdateDue(row), due.addSecs(-1200));
    QVERIFY(shippedPolicy().isUpdateOverdue(row, due.addSecs(-1199)));
    QVERIFY(!shippedPolicy().isUpdateOverdue(row, due.addSecs(-1200)));
}

void tst_SeverityPolicy::resolvedOwesNoUpdate()
{
    Incident incident;
    incident.detectedAt = QDateTime(QDate(2024, 1, 15), QTime(14, 28), Qt::UTC);
    incident.status = IncidentStatus::Resolved;
    QVERIFY(!shippedPolicy().nextUpdateDue(incident).isValid());
    QVERIFY(!shippedPolicy().isUpdateOverdue(incident, incident.detectedAt.addYears(1)));
}

void tst_SeverityPolicy::overdueIsStrictlyAfterDue()
{
    Incident incident;
    incident.severity = Severity::Sev1;
    incident.lastUpdateAt = QDateTime(QDate(2024, 1, 15), QTime(14, 0), Qt::UTC);
    const SeverityPolicy policy = shippedPolicy();
    const QDateTime due = policy.nextUpdateDue(incident);
    QVERIFY(!policy.isUpdateOverdue(incident, due.addSecs(-1)));
    QVERIFY(!policy.isUpdateOverdue(incident, due));
    QVERIFY(policy.isUpdateOverdue(incident, due.addMSecs(1)));
}

void tst_SeverityPolicy::responseDeadline_data()
{
    QTest::addColumn<Severity>("severity");
    QTest::addColumn<QDateTime>("detected");
    QTest::addColumn<QDateTime>("deadline");
    const QDateTime wednesday(QDate(2024, 1, 17), QTime(14, 0), Qt::UTC);
    const QDateTime friday(QDate(2024, 1, 19), QTime(16, 30), Qt::UTC);
    const QDateTime saturday(QDate(2024, 1, 20), QTime(10, 0), Qt::UTC);
    QTest::newRow("SEV-1 immediate") << Severity::Sev1 << wednesday << wednesday;
    QTest::newRow("SEV-2 15 min") << Severity::Sev2 << wednesday << wednesday.addSecs(15 * 60);
    QTest::newRow("SEV-3 1 h") << Severity::Sev3 << wednesday << wednesday.addSecs(3600);
    QTest::newRow("SEV-4 midweek") << Severity::Sev4 << wednesday << wednesday.addDays(1);
    QTest::newRow("SEV-4 friday to monday") << Severity::Sev4 << friday << friday.addDays(3);
    QTest::newRow("SEV-4 saturday to monday") << Severity::Sev4 << saturday << saturday.addDays(2);
}

void tst_SeverityPolicy::responseDeadline()
{
    QFETCH(Severity, severity);
    QFETCH(QDateTime, detected);
    QFETCH(QDateTime, deadline);
    Incident incident;
    incident.severity = severity;
    incident.detectedAt = detected;
    QCOMPARE(shippedPolicy().responseDeadline(incident), deadline);
}

void tst_SeverityPolicy::texts()
{
    QCOMPARE(SeverityPolicy::responseText({ResponseTarget::Kind::Immediate, {}}), u"Immediate"_s);
    QCOMPARE(SeverityPolicy::responseText({ResponseTarget::Kind::Within, 15min}), u"< 15 min"_s);
    QCOMPARE(SeverityPolicy::responseText({ResponseTarget::Kind::Within, 60min}), u"< 1 hour"_s);
    QCOMPARE(SeverityPolicy::cadenceText(30min), u"Every 30 minutes"_s);
    QCOMPARE(SeverityPolicy::cadenceText(60min), u"Every hour"_s);
    QCOMPARE(SeverityPolicy::cadenceText(240min), u"Every 4 hours"_s);
    QCOMPARE(SeverityPolicy::cadenceText(1440min), u"Daily"_s);
}

QTEST_GUILESS_MAIN(tst_SeverityPolicy)
#include "tst_severitypolicy.moc"
