#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

namespace sitrep {

// Where the team's shared store is, in libpq's URL form:
// postgresql://user@host:port/db?sslmode=verify-full&sslrootcert=FILE. TLS with the server's
// certificate verified (verify-full or verify-ca) is required, except to this machine.
struct TeamUrl
{
    Q_DECLARE_TR_FUNCTIONS(TeamUrl)
public:
    QString host;
    int port = 5432;
    QString database;
    QString user;
    QMap<QString, QString> parameters; // sslmode, sslrootcert, ... as given
    // Further servers tried in order when one does not take the connection, as in libpq's
    // postgresql://user@primary:5432,standby:5432/db?target_session_attrs=read-write.
    QList<std::pair<QString, int>> fallbacks;

    [[nodiscard]] static Result<TeamUrl> parse(const QString &text);
    [[nodiscard]] bool isLoopback() const;
    // libpq's connection options for Qt's QPSQL driver ("sslmode=verify-full;..."), with TCP
    // keepalives and a connect timeout so a silent partition is noticed.
    [[nodiscard]] QString connectOptions() const;
    // Every host, comma-separated, for a URL with fallbacks (libpq's "host=a,b").
    [[nodiscard]] QString hostList() const;
    // The URL without any password, for settings, logs and `team status`.
    [[nodiscard]] QString toString() const;
};

} // namespace sitrep
