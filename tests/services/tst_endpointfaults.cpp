#include "../itemmodels/boardfixture.h"
#include "services/alertservice.h"
#include "services/alertsync.h"
#include "services/monitoringservice.h"
#include "sync/endpointclient.h"

#include <QHttpServer>
#include <QHttpServerResponse>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

using namespace sitrep;
using namespace Qt::StringLiterals;

// A misbehaving endpoint (a local QHttpServer, or a bare socket that answers late or never):
// each fault gives the right health and a message in words, no crash, and the cache keeps
// every alert it had.
class tst_EndpointFaults : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void faultsAreNamedAndLoseNothing_data();
    void faultsAreNamedAndLoseNothing();
    void recoveryClearsTheFailure();
    void largeReplyArrivesWhole();
    void backoffGrowsWithJitterAndIsCapped();

private:
    QHttpServer m_server;
    quint16 m_port = 0;
    QTcpServer m_silent; // accepts and never answers
    QTcpServer m_slow;   // answers after two seconds
    QByteArray m_huge;
    QByteArray m_large; // within the limit, many read slices long
};

void tst_EndpointFaults::initTestCase()
{
    const auto json = [](QByteArray body, QHttpServerResponse::StatusCode status) {
        return QHttpServerResponse("application/json", std::move(body), status);
    };
    using Status = QHttpServerResponse::StatusCode;
    m_server.route(u"/500/api/v2/alerts"_s,
                   [&] { return json("internal boom", Status::InternalServerError); });
    m_server.route(u"/401/api/v2/alerts"_s,
                   [&] { return json(R"({"error":"unauthorized"})", Status::Unauthorized); });
    m_server.route(u"/malformed/api/v2/alerts"_s,
                   [&] { return json("[{\"fingerprint\": ", Status::Ok); });
    m_server.route(u"/truncated/api/v2/alerts"_s, [&] {
        return json(
                R"([{"fingerprint":"a1","labels":{"alertname":"X"},"annotations":{},)"
                R"("startsAt":"2026-11-26T10:00:00Z","status":{"state":"active","silencedBy":[],)",
                Status::Ok);
    });
    m_server.route(u"/shape/api/v2/alerts"_s,
                   [&] { return json(R"({"alerts": []})", Status::Ok); });
    m_server.route(u"/badalert/api/v2/alerts"_s, [&] {
        return json(R"([{"fingerprint":"a1","labels":{"alertname":7},"annotations":{},)"
                    R"("startsAt":"2026-11-26T10:00:00Z","status":{"state":"active"}}])",
                    Status::Ok);
    });
    m_server.route(u"/html/api/v2/alerts"_s, [&] {
        return QHttpServerResponse("text/html", "<html>login</html>", Status::Ok);
    });
    // Past the limit, which a whole fleet's alert storm (100,000 alerts, 43 MB) stays within.
    m_huge = QByteArray(EndpointClient::maxReplyBytes + 8 * 1024 * 1024, ' ');
    m_huge[0] = '[';
    m_huge[m_huge.size() - 1] = ']';
    m_server.route(u"/huge/api/v2/alerts"_s, [&] { return json(m_huge, Status::Ok); });
    // 6,000 alerts with padded annotations, about 4 MB: taken from the reply in slices.
    QByteArrayList alerts;
    for (int i = 0; i < 6000; ++i)
        alerts << QByteArrayLiteral(R"({"fingerprint":"f)") + QByteArray::number(i)
                        + QByteArrayLiteral(R"(","labels":{"alertname":"Storm","instance":"i)")
                        + QByteArray::number(i)
                        + QByteArrayLiteral(R"("},"annotations":{"summary":")")
                        + QByteArray(600, 'x')
                        + QByteArrayLiteral(R"("},"startsAt":"2026-11-26T10:00:00Z",)"
                                            R"("status":{"state":"active","silencedBy":[],)"
                                            R"("inhibitedBy":[]}})");
    m_large = '[' + alerts.join(',') + ']';
    QVERIFY(m_large.size() > 3 * EndpointClient::readSlice);
    m_server.route(u"/large/api/v2/alerts"_s, [&] { return json(m_large, Status::Ok); });
    m_server.route(u"/good/api/v2/alerts"_s, [&] { return json("[]", Status::Ok); });
    m_port = m_server.listen(QHostAddress::LocalHost);
    QVERIFY(m_port != 0);

    QVERIFY(m_silent.listen(QHostAddress::LocalHost));
    QVERIFY(m_slow.listen(QHostAddress::LocalHost));
    connect(&m_slow, &QTcpServer::newConnection, this, [this] {
        QTcpSocket *socket = m_slow.nextPendingConnection();
        QTimer::singleShot(2000, socket, [socket] {
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                          "Content-Length: 2\r\n\r\n[]");
        });
    });
}

void tst_EndpointFaults::faultsAreNamedAndLoseNothing_data()
{
    QTest::addColumn<QString>("where"); // path prefix, or "silent" / "slow"
    QTest::addColumn<QString>("message");
    QTest::newRow("HTTP 500") << u"/500"_s << u"HTTP 500 Internal Server Error: internal boom"_s;
    QTest::newRow("HTTP 401") << u"/401"_s << u"HTTP 401"_s;
    // A body that breaks off mid-value is said to: Qt 6.4 hands on a cut chunked reply as whole.
    QTest::newRow("malformed JSON")
            << u"/malformed"_s << u"breaks off after 17 bytes, in the middle of its JSON"_s;
    QTest::newRow("truncated JSON")
            << u"/truncated"_s << u"breaks off after 142 bytes, in the middle of its JSON"_s;
    QTest::newRow("not a list") << u"/shape"_s << u"not a list of alerts"_s;
    QTest::newRow("wrong label type") << u"/badalert"_s << u"alert 1: labels must be"_s;
    QTest::newRow("wrong content type") << u"/html"_s << u"did not answer with JSON"_s;
    QTest::newRow("136 MB body") << u"/huge"_s << u"larger than 128 MB"_s;
    QTest::newRow("no answer") << u"silent"_s << u"within 1 s"_s;
    QTest::newRow("slow answer") << u"slow"_s << u"within 1 s"_s;
    QTest::newRow("refused") << u"refused"_s << u"connection refused"_s;
}

void tst_EndpointFaults::faultsAreNamedAndLoseNothing()
{
    // Only Sitrep's sentence: no word of Qt's on stderr (issue 27, defect 6).
    QTest::failOnWarning(QRegularExpression(u"QIODevice|QNetworkReply"_s));
    QFETCH(QString, where);
    QFETCH(QString, message);
    BoardFixture f;
    f.clock.setNow(QDateTime::currentDateTimeUtc());
    MonitoringService monitoring(*f.database, *f.service, f.clock);
    // What the cache knows from earlier polls of this endpoint.
    Alert known;
    known.fingerprint = u"c0ffee"_s;
    known.labels = {{u"alertname"_s, u"HighLatency"_s}, {u"service"_s, u"api"_s}};
    known.startsAt = f.clock.now().addSecs(-300);
    QVERIFY(monitoring.alerts().ingest(u"flaky"_s, {known}));
    const QList<CachedAlert> before = monitoring.alerts().alerts().value();

    Endpoint endpoint;
    endpoint.name = u"flaky"_s;
    // Time enough to receive past the size limit; short where the fault is the wait itself.
    endpoint.timeout = std::chrono::seconds(where == u"/huge" ? 60 : 1);
    if (where == u"silent")
        endpoint.url = QUrl(u"http://127.0.0.1:%1"_s.arg(m_silent.serverPort()));
    else if (where == u"slow")
        endpoint.url = QUrl(u"http://127.0.0.1:%1"_s.arg(m_slow.serverPort()));
    else if (where == u"refused")
        endpoint.url = QUrl(u"http://127.0.0.1:1"_s);
    else
        endpoint.url = QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_port).arg(where));
    AlertSync *sync = monitoring.syncFor(endpoint);
    QSignalSpy finished(sync, &AlertSync::finished);
    QSignalSpy health(&monitoring, &MonitoringService::healthChanged);
    sync->pollOnce();
    QVERIFY(finished.wait(70000));
    const QString problem = finished.first().at(0).toString();
    QVERIFY2(problem.contains(message), qPrintable(problem));
    QCOMPARE(health.size(), 1);
    const auto reported = health.first().at(1).value<EndpointHealth>();
    QCOMPARE(reported.state(f.clock.now(), endpoint.pollInterval), EndpointHealth::State::Failing);
    QVERIFY(reported.describe(f.clock.now(), endpoint.pollInterval).contains(problem));
    // Nothing lost: the alert is still there and still firing.
    QCOMPARE(monitoring.alerts().alerts().value(), before);
}

void tst_EndpointFaults::recoveryClearsTheFailure()
{
    BoardFixture f;
    MonitoringService monitoring(*f.database, *f.service, f.clock);
    Endpoint endpoint;
    endpoint.name = u"recovering"_s;
    endpoint.url = QUrl(u"http://127.0.0.1:%1/500"_s.arg(m_port));
    QVERIFY(monitoring.saveEndpoint(endpoint));
    AlertSync *failing = monitoring.syncFor(endpoint);
    QSignalSpy failed(failing, &AlertSync::finished);
    failing->pollOnce();
    QVERIFY(failed.wait());
    const QDateTime failingSince = failing->health().failingSince;
    QVERIFY(failingSince.isValid());
    // Kept in the cache: an offline start can say how old the data is.
    QCOMPARE(monitoring.health(endpoint.name).value(), failing->health());

    endpoint.url = QUrl(u"http://127.0.0.1:%1/good"_s.arg(m_port));
    AlertSync *healthy = monitoring.syncFor(endpoint);
    QSignalSpy recovered(healthy, &AlertSync::finished);
    healthy->pollOnce();
    QVERIFY(recovered.wait());
    QCOMPARE(recovered.first().at(0).toString(), QString());
    QCOMPARE(healthy->health().state(f.clock.now(), endpoint.pollInterval),
             EndpointHealth::State::Ok);
    f.clock.advance(46);
    QCOMPARE(healthy->health().state(f.clock.now(), endpoint.pollInterval),
             EndpointHealth::State::Stale);
    QVERIFY(healthy->health()
                    .describe(f.clock.now(), endpoint.pollInterval)
                    .startsWith(u"stale since "_s));
}

void tst_EndpointFaults::largeReplyArrivesWhole()
{
    BoardFixture f;
    f.clock.setNow(QDateTime::currentDateTimeUtc());
    MonitoringService monitoring(*f.database, *f.service, f.clock);
    Endpoint endpoint;
    endpoint.name = u"storm"_s;
    endpoint.url = QUrl(u"http://127.0.0.1:%1/large"_s.arg(m_port));
    endpoint.timeout = std::chrono::seconds(60);
    AlertSync *sync = monitoring.syncFor(endpoint);
    QSignalSpy finished(sync, &AlertSync::finished);
    sync->pollOnce();
    QVERIFY(finished.wait(70000));
    QCOMPARE(finished.first().at(0).toString(), QString());
    const QList<CachedAlert> cached = monitoring.alerts().alerts().value();
    QCOMPARE(cached.size(), 6000);
    // Every byte in its place: the last alert of the reply, whole.
    const auto last = std::find_if(cached.begin(), cached.end(), [](const CachedAlert &alert) {
        return alert.alert.fingerprint == u"f5999";
    });
    QVERIFY(last != cached.end());
    QCOMPARE(last->alert.annotations.value(u"summary"_s), QString(600, u'x'));
}

void tst_EndpointFaults::backoffGrowsWithJitterAndIsCapped()
{
    BoardFixture f;
    MonitoringService monitoring(*f.database, *f.service, f.clock);
    Endpoint endpoint;
    endpoint.name = u"backoff"_s;
    endpoint.url = QUrl(u"http://127.0.0.1:1"_s);
    AlertSync *sync = monitoring.syncFor(endpoint);
    using std::chrono::milliseconds;
    QSet<qint64> seen;
    for (int i = 0; i < 20; ++i) {
        const milliseconds first = sync->retryDelay(1);
        QVERIFY(first >= milliseconds(24000) && first <= milliseconds(36000)); // 30 s ± 20 %
        seen.insert(first.count());
    }
    QVERIFY2(seen.size() > 1, "jitter varies the delay");
    const milliseconds third = sync->retryDelay(3);
    QVERIFY(third >= milliseconds(96000) && third <= milliseconds(144000));
    QVERIFY(sync->retryDelay(30) <= milliseconds(360000)); // five minutes + 20 %
}

QTEST_GUILESS_MAIN(tst_EndpointFaults)
#include "tst_endpointfaults.moc"
