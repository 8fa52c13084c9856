#include "../itemmodels/boardfixture.h"
#include "services/alertservice.h"
#include "services/monitoringservice.h"

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

private:
    int storedAlerts() const;

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

void tst_AlertIngest::anIngestStoppedHalfwayIsFinishedByTheNext()
{
    // 3,000 alerts in 300 groups of 10; the last group's incident is opened last, and its
    // alerts are written last.
    constexpr int groups = 300;
    QList<Alert> storm;
    for (int i = 0; i < 3000; ++i) {
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
                          " WHEN NEW.labels LIKE '%\"host-2999\"%'"
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
        QVERIFY2(fired.first().text.startsWith(u"10 alerts firing: "_s),
                 qPrintable(fired.first().text));
        QCOMPARE(monitoring->alerts().alertsOf(incident.id).value().size(), 10);
    }
}

QTEST_GUILESS_MAIN(tst_AlertIngest)
#include "tst_alertingest.moc"
