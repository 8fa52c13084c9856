#include "domain/postmortemjson.h"
#include "domain/postmortemmarkdown.h"

#include <QFile>
#include <QJsonArray>
#include <QTest>

using namespace sitrep;
using namespace Qt::StringLiterals;
using namespace std::chrono;

// The postmortem in the seed's template: Markdown export against a golden file made from the
// seed's example (the database connection pool incident), import and round trip, documents
// that do not follow the template, and the rules for Complete.
class tst_Postmortem : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void exportMatchesTheSeedsExample();
    void importRoundTrips();
    void importListsWhatItCannotPlace();
    void importRefusesCountsOutOfRange();
    void jsonRoundTrips();
    void completeNeeds_data();
    void completeNeeds();
    void durations_data();
    void durations();
    void anAbsurdDurationIsNotRead();
    void proseKeepsItsParagraphsAndHeadings();
};

namespace {

QString golden()
{
    QFile file(u"" SITREP_SOURCE_DIR "/tests/fixtures/postmortem-seed.md"_s);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("no golden file");
    return QString::fromUtf8(file.readAll());
}

// The seed's example postmortem, field by field.
Postmortem seedExample()
{
    using Status = Postmortem::ActionItem::Status;
    Postmortem p;
    p.title = u"[Incident Title]"_s;
    p.date = QDate(2024, 1, 15);
    p.authors = {u"Engineering Team"_s};
    p.status = Postmortem::Status::Complete;
    p.severity = Severity::Sev2;
    p.duration = hours(2) + minutes(35);
    p.summary = u"Brief description of what happened, impact, and resolution."_s;
    p.usersAffected = 45'000;
    p.activeUsersPercent = 30;
    p.revenueImpact = u"$15,000 estimated"_s;
    p.servicesAffected = {u"API"_s, u"Web App"_s, u"Mobile App"_s};
    const auto at = [](int h, int m) { return QTime(h, m); };
    p.timeline = {{at(14, 23), u"First alerts for increased error rates"_s},
                  {at(14, 25), u"On-call engineer paged"_s},
                  {at(14, 28), u"Incident declared SEV-2"_s},
                  {at(14, 30), u"Incident commander assigned"_s},
                  {at(14, 35), u"Root cause identified: database connection pool exhausted"_s},
                  {at(14, 40), u"Mitigation started: increased connection pool size"_s},
                  {at(14, 50), u"Partial recovery observed"_s},
                  {at(15, 5), u"Additional scaling applied"_s},
                  {at(16, 58), u"Full recovery confirmed"_s},
                  {at(17, 5), u"Incident closed"_s}};
    p.rootCause = u"Database connection pool size (100 connections) was insufficient for traffic "
                  "spike caused by marketing campaign. Connection exhaustion led to request "
                  "queueing and timeouts."_s;
    p.resolution = {u"Increased database connection pool from 100 to 300"_s,
                    u"Scaled API servers from 10 to 20 instances"_s,
                    u"Implemented connection pool monitoring alerts"_s};
    p.wentWell = {u"Incident detected automatically within 2 minutes"_s,
                  u"On-call engineer responded in 3 minutes"_s,
                  u"Clear communication in incident channel"_s, u"No data loss occurred"_s,
                  u"Rollback plan available (not needed)"_s};
    p.wentWrong = {u"Connection pool size not properly sized for expected traffic"_s,
                   u"Marketing campaign not coordinated with engineering"_s,
                   u"No pre-launch load testing performed"_s,
                   u"Alerts for connection pool utilization missing"_s,
                   u"Runbook for database connection issues outdated"_s};
    p.actionItems = {{u"Implement connection pool monitoring"_s, u"alice"_s, QDate(2024, 1, 20),
                      Status::Done},
                     {u"Add load testing to deployment pipeline"_s, u"bob"_s, QDate(2024, 1, 25),
                      Status::InProgress},
                     {u"Create marketing-engineering coordination process"_s, u"carol"_s,
                      QDate(2024, 1, 22), Status::Done},
                     {u"Update database runbook"_s, u"dave"_s, QDate(2024, 1, 18), Status::Done},
                     {u"Set up auto-scaling for database connections"_s, u"alice"_s,
                      QDate(2024, 2, 1), Status::Planned}};
    p.lessons = {u"Always load test before major marketing campaigns"_s,
                 u"Connection pool size should auto-scale with traffic"_s,
                 u"Better cross-team communication needed"_s,
                 u"Monitoring gaps still exist in database layer"_s};
    p.related = {{QDate(2023, 11, 3), u"Similar connection pool issue"_s,
                  u"postmortems/2023-11-03.md"_s, false},
                 {QDate(2023, 12, 15), u"Traffic spike during Black Friday"_s,
                  u"postmortems/2023-12-15.md"_s, false}};
    return p;
}

} // namespace

void tst_Postmortem::exportMatchesTheSeedsExample()
{
    const QString written = PostmortemMarkdown::write(seedExample());
    if (written != golden()) {
        const QStringList ours = written.split(u'\n');
        const QStringList theirs = golden().split(u'\n');
        for (qsizetype i = 0; i < std::min(ours.size(), theirs.size()); ++i)
            QCOMPARE(ours.at(i), theirs.at(i));
        QCOMPARE(ours.size(), theirs.size());
    }
}

void tst_Postmortem::importRoundTrips()
{
    const PostmortemImport imported = PostmortemMarkdown::read(golden());
    QCOMPARE(imported.unplaced, QStringList());
    QCOMPARE(imported.postmortem, seedExample());
    // Pipes in a cell, an owner-less item, a link marked as the same root cause, a long summary.
    Postmortem edited = seedExample();
    edited.actionItems.append(
            {u"Split | merge queues"_s, {}, {}, Postmortem::ActionItem::Status::Planned});
    edited.related.first().sameRootCause = true;
    edited.summary = u"First line.\nSecond line with **bold**."_s;
    edited.activeUsersPercent.reset();
    edited.timeline.append({QTime(), u"time not known yet"_s});
    const PostmortemImport again = PostmortemMarkdown::read(PostmortemMarkdown::write(edited));
    QCOMPARE(again.unplaced, QStringList());
    QCOMPARE(again.postmortem, edited);
}

void tst_Postmortem::jsonRoundTrips()
{
    Postmortem p = seedExample();
    p.timeline.append({QTime(), u"time not known yet"_s});
    p.actionItems.append({u"Unowned"_s, {}, {}, Postmortem::ActionItem::Status::Planned});
    p.activeUsersPercent.reset();
    Postmortem read = PostmortemJson::read(PostmortemJson::write(p));
    // The incident and the status are kept beside the document.
    read.incident = p.incident;
    read.status = p.status;
    QCOMPARE(read, p);
    const QJsonObject json = PostmortemJson::write(seedExample());
    QCOMPARE(json.value(u"severity"_s).toString(), u"SEV-2"_s);
    QCOMPARE(json.value(u"timeline"_s).toArray().first()[u"time"_s].toString(), u"14:23"_s);
    QVERIFY(!json.contains(u"status"_s));
    // Keys that are missing read as empty.
    QCOMPARE(PostmortemJson::read({}).title, QString());
}

void tst_Postmortem::importListsWhatItCannotPlace()
{
    const PostmortemImport imported = PostmortemMarkdown::read(
            u"# Postmortem: Checkout down\n\n**Date:** 2026-03-09\n**Mood:** grim\n\n"
            "## Timeline (UTC)\n- **02:00** - errors\n- at some point it got better\n\n"
            "## Action Items\n| Action | Owner | Due Date | Status |\n|---|---|---|---|\n"
            "| Fix it | @bob | soon | Done |\n\n## Appendix\nGraphs\n"_s);
    QCOMPARE(imported.postmortem.title, u"Checkout down"_s);
    QCOMPARE(imported.postmortem.date, QDate(2026, 3, 9));
    // A timeline line without a time is kept, untimed, and its time is asked for.
    QCOMPARE(imported.postmortem.timeline.size(), 2);
    QCOMPARE(imported.postmortem.timeline.at(1),
             (Postmortem::TimelineEntry {QTime(), u"at some point it got better"_s}));
    QVERIFY(PostmortemRules::missingForComplete(imported.postmortem)
                    .contains(u"a time (HH:MM) for timeline entry 2"_s));
    QCOMPARE(imported.unplaced,
             (QStringList {u"line 4: **Mood:** grim"_s,
                           u"line 13: | Fix it | @bob | soon | Done |"_s, u"line 15: ## Appendix"_s,
                           u"line 16: Graphs"_s}));
}

// Issue 27, defect 1: a count beyond the documented range (or beyond 64 bits) is not read as
// zero or wrapped: its line is reported with the others the import could not place.
void tst_Postmortem::importRefusesCountsOutOfRange()
{
    const PostmortemImport imported = PostmortemMarkdown::read(
            u"# Postmortem: x\n\n## Impact\n- **Users Affected:** 99,999,999,999,999,999,999\n"
            "- **Revenue Impact:** none\n"_s);
    QCOMPARE(imported.postmortem.usersAffected, 0);
    QCOMPARE(imported.unplaced,
             QStringList {u"line 4: - **Users Affected:** 99,999,999,999,999,999,999"_s});
    const PostmortemImport most = PostmortemMarkdown::read(
            u"# Postmortem: x\n\n## Impact\n- **Users Affected:** 100,000,000,000\n"_s);
    QCOMPARE(most.postmortem.usersAffected, Incident::mostAffectedUsers);
    QCOMPARE(most.unplaced, QStringList());
}

void tst_Postmortem::completeNeeds_data()
{
    QTest::addColumn<Postmortem>("postmortem");
    QTest::addColumn<QStringList>("missing");
    QTest::newRow("the seed's example") << seedExample() << QStringList {};
    Postmortem empty;
    QTest::newRow("nothing written")
            << empty
            << QStringList {u"a summary"_s, u"the impact (users affected, revenue or services)"_s,
                            u"the root cause"_s, u"the resolution"_s,
                            u"at least one action item"_s};
    Postmortem ownerless = seedExample();
    ownerless.actionItems[1].owner.clear();
    ownerless.actionItems[3].due = QDate();
    QTest::newRow("an item without owner, one without date")
            << ownerless
            << QStringList {u"an owner for \"Add load testing to deployment pipeline\""_s,
                            u"a due date for \"Update database runbook\""_s};
}

void tst_Postmortem::completeNeeds()
{
    QFETCH(Postmortem, postmortem);
    QFETCH(QStringList, missing);
    QCOMPARE(PostmortemRules::missingForComplete(postmortem), missing);
}

void tst_Postmortem::durations_data()
{
    QTest::addColumn<int>("minutes");
    QTest::addColumn<QString>("text");
    QTest::newRow("seed") << 155 << u"2 hours 35 minutes"_s;
    QTest::newRow("an hour") << 60 << u"1 hour"_s;
    QTest::newRow("a minute") << 1 << u"1 minute"_s;
    QTest::newRow("nothing") << 0 << u"0 minutes"_s;
    QTest::newRow("a day") << 1500 << u"25 hours"_s;
}

void tst_Postmortem::durations()
{
    QFETCH(int, minutes);
    QFETCH(QString, text);
    QCOMPARE(PostmortemRules::durationText(std::chrono::minutes(minutes)), text);
    QCOMPARE(PostmortemRules::parseDuration(text), std::optional(std::chrono::minutes(minutes)));
    QVERIFY(!PostmortemRules::parseDuration(u"a while"_s));
}

// Issue 27, defect 3: "200000000000000000 hours" was stored as -6446744073709551616 minutes.
void tst_Postmortem::anAbsurdDurationIsNotRead()
{
    QVERIFY(!PostmortemRules::parseDuration(u"200000000000000000 hours"_s));
    QVERIFY(!PostmortemRules::parseDuration(u"99999999999999999999 minutes"_s));
    QVERIFY(!PostmortemRules::parseDuration(u"8785 hours"_s)); // a year and a day
    QCOMPARE(PostmortemRules::parseDuration(u"8784 hours"_s),
             std::optional(std::chrono::minutes(8784 * 60)));
    const PostmortemImport imported = PostmortemMarkdown::read(
            u"# Postmortem: x\n\n**Duration:** 200000000000000000 hours\n"_s);
    QCOMPARE(imported.postmortem.duration.count(), 0);
    QVERIFY(imported.unplaced.join(u'\n').contains(u"200000000000000000 hours"_s));
}

// Issue 27, defect 11: a multi-paragraph Summary and Root Cause come back as written, a "## "
// line of the author's own stays in the text, and blank lines around a section do not.
void tst_Postmortem::proseKeepsItsParagraphsAndHeadings()
{
    Postmortem edited = seedExample();
    edited.summary = u"First paragraph.\n\nSecond paragraph,\nwrapped.\n\n\nThird, after two."_s;
    edited.rootCause = u"The pool was too small.\n\n## Why nobody noticed\nNo alert on it."_s;
    const PostmortemImport again = PostmortemMarkdown::read(PostmortemMarkdown::write(edited));
    QCOMPARE(again.unplaced, QStringList());
    QCOMPARE(again.postmortem.summary, edited.summary);
    QCOMPARE(again.postmortem.rootCause, edited.rootCause);
    QCOMPARE(again.postmortem, edited);
    // A template section's heading still ends the prose before it.
    const PostmortemImport read = PostmortemMarkdown::read(
            u"# Postmortem: x\n\n## Summary\n\nOne.\n\nTwo.\n\n\n## Root Cause\nThree.\n"_s);
    QCOMPARE(read.postmortem.summary, u"One.\n\nTwo."_s);
    QCOMPARE(read.postmortem.rootCause, u"Three."_s);
}

QTEST_GUILESS_MAIN(tst_Postmortem)
#include "tst_postmortem.moc"
