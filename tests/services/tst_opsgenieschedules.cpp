#include "services/opsgenieschedules.h"
#include "services/schedulefile.h"
#include "services/schedulefilewriter.h"
#include "translations.h"

#include <QFile>
#include <QTest>

using namespace sitrep;
using namespace Qt::StringLiterals;

namespace {

ProviderFile fixture(const QString &name)
{
    QFile file(u"" SITREP_SOURCE_DIR "/tests/fixtures/opsgenie/"_s + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return {name, file.readAll()};
}

QList<ProviderFile> fixtures(const QStringList &names)
{
    QList<ProviderFile> files;
    for (const QString &name : names)
        files << fixture(name);
    return files;
}

const QStringList all {u"schedule.json"_s, u"timeline.json"_s, u"overrides.json"_s,
                       u"escalations.json"_s};

qint64 at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
}

// A schedule in UTC of the given rotations, and Opsgenie's timeline of it ("START END NAME"
// each) over [from, to).
QList<ProviderFile> scheduleWith(const QByteArray &zone, const QByteArray &rotations,
                                 const QByteArray &from, const QByteArray &to,
                                 const QStringList &periods)
{
    QByteArray rendered;
    for (const QString &entry : periods) {
        const QStringList parts = entry.split(u' ');
        rendered += QByteArray(rendered.isEmpty() ? "" : ",")
                + QStringLiteral(
                          R"({"startDate": "%1", "endDate": "%2", "recipient": {"type": "user", "name": "%3"}})")
                          .arg(parts.at(0), parts.at(1), parts.at(2))
                          .toUtf8();
    }
    return {{u"s.json"_s,
             R"({"data": {"name": "S", "timezone": ")" + zone + R"(", "rotations": )" + rotations
                     + "}}"},
            {u"t.json"_s,
             R"({"data": {"_parent": {"name": "S"}, "startDate": ")" + from + R"(", "endDate": ")"
                     + to + R"(", "finalTimeline": {"rotations": [{"name": "all", "periods": [)"
                     + rendered + "]}]}}}"}};
}

} // namespace

// Opsgenie's schedules, timelines, overrides and escalations as its REST API answers them:
// cumulative rotations, "none" turns, both kinds of time restriction, whole-schedule and
// per-rotation overrides, and each import proved against Opsgenie's own final timeline.
class tst_OpsgenieSchedules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void aWholeScheduleAgreesWithOpsgenie();
    void escalationsBecomeLevels();
    void aDifferenceIsFoundAndNamed();
    void rotations_data();
    void rotations();
    void refusals_data();
    void refusals();
    void importedScheduleReadsBackFromItsFile();
};

void tst_OpsgenieSchedules::initTestCase()
{
    translations::install(*QCoreApplication::instance());
}

void tst_OpsgenieSchedules::aWholeScheduleAgreesWithOpsgenie()
{
    const Result<OnCallImport> import = OpsgenieSchedules::read(fixtures(all));
    QVERIFY2(import.ok(), import.ok() ? "" : qPrintable(import.error()));
    const ImportedSchedule &imported = import.value().schedules.first();
    const OnCallSchedule &schedule = imported.schedule;
    QCOMPARE(schedule.name, u"Payments On-Call"_s);
    QCOMPARE(schedule.team, u"Payments"_s);
    QCOMPARE(schedule.layering, OnCallSchedule::Layering::Cumulative);
    QCOMPARE(schedule.layers.size(), 3);
    QCOMPARE(schedule.layers.at(0).versions.first().participants,
             (QStringList {u"ana@example.com"_s, u"ben@example.com"_s, QString()}));
    QCOMPARE(schedule.layers.at(1).restrictions,
             (QList<Restriction> {{0, QTime(9, 0), QTime(17, 0)}}));
    QCOMPARE(schedule.layers.at(2).restrictions,
             (QList<Restriction> {
                     Restriction::ofWeek(Qt::Friday, QTime(18, 0), Qt::Monday, QTime(8, 0))}));
    QCOMPARE(schedule.layers.at(2).versions.first().untilMs, at("2026-12-21T00:00:00Z"));
    QCOMPARE(schedule.overrides,
             (QList<ScheduleOverride> {{ScheduleOverride::Kind::Cover,
                                        u"fay@example.com"_s,
                                        {},
                                        at("2026-12-10T12:00:00Z"),
                                        at("2026-12-10T14:00:00Z")},
                                       {ScheduleOverride::Kind::Add,
                                        u"gus@example.com"_s,
                                        {},
                                        at("2026-12-15T08:00:00Z"),
                                        at("2026-12-16T08:00:00Z")}}));

    QVERIFY(imported.compared());
    QCOMPARE(imported.differences, QList<ScheduleDifference> {});
    QVERIFY(import.value().proved());
    const QString report = OnCallImportReport::text(import.value());
    QVERIFY2(report.contains(u"Same as Opsgenie's own shifts from 2026-12-04 09:00 to "
                             "2026-12-16 09:00."_s),
             qPrintable(report));

    // Every rotation is on call at once: Saturday noon has the week's primary, the day's backup
    // and the weekend's cover.
    const std::optional<OnCallShift> saturday
            = OnCallShifts::at(schedule, at("2026-12-05T11:00:00Z"));
    QVERIFY(saturday);
    QCOMPARE(saturday->primary, u"ana@example.com"_s);
    QCOMPARE(saturday->added, (QStringList {u"cem@example.com"_s, u"eli@example.com"_s}));
    const QStringList &left = import.value().notCarried;
    QVERIFY2(left.contains(u"Rotation \"Weekend\" of \"Payments On-Call\": the team "
                           "payments-leads is kept as a name (Sitrep pages people)."_s),
             qPrintable(left.join(u'\n')));
    QVERIFY(!left.filter(u"heartbeat monitors"_s).isEmpty());
    // The timeline names the team too, but only the rotation's participant is carried over.
    QCOMPARE(left.filter(u"payments-leads"_s).size(), 1);
}

void tst_OpsgenieSchedules::escalationsBecomeLevels()
{
    const Result<OnCallImport> import = OpsgenieSchedules::read(fixtures(all));
    QVERIFY(import.ok());
    const EscalationPolicy &policy = import.value().schedules.first().schedule.escalation;
    // Opsgenie's delays count from the alert (0, 10); a Sitrep level waits for the next one,
    // and the last for the repeat's wait.
    QCOMPARE(policy.levels,
             (QList<EscalationLevel> {{1, u"primary"_s, 10}, {2, u"hal@example.com"_s, 15}}));
    QCOMPARE(policy.repeat, 2);
    const QStringList &left = import.value().notCarried;
    for (const QString &expected :
         {u"Escalation \"Payments escalation\", rule 2: schedule Payments On-Call with notifyType "
          "next (Sitrep escalates to a person or the schedule's on-call person)."_s,
          u"Escalation \"Payments escalation\", rule 4: \"if-not-closed\" (Sitrep stops "
          "escalating when someone acknowledges)."_s,
          u"Escalation \"Payments escalation\": repeat.closeAlertAfterAll."_s,
          u"Escalation \"Search escalation\": it notifies none of the imported schedules."_s})
        QVERIFY2(left.contains(expected), qPrintable(left.join(u'\n')));
}

void tst_OpsgenieSchedules::aDifferenceIsFoundAndNamed()
{
    // Without the overrides, Sitrep's shifts lack Fay's two hours and Gus' day.
    const Result<OnCallImport> import
            = OpsgenieSchedules::read(fixtures({u"schedule.json"_s, u"timeline.json"_s}));
    QVERIFY(import.ok());
    QVERIFY(!import.value().proved());
    const QList<ScheduleDifference> &differences = import.value().schedules.first().differences;
    QCOMPARE(differences.size(), 3);
    QCOMPARE(differences.at(0),
             (ScheduleDifference {at("2026-12-10T12:00:00Z"),
                                  at("2026-12-10T14:00:00Z"),
                                  {u"fay@example.com"_s},
                                  {u"ben@example.com"_s, u"dia@example.com"_s}}));
    const QString report = OnCallImportReport::text(import.value());
    QVERIFY2(report.contains(u"3 differences from Opsgenie's own shifts"_s), qPrintable(report));
    QVERIFY2(report.contains(u"2026-12-15 17:00 to 2026-12-16 09:00: Opsgenie has "
                             "gus@example.com, Sitrep has nobody."_s),
             qPrintable(report));
}

void tst_OpsgenieSchedules::rotations_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QByteArray>("rotations");
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QStringList>("periods");
    QTest::newRow("eight hours with a turn for nobody")
            << QByteArray("UTC")
            << QByteArray(
                       R"([{"name": "r", "startDate": "2026-12-01T06:00:00Z", "type": "hourly", "length": 8, "participants": [{"type": "user", "username": "a"}, {"type": "none"}, {"type": "user", "username": "b"}]}])")
            << QByteArray("2026-12-01T06:00:00Z") << QByteArray("2026-12-02T14:00:00Z")
            << QStringList {u"2026-12-01T06:00:00Z 2026-12-01T14:00:00Z a"_s,
                            u"2026-12-01T22:00:00Z 2026-12-02T06:00:00Z b"_s,
                            u"2026-12-02T06:00:00Z 2026-12-02T14:00:00Z a"_s};
    QTest::newRow("two rotations at once, nights past midnight")
            << QByteArray("UTC")
            << QByteArray(
                       R"([{"name": "day", "startDate": "2026-12-01T00:00:00Z", "type": "daily", "participants": [{"type": "user", "username": "a"}]},
                             {"name": "night", "startDate": "2026-12-01T00:00:00Z", "type": "daily", "participants": [{"type": "user", "username": "b"}, {"type": "user", "username": "c"}],
                              "timeRestriction": {"type": "time-of-day", "restriction": {"startHour": 22, "startMin": 30, "endHour": 6, "endMin": 0}}}])")
            << QByteArray("2026-12-01T00:00:00Z") << QByteArray("2026-12-03T00:00:00Z")
            << QStringList {u"2026-12-01T00:00:00Z 2026-12-03T00:00:00Z a"_s,
                            u"2026-12-01T00:00:00Z 2026-12-01T06:00:00Z b"_s,
                            u"2026-12-01T22:30:00Z 2026-12-02T00:00:00Z b"_s,
                            u"2026-12-02T00:00:00Z 2026-12-02T06:00:00Z c"_s,
                            u"2026-12-02T22:30:00Z 2026-12-03T00:00:00Z c"_s};
    QTest::newRow("weekdays only, two-week turns")
            << QByteArray("UTC")
            << QByteArray(
                       R"([{"name": "r", "startDate": "2026-11-30T09:00:00Z", "type": "weekly", "length": 2, "participants": [{"type": "user", "username": "a"}, {"type": "user", "username": "b"}],
                              "timeRestriction": {"type": "weekday-and-time-of-day", "restrictions": [{"startDay": "monday", "startHour": 9, "startMin": 0, "endDay": "friday", "endHour": 17, "endMin": 0}]}}])")
            << QByteArray("2026-11-30T00:00:00Z") << QByteArray("2026-12-21T00:00:00Z")
            << QStringList {u"2026-11-30T09:00:00Z 2026-12-04T17:00:00Z a"_s,
                            u"2026-12-07T09:00:00Z 2026-12-11T17:00:00Z a"_s,
                            u"2026-12-14T09:00:00Z 2026-12-18T17:00:00Z b"_s};
    QTest::newRow("summer time starts in Berlin: a 23-hour day")
            << QByteArray("Europe/Berlin")
            << QByteArray(
                       R"([{"name": "r", "startDate": "2027-03-27T08:00:00Z", "type": "daily", "participants": [{"type": "user", "username": "a"}, {"type": "user", "username": "b"}]}])")
            << QByteArray("2027-03-27T08:00:00Z") << QByteArray("2027-03-29T07:00:00Z")
            << QStringList {u"2027-03-27T08:00:00Z 2027-03-28T07:00:00Z a"_s,
                            u"2027-03-28T07:00:00Z 2027-03-29T07:00:00Z b"_s};
    QTest::newRow("a rotation that ends")
            << QByteArray("UTC")
            << QByteArray(
                       R"([{"name": "r", "startDate": "2026-12-01T09:00:00Z", "endDate": "2026-12-02T21:00:00Z", "type": "daily", "participants": [{"type": "user", "username": "a"}, {"type": "user", "username": "b"}]}])")
            << QByteArray("2026-12-01T09:00:00Z") << QByteArray("2026-12-04T09:00:00Z")
            << QStringList {u"2026-12-01T09:00:00Z 2026-12-02T09:00:00Z a"_s,
                            u"2026-12-02T09:00:00Z 2026-12-02T21:00:00Z b"_s};
}

void tst_OpsgenieSchedules::rotations()
{
    QFETCH(QByteArray, zone);
    QFETCH(QByteArray, rotations);
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QStringList, periods);
    const Result<OnCallImport> import
            = OpsgenieSchedules::read(scheduleWith(zone, rotations, from, to, periods));
    QVERIFY2(import.ok(), import.ok() ? "" : qPrintable(import.error()));
    QVERIFY(import.value().schedules.first().compared());
    QVERIFY2(import.value().proved(), qPrintable(OnCallImportReport::text(import.value())));
}

void tst_OpsgenieSchedules::refusals_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    const QByteArray user = R"({"type": "user", "username": "a"})";
    QTest::newRow("the list without rotations")
            << QByteArray(R"({"data": [{"id": "x", "name": "S", "timezone": "UTC"}]})")
            << u"s.json:1: data[0].rotations: missing: save the schedule with ?expand=rotation."_s;
    QTest::newRow("monthly")
            << R"({"data": {"name": "S", "timezone": "UTC", "rotations": [
{"name": "r", "startDate": "2026-12-01T09:00:00Z", "type": "monthly", "participants": [)"
                    + user + "]}]}}"
            << u"s.json:2: data.rotations[0].type: must be hourly, daily or weekly, not "
               "\"monthly\"."_s;
    QTest::newRow("a day of the week that is none")
            << R"({"data": {"name": "S", "timezone": "UTC", "rotations": [{"name": "r", "startDate": "2026-12-01T09:00:00Z", "type": "daily", "participants": [)"
                    + user
                    + R"(], "timeRestriction": {"type": "weekday-and-time-of-day", "restrictions": [{"startDay": "funday", "startHour": 9, "startMin": 0, "endDay": "friday", "endHour": 17, "endMin": 0}]}}]}})"
            << u"startDay: startDay and endDay must be days of the week (monday…)."_s;
    QTest::newRow("an hour past the day")
            << R"({"data": {"name": "S", "timezone": "UTC", "rotations": [{"name": "r", "startDate": "2026-12-01T09:00:00Z", "type": "daily", "participants": [)"
                    + user
                    + R"(], "timeRestriction": {"type": "time-of-day", "restriction": {"startHour": 25, "startMin": 0, "endHour": 6, "endMin": 0}}}]}})"
            << u"data.rotations[0].timeRestriction.restriction.startHour: must be a whole number "
               "from 0 to 24, not \"25\"."_s;
    QTest::newRow("no data") << QByteArray(R"({"message": "Could not authenticate"})")
                             << u"s.json:1: data: missing: give Opsgenie's answers"_s;
    QTest::newRow("no schedule") << QByteArray(R"({"data": [{"name": "E", "rules": []}]})")
                                 << u"The files hold no Opsgenie schedule: save each with GET "
                                    "/v2/schedules/{id}?expand=rotation."_s;
    QTest::newRow("something else")
            << QByteArray(R"({"data": {"count": 3}})")
            << u"s.json:1: data.name: not an Opsgenie schedule, timeline, override or "
               "escalation."_s;
}

void tst_OpsgenieSchedules::refusals()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    const Result<OnCallImport> import = OpsgenieSchedules::read({{u"s.json"_s, json}});
    QVERIFY(!import.ok());
    QVERIFY2(import.error().contains(expected), qPrintable(import.error()));
}

void tst_OpsgenieSchedules::importedScheduleReadsBackFromItsFile()
{
    const Result<OnCallImport> import = OpsgenieSchedules::read(fixtures(all));
    QVERIFY(import.ok());
    const OnCallSchedule &schedule = import.value().schedules.first().schedule;
    const QByteArray yaml = ScheduleFileWriter::write(schedule);
    QVERIFY2(yaml.contains("layering: cumulative"), yaml.constData());
    QVERIFY2(yaml.contains("participants: [ana@example.com, ben@example.com, ~]"),
             yaml.constData());
    const Result<QList<OnCallSchedule>> again = ScheduleFile::parse(yaml, u"back.yaml"_s);
    QVERIFY2(again.ok(), again.ok() ? "" : qPrintable(again.error()));
    QCOMPARE(again.value(), QList<OnCallSchedule> {schedule});
}

QTEST_GUILESS_MAIN(tst_OpsgenieSchedules)
#include "tst_opsgenieschedules.moc"
