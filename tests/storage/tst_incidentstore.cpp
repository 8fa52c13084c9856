#include "domain/uuidv7.h"
#include "storage/database.h"
#include "storage/incidentstore.h"
#include "storage/timelinestore.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace sitrep;
using namespace Qt::StringLiterals;

class tst_IncidentStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void roundTripsEveryField();
    void updateChangesOnlyThatIncident();
    void updateOfMissingIncidentFails();
    void listSelectsByStatus();
    void boardListingHoldsTheBoardsFields();
    void peopleAreEveryoneWhoHeldARoleOrResponded();
    void metricsListingHoldsWhatTheMetricsRead();
    void splitRangesCoverEveryIncidentOnce_data();
    void splitRangesCoverEveryIncidentOnce();
    void quotesAndUnicodeAreData();
    void timelineInOrder();

private:
    static Incident sample(const QString &title, IncidentStatus status);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
};

void tst_IncidentStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto database = Database::open(m_dir->filePath(u"sitrep.sqlite"_s));
    QVERIFY(database);
    m_database = std::move(database).value();
}

Incident tst_IncidentStore::sample(const QString &title, IncidentStatus status)
{
    Incident incident;
    incident.title = title;
    incident.uid = UuidV7::make(QDateTime::currentMSecsSinceEpoch());
    incident.severity = Severity::Sev2;
    incident.status = status;
    incident.services = {u"api"_s, u"web"_s};
    incident.commander = u"alice"_s;
    incident.responders = {u"alice"_s, u"bob"_s};
    incident.impact = u"30% of checkouts fail"_s;
    incident.affectedUsers = 45000;
    incident.revenueImpactPerHour = 5800.5;
    incident.detection = DetectionSource::Automated;
    incident.startedAt = QDateTime(QDate(2024, 1, 15), QTime(14, 23, 0, 125), Qt::UTC);
    incident.detectedAt = incident.startedAt.addSecs(120);
    incident.acknowledgedAt = incident.detectedAt.addSecs(180);
    incident.lastUpdateAt = incident.detectedAt;
    if (status == IncidentStatus::Resolved) {
        incident.resolvedAt = incident.startedAt.addSecs(2 * 3600 + 35 * 60);
        incident.rootCause = u"Connection pool exhausted"_s;
        incident.resolution = u"Pool raised to 300"_s;
    }
    return incident;
}

void tst_IncidentStore::roundTripsEveryField()
{
    IncidentStore store(*m_database);
    Incident incident = sample(u"Checkout errors"_s, IncidentStatus::Resolved);
    const auto id = store.insert(incident);
    QVERIFY(id);
    QVERIFY(id.value() > 0);
    incident.id = id.value();
    const auto found = store.find(incident.id);
    QVERIFY(found);
    QVERIFY(found.value().has_value());
    QCOMPARE(*found.value(), incident);

    const auto missing = store.find(incident.id + 100);
    QVERIFY(missing);
    QVERIFY(!missing.value().has_value());
}

void tst_IncidentStore::updateChangesOnlyThatIncident()
{
    IncidentStore store(*m_database);
    Incident first = sample(u"first"_s, IncidentStatus::Investigating);
    Incident second = sample(u"second"_s, IncidentStatus::Investigating);
    first.id = store.insert(first).value();
    second.id = store.insert(second).value();
    first.status = IncidentStatus::Identified;
    first.commander = u"carol"_s;
    first.acknowledgedAt = QDateTime();
    QVERIFY(store.update(first));
    QCOMPARE(*store.find(first.id).value(), first);
    QCOMPARE(*store.find(second.id).value(), second);
}

void tst_IncidentStore::updateOfMissingIncidentFails()
{
    IncidentStore store(*m_database);
    Incident ghost = sample(u"ghost"_s, IncidentStatus::Investigating);
    ghost.id = 404;
    const auto updated = store.update(ghost);
    QVERIFY(!updated);
    QVERIFY2(updated.error().contains(u"#404"_s), qPrintable(updated.error()));
}

void tst_IncidentStore::listSelectsByStatus()
{
    IncidentStore store(*m_database);
    for (IncidentStatus status : allStatuses)
        QVERIFY(store.insert(sample(statusKey(status), status)));
    QCOMPARE(store.list(IncidentSelection::All).value().size(), 4);
    QCOMPARE(store.list(IncidentSelection::Open).value().size(), 3);
    const QList<Incident> resolved = store.list(IncidentSelection::Resolved).value();
    QCOMPARE(resolved.size(), 1);
    QCOMPARE(resolved.first().title, u"resolved"_s);
}

void tst_IncidentStore::boardListingHoldsTheBoardsFields()
{
    IncidentStore store(*m_database);
    Incident stored = sample(u"Checkout 500s"_s, IncidentStatus::Resolved);
    stored.id = store.insert(stored).value();
    const QList<BoardIncident> listed = store.boardList(IncidentSelection::All).value();
    QCOMPARE(listed.size(), 1);
    // The board's fields of it: the uid is read only where it names the incident (in a team,
    // until the server numbers it)...
    BoardIncident expected = stored;
    expected.uid = QUuid();
    QCOMPARE(listed.first(), expected);
    // ... and the whole incident is still there for whoever asks for it.
    QCOMPARE(*store.find(stored.id).value(), stored);
}

void tst_IncidentStore::peopleAreEveryoneWhoHeldARoleOrResponded()
{
    IncidentStore store(*m_database);
    QCOMPARE(store.people().value(), QStringList());
    Incident first = sample(u"Checkout 500s"_s, IncidentStatus::Resolved);
    first.scribe = u"sam"_s;
    first.responders = {u"bob"_s, u"Zoë"_s};
    QVERIFY(store.insert(first));
    Incident second = sample(u"Search latency"_s, IncidentStatus::Investigating);
    second.commander = QString();
    second.communicationsLead = u"carol"_s;
    second.responders = {u"dave"_s, u"bob"_s};
    QVERIFY(store.insert(second));
    // Once each, whatever they held, in the store's order.
    QCOMPARE(store.people().value(),
             (QStringList {u"Zoë"_s, u"alice"_s, u"bob"_s, u"carol"_s, u"dave"_s, u"sam"_s}));
}

void tst_IncidentStore::metricsListingHoldsWhatTheMetricsRead()
{
    IncidentStore store(*m_database);
    Incident stored = sample(u"Checkout 500s"_s, IncidentStatus::Resolved);
    stored.id = store.insert(stored).value();
    Incident later = sample(u"Later"_s, IncidentStatus::Investigating);
    later.startedAt = stored.startedAt.addDays(1);
    later.id = store.insert(later).value();
    const QList<MetricsIncident> listed
            = store.metricsBetween(stored.startedAt, later.startedAt).value();
    QCOMPARE(listed.size(), 1); // the end is not included
    // Every time, the severity, services, detection and root cause are there.
    QCOMPARE(listed.first(), MetricsIncident::of(stored));
    QVERIFY(!listed.first().open);
    QCOMPARE(listed.first().acknowledgedMs, stored.acknowledgedAt.toMSecsSinceEpoch());
    QCOMPARE(listed.first().rootCause, u"Connection pool exhausted"_s);
    // ... the incidents come oldest first, and an open one has no resolution time.
    const QList<MetricsIncident> both
            = store.metricsBetween(stored.startedAt, later.startedAt.addSecs(1)).value();
    QCOMPARE(both.size(), 2);
    QCOMPARE(both.at(0), MetricsIncident::of(stored));
    QCOMPARE(both.at(1), MetricsIncident::of(later));
    QVERIFY(both.at(1).open);
    QCOMPARE(both.at(1).resolvedMs, -1);
}

void tst_IncidentStore::splitRangesCoverEveryIncidentOnce_data()
{
    QTest::addColumn<int>("incidents");
    QTest::addColumn<int>("parts");
    QTest::newRow("empty cache, two parts") << 0 << 2;
    QTest::newRow("one part") << 5 << 1;
    QTest::newRow("two parts") << 9 << 2;
    QTest::newRow("more parts than incidents") << 2 << 7;
    QTest::newRow("uneven") << 100 << 3;
}

// The loader reads the parts on separate threads: together they must hold every incident
// exactly once, including one added after the split.
void tst_IncidentStore::splitRangesCoverEveryIncidentOnce()
{
    QFETCH(int, incidents);
    QFETCH(int, parts);
    IncidentStore store(*m_database);
    QSet<IncidentId> expected;
    for (int i = 0; i < incidents; ++i)
        expected.insert(store.insert(sample(u"#%1"_s.arg(i), IncidentStatus::Resolved)).value());
    const QList<IdRange> ranges = store.splitIds(parts).value();
    QCOMPARE(ranges.size(), parts);
    expected.insert(store.insert(sample(u"late"_s, IncidentStatus::Investigating)).value());

    QList<IncidentId> seen;
    for (const IdRange &range : ranges) {
        const QList<Incident> part = store.list(IncidentSelection::All, range).value();
        for (const Incident &incident : part) {
            QVERIFY(incident.id >= range.first && incident.id <= range.last);
            seen.append(incident.id);
        }
    }
    QCOMPARE(seen.size(), expected.size());
    QCOMPARE(QSet<IncidentId>(seen.begin(), seen.end()), expected);
}

void tst_IncidentStore::quotesAndUnicodeAreData()
{
    IncidentStore store(*m_database);
    Incident incident
            = sample(u"'); DROP TABLE incidents; -- «Zahlung» 🚨"_s, IncidentStatus::Investigating);
    incident.services = {u"svc \"quoted\""_s, u"ü"_s};
    incident.id = store.insert(incident).value();
    QCOMPARE(*store.find(incident.id).value(), incident);
    QCOMPARE(store.list(IncidentSelection::All).value().size(), 1);
}

void tst_IncidentStore::timelineInOrder()
{
    IncidentStore incidents(*m_database);
    TimelineStore timeline(*m_database);
    const IncidentId id = incidents.insert(sample(u"t"_s, IncidentStatus::Investigating)).value();
    const QDateTime t0(QDate(2024, 1, 15), QTime(14, 23), Qt::UTC);
    for (int minutes : {12, 0, 5}) {
        TimelineEvent event;
        event.incidentId = id;
        event.at = t0.addSecs(minutes * 60);
        event.kind = TimelineKind::Note;
        event.text = QString::number(minutes);
        QVERIFY(timeline.append(event));
    }
    const QList<TimelineEvent> events = timeline.list(id).value();
    QCOMPARE(events.size(), 3);
    QCOMPARE(events.at(0).text, u"0"_s);
    QCOMPARE(events.at(1).text, u"5"_s);
    QCOMPARE(events.at(2).text, u"12"_s);
    QCOMPARE(events.at(2).at, t0.addSecs(12 * 60));

    TimelineEvent orphan;
    orphan.incidentId = id + 1;
    orphan.at = t0;
    QVERIFY2(!timeline.append(orphan), "foreign keys are enforced");
}

QTEST_GUILESS_MAIN(tst_IncidentStore)
#include "tst_incidentstore.moc"
