#include "teamconnection.h"

#include <libpq-fe.h>
#include <sys/socket.h>

#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

namespace sitrep {

Result<QSqlDatabase> TeamConnection::open(const TeamUrl &url, const QString &password,
                                          const QString &name)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return Error {tr("Qt's PostgreSQL driver is missing: install libqt6sql6-psql.")};
    QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    database.setHostName(url.hostList());
    if (url.fallbacks.isEmpty())
        database.setPort(url.port); // else each host's port is among the options
    database.setDatabaseName(url.database);
    database.setUserName(url.user);
    if (!password.isEmpty())
        database.setPassword(password);
    database.setConnectOptions(url.connectOptions());
    if (!database.open()) {
        const QString problem = describe(database.lastError(), url);
        database = {};
        QSqlDatabase::removeDatabase(name);
        return Error {problem};
    }
    return database;
}

int TeamConnection::socketOf(const QSqlDatabase &database)
{
    const QVariant handle = database.driver()->handle();
    // Qt's documentation says "PGconn*"; the type registers by its struct's name.
    if (!handle.isValid()
        || (qstrcmp(handle.typeName(), "PGconn*") != 0
            && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        return -1;
    PGconn *connection = *static_cast<PGconn *const *>(handle.data());
    return connection ? PQsocket(connection) : -1;
}

void TeamConnection::cutOff(int socket)
{
    if (socket >= 0)
        ::shutdown(socket, SHUT_RDWR);
}

void TeamConnection::close(const QString &name)
{
    {
        QSqlDatabase database = QSqlDatabase::database(name, false);
        if (database.isOpen())
            database.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QString TeamConnection::describe(const QSqlError &error, const TeamUrl &url)
{
    const QString said
            = (error.databaseText().isEmpty() ? error.text() : error.databaseText()).simplified();
    const QString where = QStringLiteral("%1:%2").arg(url.host).arg(url.port);
    if (said.contains(u"could not translate host name"))
        return tr("The team server's name %1 was not found (DNS): %2").arg(url.host, said);
    if (said.contains(u"Connection refused"))
        return tr("Nobody answers at %1 (connection refused): is the team server running?")
                .arg(where);
    if (said.contains(u"timeout expired") || said.contains(u"timed out"))
        return tr("The team server at %1 did not answer in time.").arg(where);
    if (said.contains(u"certificate") || said.contains(u"SSL") || said.contains(u"root cert"))
        return tr("TLS: the team server's certificate could not be verified against the CA "
                  "you gave (sslrootcert): %1")
                .arg(said);
    if (said.contains(u"password authentication failed") || said.contains(u"no password"))
        return tr("The team server refused the password for %1.").arg(url.user);
    if (said.contains(u"does not exist"))
        return tr("The team server at %1 says: %2").arg(where, said);
    return tr("The team server at %1: %2").arg(where, said);
}

} // namespace sitrep
