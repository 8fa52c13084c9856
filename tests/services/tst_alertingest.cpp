#include "../itemmodels/boardfixture.h"
#include "services/alertservice.h"
#include "services/monitoringservice.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace sitrep;
using namespace Qt::StringLiterals;

// An ingest is written in short slices: one stopped between them (here by a write the
// database refuses) keeps what it saved, tells the console so, and the next ingest finishes
// the work without a second incident for a group or an alert told twice on a timeline.
class tst_AlertIngest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void anIngestStoppedHalfwayIsFinishedByTheNext();
    void theTableIsReadAgainOnlyAfterAnotherProgramWroteAnAlert();

private:
    int storedAlerts() const;
    void otherProgramExecutes(const QString &statement) const;

    std::unique_ptr<BoardFixture> f;
    std::unique_ptr<MonitoringService> monitoring;
};

void tst_AlertIngest::init()
{
    f = std::make_unique<BoardFixture>();
    monitoring = std::make_unique<MonitoringService>(*f->database, *f->service, f->clock);
}

void tst_AlertIngest::cleanup()
{
    monitoring.reset();
    f.reset();
}

int tst_AlertIngest::storedAlerts() const
{
    QSqlQuery query(f->database->connection());
    return query.exec(u"SELECT count(*) FROM alerts"_s) && query.next() ? query.value(0).toInt()
                                                                        : -1;
}

void tst_AlertIngest::otherProgramExecutes(const QString &statement) const
{
    auto other = Database::open(f->database->path());
    QVERIFY2(other, qPrintable(other ? QString() : other.error()));
    QSqlQuery query(other.value()->connection());
    QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
}

// The table's write count tells an ingest whether its rows can differ from the console's
// cache. The console's own writes (an ingest's, an attach's) keep the count it knows; any
// other program's moves it, and the next ingest reads the table again.
void tst_AlertIngest::theTableIsReadAgainOnlyAfterAnotherProgramWroteAnAlert()
{
    QList<Alert> firing;
    for (int i = 0; i < 3; ++i) {
        Alert alert;
        alert.fingerprint = u"%1"_s.arg(i, 16, 16, QLatin1Char('0'));
        alert.labels = {{u"alertname"_s, u"DiskFull"_s}, {u"instance"_s, u"db-%1"_s.arg(i)}};
        alert.startsAt = f->clock.now().addSecs(-60);
        alert.generatorUrl = u"https://prometheus.example/graph"_s;
        firing << alert;
    }
    AlertService &alerts = monitoring->alerts();
    QVERIFY(alerts.ingest(u"am"_s, firing));
    IncidentDraft draft;
    draft.title = u"Database disks"_s;
    const Incident incident = f->service->declare(draft, u"ic"_s).value();
    QVERIFY(alerts.attach({firing.at(0).fingerprint}, incident.id, u"ic"_s));

    // A write the count misses (its trigger dropped) shows whether the rows are read again.
    const QString changed = u"UPDATE alerts SET generator_url = 'https://elsewhere.example'"
                            " WHERE fingerprint = '%1'"_s.arg(firing.at(1).fingerprint);
    otherProgramExecutes(u"DROP TRIGGER alerts_count_updates"_s);
    otherProgramExecutes(changed);
    QVERIFY(alerts.ingest(u"am"_s, firing));
    QCOMPARE(alerts.cached(firing.at(1).fingerprint)->alert.generatorUrl,
             u"https://prometheus.example/graph"_s);
    QCOMPARE(alerts.cached(firing.at(0).fingerprint)->incidentId, incident.id);

    // Counted, the same write is seen by the next ingest.
    otherProgramExecutes(u"CREATE TRIGGER alerts_count_updates AFTER UPDATE ON alerts"
                         " BEGIN UPDATE alert_writes SET count = count + 1; END"_s);
    otherProgramExecutes(changed);
    QVERIFY(alerts.ingest(u"am"_s, firing));
    QCOMPARE(alerts.cached(firing.at(1).fingerprint)->alert.generatorUrl,
             u"https://elsewhere.example"_s);
    QCOMPARE(alerts.cached(firing.at(0).fingerprint)->incidentId, incident.id);
}

void tst_AlertIngest::anIngestStoppedHalfwayIsFinishedByTheNext()
{
    // 30,000 alerts in 300 groups of 100, writing for longer than a slice runs while nobody
    // waits (tens of milliseconds); the last group's incident is opened last, and its alerts
    // are written last.
    constexpr int groups = 300;
    QList<Alert> storm;
    for (int i = 0; i < 30'000; ++i) {
        Alert alert;
        alert.fingerprint = u"%1"_s.arg(i, 16, 16, QLatin1Char('0'));
        alert.labels = {{u"alertname"_s, u"Storm%1"_s.arg(i % groups)},
                        {u"service"_s, u"checkout"_s},
                        {u"instance"_s, u"host-%1"_s.arg(i)}};
        alert.startsAt = f->clock.now().addSecs(-60);
        storm << alert;
    }
    QVERIFY(QSqlQuery(f->database->connection())
                    .exec(u"CREATE TRIGGER refuse_the_last BEFORE INSERT ON alerts"
                          " WHEN NEW.labels LIKE '%\"host-29999\"%'"
                          " BEGIN SELECT RAISE(ABORT, 'the disk is full'); END"_s));

    const Result<IngestReport> stopped = monitoring->alerts().ingest(u"am"_s, storm);
    QVERIFY(!stopped);
    QVERIFY2(stopped.error().contains(u"Only some of the alerts were saved"_s)
                     && stopped.error().contains(u"the disk is full"_s),
             qPrintable(stopped.error()));
    const int saved = storedAlerts();
    QVERIFY2(saved > 0 && saved < storm.size(), qPrintable(QString::number(saved)));
    // The console holds what was saved, no more and no less.
    QCOMPARE(monitoring->alerts().alerts().value().size(), saved);

    QVERIFY(QSqlQuery(f->database->connection()).exec(u"DROP TRIGGER refuse_the_last"_s));
    const Result<IngestReport> finished = monitoring->alerts().ingest(u"am"_s, storm);
    QVERIFY2(finished, qPrintable(finished ? QString() : finished.error()));
    QCOMPARE(finished.value().newAlerts, storm.size() - saved);
    QCOMPARE(storedAlerts(), storm.size());
    QCOMPARE(monitoring->alerts().alerts().value().size(), storm.size());

    const QList<Incident> incidents = f->service->incidents(IncidentSelection::All).value();
    QCOMPARE(incidents.size(), groups);
    for (const Incident &incident : incidents) {
        QList<TimelineEvent> fired;
        for (const TimelineEvent &entry : f->service->timeline(incident.id).value()) {
            if (entry.kind == TimelineKind::AlertFired)
                fired << entry;
        }
        QCOMPARE(fired.size(), 1);
        QVERIFY2(fired.first().text.startsWith(u"100 alerts firing: "_s),
                 qPrintable(fired.first().text));
        QCOMPARE(monitoring->alerts().alertsOf(incident.id).value().size(), 100);
    }
}

QTEST_GUILESS_MAIN(tst_AlertIngest)
#include "tst_alertingest.moc"
