#pragma once

#include "domain/teampresence.h"
#include "domain/teamurl.h"
#include "storage/teamclaims.h"
#include "teamapplier.h"
#include "teamsync.h"

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>

#include <QObject>
#include <QSqlDriver>
#include <QTimer>

namespace sitrep {

class Database;

// TeamSync's half on the worker thread: everything that blocks.
class TeamSyncWorker : public QObject
{
    Q_OBJECT
public:
    TeamSyncWorker(QString databasePath, TeamUrl url, QString password,
                   std::chrono::milliseconds heartbeat, QUuid console);
    ~TeamSyncWorker() override;

    // The socket of the connection to the server, -1 while there is none; read from the
    // owning thread, which may cut it off (TeamConnection::cutOff) when the worker is stuck.
    [[nodiscard]] int serverSocket() const { return m_socket.load(); }

    static constexpr int pushBatch = 500;
    static constexpr int pullPage = 1000;

public Q_SLOTS:
    void start();
    void sync();
    void stop();
    // Where this console is now; said to the server at once and with every presence beat.
    void setPlaces(const QList<sitrep::PresencePlace> &places);
    // Claims (what, key) for this console on the server; nothing while it is not connected.
    [[nodiscard]] std::optional<TeamClaim> claim(const QString &what, const QString &key);
    // Leases channels of the team's outbox; their due messages (nothing while not connected).
    [[nodiscard]] std::optional<QList<TeamOutboxMessage>>
    lease(const QList<sitrep::ChannelLease> &channels);
    // Settles a leased message; whether the team took it (nothing while not connected).
    [[nodiscard]] std::optional<bool> settle(const TeamOutboxMessage &message);

Q_SIGNALS:
    void stateChanged(const sitrep::TeamSyncState &state);
    void pulled(qint64 cursor);
    void applied(const sitrep::TeamApplied &applied);
    // A round with the server begins (true) or ends (false): a round that never ends is a
    // server that stopped answering.
    void busy(bool busy);
    // Who is where, as the server last said (this console included).
    void presenceChanged(const QList<sitrep::Presence> &presence);
    // The team's outbox has messages to deliver, or the team settled messages made here.
    void outboxChanged();

private:
    [[nodiscard]] bool connected();
    void lose(const QString &problem);
    // Closes the open connection to the server; its socket is no longer there to cut off.
    void closeServer();
    void onNotification(const QString &name, QSqlDriver::NotificationSource source,
                        const QVariant &payload);
    // Each returns what went wrong with the server (empty when all went well); a problem with
    // the local file is reported at once and stops the round as well.
    struct Round
    {
        bool done = true;
        QString serverProblem;
    };
    // One call to the server for a service (a claim, a lease, a settling): nothing while not
    // connected; a refusal is logged and answers nothing, as a server not asked would.
    template<typename T>
    [[nodiscard]] std::optional<T> askServer(const std::function<Result<T>(QSqlDatabase)> &work);
    // Whether this console's changes and messages may go to the server now.
    [[nodiscard]] bool mayWrite() const;
    [[nodiscard]] Round push();
    [[nodiscard]] Round pull();
    // Puts what the team's outbox has not heard (messages made here, and what became of
    // messages while the server was out of reach); then reads what became of the rest.
    [[nodiscard]] Round shareOutbox();
    [[nodiscard]] Round hearOutbox();
    // The team's messages this console has not seen, kept for the outbox panel.
    [[nodiscard]] Round mirrorOutbox();
    [[nodiscard]] Round localProblem(const QString &problem);
    void report();
    // Says where this console is (while it is anywhere, and once more when it left), then
    // reads who else is around; a problem here is not the sync's, so it is only logged.
    void beatPresence();
    void readPresence();

    QString m_databasePath;
    TeamUrl m_url;
    QString m_password;
    QString m_connectionName;
    bool m_open = false;
    std::atomic<int> m_socket {-1};
    std::unique_ptr<Database> m_local;
    QTimer *m_heartbeat = nullptr;
    QTimer *m_retry = nullptr;
    std::chrono::milliseconds m_heartbeatInterval;
    int m_failures = 0;
    TeamSyncState m_state;
    QUuid m_console;
    QTimer *m_presenceBeat = nullptr;
    QList<PresencePlace> m_places;
    bool m_placesAnnounced = false; // the server holds places for this console
    QList<Presence> m_presence;
};

} // namespace sitrep
