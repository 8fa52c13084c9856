#include "../fixtures/hostileserver.h"
#include "apifixture.h"
#include "sync/alertmanagerclient.h"
#include "sync/endpointclient.h"
#include "sync/pagerdutyapi.h"
#include "sync/prometheusclient.h"
#include "sync/slackwebapi.h"
#include "sync/statuspageapi.h"
#include "sync/webhookapi.h"

#include <algorithm>

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

Endpoint hostile(Endpoint::Kind kind, const HostileServer &server)
{
    Endpoint endpoint;
    endpoint.kind = kind;
    endpoint.name = u"hostile"_s;
    endpoint.url = QUrl(server.url());
    endpoint.timeout = std::chrono::seconds(2);
    return endpoint;
}

// A monitoring answer from a hostile server: refused, in words that name one of `problems`,
// after `requests` requests, and nothing from Qt.
template<typename T>
void expectRefused(std::optional<Result<T>> &answer, const HostileServer &server,
                   const QStringList &problems, int requests)
{
    QVERIFY(QTest::qWaitFor([&] { return answer.has_value(); }, 20'000));
    QVERIFY(!*answer);
    const auto named = [&](const QString &problem) { return answer->error().contains(problem); };
    QVERIFY2(std::any_of(problems.cbegin(), problems.cend(), named), qPrintable(answer->error()));
    QVERIFY2(!answer->error().endsWith(u": "_s), qPrintable(answer->error()));
    QCOMPARE(server.requests(), requests);
    QVERIFY2(qtSaid.isEmpty(), qPrintable(qtSaid.join(u" | "_s)));
}

} // namespace

// Servers that break HTTP on purpose (tests/fixtures/hostileserver.h): a reset or a close
// mid-body, JSON that breaks off, a stall, a byte a second, a chunked body cut short, a redirect
// loop, a deflate bomb, 1 MB of headers, invalid UTF-8, 100,000-deep JSON, an answer that is not
// HTTP. Monitoring (Alertmanager)
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
    void prometheusNamesTheFault_data();
    void prometheusNamesTheFault();
    void providerApisNameTheFault_data();
    void providerApisNameTheFault();

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
    QTest::addColumn<QStringList>("problems"); // any of them names the fault
    QTest::addColumn<int>("requests");
    const QStringList early {u"closed the connection before its reply was complete"_s};
    const auto words = [](const QString &problem) { return QStringList {problem}; };
    QTest::newRow("reset mid-body") << Fault::ResetMidBody << early << 1;
    QTest::newRow("closed mid-body") << Fault::ClosedMidBody << early << 1;
    QTest::newRow("JSON breaks off")
            << Fault::JsonBreaksOff
            << words(u"breaks off after 16 bytes, in the middle of its JSON (the connection "
                     "closed early, or the server cut it short)"_s)
            << 1;
    QTest::newRow("stall after headers") << Fault::StallAfterHeaders << words(u"within 2 s"_s) << 1;
    QTest::newRow("a byte a second") << Fault::ByteASecond << words(u"within 2 s"_s) << 1;
    // Qt either reports the early close or, when the close and the last bytes arrive
    // together, hands over the 20 bytes it had as the whole body (seen once in CI): both name
    // the fault.
    QTest::newRow("truncated chunked body")
            << Fault::TruncatedChunked
            << (early + words(u"breaks off after 20 bytes, in the middle of its JSON"_s)) << 1;
    QTest::newRow("redirect loop")
            << Fault::RedirectLoop << words(u"redirected more than 5 times (a redirect loop?)"_s)
            << 6;
    QTest::newRow("deflate bomb") << Fault::DeflateBomb << words(u"could not be read or unpacked"_s)
                                  << 1;
    // Qt reads on and on without an answer: the timeout ends it.
    QTest::newRow("1 MB of headers") << Fault::HugeHeaders << words(u"within 2 s"_s) << 1;
    QTest::newRow("invalid UTF-8") << Fault::InvalidUtf8 << words(u"invalid UTF8 string"_s) << 1;
    QTest::newRow("deep nesting") << Fault::DeepNesting << words(u"too deeply nested"_s) << 1;
    // A connection closed before any HTTP answer is one Qt itself tries again, three times at
    // most (as after a kept-alive connection's race): four requests, then the sentence.
    QTest::newRow("not HTTP") << Fault::NotHttp << early << 4;
}

void tst_HostileServers::monitoringNamesTheFault()
{
    QFETCH(Fault, fault);
    QFETCH(QStringList, problems);
    QFETCH(int, requests);
    HostileServer server(fault);
    AlertmanagerClient alertmanager(m_endpoints);
    std::optional<Result<QList<Alert>>> answer;
    alertmanager.fetchAlerts(hostile(Endpoint::Kind::Alertmanager, server), {},
                             [&](Result<QList<Alert>> got) { answer = got; });
    expectRefused(answer, server, problems, requests);
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
    QTest::newRow("closed mid-body") << Fault::ClosedMidBody << V::Delivered << u"HTTP 200"_s << 1;
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

// Prometheus' query API, as detection rules and SLO monitors ask it: the same faults end in
// the same sentences as Alertmanager's, through a POSTed form instead of a GET.
void tst_HostileServers::prometheusNamesTheFault_data()
{
    monitoringNamesTheFault_data();
}

void tst_HostileServers::prometheusNamesTheFault()
{
    QFETCH(Fault, fault);
    QFETCH(QStringList, problems);
    QFETCH(int, requests);
    HostileServer server(fault);
    PrometheusClient prometheus(m_endpoints);
    std::optional<Result<QList<PromSeries>>> answer;
    prometheus.query(hostile(Endpoint::Kind::Prometheus, server), {}, u"up"_s, {},
                     [&](Result<QList<PromSeries>> got) { answer = got; });
    expectRefused(answer, server, problems, requests);
}

// The APIs that answer in JSON what became of a message: Slack's Web API (which is asked
// first whether the message is already in the channel), Statuspage and PagerDuty's Events
// API. A reply that cannot be read is never taken for a delivery: the message is tried again
// later (their idempotency keys make a repeat harmless), and what is said names the fault.
void tst_HostileServers::providerApisNameTheFault_data()
{
    QTest::addColumn<Channel::Kind>("kind");
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<DeliveryOutcome::Verdict>("verdict");
    QTest::addColumn<QStringList>("answers"); // it begins with one of them
    QTest::addColumn<int>("requests");
    using V = DeliveryOutcome::Verdict;
    const QString brokeOff = u"closed the connection before its reply was complete"_s;
    const QString unpacked = u"could not be read or unpacked"_s;
    const auto jsonBreaksOff = [](int bytes) {
        return u"the reply from 127.0.0.1 breaks off after %1 bytes, in the middle of its JSON"_s
                .arg(bytes);
    };
    const QList<std::pair<const char *, Channel::Kind>> kinds {
            {"slack", Channel::Kind::SlackApi},
            {"statuspage", Channel::Kind::Statuspage},
            {"pagerduty", Channel::Kind::PagerDuty}};
    for (const auto &[name, kind] : kinds) {
        const auto row = [name](const char *fault) -> QTestData & {
            return QTest::addRow("%s, %s", name, fault);
        };
        // No answer, or none worth the name: tried again, whatever the API.
        row("stall after headers") << kind << Fault::StallAfterHeaders << V::Retry
                                   << QStringList {u"no answer in time"_s} << 1;
        row("a byte a second") << kind << Fault::ByteASecond << V::Retry
                               << QStringList {u"no answer in time"_s} << 1;
        row("1 MB of headers") << kind << Fault::HugeHeaders << V::Retry
                               << QStringList {u"no answer in time"_s} << 1;
        row("redirect loop")
                << kind << Fault::RedirectLoop << V::Retry
                << QStringList {u"127.0.0.1 redirected more than 5 times (a redirect loop?)"_s}
                << 6;
        row("not HTTP") << kind << Fault::NotHttp << V::Retry
                        << QStringList {u"127.0.0.1 "_s + brokeOff} << 4;
        const bool slack = kind == Channel::Kind::SlackApi;
        // HTTP 200, then a body that breaks off or cannot be read. Slack says in its body
        // whether it took the message: without one it is tried again (and first looked for).
        // Statuspage and PagerDuty said so with the status.
        const V took = slack ? V::Retry : V::Delivered;
        const QString cut = slack ? u"Slack's reply broke off: "_s
                                  : u"HTTP 200, then the reply broke off: "_s;
        row("reset mid-body") << kind << Fault::ResetMidBody << took
                              << QStringList {cut + u"127.0.0.1 "_s + brokeOff} << 1;
        row("closed mid-body") << kind << Fault::ClosedMidBody << took
                               << QStringList {cut + u"127.0.0.1 "_s + brokeOff} << 1;
        // Qt reports the early close, or (when the close comes with the last bytes) hands
        // on the 20 bytes as the whole body, whose JSON then breaks off: either way the reply
        // broke off, with the same verdict.
        row("truncated chunked body")
                << kind << Fault::TruncatedChunked << took
                << QStringList {cut + u"127.0.0.1 "_s + brokeOff, cut + jsonBreaksOff(20)} << 1;
        row("JSON that breaks off") << kind << Fault::JsonBreaksOff << took
                                    << QStringList {cut + jsonBreaksOff(16)} << 1;
        row("deflate bomb") << kind << Fault::DeflateBomb << took
                            << QStringList {cut + u"the reply from 127.0.0.1 "_s + unpacked} << 1;
        const QString notJson
                = slack ? u"the reply is not Slack's (no \"ok\" in it: "_s : u"HTTP 200: "_s;
        row("invalid UTF-8") << kind << Fault::InvalidUtf8 << took << QStringList {notJson} << 1;
        row("deep nesting") << kind << Fault::DeepNesting << took << QStringList {notJson} << 1;
    }
}

void tst_HostileServers::providerApisNameTheFault()
{
    QFETCH(Channel::Kind, kind);
    QFETCH(Fault, fault);
    QFETCH(DeliveryOutcome::Verdict, verdict);
    QFETCH(QStringList, answers);
    QFETCH(int, requests);
    HostileServer server(fault);
    Channel channel;
    channel.name = u"provider"_s;
    channel.kind = kind;
    channel.apiUrl = QUrl(server.url() + u"/api"_s);
    channel.slackChannel = u"C0123"_s;
    channel.pageId = u"p1"_s;
    const QString secret = kind == Channel::Kind::SlackApi ? u"xoxb-secret"_s
            : kind == Channel::Kind::Statuspage            ? u"key-secret"_s
                                                           : u"R0UT1NGSECRET"_s;
    const std::optional<DeliveryOutcome> outcome
            = ApiFixture::deliverDeclared(m_chat, channel, secret);
    QVERIFY(outcome);
    QCOMPARE(outcome->verdict, verdict);
    QVERIFY2(std::any_of(answers.cbegin(), answers.cend(),
                         [&](const QString &begins) { return outcome->answer.startsWith(begins); }),
             qPrintable(outcome->answer));
    // A status page whose reply could not be read leaves the next update without its incident,
    // and says so.
    if (kind == Channel::Kind::Statuspage && verdict == DeliveryOutcome::Verdict::Delivered)
        QVERIFY2(outcome->answer.endsWith(u"so a later update opens a new incident"_s),
                 qPrintable(outcome->answer));
    QVERIFY(!outcome->answer.contains(u"secret"_s, Qt::CaseInsensitive));
    QVERIFY2(outcome->answer.size() < 400, qPrintable(QString::number(outcome->answer.size())));
    QCOMPARE(server.requests(), requests);
    QVERIFY2(qtSaid.isEmpty(), qPrintable(qtSaid.join(u" | "_s)));
}

QTEST_GUILESS_MAIN(tst_HostileServers)
#include "tst_hostileservers.moc"
