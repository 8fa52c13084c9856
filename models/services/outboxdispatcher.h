#pragma once

#include "domain/channel.h"
#include "domain/clock.h"
#include "domain/deliveryoutcome.h"
#include "domain/outboxmessage.h"
#include "slackrooms.h"
#include "statuspagepublisher.h"

#include <functional>

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QSet>
#include <QTimer>

namespace sitrep {

class ChannelApis;
class Database;
class SecretStore;
class TeamSync;

// Delivers the outbox: for each channel its oldest pending message, one at a time per channel
// and channels side by side; every answer is judged by DeliveryRules and written back (retry
// with backoff, jitter and Retry-After; give up on errors that will not heal). Nothing blocks:
// requests are asynchronous and each result is one small write.
class OutboxDispatcher : public QObject
{
    Q_OBJECT
public:
    struct FlushReport
    {
        int delivered = 0;
        int failed = 0;  // given up, during this flush
        int pending = 0; // still waiting when it ended
    };

    OutboxDispatcher(Database &database, ChannelApis &apis, SecretStore &secrets,
                     const Clock &clock, QObject *parent = nullptr);

    // Looks for due messages every second, and at once when kicked.
    void start();
    void stop();
    // Something was queued or retried: look now.
    void kick();
    // In a team, while `sync` reaches the primary, this console delivers only the messages it
    // leases from the team's outbox; out of reach, only its own (at least once).
    void followTeam(TeamSync &sync);
    // Delivers everything due now and what falls due within `timeout`, then reports.
    void flush(std::chrono::seconds timeout, std::function<void(FlushReport)> done);

    using Done = std::function<void(const DeliveryOutcome &)>;
    // One attempt to deliver `message` to `channel` with its secret, through the channel's
    // remote API (models/sync) or into its folder; nothing is written to the outbox.
    void attempt(const OutboxMessage &message, const Channel &channel, const QString &secret,
                 Done done);

    // The outbox panel's actions. Both return the problem, if any.
    [[nodiscard]] QString retryNow(qint64 id);
    [[nodiscard]] QString cancel(qint64 id);

Q_SIGNALS:
    void messageChanged(const sitrep::OutboxMessage &message);
    // Nothing is in flight and nothing else is due now.
    void idle();

private:
    void dispatchDue();
    // Loads a message that has not been delivered, lets `change` edit it, saves and tells.
    QString changeUndelivered(qint64 id, const QString &deliveredRefusal,
                              const std::function<void(OutboxMessage &)> &change);
    void send(OutboxMessage message);
    // Puts the incident's team number where the message still says its provisional label.
    void relabel(OutboxMessage &message);
    void deliverWith(OutboxMessage message, const Channel &channel, const QString &secret);
    void deliverThroughApi(const OutboxMessage &message, const Channel &channel,
                           const QString &secret, Done done);
    [[nodiscard]] bool leasesFromTeam() const;
    void leaseDue();
    void take(const TeamOutboxMessage &leased);
    // Settles the outcome with the team when the message was leased, then records it here.
    void finish(OutboxMessage message, const DeliveryOutcome &outcome);
    void judge(OutboxMessage &message, const DeliveryOutcome &outcome);
    // `teamKnows`: the team settled it already; otherwise it hears of it with the next push.
    void record(const OutboxMessage &message, bool teamKnows);
    // An attempt that never left (no channel, no secret): counted and finished as one that did.
    void finishUnsent(OutboxMessage message, const DeliveryOutcome &outcome);
    void checkFlush();

    Database &m_database;
    ChannelApis &m_apis;
    SlackRooms m_rooms;
    SecretStore &m_secrets;
    const Clock &m_clock;
    StatusPagePublisher m_pages;
    QTimer m_timer;
    QSet<QString> m_inFlight;               // channels with a request out
    QHash<QString, QString> m_cached;       // secret key -> secret, read once
    QSet<QString> m_reading;                // secret keys being read
    QHash<QString, QString> m_secretErrors; // secret key -> why the keychain refused
    QRandomGenerator m_jitter {QRandomGenerator::securelySeeded()};
    struct Flush
    {
        QDateTime until;
        FlushReport report;
        std::function<void(FlushReport)> done;
    };
    std::optional<Flush> m_flush;
    QPointer<TeamSync> m_team;
    bool m_leasing = false;       // a lease round is out
    QHash<QString, int> m_fences; // leased message key -> the fence its settling names
};

} // namespace sitrep
