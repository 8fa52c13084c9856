#include "services/pagerdutyschedules.h"
#include "services/schedulefile.h"
#include "services/schedulefilewriter.h"
#include "translations.h"

#include <QFile>
#include <QTest>

using namespace sitrep;
using namespace Qt::StringLiterals;

namespace {

QByteArray fixture(const QString &name)
{
    QFile file(u"" SITREP_SOURCE_DIR "/tests/fixtures/pagerduty/"_s + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

Result<OnCallImport> readFixtures(const QByteArray &schedule)
{
    return PagerDutySchedules::read(
            {{u"schedule.json"_s, schedule},
             {u"escalation_policies.json"_s, fixture(u"escalation_policies.json"_s)},
             {u"users.json"_s, fixture(u"users.json"_s)}});
}

qint64 at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
}

// A schedule of the given layers (the API's order, top first) whose final schedule is `entries`
// ("START END NAME" each, PagerDuty's times).
QByteArray scheduleWith(const QByteArray &zone, const QByteArray &layers,
                        const QStringList &entries)
{
    QByteArray rendered;
    for (const QString &entry : entries) {
        const QStringList parts = entry.split(u' ');
        rendered += QByteArray(rendered.isEmpty() ? "" : ",")
                + QStringLiteral(R"({"start": "%1", "end": "%2", "user": {"summary": "%3"}})")
                          .arg(parts.at(0), parts.at(1), parts.at(2))
                          .toUtf8();
    }
    return R"({"schedule": {"name": "S", "time_zone": ")" + zone + R"(", "schedule_layers": )"
            + layers + R"(, "final_schedule": {"rendered_schedule_entries": [)" + rendered + "]}}}";
}

QByteArray layer(const QByteArray &start, const QByteArray &virtualStart, int turnSeconds,
                 const QByteArray &people, const QByteArray &more = {})
{
    QByteArray users;
    for (const QByteArray &person : people.split(','))
        users += QByteArray(users.isEmpty() ? "" : ",") + R"({"user": {"summary": ")" + person
                + R"("}})";
    return R"({"start": ")" + start + R"(", "rotation_virtual_start": ")" + virtualStart
            + R"(", "rotation_turn_length_seconds": )" + QByteArray::number(turnSeconds)
            + R"(, "users": [)" + users + "]" + more + "}";
}

} // namespace

// PagerDuty's schedules, escalation policies and users as its REST API answers them: each
// import is proved against PagerDuty's own final schedule, with hand-computed vectors for every
// turn length, restriction, override, layer order and a DST change in the schedule's zone.
class tst_PagerDutySchedules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void aWholeScheduleAgreesWithPagerDuty();
    void escalationPoliciesAndUsers();
    void aDifferenceIsFoundAndNamed();
    void layers_data();
    void layers();
    void refusals_data();
    void refusals();
    void importedScheduleReadsBackFromItsFile();
};

void tst_PagerDutySchedules::initTestCase()
{
    // English plural forms ("2 layers"), as sitrepctl has them.
    translations::install(*QCoreApplication::instance());
}

void tst_PagerDutySchedules::aWholeScheduleAgreesWithPagerDuty()
{
    const Result<OnCallImport> import = readFixtures(fixture(u"schedule.json"_s));
    QVERIFY2(import.ok(), import.ok() ? "" : qPrintable(import.error()));
    QCOMPARE(import.value().schedules.size(), 1);
    const ImportedSchedule &imported = import.value().schedules.first();
    const OnCallSchedule &schedule = imported.schedule;
    QCOMPARE(schedule.name, u"Platform Primary"_s);
    QCOMPARE(schedule.team, u"Platform"_s);
    QCOMPARE(schedule.zone.id(), QByteArray("America/New_York"));
    QCOMPARE(schedule.layers.size(), 2);
    QCOMPARE(schedule.layers.at(0).name, u"Weekdays"_s); // bottom first: the API lists the top
    QCOMPARE(schedule.layers.at(1).name, u"Weekend cover"_s);
    QCOMPARE(schedule.layers.at(1).restrictions,
             (QList<Restriction> {{Qt::Friday, QTime(18, 0), QTime(6, 0), 2}}));
    QCOMPARE(schedule.layers.at(0).versions.first().participants,
             (QStringList {u"Alice Able"_s, u"Bob Baker"_s}));
    QCOMPARE(schedule.overrides.size(), 2);
    QCOMPARE(schedule.overrides.first().kind, ScheduleOverride::Kind::Cover);

    QVERIFY(imported.compared());
    QCOMPARE(imported.comparedFromMs, at("2026-12-03T09:00:00-05:00"));
    QCOMPARE(imported.comparedToMs, at("2026-12-09T22:00:00-05:00"));
    QCOMPARE(imported.providerShifts.size(), 9);
    QCOMPARE(imported.differences, QList<ScheduleDifference> {});
    QVERIFY(import.value().proved());
    const QString report = OnCallImportReport::text(import.value());
    QVERIFY2(report.contains(u"Schedule \"Platform Primary\" (America/New_York): 2 layers, 5 "
                             "people, 2 overrides."_s),
             qPrintable(report));
    QVERIFY2(report.contains(u"Same as PagerDuty's own shifts from 2026-12-03 09:00 to "
                             "2026-12-09 22:00."_s),
             qPrintable(report));

    // Sitrep answers as PagerDuty did, also between its entries.
    const std::optional<OnCallShift> saturday
            = OnCallShifts::at(schedule, at("2026-12-05T12:00:00-05:00"));
    QVERIFY(saturday);
    QCOMPARE(saturday->primary, u"Carol Chen"_s);
    QCOMPARE(saturday->secondary, QString());
    QVERIFY(!OnCallShifts::at(schedule, at("2026-12-07T07:00:00-05:00")));
}

void tst_PagerDutySchedules::escalationPoliciesAndUsers()
{
    const Result<OnCallImport> import = readFixtures(fixture(u"schedule.json"_s));
    QVERIFY(import.ok());
    const OnCallSchedule &schedule = import.value().schedules.first().schedule;
    QCOMPARE(schedule.escalation.levels,
             (QList<EscalationLevel> {{1, u"primary"_s, 10}, {2, u"Dave Diaz"_s, 15}}));
    QCOMPARE(schedule.escalation.repeat, 2);
    QCOMPARE(schedule.services, QStringList {u"checkout"_s});
    const QStringList &left = import.value().notCarried;
    QVERIFY2(left.contains(u"Escalation policy \"Platform escalation\", rule 2: Erin Eze beside "
                           "Dave Diaz (a Sitrep level pages one target)."_s),
             qPrintable(left.join(u'\n')));
    QVERIFY2(left.contains(u"Escalation policy \"Database escalation\": it pages none of the "
                           "imported schedules."_s),
             qPrintable(left.join(u'\n')));
    QVERIFY(left.filter(u"contact methods"_s).size() == 1);

    // Without the users' answer, a layer's user known only by id is named by it, and said.
    const Result<OnCallImport> bare
            = PagerDutySchedules::read({{u"schedule.json"_s, fixture(u"schedule.json"_s)}});
    QVERIFY(bare.ok());
    QVERIFY(bare.value().schedules.first().schedule.people().contains(u"PBOB"_s));
    QVERIFY(!bare.value().notCarried.filter(u"The name of user PBOB"_s).isEmpty());
    QVERIFY(!bare.value().proved()); // PagerDuty names him Bob Baker in the final schedule
    QCOMPARE(bare.value().schedules.first().schedule.escalation, EscalationPolicy::seedDefault());
}

void tst_PagerDutySchedules::aDifferenceIsFoundAndNamed()
{
    QByteArray changed = fixture(u"schedule.json"_s);
    const QByteArray monday
            = R"({"start": "2026-12-07T09:00:00-05:00", "end": "2026-12-07T18:00:00-05:00", "user": {"id": "PBOB", "type": "user_reference", "summary": "Bob Baker"}})";
    QVERIFY(changed.contains(monday));
    changed.replace(
            monday,
            QByteArray(monday).replace("PBOB", "PALICE").replace("Bob Baker", "Alice Able"));
    const Result<OnCallImport> import = readFixtures(changed);
    QVERIFY(import.ok());
    QVERIFY(!import.value().proved());
    QCOMPARE(import.value().schedules.first().differences,
             (QList<ScheduleDifference> {{at("2026-12-07T09:00:00-05:00"),
                                          at("2026-12-07T18:00:00-05:00"),
                                          {u"Alice Able"_s},
                                          {u"Bob Baker"_s}}}));
    const QString report = OnCallImportReport::text(import.value());
    QVERIFY2(report.contains(u"1 difference from PagerDuty's own shifts"_s), qPrintable(report));
    QVERIFY2(report.contains(u"2026-12-07 09:00 to 2026-12-07 18:00: PagerDuty has Alice Able, "
                             "Sitrep has Bob Baker."_s),
             qPrintable(report));
}

void tst_PagerDutySchedules::layers_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QByteArray>("layers");
    QTest::addColumn<QStringList>("entries");
    const QByteArray dec1 = "2026-12-01T09:00:00Z";
    QTest::newRow("daily") << QByteArray("UTC") << "[" + layer(dec1, dec1, 86400, "Ann,Ben") + "]"
                           << QStringList {u"2026-12-01T09:00:00Z 2026-12-02T09:00:00Z Ann"_s,
                                           u"2026-12-02T09:00:00Z 2026-12-03T09:00:00Z Ben"_s,
                                           u"2026-12-03T09:00:00Z 2026-12-04T09:00:00Z Ann"_s};
    QTest::newRow("twelve hours") << QByteArray("UTC")
                                  << "["
                    + layer("2026-12-01T08:00:00Z", "2026-12-01T08:00:00Z", 43200, "Ann,Ben,Cat")
                    + "]"
                                  << QStringList {
                                             u"2026-12-01T08:00:00Z 2026-12-01T20:00:00Z Ann"_s,
                                             u"2026-12-01T20:00:00Z 2026-12-02T08:00:00Z Ben"_s,
                                             u"2026-12-02T08:00:00Z 2026-12-02T20:00:00Z Cat"_s,
                                             u"2026-12-02T20:00:00Z 2026-12-03T08:00:00Z Ann"_s};
    QTest::newRow("weekly on Wednesdays")
            << QByteArray("UTC")
            << "[" + layer("2026-12-02T10:00:00Z", "2026-12-02T10:00:00Z", 604800, "Ann,Ben") + "]"
            << QStringList {u"2026-12-02T10:00:00Z 2026-12-09T10:00:00Z Ann"_s,
                            u"2026-12-09T10:00:00Z 2026-12-16T10:00:00Z Ben"_s};
    QTest::newRow("nights past midnight")
            << QByteArray("UTC")
            << "["
                    + layer("2026-12-01T00:00:00Z", "2026-12-01T00:00:00Z", 86400, "Ann,Ben",
                            R"(, "restrictions": [{"type": "daily_restriction", "start_time_of_day": "22:00:00", "duration_seconds": 28800}])")
                    + "]"
            << QStringList {u"2026-12-01T00:00:00Z 2026-12-01T06:00:00Z Ann"_s,
                            u"2026-12-01T22:00:00Z 2026-12-02T00:00:00Z Ann"_s,
                            u"2026-12-02T00:00:00Z 2026-12-02T06:00:00Z Ben"_s,
                            u"2026-12-02T22:00:00Z 2026-12-03T00:00:00Z Ben"_s};
    QTest::newRow("working week, Monday 09:00 to Friday 18:00")
            << QByteArray("UTC")
            << "["
                    + layer("2026-11-30T09:00:00Z", "2026-11-30T09:00:00Z", 604800, "Ann,Ben",
                            R"(, "restrictions": [{"type": "weekly_restriction", "start_day_of_week": 1, "start_time_of_day": "09:00:00", "duration_seconds": 378000}])")
                    + "]"
            << QStringList {u"2026-11-30T09:00:00Z 2026-12-04T18:00:00Z Ann"_s,
                            u"2026-12-07T09:00:00Z 2026-12-11T18:00:00Z Ben"_s};
    QTest::newRow("DST starts in Berlin: a 23-hour turn")
            << QByteArray("Europe/Berlin")
            << "["
                    + layer("2027-03-27T09:00:00+01:00", "2027-03-27T09:00:00+01:00", 86400,
                            "Ann,Ben")
                    + "]"
            << QStringList {u"2027-03-27T09:00:00+01:00 2027-03-28T09:00:00+02:00 Ann"_s,
                            u"2027-03-28T09:00:00+02:00 2027-03-29T09:00:00+02:00 Ben"_s};
    QTest::newRow("top layer ends, the layer below shows")
            << QByteArray("UTC")
            << "[" + layer(dec1, dec1, 86400, "Ann", R"(, "end": "2026-12-02T09:00:00Z")") + ","
                    + layer(dec1, dec1, 86400, "Cat") + "]"
            << QStringList {u"2026-12-01T09:00:00Z 2026-12-02T09:00:00Z Ann"_s,
                            u"2026-12-02T09:00:00Z 2026-12-03T09:00:00Z Cat"_s};
    QTest::newRow("a person twice in one layer")
            << QByteArray("UTC") << "[" + layer(dec1, dec1, 86400, "Ann,Ben,Ann") + "]"
            << QStringList {u"2026-12-01T09:00:00Z 2026-12-02T09:00:00Z Ann"_s,
                            u"2026-12-02T09:00:00Z 2026-12-03T09:00:00Z Ben"_s,
                            u"2026-12-03T09:00:00Z 2026-12-05T09:00:00Z Ann"_s,
                            u"2026-12-05T09:00:00Z 2026-12-06T09:00:00Z Ben"_s};
    QTest::newRow("virtual start after the layer's start")
            << QByteArray("UTC")
            << "[" + layer(dec1, "2026-12-03T09:00:00Z", 86400, "Ann,Ben") + "]"
            << QStringList {u"2026-12-01T09:00:00Z 2026-12-02T09:00:00Z Ann"_s,
                            u"2026-12-02T09:00:00Z 2026-12-03T09:00:00Z Ben"_s,
                            u"2026-12-03T09:00:00Z 2026-12-04T09:00:00Z Ann"_s};
}

void tst_PagerDutySchedules::layers()
{
    QFETCH(QByteArray, zone);
    QFETCH(QByteArray, layers);
    QFETCH(QStringList, entries);
    const Result<OnCallImport> import
            = PagerDutySchedules::read({{u"s.json"_s, scheduleWith(zone, layers, entries)}});
    QVERIFY2(import.ok(), import.ok() ? "" : qPrintable(import.error()));
    const ImportedSchedule &imported = import.value().schedules.first();
    QVERIFY(imported.compared());
    QVERIFY2(imported.differences.isEmpty(), qPrintable(OnCallImportReport::text(import.value())));
}

void tst_PagerDutySchedules::refusals_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    const QByteArray good = layer("2026-12-01T09:00:00Z", "2026-12-01T09:00:00Z", 86400, "Ann");
    QTest::newRow("a list without layers")
            << QByteArray(R"({"schedules": [{"id": "P1", "name": "S", "time_zone": "UTC"}]})")
            << u"s.json:1: schedules[0].schedule_layers: missing: the list of schedules has no "
               "layers; save each schedule with GET /schedules/{id}."_s;
    QTest::newRow("no time zone")
            << QByteArray("{\"schedule\": {\"name\": \"S\",\n \"time_zone\": \"Mars/Olympus\", "
                          "\"schedule_layers\": [")
                    + good + "]}}"
            << u"s.json:2: schedule.time_zone: \"Mars/Olympus\" is not an IANA time zone."_s;
    QTest::newRow("turns of 90 minutes")
            << R"({"schedule": {"name": "S", "time_zone": "UTC", "schedule_layers": [)"
                    + layer("2026-12-01T09:00:00Z", "2026-12-01T09:00:00Z", 5400, "Ann") + "]}}"
            << u"schedule.schedule_layers[0].rotation_turn_length_seconds: turns of 5400 seconds "
               "are not whole hours, which Sitrep's rotations are."_s;
    QTest::newRow("a monthly restriction")
            << R"({"schedule": {"name": "S", "time_zone": "UTC", "schedule_layers": [)"
                    + layer("2026-12-01T09:00:00Z", "2026-12-01T09:00:00Z", 86400, "Ann",
                            R"(, "restrictions": [{"type": "monthly_restriction"}])")
                    + "]}}"
            << u"schedule.schedule_layers[0].restrictions[0].type: must be daily_restriction or "
               "weekly_restriction, not \"monthly_restriction\"."_s;
    QTest::newRow("a weekday out of range")
            << R"({"schedule": {"name": "S", "time_zone": "UTC", "schedule_layers": [)"
                    + layer("2026-12-01T09:00:00Z", "2026-12-01T09:00:00Z", 86400, "Ann",
                            R"(, "restrictions": [{"type": "weekly_restriction", "start_day_of_week": 8, "start_time_of_day": "09:00:00", "duration_seconds": 3600}])")
                    + "]}}"
            << u"start_day_of_week: must be a whole number from 1 to 7, not \"8\"."_s;
    QTest::newRow("a bad start")
            << R"({"schedule": {"name": "S", "time_zone": "UTC", "schedule_layers": [)"
                    + layer("yesterday", "2026-12-01T09:00:00Z", 86400, "Ann") + "]}}"
            << u"schedule.schedule_layers[0].start: \"yesterday\" is not an ISO 8601 date and "
               "time."_s;
    QTest::newRow("a layer that ends before it starts")
            << R"({"schedule": {"name": "S", "time_zone": "UTC", "schedule_layers": [)"
                    + layer("2026-12-01T09:00:00Z", "2026-12-01T09:00:00Z", 86400, "Ann",
                            R"(, "end": "2026-11-01T09:00:00Z")")
                    + "]}}"
            << u"schedule.schedule_layers[0].end: must be after start."_s;
    QTest::newRow("something else")
            << QByteArray(R"({"incidents": []})")
            << u"s.json:1: schedule: not in the file: give PagerDuty's answers for schedules, "
               "escalation policies, users or overrides."_s;
    QTest::newRow("not JSON") << QByteArray("{\"schedule\": [") << u"s.json:"_s;
    QTest::newRow("no schedule at all")
            << QByteArray(R"({"users": []})")
            << u"The files hold no PagerDuty schedule: save each with GET "
               "/schedules/{id}?since=…&until=…."_s;
}

void tst_PagerDutySchedules::refusals()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    const Result<OnCallImport> import = PagerDutySchedules::read({{u"s.json"_s, json}});
    QVERIFY(!import.ok());
    QVERIFY2(import.error().contains(expected), qPrintable(import.error()));
}

void tst_PagerDutySchedules::importedScheduleReadsBackFromItsFile()
{
    const Result<OnCallImport> import = readFixtures(fixture(u"schedule.json"_s));
    QVERIFY(import.ok());
    const OnCallSchedule &schedule = import.value().schedules.first().schedule;
    const QByteArray yaml = ScheduleFileWriter::write(schedule);
    QVERIFY2(yaml.contains("to: Monday 06:00"), yaml.constData());
    QVERIFY2(yaml.contains("secondary: none"), yaml.constData());
    QVERIFY2(yaml.contains("kind: cover"), yaml.constData());
    const Result<QList<OnCallSchedule>> again = ScheduleFile::parse(yaml, u"back.yaml"_s);
    QVERIFY2(again.ok(), again.ok() ? "" : qPrintable(again.error()));
    QCOMPARE(again.value(), QList<OnCallSchedule> {schedule});
}

QTEST_GUILESS_MAIN(tst_PagerDutySchedules)
#include "tst_pagerdutyschedules.moc"
