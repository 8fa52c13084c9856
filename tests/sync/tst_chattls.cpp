#include "apifixture.h"
#include "sync/pagerdutyapi.h"
#include "sync/statuspageapi.h"
#include "sync/webhookapi.h"

using namespace sitrep;
using namespace Qt::StringLiterals;
using Verdict = DeliveryOutcome::Verdict;

// Chat, status-page and paging receivers over TLS (a QHttpServer serving https with the `tls`
// fixture's throwaway CA, tests/fixtures/tls.sh): a channel's ca_file is trusted, and each way
// the handshake can fail is said in words, with nothing delivered.
class tst_ChatTls : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void trustedThroughCaFile_data();
    void trustedThroughCaFile();
    void refusedWithTheCause_data();
    void refusedWithTheCause();

private:
    [[nodiscard]] QString pki(const QString &file) const { return m_state + u"/pki/"_s + file; }
    // One generic webhook message to `receiver`, trusting `caFile` besides the system's CAs.
    std::optional<DeliveryOutcome> deliver(ChatReceiver &receiver, const QString &caFile);

    QString m_state = QStringLiteral(SITREP_BINARY_DIR "/tls-fixture");
    QNetworkAccessManager m_network;
    ChatClient m_client {m_network};
};

std::optional<DeliveryOutcome> tst_ChatTls::deliver(ChatReceiver &receiver, const QString &caFile)
{
    // A fresh connection each time: a kept-alive one would skip the handshake under test.
    m_network.clearConnectionCache();
    Channel channel;
    channel.name = u"hook"_s;
    channel.kind = Channel::Kind::Webhook;
    channel.caFile = caFile;
    WebhookApi api(m_client);
    return ApiFixture::deliver(api, ApiFixture::attempt(channel, receiver.url(u"/hook"_s), "{}"));
}

void tst_ChatTls::trustedThroughCaFile_data()
{
    QTest::addColumn<Channel::Kind>("kind");
    QTest::addColumn<QString>("path");
    QTest::newRow("webhook") << Channel::Kind::Webhook << u"/hook"_s;
    QTest::newRow("statuspage") << Channel::Kind::Statuspage << u"/v1/pages/p1/incidents"_s;
    QTest::newRow("pagerduty") << Channel::Kind::PagerDuty << u"/enqueue"_s;
}

void tst_ChatTls::trustedThroughCaFile()
{
    QFETCH(Channel::Kind, kind);
    QFETCH(QString, path);
    ChatReceiver receiver(pki(u"server.crt"_s), pki(u"server.key"_s));
    QVERIFY(receiver.url({}).startsWith(u"https://"_s));
    Channel channel;
    channel.name = u"tls"_s;
    channel.kind = kind;
    channel.caFile = pki(u"ca.crt"_s);
    QString secret = receiver.url(path); // a webhook's URL is its secret
    if (kind == Channel::Kind::Statuspage) {
        channel.pageId = u"p1"_s;
        channel.apiUrl = QUrl(receiver.url(u"/v1"_s));
        secret = u"key-1"_s;
    } else if (kind == Channel::Kind::PagerDuty) {
        channel.apiUrl = QUrl(receiver.url(path));
        receiver.script(path,
                        {ChatReceiver::Status::Accepted,
                         R"({"status":"success","dedup_key":"k"})",
                         {},
                         false});
        secret = u"R0UT1NG"_s;
    }
    const std::optional<DeliveryOutcome> outcome
            = ApiFixture::deliverDeclared(m_client, channel, secret);
    QVERIFY(outcome);
    QVERIFY2(outcome->verdict == Verdict::Delivered, qPrintable(outcome->answer));
    QCOMPARE(receiver.requests(path).size(), 1);
}

void tst_ChatTls::refusedWithTheCause_data()
{
    QTest::addColumn<QString>("certificate");
    QTest::addColumn<QString>("caFile");
    QTest::addColumn<QString>("problem");
    QTest::newRow("no CA given") << u"server"_s << QString()
                                 << u"(issued by \"Sitrep test CA\") is not signed by a CA Sitrep "
                                    "trusts: set ca_file to that CA's certificate."_s;
    QTest::newRow("another CA") << u"server"_s << u"other.crt"_s
                                << u"is not signed by a CA Sitrep trusts"_s;
    QTest::newRow("expired") << u"expired"_s << u"ca.crt"_s
                             << u"'s certificate expired on 2020-01-02 00:00 UTC."_s;
    QTest::newRow("another host") << u"wronghost"_s << u"ca.crt"_s
                                  << u"'s certificate is for elsewhere.example, not for the host "
                                     "Sitrep connected to."_s;
    QTest::newRow("CA file missing")
            << u"server"_s << u"missing.crt"_s << u"missing.crt cannot be read"_s;
    QTest::newRow("CA file not PEM")
            << u"server"_s << u"ca.db/index.txt"_s << u"index.txt holds no PEM certificate."_s;
}

void tst_ChatTls::refusedWithTheCause()
{
    QFETCH(QString, certificate);
    QFETCH(QString, caFile);
    QFETCH(QString, problem);
    ChatReceiver receiver(pki(certificate + u".crt"_s), pki(certificate + u".key"_s));
    const auto outcome = deliver(receiver, caFile.isEmpty() ? QString() : pki(caFile));
    QVERIFY(outcome);
    QVERIFY(outcome->verdict != Verdict::Delivered);
    QVERIFY2(outcome->answer.contains(problem), qPrintable(outcome->answer));
    // Nothing reached the receiver, and a CA file that cannot be used is not retried.
    QVERIFY(receiver.all().isEmpty());
    if (caFile.startsWith(u"missing") || caFile.endsWith(u"index.txt"))
        QCOMPARE(outcome->verdict, Verdict::GiveUp);
    else
        QVERIFY2(outcome->answer.startsWith(u"127.0.0.1"_s), qPrintable(outcome->answer));
}

QTEST_GUILESS_MAIN(tst_ChatTls)
#include "tst_chattls.moc"
