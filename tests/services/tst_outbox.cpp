#include "../fixtures/chatreceiver.h"
#include "../fixtures/prometheusfixture.h"
#include "../itemmodels/boardfixture.h"
#include "services/messagingservice.h"
#include "services/teamservice.h"
#include "storage/incidentstore.h"

#include <QSignalSpy>
#include <QTcpServer>

using namespace sitrep;
using namespace Qt::StringLiterals;
using prometheus_fixture::await;

// Announcements through the durable outbox to local receivers that check the documented
// payloads of Slack (webhook and Web API), Mattermost, Teams and a generic webhook; routing
// from the seed; Slack threading; the faults a flaky network brings. Secrets go through a real
// GNOME Keyring (the test runs inside with-keyring.sh).
class tst_Outbox : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void eachChannelGetsItsDocumentedPayload();
    void aMessageQueuedWhileProvisionalCarriesTheNumberAtSendTime();
    void routingFollowsTheSeed();
    void slackApiThreadsUpdatesUnderTheFirstMessage();
    void slackApiOpensAChannelPerIncident();
    void serverErrorsAreRetriedInOrder();
    void rateLimitHonoursRetryAfter();
    void errorsThatWillNotHealAreNotRetried();
    void deadReceiverKeepsTheMessage();
    void slackTimeoutAfterAcceptanceIsNotPostedTwice();
    void retryNowAndCancel();
    void messagesAreWrittenWithTheirTimelineEntry();
    void removingAChannelFailsWhatWaitsForIt();

private:
    Channel addChannel(const QString &name, Channel::Kind kind, const QString &secret,
                       Channel::Role role = Channel::Role::Chat);
    OutboxDispatcher::FlushReport flush();
    Incident declare(Severity severity);
    QList<OutboxMessage> messages() const;

    std::unique_ptr<BoardFixture> f;
    std::unique_ptr<ChatReceiver> m_receiver;
    int m_run = 0;
};

void tst_Outbox::init()
{
    f = std::make_unique<BoardFixture>();
    m_receiver = std::make_unique<ChatReceiver>();
    ++m_run;
}

void tst_Outbox::cleanup()
{
    f.reset();
    m_receiver.reset();
}

Channel tst_Outbox::addChannel(const QString &name, Channel::Kind kind, const QString &secret,
                               Channel::Role role)
{
    Channel channel;
    channel.name = u"%1-%2-%3"_s.arg(name).arg(QCoreApplication::applicationPid()).arg(m_run);
    channel.kind = kind;
    channel.role = role;
    channel.timeout = std::chrono::seconds(1);
    if (kind == Channel::Kind::SlackApi) {
        channel.slackChannel = u"C0123"_s;
        channel.apiUrl = QUrl(m_receiver->url(u"/api"_s));
    }
    const auto added
            = await<QString>([&](auto done) { f->messaging->addChannel(channel, secret, done); });
    if (!added || !added->isEmpty())
        qFatal("could not add channel: %s", added ? qPrintable(*added) : "no answer");
    return channel;
}

OutboxDispatcher::FlushReport tst_Outbox::flush()
{
    const auto report = await<OutboxDispatcher::FlushReport>(
            [&](auto done) { f->messaging->dispatcher().flush(std::chrono::seconds(0), done); });
    if (!report)
        qFatal("the flush did not end");
    return *report;
}

Incident tst_Outbox::declare(Severity severity)
{
    return f->declare(u"Checkout returning 500s"_s, severity, {u"checkout"_s}, u"alice"_s);
}

QList<OutboxMessage> tst_Outbox::messages() const
{
    QList<OutboxMessage> all = f->messaging->recentMessages(1000).value();
    std::reverse(all.begin(), all.end());
    return all;
}

void tst_Outbox::aMessageQueuedWhileProvisionalCarriesTheNumberAtSendTime()
{
    // A team's console declares offline: the declaration is queued as #P-….
    TeamService team(*f->database, f->monitoring->secrets());
    QVERIFY(team.recordFor(TeamUrl::parse(u"postgresql://alice@localhost/sitrep"_s).value()));
    addChannel(u"slack"_s, Channel::Kind::SlackWebhook, m_receiver->url(u"/slack"_s));
    const Incident incident = declare(Severity::Sev1);
    const Incident shown = f->service->incident(incident.id).value();
    QVERIFY(shown.provisional);
    QVERIFY(messages().last().payload.contains(shown.provisionalLabel().toUtf8()));
    // The server numbers it before the message goes out (as a pulled change would).
    QVERIFY(IncidentStore(*f->database).setTeamNumber(shown.uid, 12));
    // The outbox view names it the same way.
    QCOMPARE(messages().last().incidentLabel, u"#12"_s);
    QCOMPARE(flush().delivered, 1);
    const QByteArray sent = m_receiver->requests(u"/slack"_s).at(0).body;
    QVERIFY2(sent.contains("#12") && !sent.contains(shown.provisionalLabel().toUtf8()),
             sent.constData());
}

void tst_Outbox::eachChannelGetsItsDocumentedPayload()
{
    addChannel(u"slack"_s, Channel::Kind::SlackWebhook, m_receiver->url(u"/slack"_s));
    addChannel(u"mattermost"_s, Channel::Kind::Mattermost, m_receiver->url(u"/mattermost"_s));
    addChannel(u"teams"_s, Channel::Kind::Teams, m_receiver->url(u"/teams"_s));
    addChannel(u"hook"_s, Channel::Kind::Webhook, m_receiver->url(u"/webhook"_s));
    addChannel(u"bot"_s, Channel::Kind::SlackApi, u"xoxb-test"_s);
    const Incident incident = declare(Severity::Sev1);
    QVERIFY(f->service->postUpdate(incident.id, IncidentStatus::Identified,
                                   u"Bad config release; rolling back."_s, u"alice"_s));
    const OutboxDispatcher::FlushReport report = flush();
    QCOMPARE(report.delivered, 10); // declaration and update, five channels
    QCOMPARE(report.failed, 0);
    QCOMPARE(report.pending, 0);

    // Slack incoming webhook: {text, blocks}.
    const QJsonObject slack = m_receiver->requests(u"/slack"_s).at(1).json();
    QCOMPARE(slack.value(u"text").toString(),
             u"Update on Checkout returning 500s:\nBad config release; rolling back."_s);
    const QJsonArray blocks = slack.value(u"blocks").toArray();
    QCOMPARE(blocks.at(0).toObject().value(u"type").toString(), u"section"_s);
    QCOMPARE(blocks.at(0).toObject().value(u"text").toObject().value(u"type").toString(),
             u"mrkdwn"_s);
    QVERIFY(blocks.at(1).toObject().value(u"fields").toArray().contains(
            QJsonObject {{u"type"_s, u"mrkdwn"_s}, {u"text"_s, u"*Severity*\nSEV-1"_s}}));
    QCOMPARE(m_receiver->requests(u"/slack"_s).at(0).json().value(u"text").toString(),
             u"🚨 SEV-1: Checkout returning 500s"_s);

    // Mattermost: text and the seed's "Incident Details" attachment; no blocks.
    const QJsonObject mattermost = m_receiver->requests(u"/mattermost"_s).at(0).json();
    QVERIFY(!mattermost.contains(u"blocks"));
    const QJsonObject attachment = mattermost.value(u"attachments").toArray().at(0).toObject();
    QCOMPARE(attachment.value(u"title").toString(), u"Incident Details"_s);
    QVERIFY(attachment.value(u"fields").toArray().contains(QJsonObject {
            {u"title"_s, u"Commander"_s}, {u"value"_s, u"alice"_s}, {u"short"_s, true}}));

    // Teams: a message with an Adaptive Card attachment.
    const QJsonObject teams = m_receiver->requests(u"/teams"_s).at(1).json();
    QCOMPARE(teams.value(u"type").toString(), u"message"_s);
    const QJsonObject card = teams.value(u"attachments").toArray().at(0).toObject();
    QCOMPARE(card.value(u"contentType").toString(), u"application/vnd.microsoft.card.adaptive"_s);
    const QJsonObject content = card.value(u"content").toObject();
    QCOMPARE(content.value(u"type").toString(), u"AdaptiveCard"_s);
    QCOMPARE(content.value(u"version").toString(), u"1.4"_s);
    const QJsonArray body = content.value(u"body").toArray();
    QCOMPARE(body.at(0).toObject().value(u"text").toString(),
             u"Update on Checkout returning 500s:"_s);
    QCOMPARE(body.at(1).toObject().value(u"text").toString(),
             u"Bad config release; rolling back."_s);
    QCOMPARE(body.at(2).toObject().value(u"type").toString(), u"FactSet"_s);

    // The generic webhook: the default template, and an idempotency key per message.
    const ChatReceiver::Request hook = m_receiver->requests(u"/webhook"_s).at(1);
    QCOMPARE(hook.json().value(u"event").toString(), u"update"_s);
    QCOMPARE(hook.json().value(u"incident_id").toInteger(), incident.id);
    QCOMPARE(hook.json().value(u"status").toString(), u"identified"_s);
    QCOMPARE(hook.json().value(u"message").toString(), u"Bad config release; rolling back."_s);
    QVERIFY(!hook.header("Idempotency-Key").isEmpty());
    QVERIFY(hook.header("Idempotency-Key")
            != m_receiver->requests(u"/webhook"_s).at(0).header("Idempotency-Key"));

    // Slack Web API: bearer token, channel, text fallback, blocks.
    const ChatReceiver::Request bot = m_receiver->requests(u"/api/chat.postMessage"_s).at(0);
    QCOMPARE(bot.header("Authorization"), QByteArray("Bearer xoxb-test"));
    QCOMPARE(bot.json().value(u"channel").toString(), u"C0123"_s);
    QCOMPARE(bot.json().value(u"text").toString(), u"🚨 SEV-1: Checkout returning 500s"_s);
    QVERIFY(bot.json().value(u"blocks").isArray());
    // Nothing secret is kept in the database: neither the URLs nor the token.
    for (const OutboxMessage &message : messages())
        QVERIFY(!message.payload.contains("xoxb-test") && !message.payload.contains("/slack"));
}

void tst_Outbox::routingFollowsTheSeed()
{
    addChannel(u"chat"_s, Channel::Kind::SlackWebhook, m_receiver->url(u"/chat"_s));
    addChannel(u"status"_s, Channel::Kind::Webhook, m_receiver->url(u"/status"_s),
               Channel::Role::StatusPage);
    addChannel(u"execs"_s, Channel::Kind::Webhook, m_receiver->url(u"/execs"_s),
               Channel::Role::ExecutiveEmail);
    const Incident minor = declare(Severity::Sev3);
    QVERIFY(f->service->postUpdate(minor.id, IncidentStatus::Monitoring, u"Fix deployed."_s,
                                   u"alice"_s));
    const Incident major = declare(Severity::Sev1);
    QVERIFY(f->service->postUpdate(major.id, IncidentStatus::Investigating, u"Looking."_s,
                                   u"alice"_s));
    QVERIFY(f->service->resolve(major.id, u"Rolled back"_s, {}, u"alice"_s));
    flush();
    const auto kinds = [&](const QString &path) {
        QStringList seen;
        for (const ChatReceiver::Request &request : m_receiver->requests(path))
            seen << request.json().value(u"event").toString()
                            + request.json().value(u"severity").toString();
        return seen;
    };
    // Chat: every declaration and resolution; updates of SEV-1 and SEV-2 only.
    QCOMPARE(m_receiver->requests(u"/chat"_s).size(), 4);
    QVERIFY(m_receiver->requests(u"/chat"_s)
                    .at(3)
                    .json()
                    .value(u"text")
                    .toString()
                    .startsWith(u"✅ Resolved: Checkout returning 500s\n\nDuration: "_s));
    QVERIFY(m_receiver->requests(u"/chat"_s)
                    .at(3)
                    .json()
                    .value(u"text")
                    .toString()
                    .endsWith(u"Resolution: Rolled back"_s));
    // The status page hears everything; executives only SEV-1 updates and resolutions.
    QCOMPARE(kinds(u"/status"_s),
             (QStringList {u"declaredSEV-3"_s, u"updateSEV-3"_s, u"declaredSEV-1"_s,
                           u"updateSEV-1"_s, u"resolvedSEV-1"_s}));
    QCOMPARE(kinds(u"/execs"_s), (QStringList {u"updateSEV-1"_s, u"resolvedSEV-1"_s}));
}

void tst_Outbox::slackApiThreadsUpdatesUnderTheFirstMessage()
{
    addChannel(u"bot"_s, Channel::Kind::SlackApi, u"xoxb-test"_s);
    const Incident incident = declare(Severity::Sev2);
    QVERIFY(f->service->postUpdate(incident.id, IncidentStatus::Identified, u"Found it."_s,
                                   u"alice"_s));
    QVERIFY(f->service->postUpdate(incident.id, IncidentStatus::Monitoring, u"Fixed."_s,
                                   u"alice"_s));
    flush();
    const QList<ChatReceiver::Request> posts = m_receiver->requests(u"/api/chat.postMessage"_s);
    QCOMPARE(posts.size(), 3);
    QVERIFY(!posts[0].json().contains(u"thread_ts"));
    const QString first = messages().first().threadTs;
    QVERIFY(!first.isEmpty());
    QCOMPARE(posts[1].json().value(u"thread_ts").toString(), first);
    QCOMPARE(posts[2].json().value(u"thread_ts").toString(), first);
}

void tst_Outbox::slackApiOpensAChannelPerIncident()
{
    Channel bot;
    bot.name = u"bot-%1-%2"_s.arg(QCoreApplication::applicationPid()).arg(m_run);
    bot.kind = Channel::Kind::SlackApi;
    bot.slackChannel = u"C0123"_s;
    bot.apiUrl = QUrl(m_receiver->url(u"/api"_s));
    bot.incidentChannels = true;
    QCOMPARE(
            await<QString>([&](auto done) { f->messaging->addChannel(bot, u"xoxb-test"_s, done); }),
            std::optional(QString()));
    const Incident incident = f->declare(u"Checkout: returning 500s!"_s, Severity::Sev1, {},
                                         u"alice@example.com"_s);
    QVERIFY(f->service->addResponder(incident.id, u"bob"_s, u"alice"_s));
    QVERIFY(f->service->postUpdate(incident.id, IncidentStatus::Identified, u"Found it."_s,
                                   u"alice"_s));
    QCOMPARE(flush().delivered, 2);

    const QList<ChatReceiver::Request> created
            = m_receiver->requests(u"/api/conversations.create"_s);
    QCOMPARE(created.size(), 1); // once, not again for the update
    const QString name = created[0].json().value(u"name").toString();
    QCOMPARE(name,
             u"inc-%1-checkout-returning-500s-%2"_s.arg(incident.startedAt.toString(u"yyyyMMdd"_s))
                     .arg(incident.id));
    const QList<ChatReceiver::Request> invited
            = m_receiver->requests(u"/api/conversations.invite"_s);
    QCOMPARE(invited.size(), 1);
    QCOMPARE(invited[0].json().value(u"users").toString(), u"U1"_s);
    QCOMPARE(invited[0].json().value(u"channel").toString(), u"C900"_s);
    // The declaration goes to the new channel, then to the usual one; the update threads there.
    const QList<ChatReceiver::Request> posts = m_receiver->requests(u"/api/chat.postMessage"_s);
    QCOMPARE(posts.size(), 3);
    QCOMPARE(posts[0].json().value(u"channel").toString(), u"C900"_s);
    QVERIFY(posts[0].json().value(u"text").toString().contains(u"Not invited"_s));
    QVERIFY(posts[0].json().value(u"text").toString().contains(u"bob"_s));
    QCOMPARE(posts[1].json().value(u"channel").toString(), u"C0123"_s);
    const auto rooms = f->messaging->roomsOf(incident.id).value();
    QCOMPARE(rooms.size(), 1);
    QCOMPARE(rooms[0].id, u"C900"_s);
    QCOMPARE(rooms[0].name, name);
}

void tst_Outbox::serverErrorsAreRetriedInOrder()
{
    addChannel(u"flaky"_s, Channel::Kind::SlackWebhook, m_receiver->url(u"/flaky"_s));
    m_receiver->script(u"/flaky"_s, {ChatReceiver::Status::InternalServerError, "boom", {}, false});
    const Incident incident = declare(Severity::Sev1);
    QVERIFY(f->service->postUpdate(incident.id, IncidentStatus::Identified, u"Second."_s,
                                   u"alice"_s));
    OutboxDispatcher::FlushReport report = flush();
    QCOMPARE(report.delivered, 0);
    QCOMPARE(report.pending, 2);
    // The declaration waits for its retry, and the update waits behind it.
    QList<OutboxMessage> queued = messages();
    QCOMPARE(queued[0].attempts, 1);
    QVERIFY2(queued[0].lastAnswer.contains(u"HTTP 500: boom"_s), qPrintable(queued[0].lastAnswer));
    QVERIFY(queued[0].nextAttemptAt > f->clock.now());
    QCOMPARE(queued[1].attempts, 0);
    QCOMPARE(m_receiver->requests(u"/flaky"_s).size(), 1);

    f->clock.setNow(queued[0].nextAttemptAt);
    report = flush();
    QCOMPARE(report.delivered, 2);
    const QList<ChatReceiver::Request> received = m_receiver->requests(u"/flaky"_s);
    QCOMPARE(received.size(), 3);
    QVERIFY(received[1].json().value(u"text").toString().startsWith(u"🚨"_s)); // in order
    QVERIFY(received[2].json().value(u"text").toString().contains(u"Second."_s));
}

void tst_Outbox::rateLimitHonoursRetryAfter()
{
    addChannel(u"limited"_s, Channel::Kind::Teams, m_receiver->url(u"/limited"_s));
    m_receiver->script(u"/limited"_s,
                       {ChatReceiver::Status::TooManyRequests, "slow down", "7", false});
    declare(Severity::Sev1);
    flush();
    const OutboxMessage waiting = messages().first();
    QCOMPARE(waiting.state, OutboxMessage::State::Pending);
    QCOMPARE(f->clock.now().secsTo(waiting.nextAttemptAt), 7);
    QVERIFY(waiting.lastAnswer.contains(u"429"_s));
    f->clock.advance(6);
    QCOMPARE(flush().delivered, 0);
    f->clock.advance(1);
    QCOMPARE(flush().delivered, 1);
}

void tst_Outbox::errorsThatWillNotHealAreNotRetried()
{
    addChannel(u"revoked"_s, Channel::Kind::SlackWebhook, m_receiver->url(u"/revoked"_s));
    addChannel(u"badtoken"_s, Channel::Kind::SlackApi, u"xoxb-wrong"_s);
    m_receiver->script(u"/revoked"_s,
                       {ChatReceiver::Status::Forbidden, "invalid_token", {}, false});
    declare(Severity::Sev1);
    const OutboxDispatcher::FlushReport report = flush();
    QCOMPARE(report.failed, 2);
    QCOMPARE(report.pending, 0);
    for (const OutboxMessage &message : messages()) {
        QCOMPARE(message.state, OutboxMessage::State::Failed);
        QCOMPARE(message.attempts, 1);
        QVERIFY2(message.lastAnswer.contains(u"invalid_token"_s)
                         || message.lastAnswer.contains(u"invalid_auth"_s),
                 qPrintable(message.lastAnswer));
    }
    // Later messages to the channel still go out: a failed one does not block them.
    m_receiver->script(u"/revoked"_s, {});
    QVERIFY(f->service->postUpdate(messages().first().incident, IncidentStatus::Identified,
                                   u"Next."_s, u"alice"_s));
    QCOMPARE(flush().delivered, 1);
}

void tst_Outbox::deadReceiverKeepsTheMessage()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const QString url = u"http://127.0.0.1:%1/hook"_s.arg(closed.serverPort());
    closed.close();
    addChannel(u"down"_s, Channel::Kind::Mattermost, url);
    declare(Severity::Sev2);
    const OutboxDispatcher::FlushReport report = flush();
    QCOMPARE(report.pending, 1);
    const OutboxMessage waiting = messages().first();
    QVERIFY2(waiting.lastAnswer.contains(u"connection refused"_s), qPrintable(waiting.lastAnswer));
    QVERIFY(!waiting.lastAnswer.contains(u"/hook"_s)); // the URL is a secret
}

void tst_Outbox::slackTimeoutAfterAcceptanceIsNotPostedTwice()
{
    // Only Sitrep's sentence: no word of Qt's on stderr (issue 27, defect 6).
    QTest::failOnWarning(QRegularExpression(u"QIODevice|QNetworkReply"_s));
    addChannel(u"bot"_s, Channel::Kind::SlackApi, u"xoxb-test"_s);
    m_receiver->script(u"/api/chat.postMessage"_s, {ChatReceiver::Status::Ok, {}, {}, true});
    declare(Severity::Sev1);
    QCOMPARE(flush().pending, 1); // timed out: Slack took it, but its answer never came
    const OutboxMessage waiting = messages().first();
    QVERIFY2(waiting.lastAnswer.contains(u"no answer in time"_s), qPrintable(waiting.lastAnswer));

    f->clock.setNow(waiting.nextAttemptAt);
    QCOMPARE(flush().delivered, 1);
    // The retry found it in the channel's history instead of posting it again.
    QCOMPARE(m_receiver->requests(u"/api/chat.postMessage"_s).size(), 1);
    QCOMPARE(m_receiver->requests(u"/api/conversations.history"_s).size(), 1);
    QVERIFY(!messages().first().threadTs.isEmpty());
}

void tst_Outbox::retryNowAndCancel()
{
    addChannel(u"revoked"_s, Channel::Kind::SlackWebhook, m_receiver->url(u"/revoked"_s));
    m_receiver->script(u"/revoked"_s, {ChatReceiver::Status::NotFound, "no_service", {}, false});
    m_receiver->script(u"/revoked"_s,
                       {ChatReceiver::Status::InternalServerError, "down", {}, false});
    const Incident incident = declare(Severity::Sev1);
    QVERIFY(f->service->postUpdate(incident.id, IncidentStatus::Identified, u"Two."_s, u"alice"_s));
    flush();
    QList<OutboxMessage> queued = messages();
    QCOMPARE(queued[0].state, OutboxMessage::State::Failed);
    QCOMPARE(queued[1].state, OutboxMessage::State::Pending); // 500: waiting for its retry

    QSignalSpy changed(&f->messaging->dispatcher(), &OutboxDispatcher::messageChanged);
    QCOMPARE(f->messaging->dispatcher().cancel(queued[1].id), QString());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(f->messaging->dispatcher().retryNow(queued[0].id), QString());
    QCOMPARE(flush().delivered, 1);
    queued = messages();
    QCOMPARE(queued[0].state, OutboxMessage::State::Delivered);
    QCOMPARE(queued[1].state, OutboxMessage::State::Cancelled);
    QVERIFY(f->messaging->dispatcher().cancel(queued[0].id).contains(u"already delivered"_s));
}

void tst_Outbox::messagesAreWrittenWithTheirTimelineEntry()
{
    addChannel(u"chat"_s, Channel::Kind::SlackWebhook, m_receiver->url(u"/chat"_s));
    const Incident incident = declare(Severity::Sev1);
    QCOMPARE(messages().size(), 1);
    // A refused update writes neither its entry nor its message.
    QVERIFY(!f->service->postUpdate(incident.id, IncidentStatus::Identified, u"  "_s, u"alice"_s));
    QVERIFY(!f->service->postUpdate(incident.id, IncidentStatus::Resolved, u"done"_s, u"alice"_s));
    QCOMPARE(messages().size(), 1);
    f->clock.advance(600);
    const auto posted = f->service->postUpdate(incident.id, IncidentStatus::Identified,
                                               u"Cause found."_s, u"alice"_s);
    QVERIFY(posted);
    QCOMPARE(posted.value().status, IncidentStatus::Identified);
    QCOMPARE(posted.value().lastUpdateAt, f->clock.now()); // the update clock restarts
    QCOMPARE(messages().size(), 2);
    const QList<TimelineEvent> timeline = f->service->timeline(incident.id).value();
    QCOMPARE(timeline.last().kind, TimelineKind::StatusUpdatePosted);
    QCOMPARE(timeline.last().text, u"Status update (Identified): Cause found."_s);
}

void tst_Outbox::removingAChannelFailsWhatWaitsForIt()
{
    const Channel channel
            = addChannel(u"gone"_s, Channel::Kind::SlackWebhook, m_receiver->url(u"/gone"_s));
    declare(Severity::Sev1);
    const auto removed
            = await<QString>([&](auto done) { f->messaging->removeChannel(channel.name, done); });
    QCOMPARE(removed, std::optional(QString()));
    const OutboxMessage orphan = messages().first();
    QCOMPARE(orphan.state, OutboxMessage::State::Failed);
    QVERIFY(orphan.lastAnswer.contains(u"was removed"_s));
    QCOMPARE(flush().pending, 0);
    QVERIFY(m_receiver->requests(u"/gone"_s).isEmpty());
}

QTEST_GUILESS_MAIN(tst_Outbox)
#include "tst_outbox.moc"
