#include "domain/checklist.h"
#include "domain/runbook.h"
#include "domain/timelineexport.h"

#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace sitrep;
using namespace Qt::StringLiterals;

// The pure rules behind the war-room workspace: timeline order and export, checklist
// templates and due times, runbooks and which incidents they match.
class tst_WorkspaceRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void kindsRoundTrip();
    void timelineOrder();
    void markdown_data();
    void markdown();
    void json();
    void checklistParses();
    void checklistProblems_data();
    void checklistProblems();
    void checklistDueTimesAndTicks();
    void runbookParses();
    void runbookProblems_data();
    void runbookProblems();
    void runbookMatching_data();
    void runbookMatching();
};

namespace {

QDateTime utc(int day, int hour, int minute)
{
    return QDateTime(QDate(2024, 1, day), QTime(hour, minute), Qt::UTC);
}

TimelineEvent entry(qint64 id, const QDateTime &at, const QString &text)
{
    TimelineEvent made;
    made.id = id;
    made.at = at;
    made.text = text;
    return made;
}

const QByteArray validChecklist = R"({"phases": [
  {"name": "Immediate", "from": "0m", "to": "5m", "items": [
    {"key": "ack", "text": "Acknowledge"}, {"key": "ic", "text": "Assign IC", "due": "2m"}]},
  {"name": "Investigate", "from": "5m", "to": "15m", "items": [
    {"key": "deploys", "text": "Check deploys"}]}]})";

} // namespace

void tst_WorkspaceRules::kindsRoundTrip()
{
    for (int value = 0; value <= static_cast<int>(TimelineKind::Hypothesis); ++value) {
        const auto kind = static_cast<TimelineKind>(value);
        QCOMPARE(parseTimelineKind(timelineKindKey(kind)), kind);
        QVERIFY(!timelineKindName(kind).isEmpty());
    }
    QVERIFY(isWrittenKind(TimelineKind::Hypothesis));
    QVERIFY(!isWrittenKind(TimelineKind::ChecklistTicked));
    QCOMPARE(writtenKinds().size(), 4);
    QVERIFY(!parseTimelineKind(u"gossip"));
}

void tst_WorkspaceRules::timelineOrder()
{
    // By time; entries made at the same moment stay in the order they were made.
    QVERIFY(timelineBefore(entry(9, utc(15, 14, 0), {}), entry(1, utc(15, 14, 5), {})));
    QVERIFY(timelineBefore(entry(1, utc(15, 14, 0), {}), entry(2, utc(15, 14, 0), {})));
    QVERIFY(!timelineBefore(entry(2, utc(15, 14, 0), {}), entry(1, utc(15, 14, 0), {})));
}

void tst_WorkspaceRules::markdown_data()
{
    QTest::addColumn<QList<TimelineEvent>>("events");
    QTest::addColumn<QString>("expected");
    QTest::newRow("the seed's shape, in time order")
            << QList<TimelineEvent> {entry(2, utc(15, 14, 25), u"On-call engineer paged"_s),
                                     entry(1, utc(15, 14, 23),
                                           u"First alerts for increased error rates"_s)}
            << u"## Timeline (UTC)\n- **14:23** - First alerts for increased error rates\n"
               "- **14:25** - On-call engineer paged\n"_s;
    QTest::newRow("several days carry the date")
            << QList<TimelineEvent> {entry(1, utc(15, 23, 50), u"Declared"_s),
                                     entry(2, utc(16, 0, 10), u"Resolved"_s)}
            << u"## Timeline (UTC)\n- **2024-01-15 23:50** - Declared\n"
               "- **2024-01-16 00:10** - Resolved\n"_s;
    TimelineEvent deleted = entry(3, utc(15, 14, 30), u"typo"_s);
    deleted.deletedAt = utc(15, 14, 31);
    QTest::newRow("deleted entries left out, line breaks folded")
            << QList<TimelineEvent> {deleted, entry(4, utc(15, 14, 40), u"Two\nlines"_s)}
            << u"## Timeline (UTC)\n- **14:40** - Two lines\n"_s;
    QTest::newRow("local times are written in UTC") << QList<TimelineEvent> {
            entry(1, QDateTime(QDate(2024, 1, 15), QTime(15, 23), QTimeZone("Europe/Berlin")),
                  u"Declared"_s)} << u"## Timeline (UTC)\n- **14:23** - Declared\n"_s;
}

void tst_WorkspaceRules::markdown()
{
    QFETCH(QList<TimelineEvent>, events);
    QFETCH(QString, expected);
    QCOMPARE(timelineMarkdown(events), expected);
}

void tst_WorkspaceRules::json()
{
    TimelineEvent later = entry(2, utc(15, 14, 35), u"Root cause: pool exhausted"_s);
    later.kind = TimelineKind::Hypothesis;
    later.author = u"bob"_s;
    later.key = true;
    TimelineEvent first = entry(1, utc(15, 14, 23), u"Declared"_s);
    first.kind = TimelineKind::Declared;
    first.automatic = true;
    const QJsonArray array = timelineJson({later, first});
    QCOMPARE(array.size(), 2);
    const QJsonObject expectedFirst {{u"time"_s, u"2024-01-15T14:23:00.000Z"_s},
                                     {u"kind"_s, u"declared"_s},
                                     {u"text"_s, u"Declared"_s},
                                     {u"author"_s, u""_s},
                                     {u"key"_s, false},
                                     {u"automatic"_s, true}};
    QCOMPARE(array.at(0).toObject(), expectedFirst);
    QCOMPARE(array.at(1).toObject().value(u"kind"), u"hypothesis"_s);
    QCOMPARE(array.at(1).toObject().value(u"key"), true);
}

void tst_WorkspaceRules::checklistParses()
{
    const Result<ChecklistTemplate> parsed = ChecklistParser::parse(validChecklist, u"c.json"_s);
    QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error()));
    const ChecklistTemplate &checklist = parsed.value();
    QCOMPARE(checklist.phases.size(), 2);
    QCOMPARE(checklist.phases.at(0).to, std::chrono::minutes(5));
    QCOMPARE(checklist.phases.at(0).items.at(0).due, std::chrono::minutes(5)); // the phase's end
    QCOMPARE(checklist.phases.at(0).items.at(1).due, std::chrono::minutes(2));
    QCOMPARE(checklist.find(u"3")->key, u"deploys"_s);
    QCOMPARE(checklist.find(u"ic")->text, u"Assign IC"_s);
    QVERIFY(!checklist.find(u"4"));
    QVERIFY(!checklist.find(u"nope"));
}

void tst_WorkspaceRules::checklistProblems_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("problem");
    QTest::newRow("not JSON") << QByteArray("{phases: ") << u"not valid JSON"_s;
    QTest::newRow("no phases") << QByteArray(R"({"phases": []})") << u"non-empty list"_s;
    QTest::newRow("bad window") << QByteArray(
            R"({"phases": [{"name": "A", "from": "5m", "to": "1m", "items": []}]})")
                                << u"\"to\" not before \"from\""_s;
    QTest::newRow("duplicate key")
            << QByteArray(R"({"phases": [{"name": "A", "from": "0m", "to": "5m", "items": [
                 {"key": "x", "text": "one"}, {"key": "x", "text": "two"}]}]})")
            << u"\"x\" is used twice"_s;
    QTest::newRow("bad due") << QByteArray(
            R"({"phases": [{"name": "A", "from": "0m", "to": "5m", "items": [
                 {"key": "x", "text": "one", "due": "soon"}]}]})")
                             << u"\"due\" must be a duration"_s;
}

void tst_WorkspaceRules::checklistProblems()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, problem);
    const Result<ChecklistTemplate> parsed = ChecklistParser::parse(json, u"mine.json"_s);
    QVERIFY(!parsed);
    QVERIFY2(parsed.error().startsWith(u"mine.json: "_s), qPrintable(parsed.error()));
    QVERIFY2(parsed.error().contains(problem), qPrintable(parsed.error()));
}

void tst_WorkspaceRules::checklistDueTimesAndTicks()
{
    const ChecklistTemplate checklist = ChecklistParser::parse(validChecklist, {}).value();
    const QDateTime declared = utc(15, 14, 28);
    const ChecklistTick tick {u"ic"_s, utc(15, 14, 29), u"alice"_s};
    const QList<ChecklistEntry> entries = checklistFor(checklist, declared, {tick});
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.at(0).dueAt, utc(15, 14, 33));
    QCOMPARE(entries.at(1).dueAt, utc(15, 14, 30));
    QCOMPARE(entries.at(2).phase, u"Investigate"_s);
    QCOMPARE(entries.at(2).dueAt, utc(15, 14, 43));
    QCOMPARE(entries.at(1).tick, tick);
    // Overdue: past due and not ticked.
    QVERIFY(!entries.at(0).isOverdue(utc(15, 14, 33)));
    QVERIFY(entries.at(0).isOverdue(utc(15, 14, 34)));
    QVERIFY(!entries.at(1).isOverdue(utc(15, 16, 0)));
}

void tst_WorkspaceRules::runbookParses()
{
    const Result<Runbook> parsed = RunbookParser::parse(
            u"---\nservices: api, checkout\nalerts: HighAPILatency\n---\n# Runbook: High API "
            "Latency\n\n## Symptoms\n- slow\n\n## Investigation Steps\n```bash\nkubectl top "
            "nodes\nkubectl top pods\n```\n\n## Resolution Steps\n```bash\nkubectl rollout undo "
            "deployment/api\n```\n"_s,
            u"latency.md"_s);
    QVERIFY(parsed);
    const Runbook &runbook = parsed.value();
    QCOMPARE(runbook.title, u"High API Latency"_s);
    QCOMPARE(runbook.services, (QStringList {u"api"_s, u"checkout"_s}));
    QCOMPARE(runbook.alerts, QStringList {u"HighAPILatency"_s});
    QCOMPARE(runbook.commandBlocks(),
             (QStringList {u"kubectl top nodes\nkubectl top pods"_s,
                           u"kubectl rollout undo deployment/api"_s}));
    QCOMPARE(runbook.missingSections(),
             (QStringList {u"Impact"_s, u"Escalation"_s, u"Related Runbooks"_s,
                           u"Postmortem Links"_s}));
    QVERIFY(!runbook.markdown.contains(u"services:"_s));
}

void tst_WorkspaceRules::runbookProblems_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("problem");
    QTest::newRow("no title") << u"Some notes\n"_s << u"starts with a title line"_s;
    QTest::newRow("open header") << u"---\nservices: api\n# Runbook: X\n"_s << u"never closed"_s;
    QTest::newRow("unknown header")
            << u"---\nowner: me\n---\n# Runbook: X\n"_s << u"rb.md:2: unknown header line"_s;
}

void tst_WorkspaceRules::runbookProblems()
{
    QFETCH(QString, text);
    QFETCH(QString, problem);
    const Result<Runbook> parsed = RunbookParser::parse(text, u"rb.md"_s);
    QVERIFY(!parsed);
    QVERIFY2(parsed.error().contains(problem), qPrintable(parsed.error()));
}

void tst_WorkspaceRules::runbookMatching_data()
{
    QTest::addColumn<QStringList>("services");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QStringList>("alerts");
    QTest::addColumn<bool>("matches");
    QTest::newRow("shared service, any case")
            << QStringList {u"web"_s, u"API"_s} << u"Anything"_s << QStringList {} << true;
    QTest::newRow("alert name as title")
            << QStringList {u"search"_s} << u"High Latency Detected"_s << QStringList {} << true;
    QTest::newRow("alert name given")
            << QStringList {} << u"Slow"_s << QStringList {u"HighAPILatency"_s} << true;
    QTest::newRow("nothing in common")
            << QStringList {u"search"_s} << u"High latency on search"_s << QStringList {} << false;
}

void tst_WorkspaceRules::runbookMatching()
{
    QFETCH(QStringList, services);
    QFETCH(QString, title);
    QFETCH(QStringList, alerts);
    QFETCH(bool, matches);
    Runbook runbook;
    runbook.services = {u"api"_s};
    runbook.alerts = {u"HighAPILatency"_s, u"HighLatencyDetected"_s};
    Incident incident;
    incident.services = services;
    incident.title = title;
    QCOMPARE(runbook.matches(incident, alerts), matches);
}

QTEST_GUILESS_MAIN(tst_WorkspaceRules)
#include "tst_workspacerules.moc"
