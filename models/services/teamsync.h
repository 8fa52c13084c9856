#pragma once

#include "domain/outboxmessage.h"
#include "domain/teampresence.h"
#include "domain/teamrole.h"
#include "domain/teamurl.h"
#include "teamapplier.h"

#include <chrono>
#include <functional>
#include <optional>

#include <QDateTime>
#include <QObject>
#include <QThread>
#include <QTimer>

namespace sitrep {

class TeamSyncWorker;

// What the status bar and `team status` say about the team server.
struct TeamSyncState
{
    bool connected = false;
    qint64 cursor = 0;
    int pending = 0;
    QDateTime lastSync; // the last pull that reached the server
    QString problem;    // why it is not connected, in words
    // The server's schema is newer than this console's: it keeps its changes queued.
    bool readOnly = false;
    // What the signed-in login may do; a viewer's console is live and takes no writes.
    TeamRole role = TeamRole::Responder;
    // Connected to a standby: it cannot LISTEN or take changes, so the console polls every
    // standbyPoll and keeps its own changes queued for the primary.
    bool standby = false;
};

// Keeps this console's SQLite in step with the team's log: a worker thread owns the QPSQL
// connection (it blocks) and a writer connection to the local file. It pushes the queued
// changes in batches, LISTENs for the newest number, and pulls everything after its cursor
// when notified and every 10 s (which also notices a silent partition), each page recorded
// with its cursor in one transaction. A lost connection is retried with backoff, then LISTEN
// again, then pull. Nothing here ever blocks the thread that owns this object.
class TeamSync : public QObject
{
    Q_OBJECT
public:
    // `heartbeat`: how often the worker pulls without being told, and how long a round with
    // the server may take before the console says the server is not answering.
    static constexpr std::chrono::milliseconds defaultHeartbeat {10'000};
    static constexpr std::chrono::milliseconds standbyPoll {2'000};
    TeamSync(const QString &databasePath, TeamUrl url, QString password,
             std::chrono::milliseconds heartbeat = defaultHeartbeat, QObject *parent = nullptr);
    ~TeamSync() override;

    void start();
    // Push and pull now (after a local change).
    void syncNow();
    // Where this console is (the incidents open here, and where an update is being drafted).
    void setPlaces(const QList<sitrep::PresencePlace> &places);
    // This console's own presence, to tell it from the others'.
    [[nodiscard]] const QUuid &console() const { return m_console; }
    // Claims a side effect that must happen once team-wide; `done` (on this object's thread)
    // gets whether this console won, or nothing when the server could not be asked (offline:
    // the caller acts anyway, at least once).
    void claim(const QString &what, const QString &key,
               std::function<void(std::optional<bool> won)> done);
    // claim() for `what`, safe to keep beyond this sync: once it is gone, every claim is
    // answered "could not be asked" (the shape EscalationService::setTeamClaims takes).
    [[nodiscard]] std::function<void(const QString &key,
                                     std::function<void(std::optional<bool> won)> done)>
    claimer(const QString &what);
    // Leases channels of the team's outbox; `done` gets the due messages this console now
    // delivers, or nothing when the server could not be asked.
    void lease(const QList<sitrep::ChannelLease> &channels,
               std::function<void(std::optional<QList<sitrep::TeamOutboxMessage>>)> done);
    // Settles a leased message with its outcome; `done` gets whether the team took it (false:
    // the lease was lost to another console), or nothing when the server could not be asked.
    void settle(const sitrep::TeamOutboxMessage &message,
                std::function<void(std::optional<bool> taken)> done);
    [[nodiscard]] const TeamSyncState &state() const { return m_state; }

Q_SIGNALS:
    void stateChanged(const sitrep::TeamSyncState &state);
    // Pulled changes were recorded up to `cursor`.
    void pulled(qint64 cursor);
    // What the pulled changes did to this console's file, once committed.
    void applied(const sitrep::TeamApplied &applied);
    // Who is where across the team (this console included: compare with console()).
    void presenceChanged(const QList<sitrep::Presence> &presence);
    // The team's outbox has messages to deliver, or settled messages made here.
    void outboxChanged();

private:
    void watch();
    // A round with the server this long at the exit is stuck, not slow.
    static constexpr qint64 stuckMs = 1000;
    // Runs `work` on the worker's thread and hands its answer to `done` on this one.
    template<typename Answer>
    void ask(std::function<std::optional<Answer>(TeamSyncWorker &)> work,
             std::function<void(std::optional<Answer>)> done);

    QUuid m_console;
    QThread m_thread;
    QTimer m_watchdog;
    QDateTime m_busySince; // a round with the server under way since then
    TeamSyncWorker *m_worker;
    std::chrono::milliseconds m_heartbeat;
    TeamSyncState m_state;
};

} // namespace sitrep

Q_DECLARE_METATYPE(sitrep::TeamSyncState)
