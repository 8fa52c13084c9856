#include "ctlrunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>
#include <QTest>

using namespace Qt::StringLiterals;

// sitrepctl oncall end to end: the issue's schedule file imported and exported, who is on call
// with the issue's JSON, shifts, the hours report, and the iCalendar export read back by
// python3-icalendar: every shift round-trips, and a changed schedule raises SEQUENCE and
// cancels what was removed.
class tst_CtlOnCall : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void exportGivesTheFileBack();
    void whoHasTheIssuesShape();
    void listShowsGapsAhead();
    void shiftsAndReport();
    void icsFollowsRfc5545();
    void icsRoundTripsEveryShift();
    void icsUpdatesAfterAChange();
    void ackStopsTheEscalation();
    void errorsInWords_data();
    void errorsInWords();
    void importFromPagerDuty();
    void importFromOpsgenie();

private:
    CtlRun ctl(const QStringList &arguments) { return runCtl(m_dir, arguments); }
    QJsonObject readIcs(const QByteArray &ics);
    QTemporaryDir m_dir;
};

namespace {

const QString fixture = u"" SITREP_SOURCE_DIR "/tests/fixtures/oncall/platform.yaml"_s;

QJsonDocument parsed(const CtlRun &run)
{
    return QJsonDocument::fromJson(run.out);
}

// A person whose name is long and not ASCII, so folding meets multi-byte characters.
const QString zoe = u"zoë.müller-łukasiewicz.the-very-long-named-on-call-engineer@example.com"_s;

} // namespace

void tst_CtlOnCall::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const CtlRun imported = ctl({u"oncall"_s, u"import"_s, fixture});
    QCOMPARE(imported.exitCode, 0);
    QCOMPARE(imported.out, QByteArray("Imported the on-call schedule platform.\n"));
}

QJsonObject tst_CtlOnCall::readIcs(const QByteArray &ics)
{
    const QString file = m_dir.filePath(u"calendar.ics"_s);
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(ics) != ics.size())
        return {};
    out.close();
    QProcess python;
    python.start(u"/usr/bin/python3"_s,
                 {u"" SITREP_SOURCE_DIR "/tests/fixtures/icscheck.py"_s, file});
    if (!python.waitForFinished(30000) || python.exitCode() != 0)
        qWarning("%s", python.readAllStandardError().constData());
    return QJsonDocument::fromJson(python.readAllStandardOutput()).object();
}

void tst_CtlOnCall::exportGivesTheFileBack()
{
    const CtlRun exported = ctl({u"oncall"_s, u"export"_s, u"platform"_s});
    QCOMPARE(exported.exitCode, 0);
    QVERIFY(exported.out.contains("timezone: Europe/Berlin"));
    // What was exported imports again to the same schedule.
    QTemporaryDir other;
    QFile file(other.filePath(u"platform.yaml"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(exported.out);
    file.close();
    QCOMPARE(runCtl(other, {u"oncall"_s, u"import"_s, file.fileName()}).exitCode, 0);
    QCOMPARE(runCtl(other, {u"oncall"_s, u"export"_s, u"platform"_s}).out, exported.out);
}

void tst_CtlOnCall::whoHasTheIssuesShape()
{
    const CtlRun who = ctl({u"oncall"_s, u"who"_s, u"--schedule"_s, u"platform"_s, u"--at"_s,
                            u"2026-04-06T12:00:00Z"_s, u"--json"_s});
    QCOMPARE(who.exitCode, 0);
    const QJsonObject shift = parsed(who).object();
    // Week 3 is carol's, alice her secondary; dave replaces alice until midnight Berlin time.
    QCOMPARE(shift.value(u"primary"_s).toString(), u"carol@example.com"_s);
    QCOMPARE(shift.value(u"secondary"_s).toString(), u"dave@example.com"_s);
    QCOMPARE(shift.value(u"shift_start"_s).toString(), u"2026-04-06T07:00:00Z"_s);
    QCOMPARE(shift.value(u"shift_end"_s).toString(), u"2026-04-06T22:00:00Z"_s);
    QVERIFY(shift.value(u"overridden"_s).toBool());

    const CtlRun before = ctl({u"oncall"_s, u"who"_s, u"--schedule"_s, u"platform"_s, u"--at"_s,
                               u"2026-03-01T00:00:00Z"_s, u"--json"_s});
    QCOMPARE(before.exitCode, 0);
    QVERIFY(parsed(before).object().value(u"primary"_s).isNull());

    const CtlRun text = ctl({u"oncall"_s, u"who"_s, u"--schedule"_s, u"platform"_s, u"--at"_s,
                             u"2026-03-24T00:00:00Z"_s});
    QCOMPARE(text.out,
             QByteArray("2026-03-23T08:00:00Z – 2026-03-30T07:00:00Z  alice@example.com "
                        "(secondary: bob@example.com)\n"));
}

void tst_CtlOnCall::listShowsGapsAhead()
{
    const CtlRun list = ctl({u"oncall"_s, u"list"_s, u"--json"_s});
    QCOMPARE(list.exitCode, 0);
    const QJsonObject platform = parsed(list).array().first().toObject();
    QCOMPARE(platform.value(u"name"_s).toString(), u"platform"_s);
    QCOMPARE(platform.value(u"timezone"_s).toString(), u"Europe/Berlin"_s);
    QCOMPARE(platform.value(u"people"_s).toArray().size(), 4);
    QVERIFY(platform.value(u"gaps_next_30_days"_s).toArray().isEmpty());
    QVERIFY(!platform.value(u"now"_s).toObject().value(u"primary"_s).toString().isEmpty());
}

void tst_CtlOnCall::shiftsAndReport()
{
    const CtlRun shifts
            = ctl({u"oncall"_s, u"shifts"_s, u"--schedule"_s, u"platform"_s, u"--from"_s,
                   u"2026-03-23T08:00:00Z"_s, u"--to"_s, u"2026-04-20T07:00:00Z"_s, u"--json"_s});
    QCOMPARE(shifts.exitCode, 0);
    const QJsonArray list = parsed(shifts).array();
    QStringList primaries;
    for (const QJsonValue &shift : list)
        primaries << shift[u"primary"_s].toString();
    QCOMPARE(primaries,
             (QStringList {u"alice@example.com"_s, u"bob@example.com"_s, u"carol@example.com"_s,
                           u"carol@example.com"_s, u"alice@example.com"_s}));

    const CtlRun report = ctl({u"oncall"_s, u"report"_s, u"--from"_s, u"2026-03-23T08:00:00Z"_s,
                               u"--to"_s, u"2026-04-20T07:00:00Z"_s, u"--json"_s});
    QCOMPARE(report.exitCode, 0);
    const QJsonObject hours = parsed(report).object();
    const QJsonArray people = hours[u"people"_s].toArray();
    QCOMPARE(people.at(0)[u"person"_s].toString(), u"alice@example.com"_s);
    QCOMPARE(people.at(0)[u"hours"_s].toDouble(), 167.0 + 168.0);
    QCOMPARE(people.at(1)[u"hours"_s].toDouble(), 168.0);
    QCOMPARE(people.at(2)[u"hours"_s].toDouble(), 168.0);
    // dave was a secondary only.
    QCOMPARE(people.at(3)[u"person"_s].toString(), u"dave@example.com"_s);
    QCOMPARE(people.at(3)[u"hours"_s].toDouble(), 0.0);
    QCOMPARE(people.at(3)[u"secondary_hours"_s].toDouble(), 15.0);
    QCOMPARE(hours[u"balance"_s].toDouble(), (168.0 / 335 + 168.0 / 335 + 1) / 3);
}

void tst_CtlOnCall::icsFollowsRfc5545()
{
    QTemporaryDir home;
    QFile file(home.filePath(u"zoe.yaml"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(u"name: \"on-call; platform, Zürich\"\ntimezone: Europe/Zurich\nrotation:\n"
               "  start: 2026-03-02\n  participants: [\"%1\", bob]\n"_s.arg(zoe)
                       .toUtf8());
    file.close();
    QCOMPARE(runCtl(home, {u"oncall"_s, u"import"_s, file.fileName()}).exitCode, 0);
    const CtlRun ics
            = runCtl(home,
                     {u"oncall"_s, u"ics"_s, u"--schedule"_s, u"on-call; platform, Zürich"_s,
                      u"--from"_s, u"2026-03-02"_s, u"--to"_s, u"2026-03-30"_s});
    QCOMPARE(ics.exitCode, 0);
    QVERIFY(ics.out.endsWith("END:VCALENDAR\r\n"));
    QVERIFY(!ics.out.contains("\n\n"));
    const QList<QByteArray> lines = ics.out.chopped(1).split('\n');
    bool folded = false;
    for (const QByteArray &line : lines) {
        QVERIFY2(line.endsWith('\r'), line.constData()); // CRLF everywhere
        QVERIFY2(line.size() - 1 <= 75, line.constData());
        // No line starts or ends inside a UTF-8 sequence.
        QStringDecoder utf8(QStringDecoder::Utf8);
        const QString text = utf8(line);
        QVERIFY2(!utf8.hasError(), line.constData());
        Q_UNUSED(text);
        folded = folded || line.startsWith(' ');
    }
    QVERIFY(folded);
    QVERIFY(ics.out.contains("PRODID:"));
    QVERIFY(ics.out.contains("VERSION:2.0\r\n"));
    QCOMPARE(ics.out.count("BEGIN:VEVENT"), 4);
    QCOMPARE(ics.out.count("TRANSP:TRANSPARENT\r\n"), 4);
    QCOMPARE(ics.out.count("DTSTAMP:"), 4);
    QCOMPARE(ics.out.count("UID:"), 4);
    QVERIFY(ics.out.contains("DTSTART:20260302T080000Z\r\n")); // UTC
    // TEXT escaping: the schedule's ";" and "," in SUMMARY.
    QVERIFY(ics.out.contains("on-call\\; platform\\, Z"));
    const QJsonObject calendar = readIcs(ics.out);
    const QJsonArray events = calendar[u"events"_s].toArray();
    QCOMPARE(events.size(), 4);
    QCOMPARE(events.at(0)[u"summary"_s].toString(),
             u"on-call; platform, Zürich on call: %1"_s.arg(zoe));
}

void tst_CtlOnCall::icsRoundTripsEveryShift()
{
    const QStringList range {u"--from"_s, u"2026-03-23"_s, u"--to"_s, u"2026-05-04"_s};
    const CtlRun shifts = ctl(
            QStringList {u"oncall"_s, u"shifts"_s, u"--schedule"_s, u"platform"_s, u"--json"_s}
            + QStringList {u"--from"_s, u"2026-03-23T08:00:00Z"_s, u"--to"_s,
                           u"2026-05-04T07:00:00Z"_s});
    const CtlRun ics
            = ctl(QStringList {u"oncall"_s, u"ics"_s, u"--schedule"_s, u"platform"_s} + range);
    QCOMPARE(ics.exitCode, 0);
    const QJsonObject calendar = readIcs(ics.out);
    QVERIFY(calendar[u"prodid"_s].toString().contains(u"Sitrep"_s));
    QCOMPARE(calendar[u"version"_s].toString(), u"2.0"_s);
    const QJsonArray events = calendar[u"events"_s].toArray();
    const QJsonArray expected = parsed(shifts).array();
    QCOMPARE(events.size(), expected.size());
    QSet<QString> uids;
    for (qsizetype i = 0; i < events.size(); ++i) {
        const QJsonObject event = events.at(i).toObject();
        QCOMPARE(event[u"start"_s].toString(), expected.at(i)[u"shift_start"_s].toString());
        QCOMPARE(event[u"end"_s].toString(), expected.at(i)[u"shift_end"_s].toString());
        QVERIFY(event[u"summary"_s].toString().contains(expected.at(i)[u"primary"_s].toString()));
        QCOMPARE(event[u"transp"_s].toString(), u"TRANSPARENT"_s);
        QCOMPARE(event[u"status"_s].toString(), u"CONFIRMED"_s);
        QCOMPARE(event[u"sequence"_s].toInt(), 0);
        uids.insert(event[u"uid"_s].toString());
    }
    QCOMPARE(uids.size(), events.size());
}

void tst_CtlOnCall::icsUpdatesAfterAChange()
{
    QTemporaryDir home;
    const QStringList ics {
            u"oncall"_s,          u"ics"_s,    u"--schedule"_s, u"platform"_s, u"--person"_s,
            u"bob@example.com"_s, u"--from"_s, u"2026-03-23"_s, u"--to"_s,     u"2026-05-04"_s};
    QCOMPARE(runCtl(home, {u"oncall"_s, u"import"_s, fixture}).exitCode, 0);
    const QJsonArray first = readIcs(runCtl(home, ics).out)[u"events"_s].toArray();
    QVERIFY(first.size() >= 4);
    // erin takes bob's second primary week whole (03-30 is his first): that occurrence is
    // cancelled; erin covering the first day of his other week shortens it.
    QFile source(fixture);
    QVERIFY(source.open(QIODevice::ReadOnly));
    QByteArray changed = source.readAll();
    changed.replace("overrides:\n",
                    "overrides:\n"
                    "  - { kind: replace, person: erin@example.com, replaces: bob@example.com, "
                    "from: 2026-03-30T09:00, to: 2026-03-31T09:00 }\n"
                    "  - { kind: replace, person: erin@example.com, replaces: bob@example.com, "
                    "from: 2026-04-20T09:00, to: 2026-04-27T09:00 }\n");
    QFile file(home.filePath(u"changed.yaml"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(changed);
    file.close();
    const CtlRun imported = runCtl(home, {u"oncall"_s, u"import"_s, file.fileName()});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    const QJsonArray second = readIcs(runCtl(home, ics).out)[u"events"_s].toArray();
    QHash<QString, QJsonObject> before;
    // DTSTAMP is when the file was written: not part of what changed.
    for (const QJsonValue &value : first) {
        QJsonObject event = value.toObject();
        event.remove(u"dtstamp"_s);
        before.insert(event[u"uid"_s].toString(), event);
    }
    int cancelled = 0;
    int raised = 0;
    int unchanged = 0;
    for (const QJsonValue &value : second) {
        QJsonObject event = value.toObject();
        event.remove(u"dtstamp"_s);
        const QJsonObject earlier = before.value(event[u"uid"_s].toString());
        if (event[u"status"_s].toString() == u"CANCELLED") {
            ++cancelled;
            QCOMPARE(event[u"sequence"_s].toInt(), earlier[u"sequence"_s].toInt() + 1);
            QCOMPARE(event[u"start"_s].toString(), u"2026-04-20T07:00:00Z"_s);
        } else if (!earlier.isEmpty() && earlier != event) {
            ++raised;
            QCOMPARE(event[u"sequence"_s].toInt(), 1);
            QCOMPARE(event[u"start"_s].toString(), u"2026-03-31T07:00:00Z"_s);
        } else if (!earlier.isEmpty()) {
            ++unchanged;
        }
    }
    QCOMPARE(cancelled, 1);
    QCOMPARE(raised, 1);
    QVERIFY(unchanged >= 2);
}

void tst_CtlOnCall::ackStopsTheEscalation()
{
    QTemporaryDir home;
    QCOMPARE(runCtl(home, {u"oncall"_s, u"import"_s, fixture}).exitCode, 0);
    const CtlRun declared
            = runCtl(home,
                     {u"incidents"_s, u"declare"_s, u"--title"_s, u"Checkout down"_s,
                      u"--severity"_s, u"SEV-1"_s, u"--service"_s, u"checkout"_s, u"--json"_s});
    QCOMPARE(declared.exitCode, 0);
    const QString id = QString::number(parsed(declared).object().value(u"id"_s).toInteger());
    // Declaring paged level 1, the primary on call now.
    const QString primary
            = parsed(runCtl(home,
                            {u"oncall"_s, u"who"_s, u"--schedule"_s, u"platform"_s, u"--json"_s}))
                      .object()
                      .value(u"primary"_s)
                      .toString();
    const CtlRun running = runCtl(home, {u"escalation"_s, u"show"_s, id, u"--json"_s});
    QCOMPARE(running.exitCode, 0);
    QJsonObject escalation = parsed(running).object();
    QCOMPARE(escalation.value(u"state"_s).toString(), u"running"_s);
    QCOMPARE(escalation.value(u"schedule"_s).toString(), u"platform"_s);
    const QJsonArray pages = escalation.value(u"pages"_s).toArray();
    QCOMPARE(pages.size(), 1);
    QCOMPARE(pages.at(0)[u"person"_s].toString(), primary);
    QCOMPARE(pages.at(0)[u"level"_s].toInt(), 1);
    QVERIFY(!escalation.value(u"acknowledged"_s).toBool());
    QVERIFY(!escalation.value(u"next_level_at"_s).isNull());

    const CtlRun ack = runCtl(home, {u"ack"_s, id});
    QCOMPARE(ack.exitCode, 0);
    QCOMPARE(ack.out, u"Acknowledged incident #%1; its escalation stopped.\n"_s.arg(id).toUtf8());
    escalation = parsed(runCtl(home, {u"escalation"_s, u"show"_s, id, u"--json"_s})).object();
    QCOMPARE(escalation.value(u"state"_s).toString(), u"acknowledged"_s);
    QCOMPARE(escalation.value(u"acknowledged_by"_s).toString(), u"tester"_s);
    QVERIFY(!escalation.value(u"acknowledge_breached"_s).toBool());
    QVERIFY(escalation.value(u"next_level_at"_s).isNull());
    const CtlRun again = runCtl(home, {u"ack"_s, id});
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(u"was already acknowledged"_s), qPrintable(again.err));
    const CtlRun text = runCtl(home, {u"escalation"_s, u"show"_s, id});
    QVERIFY(text.out.contains("level 1 (primary)"));
    QVERIFY(text.out.contains("(met)"));
}

void tst_CtlOnCall::errorsInWords_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("error");
    QTest::newRow("no schedule") << QStringList {u"oncall"_s, u"who"_s} << 2
                                 << u"--schedule is needed."_s;
    QTest::newRow("unknown schedule")
            << QStringList {u"oncall"_s, u"who"_s, u"--schedule"_s, u"nope"_s} << 1
            << u"There is no on-call schedule named \"nope\"."_s;
    QTest::newRow("bad range") << QStringList {u"oncall"_s,     u"report"_s, u"--from"_s,
                                               u"2026-04-02"_s, u"--to"_s,   u"2026-04-01"_s}
                               << 2 << u"--from must be before --to."_s;
    QTest::newRow("bad date") << QStringList {u"oncall"_s, u"report"_s, u"--from"_s,
                                              u"soon"_s,   u"--to"_s,   u"2026-04-01"_s}
                              << 2 << u"--from must be a date such as 2026-03-01, not \"soon\"."_s;
    QTest::newRow("missing file") << QStringList {u"oncall"_s, u"import"_s,
                                                  u"/nonexistent/x.yaml"_s}
                                  << 1 << u"Could not read /nonexistent/x.yaml"_s;
    QTest::newRow("unknown person")
            << QStringList {u"oncall"_s,   u"ics"_s,       u"--schedule"_s, u"platform"_s,
                            u"--person"_s, u"mallory"_s,   u"--from"_s,     u"2026-04-01"_s,
                            u"--to"_s,     u"2026-04-02"_s}
            << 1 << u"mallory is not on the schedule platform."_s;
}

void tst_CtlOnCall::errorsInWords()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, error);
    const CtlRun run = ctl(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(error), qPrintable(run.err));
}

// PagerDuty's saved answers: the report first (--dry-run saves nothing), --strict refuses a
// schedule that differs from PagerDuty's own shifts, and after the import the schedule answers
// by its PagerDuty name.
void tst_CtlOnCall::importFromPagerDuty()
{
    const QString folder = u"" SITREP_SOURCE_DIR "/tests/fixtures/pagerduty/"_s;
    const QStringList files {folder + u"schedule.json"_s, folder + u"escalation_policies.json"_s,
                             folder + u"users.json"_s};
    const auto known = [&] {
        return ctl({u"oncall"_s, u"list"_s, u"--json"_s}).out.contains("Platform Primary");
    };

    const CtlRun dry = ctl(QStringList {u"import"_s, u"pagerduty"_s, u"--dry-run"_s} + files);
    QVERIFY2(dry.exitCode == 0, qPrintable(dry.err));
    QVERIFY2(dry.out.contains("Same as PagerDuty's own shifts from 2026-12-03 09:00 to "
                              "2026-12-09 22:00."),
             dry.out.constData());
    QVERIFY(dry.out.contains("Not carried over:\n"));
    QVERIFY(dry.out.endsWith("Nothing saved (--dry-run).\n"));
    QVERIFY(!known());

    // A copy whose Monday PagerDuty gives to Alice: --strict refuses, and names the difference.
    QFile original(files.first());
    QVERIFY(original.open(QIODevice::ReadOnly));
    QByteArray text = original.readAll();
    const QByteArray monday = "\"start\": \"2026-12-07T09:00:00-05:00\", \"end\": "
                              "\"2026-12-07T18:00:00-05:00\", \"user\": {\"id\": \"PBOB\"";
    QVERIFY(text.contains(monday));
    text.replace(monday, QByteArray(monday).replace("PBOB", "PALICE"));
    QFile changed(m_dir.filePath(u"changed.json"_s));
    QVERIFY(changed.open(QIODevice::WriteOnly));
    changed.write(text);
    changed.close();
    const CtlRun strict
            = ctl({u"import"_s, u"pagerduty"_s, u"--strict"_s, changed.fileName(), files.at(2)});
    QCOMPARE(strict.exitCode, 1);
    QVERIFY2(strict.out.contains("2026-12-07 09:00 to 2026-12-07 18:00: PagerDuty has Alice "
                                 "Able, Sitrep has Bob Baker."),
             strict.out.constData());
    QVERIFY2(strict.err.contains(u"Nothing imported: --strict"_s), qPrintable(strict.err));
    QVERIFY(!known());

    const CtlRun imported
            = ctl(QStringList {u"import"_s, u"pagerduty"_s, u"--strict"_s, u"--json"_s} + files);
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    const QJsonObject report = parsed(imported).object();
    QCOMPARE(report.value(u"proved"_s).toBool(), true);
    QCOMPARE(report.value(u"imported"_s).toArray(), QJsonArray {u"Platform Primary"_s});
    QVERIFY(known());
    const CtlRun who = ctl({u"oncall"_s, u"who"_s, u"--schedule"_s, u"Platform Primary"_s,
                            u"--at"_s, u"2026-12-05T17:00:00Z"_s, u"--json"_s});
    QVERIFY2(who.exitCode == 0, qPrintable(who.err));
    QVERIFY2(who.out.contains("Carol Chen"), who.out.constData());

    const CtlRun none = ctl({u"import"_s, u"pagerduty"_s});
    QCOMPARE(none.exitCode, 2);
}

// Opsgenie's saved answers: every rotation on call at once, proved against Opsgenie's timeline.
void tst_CtlOnCall::importFromOpsgenie()
{
    const QString folder = u"" SITREP_SOURCE_DIR "/tests/fixtures/opsgenie/"_s;
    QStringList files;
    for (const char *name :
         {"schedule.json", "timeline.json", "overrides.json", "escalations.json"})
        files << folder + QLatin1String(name);
    const CtlRun imported = ctl(QStringList {u"import"_s, u"opsgenie"_s, u"--strict"_s} + files);
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    QVERIFY2(imported.out.contains("Same as Opsgenie's own shifts from 2026-12-04 09:00 to "
                                   "2026-12-16 09:00."),
             imported.out.constData());
    QVERIFY(imported.out.endsWith("Imported 1 on-call schedule: Payments On-Call.\n"));
    const CtlRun who = ctl({u"oncall"_s, u"who"_s, u"--schedule"_s, u"Payments On-Call"_s,
                            u"--at"_s, u"2026-12-05T11:00:00Z"_s, u"--json"_s});
    QVERIFY2(who.exitCode == 0, qPrintable(who.err));
    const QJsonObject shift = parsed(who).object();
    QCOMPARE(shift.value(u"primary"_s).toString(), u"ana@example.com"_s);
    QCOMPARE(shift.value(u"added"_s).toArray(),
             (QJsonArray {u"cem@example.com"_s, u"eli@example.com"_s}));
}

QTEST_GUILESS_MAIN(tst_CtlOnCall)
#include "tst_ctloncall.moc"
