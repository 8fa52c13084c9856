#include "domain/durationtext.h"
#include "domain/incidentdraft.h"
#include "domain/incidentjson.h"
#include "domain/timelineevent.h"

#include <QJsonArray>
#include <QTest>

using namespace sitrep;
using namespace Qt::StringLiterals;

class tst_IncidentValues : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void severityCodes();
    void statusKeys();
    void timelineKinds();
    void durations_data();
    void durations();
    void draftProblems_data();
    void draftProblems();
    void draftNormalised();
    void json();
};

void tst_IncidentValues::severityCodes()
{
    for (Severity severity : allSeverities)
        QCOMPARE(parseSeverity(severityCode(severity)), severity);
    QCOMPARE(severityCode(Severity::Sev2), QStringLiteral("SEV-2"));
    QCOMPARE(parseSeverity(u" sev-1 "), Severity::Sev1);
    QVERIFY(!parseSeverity(u"SEV-5"));
    QVERIFY(!parseSeverity(u"2"));
}

void tst_IncidentValues::statusKeys()
{
    for (IncidentStatus status : allStatuses)
        QCOMPARE(parseStatus(statusKey(status)), status);
    QVERIFY(!parseStatus(u"closed"));
    QCOMPARE(parseDetection(u"automated"), DetectionSource::Automated);
    QCOMPARE(detectionKey(DetectionSource::Manual), QStringLiteral("manual"));
}

void tst_IncidentValues::timelineKinds()
{
    for (int kind = 0; kind <= int(TimelineKind::Note); ++kind) {
        const auto value = static_cast<TimelineKind>(kind);
        QCOMPARE(parseTimelineKind(timelineKindKey(value)), value);
    }
    QVERIFY(!parseTimelineKind(u"nonsense"));
}

void tst_IncidentValues::durations_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("seconds"); // -1: refused
    QTest::newRow("seconds") << u"90s"_s << qint64(90);
    QTest::newRow("minutes") << u"30m"_s << qint64(1800);
    QTest::newRow("hours") << u"4h"_s << qint64(14400);
    QTest::newRow("days") << u"1d"_s << qint64(86400);
    QTest::newRow("weeks") << u"1w"_s << qint64(604800);
    QTest::newRow("spaces") << u" 2m "_s << qint64(120);
    QTest::newRow("no unit") << u"30"_s << qint64(-1);
    QTest::newRow("unknown unit") << u"3y"_s << qint64(-1);
    QTest::newRow("negative") << u"-5m"_s << qint64(-1);
    QTest::newRow("two units") << u"1h30m"_s << qint64(-1);
    QTest::newRow("empty") << u""_s << qint64(-1);
    // Issue 27, defect 1: these overflowed (99999999999999 * 604800) and wrapped around.
    QTest::newRow("weeks overflow") << u"99999999999999w"_s << qint64(-1);
    QTest::newRow("minutes overflow") << u"9223372036854775807m"_s << qint64(-1);
    QTest::newRow("ten years") << u"3653d"_s << qint64(3653LL * 86400);
    QTest::newRow("past ten years") << u"3654d"_s << qint64(-1);
}

void tst_IncidentValues::durations()
{
    QFETCH(QString, text);
    QFETCH(qint64, seconds);
    const auto parsed = parseDurationText(text);
    if (seconds < 0) {
        QVERIFY(!parsed);
        return;
    }
    QVERIFY(parsed);
    QCOMPARE(parsed->count(), seconds);
    QCOMPARE(parseDurationText(durationText(*parsed)), parsed);
}

void tst_IncidentValues::draftProblems_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<qint64>("users");
    QTest::addColumn<int>("startOffset");
    QTest::addColumn<QStringList>("fields");
    QTest::newRow("fine") << u"Checkout down"_s << qint64(10) << -60 << QStringList();
    QTest::newRow("no title") << u"  "_s << qint64(0) << 0 << QStringList {u"title"_s};
    QTest::newRow("long title") << QString(201, u'x') << qint64(0) << 0 << QStringList {u"title"_s};
    QTest::newRow("negative users")
            << u"t"_s << qint64(-1) << 0 << QStringList {u"affected_users"_s};
    // Issue 27, defect 1: counts have a documented range.
    QTest::newRow("more users than there are")
            << u"t"_s << Incident::mostAffectedUsers + 1 << 0 << QStringList {u"affected_users"_s};
    QTest::newRow("every user there is")
            << u"t"_s << Incident::mostAffectedUsers << 0 << QStringList();
    QTest::newRow("future start") << u"t"_s << qint64(0) << 60 << QStringList {u"started_at"_s};
    QTest::newRow("everything wrong")
            << u""_s << qint64(-5) << 3600
            << QStringList {u"title"_s, u"affected_users"_s, u"started_at"_s};
}

void tst_IncidentValues::draftProblems()
{
    QFETCH(QString, title);
    QFETCH(qint64, users);
    QFETCH(int, startOffset);
    QFETCH(QStringList, fields);
    const QDateTime now(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
    IncidentDraft draft;
    draft.title = title;
    draft.affectedUsers = users;
    draft.startedAt = now.addSecs(startOffset);
    QStringList found;
    for (const FieldProblem &problem : IncidentDraftRules::problems(draft, now)) {
        QVERIFY(!problem.message.isEmpty());
        found << problem.field;
    }
    QCOMPARE(found, fields);
}

void tst_IncidentValues::draftNormalised()
{
    IncidentDraft draft;
    draft.title = QStringLiteral("  Checkout down \n");
    draft.services = {QStringLiteral(" checkout"), QString(), QStringLiteral("checkout"),
                      QStringLiteral("payments ")};
    const IncidentDraft clean = IncidentDraftRules::normalised(draft);
    QCOMPARE(clean.title, QStringLiteral("Checkout down"));
    QCOMPARE(clean.services,
             (QStringList {QStringLiteral("checkout"), QStringLiteral("payments")}));
}

void tst_IncidentValues::json()
{
    Incident incident;
    incident.id = 42;
    incident.title = QStringLiteral("High Error Rate Detected");
    incident.severity = Severity::Sev2;
    incident.status = IncidentStatus::Identified;
    incident.services = {QStringLiteral("api"), QStringLiteral("web")};
    incident.detection = DetectionSource::Automated;
    incident.startedAt = QDateTime(QDate(2024, 1, 15), QTime(14, 23), Qt::UTC);
    incident.detectedAt = QDateTime(QDate(2024, 1, 15), QTime(14, 25), Qt::UTC);

    const QJsonObject object = incidentToJson(incident);
    QCOMPARE(object.value(u"id").toInteger(), 42);
    QCOMPARE(object.value(u"severity").toString(), QStringLiteral("SEV-2"));
    QCOMPARE(object.value(u"status").toString(), QStringLiteral("identified"));
    QCOMPARE(object.value(u"services").toArray().size(), 2);
    QCOMPARE(object.value(u"detection").toString(), QStringLiteral("automated"));
    QCOMPARE(object.value(u"started_at").toString(), QStringLiteral("2024-01-15T14:23:00.000Z"));
    QVERIFY(object.value(u"acknowledged_at").isNull());
    QVERIFY(object.value(u"resolved_at").isNull());
    QVERIFY(object.value(u"commander").isNull());
}

QTEST_GUILESS_MAIN(tst_IncidentValues)
#include "tst_incidentvalues.moc"
