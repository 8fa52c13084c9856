#include "../fixtures/prometheusfixture.h"
#include "sync/alertmanagerclient.h"
#include "sync/endpointclient.h"
#include "sync/prometheusclient.h"

#include <QNetworkAccessManager>
#include <QTest>

using namespace sitrep;
using namespace Qt::StringLiterals;

// TLS against Debian's Prometheus and Alertmanager serving certificates from a throwaway CA
// (the `tls` fixture, tests/fixtures/tls.sh): verification through ca_file works, and each way
// it can fail is refused with words that name the cause.
class tst_EndpointTls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void trustedThroughCaFile();
    void refusedWithTheCause_data();
    void refusedWithTheCause();
    void alertmanagerOverTls();

private:
    // The base URL of one of the fixture's servers ("prometheus", "prometheus-expired", ...).
    QUrl server(const QString &name, const QString &scheme = u"https"_s) const;
    Result<QList<PromSeries>> query(const Endpoint &endpoint);

    QString m_state = QStringLiteral(SITREP_BINARY_DIR "/tls-fixture");
    QHash<QString, int> m_ports;
    QNetworkAccessManager m_network;
    EndpointClient m_client {m_network};
};

QUrl tst_EndpointTls::server(const QString &name, const QString &scheme) const
{
    return QUrl(u"%1://127.0.0.1:%2"_s.arg(scheme).arg(m_ports.value(name)));
}

Result<QList<PromSeries>> tst_EndpointTls::query(const Endpoint &endpoint)
{
    // A fresh connection each time: a kept-alive one would skip the handshake under test.
    m_network.clearConnectionCache();
    PrometheusClient prometheus(m_client);
    const auto answer = prometheus_fixture::await<Result<QList<PromSeries>>>(
            [&](auto done) { prometheus.query(endpoint, {}, u"1 + 1"_s, {}, std::move(done)); });
    if (!answer)
        return Error {u"no answer within 30 s"_s};
    return *answer;
}

void tst_EndpointTls::initTestCase()
{
    QFile ports(m_state + u"/ports"_s);
    QVERIFY2(ports.open(QIODevice::ReadOnly), "the tls fixture did not start");
    for (const QByteArray &line : ports.readAll().split('\n')) {
        const QList<QByteArray> words = line.split(' ');
        if (words.size() == 2)
            m_ports.insert(QString::fromUtf8(words[0]), words[1].toInt());
    }
    QCOMPARE(m_ports.size(), 5);
}

void tst_EndpointTls::trustedThroughCaFile()
{
    Endpoint endpoint;
    endpoint.kind = Endpoint::Kind::Prometheus;
    endpoint.url = server(u"prometheus"_s);
    endpoint.caFile = m_state + u"/pki/ca.crt"_s;
    const auto answer = query(endpoint);
    QVERIFY2(answer, qPrintable(answer ? QString() : answer.error()));
    QCOMPARE(answer.value().size(), 1);
    QCOMPARE(answer.value().first().samples.size(), 1);
    QCOMPARE(answer.value().first().samples.first().value, 2.0);
}

void tst_EndpointTls::refusedWithTheCause_data()
{
    QTest::addColumn<QString>("serverName");
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<QString>("caFile");
    QTest::addColumn<QString>("problem");
    QTest::newRow("no CA given") << u"prometheus"_s << u"https"_s << QString()
                                 << u"(issued by \"Sitrep test CA\") is not signed by a CA Sitrep "
                                    "trusts: set ca_file to that CA's certificate."_s;
    QTest::newRow("another CA") << u"prometheus"_s << u"https"_s << u"other.crt"_s
                                << u"is not signed by a CA Sitrep trusts"_s;
    QTest::newRow("expired") << u"prometheus-expired"_s << u"https"_s << u"ca.crt"_s
                             << u"'s certificate expired on 2020-01-02 00:00 UTC."_s;
    QTest::newRow("another host") << u"prometheus-wronghost"_s << u"https"_s << u"ca.crt"_s
                                  << u"'s certificate is for elsewhere.example, not for the host "
                                     "Sitrep connected to."_s;
    QTest::newRow("http to a TLS port")
            << u"prometheus"_s << u"http"_s << QString()
            << u"serves https on this port: use https:// instead of http://."_s;
    QTest::newRow("https to a plain port")
            << u"prometheus-plain"_s << u"https"_s << u"ca.crt"_s
            << u"does not speak TLS on this port: use http://, or the port that serves https."_s;
    QTest::newRow("CA file missing")
            << u"prometheus"_s << u"https"_s << u"missing.crt"_s << u"missing.crt cannot be read"_s;
    QTest::newRow("CA file not PEM") << u"prometheus"_s << u"https"_s << u"ca.db/index.txt"_s
                                     << u"index.txt holds no PEM certificate."_s;
}

void tst_EndpointTls::refusedWithTheCause()
{
    QFETCH(QString, serverName);
    QFETCH(QString, scheme);
    QFETCH(QString, caFile);
    QFETCH(QString, problem);
    Endpoint endpoint;
    endpoint.kind = Endpoint::Kind::Prometheus;
    endpoint.url = server(serverName, scheme);
    if (!caFile.isEmpty())
        endpoint.caFile = m_state + u"/pki/"_s + caFile;
    const auto answer = query(endpoint);
    QVERIFY(!answer);
    QVERIFY2(answer.error().contains(problem), qPrintable(answer.error()));
    // A TLS failure names the server (without secrets); a bad CA file names the file.
    if (!caFile.startsWith(u"missing") && caFile != u"ca.db/index.txt")
        QVERIFY2(answer.error().startsWith(u"127.0.0.1:%1"_s.arg(endpoint.url.port())),
                 qPrintable(answer.error()));
}

void tst_EndpointTls::alertmanagerOverTls()
{
    Endpoint endpoint;
    endpoint.kind = Endpoint::Kind::Alertmanager;
    endpoint.url = server(u"alertmanager"_s);
    endpoint.caFile = m_state + u"/pki/ca.crt"_s;
    AlertmanagerClient alertmanager(m_client);
    m_network.clearConnectionCache();
    const auto alerts = prometheus_fixture::await<Result<QList<Alert>>>(
            [&](auto done) { alertmanager.fetchAlerts(endpoint, {}, std::move(done)); });
    QVERIFY(alerts);
    QVERIFY2(*alerts, qPrintable(*alerts ? QString() : alerts->error()));
    QVERIFY(alerts->value().isEmpty());

    endpoint.caFile.clear();
    m_network.clearConnectionCache();
    const auto refused = prometheus_fixture::await<Result<QList<Alert>>>(
            [&](auto done) { alertmanager.fetchAlerts(endpoint, {}, std::move(done)); });
    QVERIFY(refused);
    QVERIFY(!*refused);
    QVERIFY2(refused->error().contains(u"is not signed by a CA Sitrep trusts"),
             qPrintable(refused->error()));
}

QTEST_GUILESS_MAIN(tst_EndpointTls)
#include "tst_endpointtls.moc"
