#include "../fixtures/chatreceiver.h"
#include "../fixtures/prometheusfixture.h"
#include "../itemmodels/boardfixture.h"
#include "services/escalationservice.h"
#include "services/messagingservice.h"
#include "services/pagerdutyacknowledgements.h"

#include <QFile>
#include <QSignalSpy>

using namespace sitrep;
using namespace Qt::StringLiterals;
using prometheus_fixture::await;

// Paging end to end with an injected clock: Sitrep's own escalation pages the schedule's levels
// at 0, 5, 15, 30 and 50 minutes through a paging webhook, skips a level with nobody on call,
// stops at the acknowledgement (MTTA) or the resolution; PagerDuty Events API v2 and GoAlert
// receive trigger, acknowledge and resolve in their documented shapes from a local receiver,
// with 429 and 500 retried and 400 not. Secrets go through a real GNOME Keyring.
class tst_Paging : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void pagesEachLevelAtItsTime();
    void acknowledgementStopsAndMarksTheExpectations();
    void levelWithNobodyOnCallIsPassed();
    void resolutionStops();
    void historyIsNotPaged();
    void pagerDutyAndGoAlertPayloads();
    void pagerDutyAcknowledgementsComeBack();
    void providerRetries_data();
    void providerRetries();

private:
    void importSchedule(const QList<std::pair<QByteArray, QByteArray>> &changes = {});
    Channel addChannel(const QString &name, Channel::Kind kind, const QString &secret);
    OutboxDispatcher::FlushReport flush();
    void advanceMinutes(int minutes);
    QStringList pagedPeople() const;

    std::unique_ptr<BoardFixture> f;
    std::unique_ptr<ChatReceiver> m_receiver;
    int m_run = 0;
};

namespace {

constexpr qint64 minute = 60'000;

} // namespace

void tst_Paging::init()
{
    f = std::make_unique<BoardFixture>();
    // Wednesday of week 2 of the fixture's rotation: bob is primary, carol secondary.
    f->clock.setNow(QDateTime(QDate(2026, 4, 1), QTime(12, 0), Qt::UTC));
    m_receiver = std::make_unique<ChatReceiver>();
    ++m_run;
}

void tst_Paging::cleanup()
{
    f.reset();
    m_receiver.reset();
}

void tst_Paging::importSchedule(const QList<std::pair<QByteArray, QByteArray>> &changes)
{
    QFile file(u"" SITREP_SOURCE_DIR "/tests/fixtures/oncall/platform.yaml"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray yaml = file.readAll();
    for (const auto &[change, with] : changes)
        yaml.replace(change, with);
    const Result<QStringList> imported = f->oncall->importYaml(yaml, u"platform.yaml"_s);
    QVERIFY2(imported, qPrintable(imported.ok() ? QString() : imported.error()));
}

Channel tst_Paging::addChannel(const QString &name, Channel::Kind kind, const QString &secret)
{
    Channel channel;
    channel.name = u"%1-%2-%3"_s.arg(name).arg(QCoreApplication::applicationPid()).arg(m_run);
    channel.kind = kind;
    channel.role = Channel::Role::Paging;
    channel.timeout = std::chrono::seconds(1);
    if (kind == Channel::Kind::Webhook)
        channel.bodyTemplate
                = u"{\"event\": \"{{event}}\", \"person\": \"{{person}}\", \"incident\": "
                  "{{incident_id}}}"_s;
    if (kind == Channel::Kind::PagerDuty)
        channel.apiUrl = QUrl(m_receiver->url(u"/api/enqueue"_s));
    const auto added
            = await<QString>([&](auto done) { f->messaging->addChannel(channel, secret, done); });
    if (!added || !added->isEmpty())
        qFatal("could not add channel: %s", added ? qPrintable(*added) : "no answer");
    return channel;
}

OutboxDispatcher::FlushReport tst_Paging::flush()
{
    const auto report = await<OutboxDispatcher::FlushReport>(
            [&](auto done) { f->messaging->dispatcher().flush(std::chrono::seconds(0), done); });
    if (!report)
        qFatal("the flush did not end");
    return *report;
}

void tst_Paging::advanceMinutes(int minutes)
{
    for (int m = 0; m < minutes; ++m) {
        f->clock.advance(60);
        f->escalations->tick();
    }
}

QStringList tst_Paging::pagedPeople() const
{
    QStringList people;
    for (const ChatReceiver::Request &request : m_receiver->requests(u"/page"_s))
        people << request.json().value(u"person").toString();
    return people;
}

void tst_Paging::pagesEachLevelAtItsTime()
{
    importSchedule({{"  repeat: 0", "  repeat: 1"}});
    addChannel(u"pager"_s, Channel::Kind::Webhook, m_receiver->url(u"/page"_s));
    QSignalSpy changed(f->escalations.get(), &EscalationService::escalationChanged);
    QSignalSpy paged(f->escalations.get(), &EscalationService::paged);
    const Incident incident = f->declare(u"Checkout down"_s, Severity::Sev1, {u"checkout"_s});
    // The fixture's declare moved the clock a minute on; the loop runs every minute from here.
    advanceMinutes(51);
    const Escalation escalation = f->escalations->escalation(incident.id).value().value();
    QList<qint64> minutes;
    QStringList people;
    for (const EscalationPage &page : escalation.pages) {
        minutes << (page.atMs - escalation.startedMs) / minute;
        people << page.person;
    }
    QCOMPARE(minutes, (QList<qint64> {0, 5, 15, 30, 50}));
    // The breaches are marked on the timeline once, when their deadline passed.
    QStringList breaches;
    for (const TimelineEvent &entry : f->service->timeline(incident.id).value())
        if (entry.text.contains(u"expectation breached"_s))
            breaches << u"%1 %2"_s
                                .arg((entry.at.toMSecsSinceEpoch() - escalation.startedMs) / minute)
                                .arg(entry.text);
    QCOMPARE(breaches,
             (QStringList {
                     u"5 Acknowledgement expectation breached: nobody acknowledged within 5 min."_s,
                     u"15 Response expectation breached: nobody responded within 15 min."_s}));
    const QStringList expected {u"bob@example.com"_s, u"carol@example.com"_s,
                                u"engineering-manager@example.com"_s,
                                u"vp-engineering@example.com"_s, u"bob@example.com"_s};
    QCOMPARE(people, expected);
    QVERIFY(changed.size() >= 5);
    // Each person paged is told to the console (which notifies the one sitting at it).
    QStringList told;
    for (const QList<QVariant> &page : std::as_const(paged)) {
        QCOMPARE(page.at(0).value<IncidentId>(), incident.id);
        told << page.at(1).toString();
    }
    QCOMPARE(told, expected);
    // Each page is on the timeline and went out through the outbox.
    int entries = 0;
    for (const TimelineEvent &entry : f->service->timeline(incident.id).value())
        entries += entry.kind == TimelineKind::Escalation && entry.text.startsWith(u"Paged ") ? 1
                                                                                              : 0;
    QCOMPARE(entries, 5);
    QCOMPARE(flush().delivered, 5);
    QCOMPARE(pagedPeople(), expected);
    QCOMPARE(m_receiver->requests(u"/page"_s).first().json().value(u"event").toString(), u"page"_s);
}

void tst_Paging::acknowledgementStopsAndMarksTheExpectations()
{
    importSchedule();
    addChannel(u"pager"_s, Channel::Kind::Webhook, m_receiver->url(u"/page"_s));
    const Incident incident = f->declare(u"Checkout down"_s, Severity::Sev1, {u"checkout"_s});
    advanceMinutes(6); // level 2 (carol) paged at 5
    QVERIFY(f->service->acknowledge(incident.id, u"carol@example.com"_s));
    advanceMinutes(60);
    const Escalation escalation = f->escalations->escalation(incident.id).value().value();
    QCOMPARE(escalation.state, Escalation::State::Acknowledged);
    QCOMPARE(escalation.endedBy, u"carol@example.com"_s);
    QCOMPARE(escalation.pages.size(), 2);
    // MTTA is recorded on the incident; 7 minutes is past the 5 expected.
    const Incident acknowledged = f->service->incident(incident.id).value();
    QCOMPARE((acknowledged.acknowledgedAt.toMSecsSinceEpoch() - escalation.startedMs) / minute, 7);
    const ExpectationCheck check = f->escalations->expectations(escalation).value();
    QVERIFY(check.acknowledgeBreached);
    QCOMPARE(check.respondedMs, 0);
    QVERIFY(check.respondBreached); // 67 minutes and nobody wrote anything
    // Both marked on the timeline, the response after the acknowledgement stopped the paging.
    int marked = 0;
    for (const TimelineEvent &entry : f->service->timeline(incident.id).value())
        marked += entry.text.contains(u"expectation breached"_s) ? 1 : 0;
    QCOMPARE(marked, 2);
    bool stopped = false;
    for (const TimelineEvent &entry : f->service->timeline(incident.id).value())
        stopped = stopped
                || entry.text
                        == u"Escalation stopped: acknowledged by carol@example.com after 7m."_s;
    QVERIFY(stopped);
    QCOMPARE(flush().delivered, 2);
    QCOMPARE(pagedPeople(), (QStringList {u"bob@example.com"_s, u"carol@example.com"_s}));
}

void tst_Paging::levelWithNobodyOnCallIsPassed()
{
    // One participant: nobody is secondary, so level 2 passes straight to the manager.
    importSchedule({{"participants: [alice@example.com, bob@example.com, carol@example.com]",
                     "participants: [alice@example.com]"},
                    {"  schedule:", "  # schedule:"},
                    {"    - { week: 1", "    # - { week: 1"}});
    addChannel(u"pager"_s, Channel::Kind::Webhook, m_receiver->url(u"/page"_s));
    const Incident incident = f->declare(u"Checkout down"_s, Severity::Sev2, {u"checkout"_s});
    advanceMinutes(6);
    const Escalation escalation = f->escalations->escalation(incident.id).value().value();
    QVERIFY2(f->escalations->lastProblem().isEmpty(), qPrintable(f->escalations->lastProblem()));
    QCOMPARE(escalation.pages.size(), 3);
    QCOMPARE(escalation.pages.at(1).person, QString());
    QCOMPARE(escalation.pages.at(2).person, u"engineering-manager@example.com"_s);
    QCOMPARE(escalation.pages.at(2).atMs - escalation.startedMs, 5 * minute);
    bool passed = false;
    for (const TimelineEvent &entry : f->service->timeline(incident.id).value())
        passed = passed
                || entry.text
                        == u"Nobody on call for level 2 (secondary); passed on to the next level."_s;
    QVERIFY(passed);
    QCOMPARE(flush().delivered, 2); // nobody is paged for the passed level
}

void tst_Paging::resolutionStops()
{
    importSchedule();
    const Incident incident = f->declare(u"Checkout down"_s, Severity::Sev3, {u"checkout"_s});
    QVERIFY(f->service->resolve(incident.id, u"rolled back"_s, {}, u"bob@example.com"_s));
    advanceMinutes(30);
    const Escalation escalation = f->escalations->escalation(incident.id).value().value();
    QVERIFY2(f->escalations->lastProblem().isEmpty(), qPrintable(f->escalations->lastProblem()));
    QCOMPARE(escalation.state, Escalation::State::Resolved);
    QCOMPARE(escalation.pages.size(), 1);
}

void tst_Paging::historyIsNotPaged()
{
    importSchedule();
    Incident old;
    old.title = u"Old outage"_s;
    old.severity = Severity::Sev1;
    old.startedAt = f->clock.now().addDays(-1);
    old.detectedAt = old.startedAt;
    old.lastUpdateAt = old.startedAt;
    const QList<Incident> imported = f->service->importHistory({old}, u"import"_s).value();
    QVERIFY(!f->escalations->escalation(imported.first().id).value());
}

void tst_Paging::pagerDutyAndGoAlertPayloads()
{
    importSchedule();
    addChannel(u"pd"_s, Channel::Kind::PagerDuty, u"R0UT1NGKEY0123456789abcdefABCDEF"_s);
    addChannel(u"goalert"_s, Channel::Kind::GoAlert, m_receiver->url(u"/goalert?token=g0al3rt"_s));
    m_receiver->script(u"/api/enqueue"_s,
                       {ChatReceiver::Status::Accepted,
                        R"({"status":"success","message":"Event processed","dedup_key":"x"})",
                        {},
                        false});
    const Incident incident = f->declare(u"Checkout down"_s, Severity::Sev1, {u"checkout"_s},
                                         u"alice@example.com"_s);
    QVERIFY(f->service->acknowledge(incident.id, u"bob@example.com"_s));
    QVERIFY(f->service->resolve(incident.id, u"rolled back"_s, {}, u"bob@example.com"_s));
    const OutboxDispatcher::FlushReport report = flush();
    QCOMPARE(report.delivered, 5); // PagerDuty: trigger, acknowledge, resolve; GoAlert: 2
    QCOMPARE(report.failed, 0);

    const QList<ChatReceiver::Request> pd = m_receiver->requests(u"/api/enqueue"_s);
    QCOMPARE(pd.size(), 3);
    const QString dedup = QString::number(incident.id);
    const QJsonObject trigger = pd.at(0).json();
    QCOMPARE(trigger.value(u"routing_key").toString(), u"R0UT1NGKEY0123456789abcdefABCDEF"_s);
    QCOMPARE(trigger.value(u"event_action").toString(), u"trigger"_s);
    QCOMPARE(trigger.value(u"dedup_key").toString(), dedup);
    const QJsonObject payload = trigger.value(u"payload").toObject();
    QCOMPARE(payload.value(u"summary").toString(), u"SEV-1: Checkout down"_s);
    QCOMPARE(payload.value(u"source").toString(), u"checkout"_s);
    QCOMPARE(payload.value(u"severity").toString(), u"critical"_s);
    QVERIFY(QDateTime::fromString(payload.value(u"timestamp").toString(), Qt::ISODate).isValid());
    QCOMPARE(payload.value(u"custom_details").toObject().value(u"Commander").toString(),
             u"alice@example.com"_s);
    QVERIFY(pd.at(0).header("Content-Type").startsWith("application/json"));
    const QJsonObject acknowledge = pd.at(1).json();
    QCOMPARE(acknowledge.value(u"event_action").toString(), u"acknowledge"_s);
    QCOMPARE(acknowledge.value(u"dedup_key").toString(), dedup);
    QVERIFY(!acknowledge.contains(u"payload"));
    QCOMPARE(pd.at(2).json().value(u"event_action").toString(), u"resolve"_s);
    QCOMPARE(pd.at(2).json().value(u"routing_key").toString(),
             u"R0UT1NGKEY0123456789abcdefABCDEF"_s);

    const QList<ChatReceiver::Request> goalert = m_receiver->requests(u"/goalert"_s);
    QCOMPARE(goalert.size(), 2); // GoAlert's generic API has no acknowledgement
    QCOMPARE(goalert.at(0).json().value(u"summary").toString(), u"SEV-1: Checkout down"_s);
    QCOMPARE(goalert.at(0).json().value(u"dedup").toString(), u"sitrep-"_s + dedup);
    QVERIFY(goalert.at(0).json().value(u"details").toString().contains(u"Checkout down"_s));
    QVERIFY(!goalert.at(0).json().contains(u"action"));
    QCOMPARE(goalert.at(1).json().value(u"action").toString(), u"close"_s);

    // The routing key never reached the database.
    for (const OutboxMessage &message : f->messaging->recentMessages(100).value())
        QVERIFY(!message.payload.contains("R0UT1NGKEY"));
}

void tst_Paging::pagerDutyAcknowledgementsComeBack()
{
    importSchedule();
    // The routing key, and on a second line the REST API token to read acknowledgements.
    addChannel(u"pd"_s, Channel::Kind::PagerDuty, u"R0UT1NG\nREST-T0KEN"_s);
    const Incident incident = f->declare(u"Checkout down"_s, Severity::Sev1, {u"checkout"_s});
    PagerDutyAcknowledgements acknowledgements(*f->service, *f->messaging);
    QSignalSpy polled(&acknowledgements, &PagerDutyAcknowledgements::polled);

    // Still triggered in PagerDuty: nothing changes here.
    m_receiver->script(u"/api/incidents"_s,
                       {ChatReceiver::Status::Ok,
                        R"({"incidents": [{"id": "PX", "status": "triggered",
                            "acknowledgements": []}]})",
                        {},
                        false});
    acknowledgements.poll();
    QVERIFY(polled.wait(10000));
    QVERIFY(!f->service->incident(incident.id).value().acknowledgedAt.isValid());

    // Acknowledged there: acknowledged here, in that person's name, and the escalation stops.
    m_receiver->script(u"/api/incidents"_s,
                       {ChatReceiver::Status::Ok,
                        R"({"incidents": [{"id": "PT4KHLK", "status": "acknowledged",
                            "acknowledgements": [{"at": "2026-04-01T12:03:00Z", "acknowledger":
                            {"type": "user_reference", "summary": "Carol Jones"}}]}]})",
                        {},
                        false});
    acknowledgements.poll();
    QVERIFY(polled.wait(10000));
    const QList<ChatReceiver::Request> asked = m_receiver->requests(u"/api/incidents"_s);
    QCOMPARE(asked.size(), 2);
    QCOMPARE(asked.at(1).header("Authorization"), QByteArray("Token token=REST-T0KEN"));
    QCOMPARE(asked.at(1).query, u"incident_key=%1"_s.arg(incident.id));
    QVERIFY(f->service->incident(incident.id).value().acknowledgedAt.isValid());
    const Escalation escalation = f->escalations->escalation(incident.id).value().value();
    QCOMPARE(escalation.state, Escalation::State::Acknowledged);
    QCOMPARE(escalation.endedBy, u"Carol Jones (PagerDuty)"_s);
    // Acknowledged incidents are not asked about again.
    acknowledgements.poll();
    QVERIFY(polled.size() == 3 || polled.wait(10000));
    QCOMPARE(m_receiver->requests(u"/api/incidents"_s).size(), 2);
    // The trigger carries the routing key alone.
    flush();
    const QJsonObject trigger = m_receiver->requests(u"/api/enqueue"_s).first().json();
    QCOMPARE(trigger.value(u"routing_key").toString(), u"R0UT1NG"_s);
}

void tst_Paging::providerRetries_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<OutboxMessage::State>("state");
    QTest::addColumn<int>("waitSeconds"); // at least, before the next attempt
    using Status = ChatReceiver::Status;
    QTest::newRow("429 honours Retry-After") << int(Status::TooManyRequests) << QByteArray("30")
                                             << OutboxMessage::State::Pending << 30;
    QTest::newRow("500 retried with backoff") << int(Status::InternalServerError) << QByteArray()
                                              << OutboxMessage::State::Pending << 4;
    QTest::newRow("400 not retried")
            << int(Status::BadRequest) << QByteArray() << OutboxMessage::State::Failed << 0;
}

void tst_Paging::providerRetries()
{
    QFETCH(int, status);
    QFETCH(QByteArray, retryAfter);
    QFETCH(OutboxMessage::State, state);
    QFETCH(int, waitSeconds);
    importSchedule();
    addChannel(u"pd"_s, Channel::Kind::PagerDuty, u"R0UT1NGKEY"_s);
    m_receiver->script(u"/api/enqueue"_s,
                       {ChatReceiver::Status(status),
                        R"({"status":"invalid event","message":"Event object is invalid"})",
                        retryAfter, false});
    f->declare(u"Checkout down"_s, Severity::Sev1, {u"checkout"_s});
    flush();
    QCOMPARE(m_receiver->requests(u"/api/enqueue"_s).size(), 1);
    const OutboxMessage message = f->messaging->recentMessages(1).value().first();
    QCOMPARE(message.state, state);
    QCOMPARE(message.attempts, 1);
    if (state == OutboxMessage::State::Pending) {
        QVERIFY(f->clock.now().secsTo(message.nextAttemptAt) >= waitSeconds);
        // Once due, the retry goes out (the receiver answers 202 by default now).
        m_receiver->script(u"/api/enqueue"_s, {ChatReceiver::Status::Accepted, "{}", {}, false});
        f->clock.advance(3600);
        QCOMPARE(flush().delivered, 1);
        QCOMPARE(m_receiver->requests(u"/api/enqueue"_s).size(), 2);
    } else {
        QVERIFY(message.lastAnswer.contains(u"400"_s));
        f->clock.advance(3600);
        flush();
        QCOMPARE(m_receiver->requests(u"/api/enqueue"_s).size(), 1);
    }
}

QTEST_GUILESS_MAIN(tst_Paging)
#include "tst_paging.moc"
