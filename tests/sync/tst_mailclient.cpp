#include "../fixtures/smtpfixture.h"
#include "apifixture.h"
#include "sync/mailclient.h"

#include <QJsonArray>

using namespace sitrep;
using namespace Qt::StringLiterals;
using Verdict = DeliveryOutcome::Verdict;
using Kind = Announcement::Kind;

// SMTP for the executive email: its parts byte for byte, one message to a real SMTP receiver
// (the smtp fixture, aiosmtpd) with the outbox key as Message-ID, TLS (STARTTLS and implicit)
// verified against the fixture's test CA and never skipped, and what libcurl's codes and the
// server's replies mean.
class tst_MailClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void payload_data();
    void payload();
    void sendsOneMessage();
    void answers_data();
    void answers();
    void aDeadServerIsRetried();
    void sentOverVerifiedTls_data();
    void sentOverVerifiedTls();
    void tlsFailuresSendNothing_data();
    void tlsFailuresSendNothing();

private:
    [[nodiscard]] static Channel channel(const QUrl &server);
    // The update announcement to a receiver, TLS required, trusting `caFile`.
    std::optional<DeliveryOutcome> sendWithTls(smtp_fixture::Tls tls, const QString &caFile);
    MailClient m_mail;
};

Channel tst_MailClient::channel(const QUrl &server)
{
    Channel channel;
    channel.name = u"execs"_s;
    channel.kind = Channel::Kind::Email;
    channel.smtpUrl = server;
    channel.requireTls = false; // the receiver is on this machine
    channel.from = u"sitrep@example.com"_s;
    channel.to = {u"cto@example.com"_s};
    channel.username = u"sitrep"_s;
    return channel;
}

void tst_MailClient::payload_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("golden");
    QTest::newRow("update") << Kind::Update << u"smtp-update.json"_s;
    QTest::newRow("resolved") << Kind::Resolved << u"smtp-resolved.json"_s;
}

void tst_MailClient::payload()
{
    QFETCH(Kind, kind);
    QFETCH(QString, golden);
    QCOMPARE(MailClient::payload(ApiFixture::announcement(kind)), ApiFixture::golden(golden));
}

void tst_MailClient::sendsOneMessage()
{
    QVERIFY2(!smtp_fixture::url().isEmpty(), "the smtp fixture did not start");
    const int before = int(smtp_fixture::received().size());
    DeliveryAttempt attempt
            = ApiFixture::attempt(channel(smtp_fixture::url()), u"s3cret"_s,
                                  MailClient::payload(ApiFixture::announcement(Kind::Update)));
    attempt.channel.timeout = std::chrono::seconds(10);
    const auto outcome = ApiFixture::deliver(m_mail, attempt);
    QVERIFY(outcome);
    QCOMPARE(outcome->verdict, Verdict::Delivered);
    QVERIFY2(outcome->answer.startsWith(u"SMTP 250"_s), qPrintable(outcome->answer));
    const QList<QJsonObject> mail = smtp_fixture::received();
    QCOMPARE(mail.size(), before + 1);
    QCOMPARE(mail.last().value(u"rcpt_tos").toArray(), QJsonArray {u"cto@example.com"_s});
    QCOMPARE(mail.last().value(u"login").toString(), u"sitrep"_s);
    QCOMPARE(mail.last().value(u"subject").toString(),
             u"SEV-1 Update: Checkout API returning 500s"_s);
}

void tst_MailClient::answers_data()
{
    QTest::addColumn<int>("curlCode");
    QTest::addColumn<int>("smtpCode");
    QTest::addColumn<Verdict>("verdict");
    QTest::newRow("accepted") << 0 << 250 << Verdict::Delivered;
    QTest::newRow("login denied (67)") << 67 << 535 << Verdict::GiveUp;
    QTest::newRow("no STARTTLS offered (64)") << 64 << 0 << Verdict::GiveUp;
    QTest::newRow("bad certificate (60)") << 60 << 0 << Verdict::GiveUp;
    QTest::newRow("mailbox unavailable (550)") << 55 << 550 << Verdict::GiveUp;
    QTest::newRow("greylisted (451)") << 55 << 451 << Verdict::Retry;
    QTest::newRow("connection refused (7)") << 7 << 0 << Verdict::Retry;
    QTest::newRow("timeout (28)") << 28 << 0 << Verdict::Retry;
}

void tst_MailClient::answers()
{
    QFETCH(int, curlCode);
    QFETCH(int, smtpCode);
    QFETCH(Verdict, verdict);
    const DeliveryOutcome outcome
            = MailClient::judge({curlCode, smtpCode, curlCode ? u"refused"_s : QString()});
    QCOMPARE(outcome.verdict, verdict);
    if (verdict == Verdict::GiveUp)
        QVERIFY(outcome.answer.contains(u"will not heal"_s));
}

void tst_MailClient::aDeadServerIsRetried()
{
    // A port nobody listens on: connection refused, worth trying again later.
    DeliveryAttempt attempt
            = ApiFixture::attempt(channel(QUrl(u"smtp://127.0.0.1:9"_s)), u"s3cret"_s, "{}");
    const auto outcome = ApiFixture::deliver(m_mail, attempt);
    QVERIFY(outcome);
    QCOMPARE(outcome->verdict, Verdict::Retry);
}

std::optional<DeliveryOutcome> tst_MailClient::sendWithTls(smtp_fixture::Tls tls,
                                                           const QString &caFile)
{
    Channel server = channel(smtp_fixture::url(tls));
    server.requireTls = true;
    server.caFile = caFile;
    return ApiFixture::deliver(
            m_mail,
            ApiFixture::attempt(server, u"s3cret"_s,
                                MailClient::payload(ApiFixture::announcement(Kind::Update))));
}

void tst_MailClient::sentOverVerifiedTls_data()
{
    QTest::addColumn<smtp_fixture::Tls>("tls");
    QTest::newRow("STARTTLS on smtp://") << smtp_fixture::Tls::StartTls;
    QTest::newRow("implicit TLS on smtps://") << smtp_fixture::Tls::Implicit;
}

void tst_MailClient::sentOverVerifiedTls()
{
    QFETCH(smtp_fixture::Tls, tls);
    QVERIFY2(!smtp_fixture::url(tls).isEmpty(), "the smtp fixture did not start");
    const int before = int(smtp_fixture::received(tls).size());
    const auto outcome = sendWithTls(tls, smtp_fixture::caFile());
    QVERIFY(outcome);
    QVERIFY2(outcome->verdict == Verdict::Delivered, qPrintable(outcome->answer));
    const QList<QJsonObject> mail = smtp_fixture::received(tls);
    QCOMPARE(mail.size(), before + 1);
    QCOMPARE(mail.last().value(u"tls").toBool(), true);
    QCOMPARE(mail.last().value(u"login").toString(), u"sitrep"_s);
}

void tst_MailClient::tlsFailuresSendNothing_data()
{
    QTest::addColumn<smtp_fixture::Tls>("tls");
    QTest::addColumn<QString>("caFile");
    QTest::addColumn<QString>("answer");
    // The plain receiver offers no STARTTLS: with TLS required nothing goes out in the clear.
    QTest::newRow("no STARTTLS offered")
            << smtp_fixture::Tls::None << smtp_fixture::caFile() << u"STARTTLS"_s;
    QTest::newRow("STARTTLS, CA not trusted")
            << smtp_fixture::Tls::StartTls << QString() << u"certificate"_s;
    QTest::newRow("implicit, CA not trusted")
            << smtp_fixture::Tls::Implicit << QString() << u"certificate"_s;
    QTest::newRow("CA file missing")
            << smtp_fixture::Tls::StartTls << smtp_fixture::state() + u"/pki/missing.crt"_s
            << u"missing.crt cannot be read"_s;
}

void tst_MailClient::tlsFailuresSendNothing()
{
    QFETCH(smtp_fixture::Tls, tls);
    QFETCH(QString, caFile);
    QFETCH(QString, answer);
    QVERIFY2(!smtp_fixture::url(tls).isEmpty(), "the smtp fixture did not start");
    const int before = int(smtp_fixture::received(tls).size());
    const auto outcome = sendWithTls(tls, caFile);
    QVERIFY(outcome);
    QCOMPARE(outcome->verdict, Verdict::GiveUp);
    QVERIFY2(outcome->answer.contains(answer), qPrintable(outcome->answer));
    QCOMPARE(smtp_fixture::received(tls).size(), before);
}

QTEST_GUILESS_MAIN(tst_MailClient)
#include "tst_mailclient.moc"
