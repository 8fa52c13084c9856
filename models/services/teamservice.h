#pragma once

#include "domain/result.h"
#include "domain/teamrole.h"
#include "domain/teamurl.h"

#include <functional>

#include <QObject>
#include <QThreadPool>

class QSqlDatabase;

namespace sitrep {

class Database;
class SecretStore;
struct TeamSyncState;

// Joining and leaving a team server, and its schema. The password lives in the keychain only
// (under the URL without it); without one there, libpq's own sources work (PGPASSWORD,
// ~/.pgpass, client certificates). QPSQL blocks, so every call to the server runs on a worker
// thread with a connection of its own; answers come back on this object's thread.
class TeamService : public QObject
{
    Q_OBJECT
public:
    TeamService(Database &database, SecretStore &secrets, QObject *parent = nullptr);
    ~TeamService() override;

    // The server's schema version (0: none yet), or why it cannot be reached, in words.
    void probe(const TeamUrl &url, std::function<void(Result<int>)> done);
    // The same with a password typed just now (nothing is stored: "Test connection").
    void probeWith(const TeamUrl &url, const QString &password,
                   std::function<void(Result<int>)> done);
    // Brings the server's schema up to this console's; the version it is at.
    void migrate(const TeamUrl &url, std::function<void(Result<int>)> done);
    // What the URL's login may do on the team.
    void role(const TeamUrl &url, std::function<void(Result<TeamRole>)> done);
    // Whether the URL reaches a standby (read-only; changes wait for the primary).
    void standby(const TeamUrl &url, std::function<void(Result<bool>)> done);
    // Creates or changes `login` with `role` (an owner's call; the server checks). The password
    // (when given) leaves this console only as its SCRAM verifier.
    void grant(const TeamUrl &url, const QString &login, TeamRole role, const QString &password,
               std::function<void(Result<void>)> done);
    void members(const TeamUrl &url, std::function<void(Result<QList<TeamMember>>)> done);
    // Marks this console's file read-only while the login's role takes no writes, so every
    // service write (and sitrepctl's) is refused up front in words.
    [[nodiscard]] Result<void> markRole(TeamRole role);
    // Why this console may not act for the team now, in words; empty when it may.
    [[nodiscard]] QString refusal();
    // Stores the password for `url` in the keychain (nothing when empty); `done` gets the problem.
    void rememberPassword(const TeamUrl &url, const QString &password,
                          std::function<void(QString)> done);
    void forgetPassword(const TeamUrl &url, std::function<void(QString)> done);
    // The stored password for `url` (empty when none is stored: libpq's own sources then).
    void password(const TeamUrl &url, std::function<void(QString)> done);
    // Makes this console's file record its changes for `url`'s team from now on (none: solo,
    // nothing recorded).
    [[nodiscard]] Result<void> recordFor(const std::optional<TeamUrl> &url);
    // Queues this console's own history for the team (team connect --import-local), in one
    // transaction; how many incidents.
    [[nodiscard]] Result<int> importLocal();
    // Joining without bringing the history: a file with a solo history is copied aside
    // (beside it, "NAME-solo-DATE.sqlite") and starts over from the team's state. Where the
    // copy went; empty when there was nothing to keep (no incidents, or a file that has
    // followed a team before).
    [[nodiscard]] Result<QString> setSoloHistoryAside();
    // What this console holds of the team's log: the cursor and the changes waiting to go.
    [[nodiscard]] Result<TeamSyncState> localState();
    [[nodiscard]] static QString secretKey(const TeamUrl &url);
    // The server schema this console understands.
    [[nodiscard]] static int schemaVersion();

private:
    // Reads the password, then runs `work` on a worker with a fresh connection.
    template<typename T>
    void onServer(const TeamUrl &url, std::function<Result<T>(QSqlDatabase)> work,
                  std::function<void(Result<T>)> done);
    template<typename T>
    void runWith(const TeamUrl &url, const QString &password,
                 std::function<Result<T>(QSqlDatabase)> work, std::function<void(Result<T>)> done);

    Database &m_database;
    SecretStore &m_secrets;
    QThreadPool m_pool;
};

} // namespace sitrep
