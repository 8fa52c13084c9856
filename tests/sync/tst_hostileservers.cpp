#include "../fixtures/hostileserver.h"
#include "apifixture.h"
#include "sync/alertmanagerclient.h"
#include "sync/endpointclient.h"
#include "sync/webhookapi.h"

using namespace sitrep;
using namespace Qt::StringLiterals;
using Fault = HostileServer::Fault;

namespace {

// Qt's own warnings while a row runs: the person must hear only Sitrep's sentence.
QStringList qtSaid;

void keepQtWarnings(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtWarningMsg || type == QtCriticalMsg)
        qtSaid << message;
}

} // namespace

// Servers that break HTTP on purpose (tests/fixtures/hostileserver.h): a reset mid-body, a
// stall, a byte a second, a chunked body cut short, a redirect loop, a deflate bomb, 1 MB of
// headers, invalid UTF-8, 100,000-deep JSON, an answer that is not HTTP. Monitoring (Alertmanager)
// and chat (a webhook) each get a named error in words, one request (no retry storm), no crash, and
// nothing from Qt on stderr.
class tst_HostileServers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void monitoringNamesTheFault_data();
    void monitoringNamesTheFault();
    void chatNamesTheFault_data();
    void chatNamesTheFault();

private:
    QNetworkAccessManager m_network;
    EndpointClient m_endpoints {m_network};
    ChatClient m_chat {m_network};
    QtMessageHandler m_previous = nullptr;
};

void tst_HostileServers::init()
{
    qtSaid.clear();
    m_previous = qInstallMessageHandler(keepQtWarnings);
}

void tst_HostileServers::cleanup()
{
    qInstallMessageHandler(m_previous);
    m_network.clearConnectionCache();
}

void tst_HostileServers::monitoringNamesTheFault_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<QString>("problem");
    QTest::addColumn<int>("requests");
    const QString early = u"closed the connection before its reply was complete"_s;
    QTest::newRow("reset mid-body") << Fault::ResetMidBody << early << 1;
    QTest::newRow("stall after headers") << Fault::StallAfterHeaders << u"within 2 s"_s << 1;
    QTest::newRow("a byte a second") << Fault::ByteASecond << u"within 2 s"_s << 1;
    QTest::newRow("truncated chunked body") << Fault::TruncatedChunked << early << 1;
    QTest::newRow("redirect loop")
            << Fault::RedirectLoop << u"redirected more than 5 times (a redirect loop?)"_s << 6;
    QTest::newRow("deflate bomb") << Fault::DeflateBomb << u"could not be read or unpacked"_s << 1;
    // Qt reads on and on without an answer: the timeout ends it.
    QTest::newRow("1 MB of headers") << Fault::HugeHeaders << u"within 2 s"_s << 1;
    QTest::newRow("invalid UTF-8") << Fault::InvalidUtf8 << u"invalid UTF8 string"_s << 1;
    QTest::newRow("deep nesting") << Fault::DeepNesting << u"too deeply nested"_s << 1;
    // A connection closed before any HTTP answer is one Qt itself tries again, three times at
    // most (as after a kept-alive connection's race): four requests, then the sentence.
    QTest::newRow("not HTTP") << Fault::NotHttp << early << 4;
}

void tst_HostileServers::monitoringNamesTheFault()
{
    QFETCH(Fault, fault);
    QFETCH(QString, problem);
    QFETCH(int, requests);
    HostileServer server(fault);
    Endpoint endpoint;
    endpoint.kind = Endpoint::Kind::Alertmanager;
    endpoint.name = u"hostile"_s;
    endpoint.url = QUrl(server.url());
    endpoint.timeout = std::chrono::seconds(2);
    AlertmanagerClient alertmanager(m_endpoints);
    std::optional<Result<QList<Alert>>> answer;
    alertmanager.fetchAlerts(endpoint, {}, [&](Result<QList<Alert>> got) { answer = got; });
    QVERIFY(QTest::qWaitFor([&] { return answer.has_value(); }, 20'000));
    QVERIFY(!*answer);
    QVERIFY2(answer->error().contains(problem), qPrintable(answer->error()));
    QVERIFY2(!answer->error().endsWith(u": "_s), qPrintable(answer->error()));
    QCOMPARE(server.requests(), requests);
    QVERIFY2(qtSaid.isEmpty(), qPrintable(qtSaid.join(u" | "_s)));
}

void tst_HostileServers::chatNamesTheFault_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<DeliveryOutcome::Verdict>("verdict");
    QTest::addColumn<QString>("answer");
    QTest::addColumn<int>("requests");
    using V = DeliveryOutcome::Verdict;
    // A receiver that answered 200 took the message, whatever became of the rest of its reply.
    QTest::newRow("reset mid-body") << Fault::ResetMidBody << V::Delivered << u"HTTP 200"_s << 1;
    QTest::newRow("stall after headers")
            << Fault::StallAfterHeaders << V::Retry << u"no answer in time"_s << 1;
    QTest::newRow("a byte a second")
            << Fault::ByteASecond << V::Retry << u"no answer in time"_s << 1;
    QTest::newRow("truncated chunked body")
            << Fault::TruncatedChunked << V::Delivered << u"HTTP 200"_s << 1;
    QTest::newRow("redirect loop")
            << Fault::RedirectLoop << V::Retry << u"127.0.0.1 redirected more than 5 times"_s << 6;
    QTest::newRow("deflate bomb") << Fault::DeflateBomb << V::Delivered << u"HTTP 200"_s << 1;
    QTest::newRow("1 MB of headers")
            << Fault::HugeHeaders << V::Retry << u"no answer in time"_s << 1;
    QTest::newRow("invalid UTF-8") << Fault::InvalidUtf8 << V::Delivered << u"HTTP 200"_s << 1;
    QTest::newRow("deep nesting") << Fault::DeepNesting << V::Delivered << u"HTTP 200"_s << 1;
    QTest::newRow("not HTTP") << Fault::NotHttp << V::Retry
                              << u"127.0.0.1 closed the connection before its reply"_s << 4;
}

void tst_HostileServers::chatNamesTheFault()
{
    QFETCH(Fault, fault);
    QFETCH(DeliveryOutcome::Verdict, verdict);
    QFETCH(QString, answer);
    QFETCH(int, requests);
    HostileServer server(fault);
    Channel channel;
    channel.name = u"hook"_s;
    channel.kind = Channel::Kind::Webhook;
    WebhookApi api(m_chat);
    const auto outcome = ApiFixture::deliver(
            api, ApiFixture::attempt(channel, server.url() + u"/hook"_s, "{}"));
    QVERIFY(outcome);
    QCOMPARE(outcome->verdict, verdict);
    QVERIFY2(outcome->answer.startsWith(answer), qPrintable(outcome->answer));
    // A webhook's URL is its secret: never in what is said.
    QVERIFY2(!outcome->answer.contains(u"/hook"_s), qPrintable(outcome->answer));
    // What the receiver said is cut short for the outbox panel.
    QVERIFY2(outcome->answer.size() < 300, qPrintable(QString::number(outcome->answer.size())));
    QCOMPARE(server.requests(), requests);
    QVERIFY2(qtSaid.isEmpty(), qPrintable(qtSaid.join(u" | "_s)));
}

QTEST_GUILESS_MAIN(tst_HostileServers)
#include "tst_hostileservers.moc"
