#include "../fixtures/alertmanagerfixture.h"
#include "../fixtures/tcpproxy.h"
#include "../itemmodels/boardfixture.h"
#include "services/alertservice.h"
#include "services/alertsync.h"
#include "services/monitoringservice.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTestEventLoop>

using namespace sitrep;
using namespace Qt::StringLiterals;

// Against Debian's real Alertmanager (the alertmanager CTest fixture): alerts posted through
// its API become incidents, grouped and deduplicated across polls, restarts and endpoints;
// resolutions reach the timeline; silences are created and seen.
class tst_Alertmanager : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void alertsBecomeGroupedIncidents();
    void noDuplicatesAcrossPollsRestartsAndEndpoints();
    void anotherProgramsAttachSurvivesTheNextPoll();
    void resolvedAlertsReachTheTimeline();
    void silenceAGroup();
    void deadEndpointKeepsTheCache();
    void aReplyCutShortKeepsTheCache();

private:
    void post(const QJsonArray &alerts);
    QJsonObject alert(const QString &name, const QString &instance,
                      const QString &severity = u"critical"_s, bool resolved = false) const;
    QString poll(MonitoringService &monitoring, const QString &endpointName = u"am"_s);
    QList<Incident> incidentsOfThisTest() const;

    QUrl m_url;
    QString m_service; // unique per test function: the Alertmanager is shared
    QNetworkAccessManager m_network;
    std::unique_ptr<BoardFixture> f;
    std::unique_ptr<MonitoringService> monitoring;
    int m_run = 0;
};

void tst_Alertmanager::initTestCase()
{
    m_url = alertmanager_fixture::url();
    QVERIFY2(!m_url.isEmpty(), "the alertmanager fixture did not start");
}

void tst_Alertmanager::init()
{
    m_service = u"svc-%1-%2"_s.arg(QCoreApplication::applicationPid()).arg(++m_run);
    f = std::make_unique<BoardFixture>();
    f->clock.setNow(QDateTime::currentDateTimeUtc());
    monitoring = std::make_unique<MonitoringService>(*f->database, *f->service, f->clock);
}

void tst_Alertmanager::cleanup()
{
    monitoring.reset();
    f.reset();
}

QJsonObject tst_Alertmanager::alert(const QString &name, const QString &instance,
                                    const QString &severity, bool resolved) const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QJsonObject object {
            {u"labels"_s,
             QJsonObject {{u"alertname"_s, name},
                          {u"service"_s, m_service},
                          {u"instance"_s, instance},
                          {u"severity"_s, severity}}},
            {u"annotations"_s, QJsonObject {{u"summary"_s, name + u" on "_s + m_service}}},
            {u"startsAt"_s, now.addSecs(-120).toString(Qt::ISODate)},
    };
    if (resolved)
        object.insert(u"endsAt"_s, now.addSecs(-1).toString(Qt::ISODate));
    return object;
}

void tst_Alertmanager::post(const QJsonArray &alerts)
{
    QVERIFY(alertmanager_fixture::post(m_network, m_url, alerts));
}

QString tst_Alertmanager::poll(MonitoringService &on, const QString &endpointName)
{
    Endpoint endpoint;
    endpoint.name = endpointName;
    endpoint.url = m_url;
    AlertSync *sync = on.syncFor(endpoint);
    QSignalSpy finished(sync, &AlertSync::finished);
    sync->pollOnce();
    if (!finished.wait(10000))
        return u"no answer"_s;
    return finished.first().at(0).toString();
}

QList<Incident> tst_Alertmanager::incidentsOfThisTest() const
{
    QList<Incident> mine;
    for (const Incident &incident : f->service->incidents(IncidentSelection::All).value()) {
        if (incident.services.contains(m_service))
            mine << incident;
    }
    return mine;
}

void tst_Alertmanager::alertsBecomeGroupedIncidents()
{
    post({alert(u"HighLatency"_s, u"a:9100"_s), alert(u"HighLatency"_s, u"b:9100"_s),
          alert(u"ErrorRate"_s, u"a:9100"_s, u"page"_s)});
    QCOMPARE(poll(*monitoring), QString());
    const QList<Incident> incidents = incidentsOfThisTest();
    QCOMPARE(incidents.size(), 2); // grouped by alertname + service
    for (const Incident &incident : incidents) {
        QCOMPARE(incident.detection, DetectionSource::Automated);
        const QList<CachedAlert> alerts = monitoring->alerts().alertsOf(incident.id).value();
        if (incident.title.startsWith(u"HighLatency"_s)) {
            QCOMPARE(incident.severity, Severity::Sev2); // critical
            QCOMPARE(alerts.size(), 2);
            const AlertGroup group = *monitoring->alerts().groupOf(alerts.first().groupKey).value();
            QCOMPARE(group.labels,
                     (Labels {{u"alertname"_s, u"HighLatency"_s}, {u"service"_s, m_service}}));
            // Detected when the first alert started, not when Sitrep polled.
            QVERIFY(incident.detectedAt <= alerts.first().alert.startsAt.addSecs(1));
        } else {
            QCOMPARE(incident.severity, Severity::Sev1); // page
            QCOMPARE(alerts.size(), 1);
        }
        const QList<TimelineEvent> timeline = f->service->timeline(incident.id).value();
        // One entry per poll, naming every alert that fired.
        const auto isFired
                = [](const TimelineEvent &e) { return e.kind == TimelineKind::AlertFired; };
        QCOMPARE(std::count_if(timeline.begin(), timeline.end(), isFired), 1);
        const auto fired = std::find_if(timeline.begin(), timeline.end(), isFired);
        for (const CachedAlert &cached : alerts)
            QVERIFY2(fired->text.contains(cached.alert.labels.value(u"instance"_s)),
                     qPrintable(fired->text));
    }
}

void tst_Alertmanager::noDuplicatesAcrossPollsRestartsAndEndpoints()
{
    post({alert(u"DiskFull"_s, u"a:9100"_s)});
    QCOMPARE(poll(*monitoring), QString());
    QCOMPARE(poll(*monitoring), QString());
    QCOMPARE(incidentsOfThisTest().size(), 1);
    // A restart: new services over the same cache.
    monitoring = std::make_unique<MonitoringService>(*f->database, *f->service, f->clock);
    QCOMPARE(poll(*monitoring), QString());
    // A second endpoint (an HA peer) reporting the same alert.
    QCOMPARE(poll(*monitoring, u"am-peer"_s), QString());
    QCOMPARE(incidentsOfThisTest().size(), 1);
    // More alerts of the group join the same incident.
    post({alert(u"DiskFull"_s, u"b:9100"_s)});
    QCOMPARE(poll(*monitoring), QString());
    const QList<Incident> incidents = incidentsOfThisTest();
    QCOMPARE(incidents.size(), 1);
    QCOMPARE(monitoring->alerts().alertsOf(incidents.first().id).value().size(), 2);
}

// A poll reads the cached alerts again inside its transaction, taking only their labels from
// the console's copy: an alert another program attached meanwhile stays where it was put.
void tst_Alertmanager::anotherProgramsAttachSurvivesTheNextPoll()
{
    // The Alertmanager is shared with the other tests: only this test's alert counts.
    const auto mine = [this]() -> std::optional<CachedAlert> {
        for (const CachedAlert &cached : monitoring->alerts().alerts().value())
            if (cached.alert.labels.value(u"service"_s) == m_service)
                return cached;
        return std::nullopt;
    };
    post({alert(u"DiskFull"_s, u"a:9100"_s)});
    QCOMPARE(poll(*monitoring), QString());
    const std::optional<CachedAlert> before = mine();
    QVERIFY(before);
    IncidentDraft draft;
    draft.title = u"Storage cluster degraded"_s;
    draft.severity = Severity::Sev2;
    draft.services = {m_service};
    const Incident elsewhere = f->service->declare(draft, u"alice"_s).value();
    QVERIFY(before->incidentId != elsewhere.id);
    {
        auto other = Database::openWriter(f->database->path()).value();
        IncidentService otherIncidents(*other, PolicyLoader::load({}).policy, f->clock);
        MonitoringService otherMonitoring(*other, otherIncidents, f->clock);
        QVERIFY(otherMonitoring.alerts().attach({before->alert.fingerprint}, elsewhere.id,
                                                u"bob"_s));
    }
    QCOMPARE(poll(*monitoring), QString());
    const std::optional<CachedAlert> after = mine();
    QVERIFY(after);
    QCOMPARE(after->incidentId, elsewhere.id);
    QCOMPARE(after->alert.labels, before->alert.labels);
    QCOMPARE(monitoring->alerts().alertsOf(elsewhere.id).value().size(), 1);
}

void tst_Alertmanager::resolvedAlertsReachTheTimeline()
{
    post({alert(u"QueueBacklog"_s, u"a:9100"_s), alert(u"QueueBacklog"_s, u"b:9100"_s)});
    QCOMPARE(poll(*monitoring), QString());
    post({alert(u"QueueBacklog"_s, u"a:9100"_s, u"critical"_s, true)});
    QCOMPARE(poll(*monitoring), QString());
    const Incident incident = incidentsOfThisTest().first();
    const QList<CachedAlert> alerts = monitoring->alerts().alertsOf(incident.id).value();
    QCOMPARE(alerts.size(), 2);
    int resolved = 0;
    for (const CachedAlert &cached : alerts)
        resolved += cached.isResolved() ? 1 : 0;
    QCOMPARE(resolved, 1);
    const QList<TimelineEvent> timeline = f->service->timeline(incident.id).value();
    const auto found = std::find_if(timeline.begin(), timeline.end(), [](const TimelineEvent &e) {
        return e.kind == TimelineKind::AlertResolved;
    });
    QVERIFY(found != timeline.end());
    QVERIFY2(found->text.contains(u"instance=a:9100"_s), qPrintable(found->text));
    QCOMPARE(found->author, u"alertmanager:am"_s);
}

void tst_Alertmanager::silenceAGroup()
{
    Endpoint endpoint;
    endpoint.name = u"am"_s;
    endpoint.url = m_url;
    QString added = u"pending"_s;
    monitoring->addEndpoint(endpoint, {}, [&](const QString &problem) { added = problem; });
    QCOMPARE(added, QString());
    post({alert(u"CertExpiry"_s, u"a:9100"_s, u"warning"_s)});
    QCOMPARE(poll(*monitoring), QString());
    const Incident incident = incidentsOfThisTest().first();
    const QString group = monitoring->alerts().alertsOf(incident.id).value().first().groupKey;

    QString silenced = u"pending"_s;
    // The keychain and the network answer asynchronously: wait for the callback.
    monitoring->silenceGroup(group, std::chrono::hours(2), u"Renewal in progress"_s, u"alice"_s,
                             [&](const QString &problem) {
                                 silenced = problem;
                                 QTestEventLoop::instance().exitLoop();
                             });
    if (silenced == u"pending"_s)
        QTestEventLoop::instance().enterLoop(10);
    QVERIFY(!QTestEventLoop::instance().timeout());
    QCOMPARE(silenced, QString());
    const QList<Silence> silences = monitoring->alerts().silences().value();
    QCOMPARE(silences.size(), 1);
    QCOMPARE(silences.first().matchers.value(u"alertname"_s), u"CertExpiry"_s);
    QCOMPARE(silences.first().createdBy, u"alice"_s);

    // Alertmanager now reports the alert as silenced, and the cache follows.
    QCOMPARE(poll(*monitoring), QString());
    const CachedAlert cached = monitoring->alerts().alertsOf(incident.id).value().first();
    QCOMPARE(cached.alert.silencedBy, QStringList {silences.first().id});
    QCOMPARE(cached.alert.state, Alert::State::Suppressed);
}

void tst_Alertmanager::deadEndpointKeepsTheCache()
{
    post({alert(u"Dead"_s, u"a:9100"_s)});
    QCOMPARE(poll(*monitoring), QString());
    const int before = int(monitoring->alerts().alerts().value().size());
    Endpoint dead;
    dead.name = u"am"_s;
    dead.url = QUrl(u"http://127.0.0.1:1"_s);
    AlertSync *sync = monitoring->syncFor(dead);
    QSignalSpy finished(sync, &AlertSync::finished);
    sync->pollOnce();
    QVERIFY(finished.wait());
    QVERIFY2(finished.first().at(0).toString().contains(u"connection refused"_s),
             qPrintable(finished.first().at(0).toString()));
    QCOMPARE(sync->health().state(f->clock.now(), std::chrono::seconds(15)),
             EndpointHealth::State::Failing);
    // Nothing resolved, nothing lost.
    QCOMPARE(monitoring->alerts().alerts().value().size(), before);
    QCOMPARE(incidentsOfThisTest().first().isOpen(), true);
    for (const CachedAlert &cached : monitoring->alerts().alerts().value())
        QVERIFY(!cached.isResolved() || cached.alert.labels.value(u"service"_s) != m_service);
}

// The real Alertmanager behind a proxy that breaks the connection: a reply cut short mid-body,
// then a network that goes silent. Each poll says what happened, nothing cached is resolved or
// lost, and the first whole reply afterwards brings in what was missed.
void tst_Alertmanager::aReplyCutShortKeepsTheCache()
{
    post({alert(u"Cut"_s, u"a:9100"_s)});
    QCOMPARE(poll(*monitoring), QString());
    post({alert(u"Cut"_s, u"b:9100"_s)});
    const auto cachedHere = [this] {
        QStringList instances;
        for (const CachedAlert &cached : monitoring->alerts().alerts().value())
            if (cached.alert.labels.value(u"service"_s) == m_service && !cached.isResolved())
                instances << cached.alert.labels.value(u"instance"_s);
        instances.sort();
        return instances;
    };
    QCOMPARE(cachedHere(), QStringList({u"a:9100"_s}));

    TcpProxy proxy(quint16(m_url.port()));
    Endpoint endpoint;
    endpoint.name = u"am"_s;
    endpoint.url = QUrl(u"http://127.0.0.1:%1"_s.arg(proxy.port()));
    endpoint.timeout = std::chrono::seconds(2);
    AlertSync *sync = monitoring->syncFor(endpoint);
    const auto pollThroughProxy = [sync] {
        QSignalSpy finished(sync, &AlertSync::finished);
        sync->pollOnce();
        return finished.wait(10'000) ? finished.first().at(0).toString() : u"no answer"_s;
    };
    // The headers and the start of the alerts, then a reset.
    proxy.cutRepliesAfter(300);
    const QString cut = pollThroughProxy();
    // Qt 6.4 says so itself, or (when the close comes with the last bytes of this chunked
    // reply) hands the cut body on as whole, and it is the JSON that tells.
    QVERIFY2(cut.contains(u"closed the connection before its reply was complete"_s)
                     || cut.contains(u"in the middle of its JSON (the connection closed early"_s),
             qPrintable(cut));
    QCOMPARE(cachedHere(), QStringList({u"a:9100"_s}));
    QVERIFY(incidentsOfThisTest().first().isOpen());

    proxy.goSilent();
    const QString silent = pollThroughProxy();
    QVERIFY2(silent.contains(u"within 2 s"_s), qPrintable(silent));
    QCOMPARE(cachedHere(), QStringList({u"a:9100"_s}));

    proxy.forwardAgain();
    QCOMPARE(pollThroughProxy(), QString());
    QCOMPARE(cachedHere(), QStringList({u"a:9100"_s, u"b:9100"_s}));
    QCOMPARE(sync->health().state(f->clock.now(), std::chrono::seconds(15)),
             EndpointHealth::State::Ok);
}

QTEST_GUILESS_MAIN(tst_Alertmanager)
#include "tst_alertmanager.moc"
