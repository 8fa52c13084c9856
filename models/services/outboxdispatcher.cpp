#include "outboxdispatcher.h"

#include "domain/deliveryrules.h"
#include "storage/channelstore.h"
#include "storage/database.h"
#include "storage/incidentstore.h"
#include "storage/outboxstore.h"
#include "storage/outboxteamcopy.h"
#include "storage/transaction.h"
#include "sync/channelapis.h"
#include "sync/secretstore.h"
#include "teamrecorder.h"
#include "teamsync.h"

namespace sitrep {

OutboxDispatcher::OutboxDispatcher(Database &database, ChannelApis &apis, SecretStore &secrets,
                                   const Clock &clock, QObject *parent)
    : QObject(parent),
      m_database(database),
      m_apis(apis),
      m_rooms(database, apis.slack()),
      m_secrets(secrets),
      m_clock(clock),
      m_pages(database, apis.staticPage(), clock)
{
    m_timer.setInterval(std::chrono::seconds(1));
    connect(&m_timer, &QTimer::timeout, this, &OutboxDispatcher::dispatchDue);
    connect(&m_secrets, &SecretStore::secretRead, this,
            [this](const QString &key, const QString &secret, const QString &error) {
                if (!m_reading.remove(key))
                    return;
                if (error.isEmpty())
                    m_cached.insert(key, secret);
                else
                    m_secretErrors.insert(key, error);
                dispatchDue();
            });
}

void OutboxDispatcher::start()
{
    m_timer.start();
    kick();
}

void OutboxDispatcher::stop()
{
    m_timer.stop();
}

void OutboxDispatcher::followTeam(TeamSync &sync)
{
    m_team = &sync;
    connect(&sync, &TeamSync::outboxChanged, this, &OutboxDispatcher::kick);
    connect(&sync, &TeamSync::stateChanged, this, &OutboxDispatcher::kick);
}

void OutboxDispatcher::kick()
{
    QTimer::singleShot(0, this, &OutboxDispatcher::dispatchDue);
}

void OutboxDispatcher::flush(std::chrono::seconds timeout, std::function<void(FlushReport)> done)
{
    m_flush = Flush {m_clock.now().addSecs(timeout.count()), {}, std::move(done)};
    m_timer.start();
    dispatchDue();
}

QString OutboxDispatcher::changeUndelivered(qint64 id, const QString &deliveredRefusal,
                                            const std::function<void(OutboxMessage &)> &change)
{
    OutboxStore store(m_database);
    Result<std::optional<OutboxMessage>> found = store.find(id);
    if (!found)
        return found.error();
    if (!found.value())
        return tr("There is no outbox message %1.").arg(id);
    OutboxMessage message = *found.value();
    if (message.state == OutboxMessage::State::Delivered)
        return deliveredRefusal;
    change(message);
    if (auto saved = store.update(message); !saved)
        return saved.error();
    Q_EMIT messageChanged(message);
    if (m_team)
        m_team->syncNow(); // the team's outbox hears of it
    return {};
}

QString OutboxDispatcher::retryNow(qint64 id)
{
    const QString problem = changeUndelivered(id, tr("Message %1 was already delivered.").arg(id),
                                              [this](OutboxMessage &message) {
                                                  message.state = OutboxMessage::State::Pending;
                                                  message.nextAttemptAt = m_clock.now();
                                              });
    if (problem.isEmpty())
        kick();
    return problem;
}

QString OutboxDispatcher::cancel(qint64 id)
{
    return changeUndelivered(
            id, tr("Message %1 was already delivered; it cannot be called back.").arg(id),
            [](OutboxMessage &message) { message.state = OutboxMessage::State::Cancelled; });
}

void OutboxDispatcher::dispatchDue()
{
    if (TeamRecorder::watchesOnly(m_database)) {
        checkFlush();
        return;
    }
    if (leasesFromTeam()) {
        leaseDue();
        checkFlush();
        return;
    }
    const Result<QList<OutboxMessage>> due = OutboxStore(m_database).due(m_clock.now());
    if (!due) {
        qWarning("%s", qPrintable(due.error()));
        return;
    }
    for (const OutboxMessage &message : due.value())
        if (!m_inFlight.contains(message.channel))
            send(message);
    if (m_inFlight.isEmpty())
        Q_EMIT idle();
    checkFlush();
}

bool OutboxDispatcher::leasesFromTeam() const
{
    return m_team && m_team->state().connected && !m_team->state().standby;
}

void OutboxDispatcher::leaseDue()
{
    if (m_leasing)
        return;
    const Result<QList<Channel>> channels = ChannelStore(m_database).list();
    if (!channels) {
        qWarning("%s", qPrintable(channels.error()));
        return;
    }
    QList<ChannelLease> wanted;
    for (const Channel &channel : channels.value()) {
        if (m_inFlight.contains(channel.name))
            continue;
        // Only a console with the channel's secret in its keychain asks for its messages.
        const QString key = channel.secretKey();
        if (channel.needsSecret() && !m_cached.contains(key)) {
            if (!m_reading.contains(key) && !m_secretErrors.contains(key)) {
                m_reading.insert(key);
                m_secrets.read(key);
            }
            continue;
        }
        // Longer than a delivery may take (a Slack channel opened, then the post): a live
        // console keeps the lease for what it sends.
        wanted.append({channel.name, channel.timeout * 3 + std::chrono::seconds(5)});
    }
    if (wanted.isEmpty())
        return;
    m_leasing = true;
    m_team->lease(wanted, [this](const std::optional<QList<TeamOutboxMessage>> &leased) {
        m_leasing = false;
        for (const TeamOutboxMessage &message : leased.value_or(QList<TeamOutboxMessage>()))
            take(message);
        if (m_inFlight.isEmpty())
            Q_EMIT idle();
    });
}

void OutboxDispatcher::take(const TeamOutboxMessage &leased)
{
    const Result<OutboxMessage> local = OutboxTeamCopy(m_database).adopt(leased);
    // Not taken: the lease runs out and the message goes with another round.
    if (!local) {
        qWarning("%s", qPrintable(local.error()));
        return;
    }
    // Delivered here while the server was out of reach: the team hears so with the next push.
    if (local.value().state != OutboxMessage::State::Pending)
        return;
    m_fences.insert(local.value().key, leased.fence);
    send(local.value());
}

void OutboxDispatcher::relabel(OutboxMessage &message)
{
    if (message.incident == 0)
        return;
    const Result<std::optional<Incident>> found = IncidentStore(m_database).find(message.incident);
    if (!found || !found.value() || found.value()->provisional || found.value()->teamNumber == 0)
        return;
    const QString queued = found.value()->provisionalLabel();
    const QString known = found.value()->label();
    message.text.replace(queued, known);
    message.payload.replace(queued.toUtf8(), known.toUtf8());
}

void OutboxDispatcher::send(OutboxMessage message)
{
    // Queued while the incident was provisional, sent with the number the team gave since.
    relabel(message);
    const Result<std::optional<Channel>> channel = ChannelStore(m_database).find(message.channel);
    if (!channel)
        return finishUnsent(message, DeliveryOutcome::givenUp(channel.error()));
    if (!channel.value())
        return finishUnsent(
                message,
                DeliveryOutcome::givenUp(tr("channel %1 has been removed").arg(message.channel)));
    if (!channel.value()->needsSecret())
        return deliverWith(message, *channel.value(), {});
    const QString key = channel.value()->secretKey();
    if (const auto error = m_secretErrors.constFind(key); error != m_secretErrors.cend()) {
        const QString why = *error;
        m_secretErrors.erase(error); // read it again next time
        DeliveryOutcome outcome;
        outcome.answer = tr("the keychain did not give the channel's secret: %1").arg(why);
        return finishUnsent(message, outcome);
    }
    const auto cached = m_cached.constFind(key);
    if (cached == m_cached.cend()) {
        if (!m_reading.contains(key)) {
            m_reading.insert(key);
            m_secrets.read(key);
        }
        return; // sent once the secret is read
    }
    deliverWith(message, *channel.value(), *cached);
}

void OutboxDispatcher::deliverWith(OutboxMessage message, const Channel &channel,
                                   const QString &secret)
{
    m_inFlight.insert(message.channel);
    if (!message.firstAttemptAt.isValid())
        message.firstAttemptAt = m_clock.now();
    // Counted before the request leaves: a console killed mid-request shows it was tried.
    ++message.attempts;
    const auto counted
            = OutboxStore(m_database)
                      .update(message,
                              m_fences.contains(message.key) ? OutboxStore::TeamCopy::Current
                                                             : OutboxStore::TeamCopy::Stale);
    if (!counted)
        qWarning("%s", qPrintable(counted.error()));
    attempt(message, channel, secret,
            [this, message](const DeliveryOutcome &outcome) { finish(message, outcome); });
}

void OutboxDispatcher::attempt(const OutboxMessage &message, const Channel &channel,
                               const QString &secret, Done done)
{
    if (channel.kind == Channel::Kind::StaticPage)
        return m_pages.publish(channel, secret, message.incident, std::move(done));
    if (SlackRooms::wanted(channel, message))
        return m_rooms.open(
                message, channel, secret, [this, message, channel, secret, done](QString problem) {
                    if (!problem.isEmpty())
                        return done(DeliveryOutcome {
                                DeliveryOutcome::Verdict::Retry,
                                tr("could not open the incident's Slack channel: %1").arg(problem),
                                {},
                                {}});
                    deliverThroughApi(message, SlackRooms::mainChannel(channel), secret, done);
                });
    deliverThroughApi(message, channel, secret, std::move(done));
}

void OutboxDispatcher::deliverThroughApi(const OutboxMessage &message, const Channel &channel,
                                         const QString &secret, Done done)
{
    // What the incident's earlier messages made at the receiver (a thread, an incident).
    const Result<QString> thread = message.incident > 0
            ? OutboxStore(m_database).thread(channel.name, message.incident)
            : Result<QString>(QString());
    m_apis.of(channel.kind)
            .deliver({channel, secret, message, thread ? thread.value() : QString(), m_clock.now()},
                     std::move(done));
}

void OutboxDispatcher::finish(OutboxMessage message, const DeliveryOutcome &outcome)
{
    judge(message, outcome);
    const auto fence = m_fences.constFind(message.key);
    if (fence == m_fences.cend() || !m_team) {
        m_fences.remove(message.key);
        return record(message, false);
    }
    const TeamOutboxMessage settled {message, {}, *fence, {}};
    m_fences.erase(fence);
    m_team->settle(settled, [this, message](std::optional<bool> taken) {
        if (taken && !*taken) {
            // The lease ran out mid-send and another console took the message: this outcome
            // counts for nothing (the receiver saw the same key twice, if anything).
            qInfo("outbox message %s: another console took it over", qPrintable(message.key));
            m_inFlight.remove(message.channel);
            return dispatchDue();
        }
        // Not asked (the server went away mid-send): the team hears of it with the next push.
        record(message, taken.has_value());
    });
}

void OutboxDispatcher::judge(OutboxMessage &message, const DeliveryOutcome &outcome)
{
    const QDateTime now = m_clock.now();
    message.lastAnswer = outcome.answer;
    switch (outcome.verdict) {
    case DeliveryOutcome::Verdict::Delivered:
        message.state = OutboxMessage::State::Delivered;
        message.deliveredAt = now;
        message.threadTs = outcome.threadTs;
        break;
    case DeliveryOutcome::Verdict::Retry:
        message.nextAttemptAt
                = now.addMSecs(DeliveryRules::backoff(message.attempts, outcome.retryAfter,
                                                      m_jitter.generateDouble())
                                       .count());
        break;
    case DeliveryOutcome::Verdict::GiveUp:
        message.state = OutboxMessage::State::Failed;
        break;
    }
}

void OutboxDispatcher::record(const OutboxMessage &message, bool teamKnows)
{
    {
        Transaction transaction(m_database);
        OutboxStore store(m_database);
        Result<void> saved = transaction.begun();
        if (saved)
            saved = store.update(message,
                                 teamKnows ? OutboxStore::TeamCopy::Current
                                           : OutboxStore::TeamCopy::Stale);
        if (saved && !message.threadTs.isEmpty() && message.incident > 0)
            saved = store.saveThread(message.channel, message.incident, message.threadTs);
        if (saved)
            saved = transaction.commit();
        if (!saved)
            qWarning("%s", qPrintable(saved.error()));
    }
    if (m_flush) {
        if (message.state == OutboxMessage::State::Delivered)
            ++m_flush->report.delivered;
        else if (message.state == OutboxMessage::State::Failed)
            ++m_flush->report.failed;
    }
    m_inFlight.remove(message.channel);
    Q_EMIT messageChanged(message);
    dispatchDue(); // the channel's next message, if due
}

void OutboxDispatcher::finishUnsent(OutboxMessage message, const DeliveryOutcome &outcome)
{
    m_inFlight.insert(message.channel);
    ++message.attempts;
    finish(message, outcome);
}

void OutboxDispatcher::checkFlush()
{
    if (!m_flush || !m_inFlight.isEmpty() || !m_reading.isEmpty())
        return;
    OutboxStore store(m_database);
    const Result<QDateTime> next = store.nextDue();
    if (next && next.value().isValid() && next.value() <= m_flush->until)
        return; // a retry falls due before the flush ends: wait for it
    Flush finished = std::move(*m_flush);
    m_flush.reset();
    const Result<int> pending = store.count(OutboxMessage::State::Pending);
    finished.report.pending = pending ? pending.value() : 0;
    finished.done(finished.report);
}

} // namespace sitrep
