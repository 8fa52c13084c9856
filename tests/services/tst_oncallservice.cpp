#include "domain/clock.h"
#include "services/oncallservice.h"
#include "services/schedulefile.h"
#include "services/schedulefilewriter.h"
#include "storage/database.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sitrep;
using namespace Qt::StringLiterals;

// Schedule files: the issue's example imports as written, every field round-trips through
// export, errors name the file, the line and the field; the service keeps schedules in the
// cache, adds overrides, removes participants from the next handoff on, and reports.
class tst_OnCallService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void seedShapeImportsAsWritten();
    void aByteOrderMarkIsReadAndUtf16IsRefused();
    void exportRoundTrips();
    void layersAndVersionsRoundTrip();
    void badFiles_data();
    void badFiles();
    void importIsAllOrNothing();
    void schedulesSurviveARestart();
    void overridesAreCheckedAndStored();
    void removingAParticipantKeepsThePast();

private:
    QByteArray fixture() const;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ManualClock> m_clock;
};

namespace {

qint64 utc(const char *iso)
{
    QDateTime at = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    at.setTimeZone(QTimeZone::utc());
    return at.toMSecsSinceEpoch();
}

} // namespace

QByteArray tst_OnCallService::fixture() const
{
    QFile file(u"" SITREP_SOURCE_DIR "/tests/fixtures/oncall/platform.yaml"_s);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("no fixture");
    return file.readAll();
}

void tst_OnCallService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = Database::open(m_dir->filePath(u"sitrep.sqlite"_s)).value();
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 4, 1), QTime(12, 0), Qt::UTC));
}

void tst_OnCallService::cleanup()
{
    m_database.reset();
    m_dir.reset();
}

void tst_OnCallService::seedShapeImportsAsWritten()
{
    const Result<QList<OnCallSchedule>> parsed = ScheduleFile::parse(fixture(), u"platform.yaml"_s);
    QVERIFY2(parsed, qPrintable(parsed.ok() ? QString() : parsed.error()));
    QCOMPARE(parsed.value().size(), 1);
    const OnCallSchedule &schedule = parsed.value().first();
    QCOMPARE(schedule.name, u"platform"_s);
    QCOMPARE(schedule.team, u"Platform Engineering"_s);
    QCOMPARE(schedule.zone.id(), QByteArray("Europe/Berlin"));
    QCOMPARE(schedule.layers.size(), 1);
    const Rotation &rotation = schedule.layers.first().versions.first();
    QCOMPARE(rotation.start, QDate(2026, 3, 23));
    QCOMPARE(rotation.length, (ShiftLength {1, ShiftLength::Unit::Weeks}));
    QCOMPARE(rotation.handoffWeekday, int(Qt::Monday));
    QCOMPARE(rotation.handoffTime, QTime(9, 0));
    QCOMPARE(rotation.participants,
             (QStringList {u"alice@example.com"_s, u"bob@example.com"_s, u"carol@example.com"_s}));
    QCOMPARE(rotation.assignments,
             (QList<TurnAssignment> {{1, u"alice@example.com"_s, u"bob@example.com"_s}}));
    QCOMPARE(schedule.overrides.size(), 1);
    const ScheduleOverride &change = schedule.overrides.first();
    QCOMPARE(change.kind, ScheduleOverride::Kind::Replace);
    QCOMPARE(change.person, u"dave@example.com"_s);
    QCOMPARE(change.replaces, u"alice@example.com"_s);
    // Without an offset, in the schedule's zone: midnight CEST is 22:00Z.
    QCOMPARE(change.fromMs, utc("2026-04-04T22:00:00Z"));
    QCOMPARE(change.toMs, utc("2026-04-06T22:00:00Z"));
    QCOMPARE(schedule.escalation, EscalationPolicy::seedDefault());
    QCOMPARE(schedule.expectations, (OnCallExpectations {5, 15}));
}

void tst_OnCallService::exportRoundTrips()
{
    const OnCallSchedule schedule
            = ScheduleFile::parse(fixture(), u"platform.yaml"_s).value().first();
    const QByteArray written = ScheduleFileWriter::write(schedule);
    const Result<QList<OnCallSchedule>> again = ScheduleFile::parse(written, u"export"_s);
    QVERIFY2(again,
             qPrintable(again.ok() ? QString()
                                   : again.error() + u'\n' + QString::fromUtf8(written)));
    QCOMPARE(again.value().first(), schedule);
    QVERIFY(written.contains("handoff: Monday 09:00"));
    QVERIFY(written.contains("from: 2026-04-05T00:00:00+02:00"));
}

void tst_OnCallService::layersAndVersionsRoundTrip()
{
    const QByteArray yaml = R"yaml(
name: support
timezone: America/Chicago
rotations:
  - { start: 2026-01-05, duration: 1 week, handoff: Monday 09:00, participants: [a, b] }
  - { effective_from: 2026-02-02T09:00, start: 2026-02-02, duration: 12 hours, handoff: "09:00", participants: [c, d] }
layers:
  - name: business hours
    rotation: { start: 2026-01-05, duration: 1 day, handoff: "09:00", participants: [e, f] }
    restrictions:
      - { days: [Monday, Tuesday], from: "09:00", to: "17:00" }
      - { from: "22:00", to: "06:00" }
overrides:
  - { kind: add, person: g, from: 2026-02-10T00:00Z, to: 2026-02-11T00:00Z }
  - { kind: remove, person: c, from: 2026-02-12, to: 2026-02-13 }
)yaml";
    const Result<QList<OnCallSchedule>> parsed = ScheduleFile::parse(yaml, u"support.yaml"_s);
    QVERIFY2(parsed, qPrintable(parsed.ok() ? QString() : parsed.error()));
    const OnCallSchedule &schedule = parsed.value().first();
    QCOMPARE(schedule.layers.size(), 2);
    QCOMPARE(schedule.layers.at(0).versions.size(), 2);
    QCOMPARE(schedule.layers.at(0).versions.at(1).effectiveFromMs, utc("2026-02-02T15:00:00Z"));
    QCOMPARE(schedule.layers.at(1).name, u"business hours"_s);
    QCOMPARE(schedule.layers.at(1).restrictions.size(), 3);
    QCOMPARE(schedule.layers.at(1).restrictions.at(2),
             (Restriction {0, QTime(22, 0), QTime(6, 0)}));
    QCOMPARE(schedule.overrides.at(1).fromMs, utc("2026-02-12T06:00:00Z"));
    const Result<QList<OnCallSchedule>> again
            = ScheduleFile::parse(ScheduleFileWriter::write(schedule), u"export"_s);
    QVERIFY2(again, qPrintable(again.ok() ? QString() : again.error()));
    QCOMPARE(again.value().first(), schedule);
}

void tst_OnCallService::badFiles_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("error");

    const QByteArray head = "name: p\ntimezone: Europe/Berlin\n";
    const QByteArray rotation = "rotation:\n  start: 2026-03-23\n  participants: [a, b]\n";
    QTest::newRow("not YAML") << QByteArray("name: [p\n") << u"bad.yaml:2: not valid YAML"_s;
    QTest::newRow("stray comma") << QByteArray("\"p\" ,\n")
                                 << u"bad.yaml:1: not valid YAML: a comma outside [ ] or { }."_s;
    QTest::newRow("unknown zone") << QByteArray("name: p\ntimezone: Europe/Atlantis\n" + rotation)
                                  << u"bad.yaml:2: timezone: \"Europe/Atlantis\" is not an IANA"_s;
    QTest::newRow("no rotation") << head << u"bad.yaml:1: rotation: a schedule needs a rotation"_s;
    QTest::newRow("misspelt key") << QByteArray(head + rotation + "overides: []\n")
                                  << u"bad.yaml:6: overides: not a field of on-call schedules."_s;
    QTest::newRow("bad duration")
            << QByteArray(head + rotation + "  duration: 1 fortnight\n")
            << u"bad.yaml:6: rotation.duration: \"1 fortnight\" is not a shift length"_s;
    QTest::newRow("bad handoff") << QByteArray(head + rotation + "  handoff: Moonday 09:00\n")
                                 << u"bad.yaml:6: rotation.handoff: \"Moonday 09:00\""_s;
    QTest::newRow("nobody") << QByteArray(head
                                          + "rotation:\n  start: 2026-03-23\n  participants: []\n")
                            << u"bad.yaml:5: rotation.participants: must list at least one"_s;
    QTest::newRow("secondary neither next nor none")
            << QByteArray(head + rotation + "  secondary: sometimes\n")
            << u"bad.yaml:6: rotation.secondary: must be next (the next participant) or none, "
               "not \"sometimes\"."_s;
    QTest::newRow("rotation ends before it takes effect")
            << QByteArray(head + rotation + "  effective_from: 2026-04-02\n  until: 2026-04-01\n")
            << u"bad.yaml:7: rotation.until: must be after effective_from."_s;
    QTest::newRow("window of the week over two days")
            << QByteArray(head
                          + "layers:\n  - name: week\n    rotation: { start: 2026-03-23, "
                            "participants: [a] }\n    restrictions:\n      - { days: [Monday, "
                            "Tuesday], from: \"09:00\", to: \"Friday 17:00\" }\n")
            << u"bad.yaml:7: layers[0].restrictions[0].days: a window that ends on a weekday "
               "starts on one day: list exactly one."_s;
    QTest::newRow("override kind")
            << QByteArray(head + rotation
                          + "overrides:\n  - { kind: swap, person: c, from: 2026-04-01, to: "
                            "2026-04-02 }\n")
            << u"bad.yaml:7: overrides[0].kind: must be replace, add, remove or cover, not \"swap\"."_s;
    QTest::newRow("override backwards")
            << QByteArray(head + rotation
                          + "overrides:\n  - { kind: add, person: c, from: 2026-04-02, to: "
                            "2026-04-01 }\n")
            << u"bad.yaml:7: overrides[0].to: An override must end after it starts."_s;
    // Found by fuzz_schedule: finding the shift under a 1,900-year override walked every turn.
    QTest::newRow("override of centuries")
            << QByteArray(head + rotation
                          + "overrides:\n  - { kind: remove, person: a, from: 1013-02-12, to: "
                            "2926-02-13 }\n")
            << u"bad.yaml:7: overrides[0].to: An override lasts at most 366 days; change the "
               "rotation for a longer absence."_s;
    QTest::newRow("replace without whom")
            << QByteArray(head + rotation
                          + "overrides:\n  - { kind: replace, person: c, from: 2026-04-01, to: "
                            "2026-04-02 }\n")
            << u"bad.yaml:7: overrides[0].replaces: a replace names whom it replaces."_s;
    QTest::newRow("bad time")
            << QByteArray(head + rotation
                          + "overrides:\n  - { kind: add, person: c, from: tomorrow, to: "
                            "2026-04-02 }\n")
            << u"bad.yaml:7: overrides[0].from: \"tomorrow\" is not an ISO 8601"_s;
    QTest::newRow("timeout")
            << QByteArray(
                       head + rotation
                       + "escalation:\n  levels:\n    - { target: primary, timeout_minutes: 0 }\n")
            << u"bad.yaml:8: escalation.levels[0].timeout_minutes: must be a whole number of at "
               "least 1"_s;
    // Issue 27, defect 5: missing parts reported where they belong, not as "invalid node".
    QTest::newRow("rotation without participants")
            << QByteArray(head + "rotation:\n  start: 2026-03-23\n")
            << u"bad.yaml:4: rotation.participants: must list at least one person."_s;
    QTest::newRow("layer without rotation") << QByteArray(head + "layers:\n  - name: x\n")
                                            << u"bad.yaml:4: layers[0].rotation: missing."_s;
    QTest::newRow("level without timeout")
            << QByteArray(head + rotation + "escalation:\n  levels:\n    - target: primary\n")
            << u"bad.yaml:8: escalation.levels[0].timeout_minutes: missing"_s;
    // Issue 27, defect 1: levels * (repeat + 1) overflowed.
    QTest::newRow("repeats without end")
            << QByteArray(head + rotation
                          + "escalation:\n  repeat: 2147483647\n  levels:\n    - { target: "
                            "primary }\n")
            << u"bad.yaml:7: escalation.repeat: must be at most 100, not 2147483647."_s;
}

void tst_OnCallService::badFiles()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, error);
    const Result<QList<OnCallSchedule>> parsed = ScheduleFile::parse(yaml, u"bad.yaml"_s);
    QVERIFY(!parsed);
    QVERIFY2(parsed.error().startsWith(error), qPrintable(parsed.error()));
}

void tst_OnCallService::importIsAllOrNothing()
{
    OnCallService service(*m_database, *m_clock);
    QVERIFY(service.importYaml(fixture(), u"platform.yaml"_s));
    const QByteArray before = service.exportYaml(u"platform"_s).value();
    // The second document is broken: the first (a changed platform) must not land either.
    QByteArray two = fixture();
    two.replace("team: Platform Engineering", "team: Changed");
    two += "---\nname: other\nrotation: {start: 2026-01-01, participants: []}\n";
    const Result<QStringList> imported = service.importYaml(two, u"two.yaml"_s);
    QVERIFY(!imported);
    QVERIFY2(imported.error().startsWith(u"two.yaml:23: rotation.participants"_s),
             qPrintable(imported.error()));
    QCOMPARE(service.exportYaml(u"platform"_s).value(), before);
    QCOMPARE(service.schedules().size(), 1);
}

void tst_OnCallService::schedulesSurviveARestart()
{
    {
        OnCallService service(*m_database, *m_clock);
        QSignalSpy changed(&service, &OnCallService::changed);
        QCOMPARE(service.importYaml(fixture(), u"platform.yaml"_s).value(),
                 QStringList {u"platform"_s});
        QCOMPARE(changed.size(), 1);
    }
    OnCallService again(*m_database, *m_clock);
    QVERIFY(again.load());
    QCOMPARE(again.schedules().size(), 1);
    QCOMPARE(again.schedule(u"platform"_s), ScheduleFile::parse(fixture(), u"x"_s).value().first());
    const QList<OnCallNow> now = again.onCallNow();
    QCOMPARE(now.size(), 1);
    QVERIFY(now.first().shift);
    QCOMPARE(now.first().shift->primary, u"bob@example.com"_s); // week 2
    QVERIFY(!again.who(u"nope"_s, 0));
    QCOMPARE(again.who(u"nope"_s, 0).error(), u"There is no on-call schedule named \"nope\"."_s);
}

void tst_OnCallService::overridesAreCheckedAndStored()
{
    OnCallService service(*m_database, *m_clock);
    QVERIFY(service.importYaml(fixture(), u"platform.yaml"_s));
    const ScheduleOverride backwards {ScheduleOverride::Kind::Add,
                                      u"erin"_s,
                                      {},
                                      utc("2026-04-02T00:00:00Z"),
                                      utc("2026-04-01T00:00:00Z")};
    QCOMPARE(service.addOverride(u"platform"_s, backwards).error(),
             u"An override must end after it starts."_s);
    const ScheduleOverride twoYears {ScheduleOverride::Kind::Add,
                                     u"erin"_s,
                                     {},
                                     utc("2026-04-01T00:00:00Z"),
                                     utc("2028-04-01T00:00:00Z")};
    QCOMPARE(service.addOverride(u"platform"_s, twoYears).error(),
             u"An override lasts at most 366 days; change the rotation for a longer absence."_s);
    const ScheduleOverride self {ScheduleOverride::Kind::Replace, u"bob@example.com"_s,
                                 u"bob@example.com"_s, utc("2026-04-01T00:00:00Z"),
                                 utc("2026-04-02T00:00:00Z")};
    QVERIFY(!service.addOverride(u"platform"_s, self));
    const ScheduleOverride erin {ScheduleOverride::Kind::Replace, u"erin@example.com"_s,
                                 u"bob@example.com"_s, utc("2026-04-01T00:00:00Z"),
                                 utc("2026-04-02T00:00:00Z")};
    QVERIFY(service.addOverride(u"platform"_s, erin));
    QCOMPARE(service.who(u"platform"_s, utc("2026-04-01T12:00:00Z")).value()->primary,
             u"erin@example.com"_s);
    OnCallService again(*m_database, *m_clock);
    QVERIFY(again.load());
    QCOMPARE(again.schedule(u"platform"_s)->overrides.size(), 2);
}

void tst_OnCallService::removingAParticipantKeepsThePast()
{
    OnCallService service(*m_database, *m_clock);
    QVERIFY(service.importYaml(fixture(), u"platform.yaml"_s));
    const QList<OnCallShift> before = service.shifts(u"platform"_s, utc("2026-03-23T00:00:00Z"),
                                                     utc("2026-04-06T07:00:00Z"))
                                              .value();
    // Now (04-01) bob holds the week; carol would be next.
    QVERIFY(service.removeParticipant(u"platform"_s, u"carol@example.com"_s));
    QCOMPARE(service.shifts(u"platform"_s, utc("2026-03-23T00:00:00Z"), utc("2026-04-06T07:00:00Z"))
                     .value(),
             before);
    QCOMPARE(service.who(u"platform"_s, utc("2026-04-07T12:00:00Z")).value()->primary,
             u"alice@example.com"_s);
    QCOMPARE(service.who(u"platform"_s, utc("2026-04-14T12:00:00Z")).value()->primary,
             u"bob@example.com"_s);
    QCOMPARE(service.removeParticipant(u"platform"_s, u"nobody"_s).error(),
             u"nobody is not in a rotation of platform."_s);
    // And the edit is a version in the file, so it survives export and import.
    const QByteArray yaml = service.exportYaml(u"platform"_s).value();
    QVERIFY(yaml.contains("effective_from: 2026-04-06T09:00:00+02:00"));
}

void tst_OnCallService::aByteOrderMarkIsReadAndUtf16IsRefused()
{
    OnCallService service(*m_database, *m_clock);
    const QByteArray yaml = "name: bom\nrotation: {start: 2026-01-05, participants: [a, b]}\n";
    const auto write = [this](const QString &name, const QByteArray &bytes) {
        QFile file(m_dir->filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("could not write %s", qPrintable(name));
        return file.fileName();
    };
    // Saved by an editor that puts UTF-8's mark in front: read as if it were not there.
    const Result<QStringList> marked
            = service.importFile(write(u"bom.yaml"_s, "\xEF\xBB\xBF" + yaml));
    QVERIFY2(marked, qPrintable(marked ? QString() : marked.error()));
    QCOMPARE(marked.value(), QStringList {u"bom"_s});
    // UTF-16 is refused in words, not parsed as noise.
    QByteArray wide("\xFF\xFE");
    for (const char c : yaml)
        wide += QByteArray(1, c) + QByteArray(1, '\0');
    const QString path = write(u"wide.yaml"_s, wide);
    const Result<QStringList> refused = service.importFile(path);
    QVERIFY(!refused);
    QCOMPARE(refused.error(), u"%1 is saved as UTF-16 text; save it as UTF-8."_s.arg(path));
}

QTEST_GUILESS_MAIN(tst_OnCallService)
#include "tst_oncallservice.moc"
