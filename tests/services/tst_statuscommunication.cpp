#include "../fixtures/chatreceiver.h"
#include "../fixtures/prometheusfixture.h"
#include "../fixtures/smtpfixture.h"
#include "../itemmodels/boardfixture.h"
#include "services/messagingservice.h"

#include <QTcpServer>
#include <QXmlStreamReader>

using namespace sitrep;
using namespace Qt::StringLiterals;
using prometheus_fixture::await;

// The rest of the seed's communication plan: Atlassian Statuspage (against a local receiver
// that checks method, path, Authorization and body), the SEV-1 executive email over SMTP
// (received by Debian's aiosmtpd, every field of the seed's format checked), and the static
// status page. Secrets go through a real GNOME Keyring (the test runs inside with-keyring.sh).
class tst_StatusCommunication : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void statuspageFollowsTheIncident();
    void statuspageRefusalFailsTheMessage();
    void executiveEmailInTheSeedsFormat();
    void mailFaults_data();
    void mailFaults();
    void staticPageWrittenOnEveryAnnouncement();
    void staticPagePutToAUrl();

private:
    Channel add(Channel channel, const QString &secret);
    // Page pg1 on the local receiver; checkout is component cmp1, search cmp2.
    Channel statuspage() const;
    OutboxDispatcher::FlushReport flush();
    QList<OutboxMessage> messages() const;

    std::unique_ptr<BoardFixture> f;
    std::unique_ptr<ChatReceiver> m_receiver;
    int m_run = 0;
};

void tst_StatusCommunication::init()
{
    f = std::make_unique<BoardFixture>();
    m_receiver = std::make_unique<ChatReceiver>();
    ++m_run;
}

void tst_StatusCommunication::cleanup()
{
    f.reset();
    m_receiver.reset();
}

Channel tst_StatusCommunication::add(Channel channel, const QString &secret)
{
    channel.name
            = u"%1-%2-%3"_s.arg(channel.name).arg(QCoreApplication::applicationPid()).arg(m_run);
    channel.timeout = std::chrono::seconds(5);
    const auto added
            = await<QString>([&](auto done) { f->messaging->addChannel(channel, secret, done); });
    if (!added || !added->isEmpty())
        qFatal("could not add channel: %s", added ? qPrintable(*added) : "no answer");
    return channel;
}

Channel tst_StatusCommunication::statuspage() const
{
    Channel page;
    page.name = u"status"_s;
    page.kind = Channel::Kind::Statuspage;
    page.role = Channel::Role::StatusPage;
    page.pageId = u"pg1"_s;
    page.apiUrl = QUrl(m_receiver->url(u"/v1"_s));
    page.components = {{u"checkout"_s, u"cmp1"_s}, {u"search"_s, u"cmp2"_s}};
    return page;
}

OutboxDispatcher::FlushReport tst_StatusCommunication::flush()
{
    return *await<OutboxDispatcher::FlushReport>(
            [&](auto done) { f->messaging->dispatcher().flush(std::chrono::seconds(0), done); });
}

QList<OutboxMessage> tst_StatusCommunication::messages() const
{
    QList<OutboxMessage> all = f->messaging->recentMessages(1000).value();
    std::reverse(all.begin(), all.end());
    return all;
}

void tst_StatusCommunication::statuspageFollowsTheIncident()
{
    add(statuspage(), u"key-1"_s);
    const Incident incident
            = f->declare(u"Checkout returning 500s"_s, Severity::Sev1, {u"checkout"_s}, u"alice"_s);
    QVERIFY(f->service->postUpdate(incident.id, IncidentStatus::Identified,
                                   u"Bad config release; rolling back."_s, u"alice"_s));
    QVERIFY(f->service->resolve(incident.id, u"Rolled back the config"_s, {}, u"alice"_s));
    QCOMPARE(flush().delivered, 3);

    const QList<ChatReceiver::Request> calls = m_receiver->all();
    QCOMPARE(calls.size(), 3);
    // Declared: the incident is created with its impact and the affected component.
    QCOMPARE(calls[0].method, QByteArray("POST"));
    QCOMPARE(calls[0].path, u"/v1/pages/pg1/incidents"_s);
    QCOMPARE(calls[0].header("Authorization"), QByteArray("OAuth key-1"));
    const QJsonObject created = calls[0].json().value(u"incident").toObject();
    QCOMPARE(created.value(u"name").toString(), u"Checkout returning 500s"_s);
    QCOMPARE(created.value(u"status").toString(), u"investigating"_s);
    QCOMPARE(created.value(u"impact_override").toString(), u"critical"_s);
    QCOMPARE(created.value(u"component_ids").toArray(), QJsonArray {u"cmp1"_s});
    QCOMPARE(created.value(u"components").toObject(),
             (QJsonObject {{u"cmp1"_s, u"major_outage"_s}}));
    // The update changes that incident.
    QCOMPARE(calls[1].method, QByteArray("PATCH"));
    QCOMPARE(calls[1].path, u"/v1/pages/pg1/incidents/inc1"_s);
    const QJsonObject updated = calls[1].json().value(u"incident").toObject();
    QCOMPARE(updated.value(u"status").toString(), u"identified"_s);
    QCOMPARE(updated.value(u"body").toString(), u"Bad config release; rolling back."_s);
    // Resolved: the components are operational again.
    QCOMPARE(calls[2].method, QByteArray("PATCH"));
    const QJsonObject resolved = calls[2].json().value(u"incident").toObject();
    QCOMPARE(resolved.value(u"status").toString(), u"resolved"_s);
    QCOMPARE(resolved.value(u"components").toObject(),
             (QJsonObject {{u"cmp1"_s, u"operational"_s}}));
    QVERIFY(resolved.value(u"body").toString().contains(u"Rolled back the config"_s));
}

void tst_StatusCommunication::statuspageRefusalFailsTheMessage()
{
    add(statuspage(), u"key-1"_s);
    m_receiver->script(u"/v1/pages/pg1/incidents"_s,
                       {ChatReceiver::Status::UnprocessableEntity,
                        R"({"error":"Name can't be blank"})",
                        {},
                        false});
    f->declare(u"Checkout down"_s, Severity::Sev2);
    QCOMPARE(flush().failed, 1);
    QVERIFY2(messages().first().lastAnswer.contains(u"HTTP 422: Name can't be blank"_s),
             qPrintable(messages().first().lastAnswer));
}

void tst_StatusCommunication::executiveEmailInTheSeedsFormat()
{
    QVERIFY2(!smtp_fixture::url().isEmpty(), "the smtp fixture did not start");
    const int before = int(smtp_fixture::received().size());
    Channel executives;
    executives.name = u"execs"_s;
    executives.kind = Channel::Kind::Email;
    executives.role = Channel::Role::ExecutiveEmail;
    executives.smtpUrl = smtp_fixture::url();
    executives.requireTls = false; // the receiver is on this machine
    executives.from = u"sitrep@example.com"_s;
    executives.to = {u"cto@example.com"_s, u"vp@example.com"_s};
    executives.username = u"sitrep"_s;
    add(executives, u"s3cret"_s);

    IncidentDraft draft;
    draft.title = u"Checkout returning 500s"_s;
    draft.severity = Severity::Sev1;
    draft.services = {u"checkout"_s, u"payments"_s};
    draft.affectedUsers = 12000;
    const Incident incident = f->service->declare(draft, u"alice"_s).value();
    f->clock.advance(20 * 60);
    QVERIFY(f->service->postUpdate(incident.id, IncidentStatus::Identified,
                                   u"Bad config release; rolling back."_s, u"alice"_s));
    const OutboxDispatcher::FlushReport report = flush();
    QCOMPARE(report.delivered, 1); // executives hear SEV-1 updates, not declarations
    const QList<QJsonObject> mail = smtp_fixture::received();
    QCOMPARE(mail.size(), before + 1);
    const QJsonObject received = mail.last();
    QCOMPARE(received.value(u"mail_from").toString(), u"sitrep@example.com"_s);
    QCOMPARE(received.value(u"rcpt_tos").toArray(),
             (QJsonArray {u"cto@example.com"_s, u"vp@example.com"_s}));
    QCOMPARE(received.value(u"login").toString(), u"sitrep"_s);
    QCOMPARE(received.value(u"subject").toString(), u"SEV-1 Update: Checkout returning 500s"_s);
    const QString text = received.value(u"text").toString().replace(u"\r\n"_s, u"\n"_s);
    const QString started = incident.startedAt.toString(u"yyyy-MM-dd HH:mm 'UTC'"_s);
    const QString next = f->clock.now().addSecs(30 * 60).toString(u"yyyy-MM-dd HH:mm 'UTC'"_s);
    QCOMPARE(text,
             u"Incident: Checkout returning 500s\n"
             "Severity: SEV-1\n"
             "Status: Identified\n"
             "Started: %1\n"
             "Duration: 20m\n"
             "\n"
             "Current Status:\n"
             "Bad config release; rolling back.\n"
             "\n"
             "Impact:\n"
             "- Affected Users: 12000\n"
             "- Services Impacted: checkout, payments\n"
             "\n"
             "Next Update: %2\n"_s.arg(started, next));
    const QString html = received.value(u"html").toString();
    QVERIFY(html.contains(u"<h2>SEV-1 Update: Checkout returning 500s</h2>"_s));
    QVERIFY(html.contains(u"Services Impacted: checkout, payments"_s));
}

void tst_StatusCommunication::mailFaults_data()
{
    QTest::addColumn<bool>("deadServer");
    QTest::addColumn<QString>("password");
    QTest::addColumn<int>("state");
    QTest::addColumn<QString>("answer");
    QTest::newRow("server refuses connections")
            << true << u"s3cret"_s << int(OutboxMessage::State::Pending) << u"onnect"_s;
    QTest::newRow("wrong password")
            << false << u"wrong"_s << int(OutboxMessage::State::Failed) << u"will not heal"_s;
}

void tst_StatusCommunication::mailFaults()
{
    QFETCH(bool, deadServer);
    QFETCH(QString, password);
    QFETCH(int, state);
    QFETCH(QString, answer);
    QUrl server = smtp_fixture::url();
    if (deadServer) {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        server.setPort(closed.serverPort());
    }
    Channel executives;
    executives.name = u"execs"_s;
    executives.kind = Channel::Kind::Email;
    executives.role = Channel::Role::ExecutiveEmail;
    executives.smtpUrl = server;
    executives.requireTls = false;
    executives.from = u"sitrep@example.com"_s;
    executives.to = {u"cto@example.com"_s};
    executives.username = u"sitrep"_s;
    add(executives, password);
    const Incident incident = f->declare(u"Checkout down"_s, Severity::Sev1);
    QVERIFY(f->service->postUpdate(incident.id, IncidentStatus::Identified, u"x"_s, u"a"_s));
    flush();
    const OutboxMessage message = messages().last();
    QCOMPARE(int(message.state), state);
    QVERIFY2(message.lastAnswer.contains(answer), qPrintable(message.lastAnswer));
}

void tst_StatusCommunication::staticPageWrittenOnEveryAnnouncement()
{
    QTemporaryDir folder;
    Channel page;
    page.name = u"static"_s;
    page.kind = Channel::Kind::StaticPage;
    page.role = Channel::Role::StatusPage;
    page.folder = folder.path();
    add(page, {}); // a folder needs no secret
    const Incident incident
            = f->declare(u"Checkout <returning> 500s"_s, Severity::Sev1, {u"checkout"_s});
    QCOMPARE(flush().delivered, 1);
    const auto read = [&] {
        QFile file(folder.filePath(u"index.html"_s));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    QByteArray html = read();
    // Well-formed, self-contained, the incident current and its title escaped.
    QXmlStreamReader xml(html);
    while (!xml.atEnd())
        xml.readNext();
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(!html.contains("<script") && !html.contains("src="));
    QVERIFY(html.contains("Checkout &lt;returning&gt; 500s"));
    QVERIFY(html.contains("Major outage"));
    QVERIFY(!html.contains("All systems operational"));

    QVERIFY(f->service->resolve(incident.id, u"Rolled back"_s, {}, u"alice"_s));
    QCOMPARE(flush().delivered, 1);
    html = read();
    QVERIFY(html.contains("All systems operational"));
    QVERIFY(html.contains("This incident has been resolved. Rolled back"));
}

void tst_StatusCommunication::staticPagePutToAUrl()
{
    Channel page;
    page.name = u"static"_s;
    page.kind = Channel::Kind::StaticPage;
    page.role = Channel::Role::StatusPage;
    add(page, m_receiver->url(u"/status/index.html"_s));
    const Incident incident = f->declare(u"Checkout down"_s, Severity::Sev2, {u"checkout"_s});
    QCOMPARE(flush().delivered, 1);
    // The announced incident's page and the feed beside the index, the index last.
    const QList<ChatReceiver::Request> puts = m_receiver->all();
    QStringList paths;
    for (const ChatReceiver::Request &put : puts) {
        QCOMPARE(put.method, QByteArray("PUT"));
        paths << put.path;
    }
    QCOMPARE(paths,
             (QStringList {u"/status/incidents/%1.html"_s.arg(incident.reference()),
                           u"/status/feed.atom"_s, u"/status/index.html"_s}));
    QVERIFY(puts[0].header("Content-Type").startsWith("text/html"));
    QVERIFY(puts[0].body.contains("Checkout down"));
    QVERIFY(puts[1].header("Content-Type").startsWith("application/atom+xml"));
    QVERIFY(puts[2].body.startsWith("<!DOCTYPE html>"));

    // A later announcement puts only its own incident's page again.
    const Incident other = f->declare(u"Search slow"_s, Severity::Sev3, {u"search"_s});
    QCOMPARE(flush().delivered, 1);
    QCOMPARE(m_receiver->all().size(), 6);
    QCOMPARE(m_receiver->all()[3].path, u"/status/incidents/%1.html"_s.arg(other.reference()));
}

QTEST_GUILESS_MAIN(tst_StatusCommunication)
#include "tst_statuscommunication.moc"
