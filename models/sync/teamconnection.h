#pragma once

#include "domain/result.h"
#include "domain/teamurl.h"

#include <QCoreApplication>
#include <QSqlDatabase>

class QSqlError;

namespace sitrep {

// The connection to the team's PostgreSQL through Qt's QPSQL driver. QPSQL connects and
// queries blocking, so a connection is opened and used on one worker thread, never the GUI's.
// Whatever goes wrong is said in words a person can act on: the name not found, nobody
// listening, the certificate not trusted, the password refused.
class TeamConnection
{
    Q_DECLARE_TR_FUNCTIONS(TeamConnection)
public:
    // Opens the named connection on the calling thread; the password is used and forgotten
    // (an empty one lets libpq's own sources work: PGPASSWORD, ~/.pgpass, client certificates).
    [[nodiscard]] static Result<QSqlDatabase> open(const TeamUrl &url, const QString &password,
                                                   const QString &name);
    static void close(const QString &name);
    // The socket an open connection talks over (libpq's PQsocket), -1 for none.
    [[nodiscard]] static int socketOf(const QSqlDatabase &database);
    // Shuts the socket down from any thread: a call blocked on it returns at once with the
    // connection lost. For a worker stuck on a silent server at exit; -1 does nothing.
    static void cutOff(int socket);
    [[nodiscard]] static QString describe(const QSqlError &error, const TeamUrl &url);
};

} // namespace sitrep
