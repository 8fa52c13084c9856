#pragma once

#include "domain/result.h"
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
    using Work = std::function<Result<int>(QSqlDatabase)>;
    // Reads the password, then runs `work` on a worker with a fresh connection.
    void onServer(const TeamUrl &url, Work work, std::function<void(Result<int>)> done);
    void runWith(const TeamUrl &url, const QString &password, Work work,
                 std::function<void(Result<int>)> done);

    Database &m_database;
    SecretStore &m_secrets;
    QThreadPool m_pool;
};

} // namespace sitrep
