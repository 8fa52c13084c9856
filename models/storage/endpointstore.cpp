#include "endpointstore.h"

#include "database.h"
#include "sqlerrors.h"
#include "sqlvalues.h"

#include <QSqlQuery>

namespace sitrep {

namespace {

constexpr auto selectEndpoints = "SELECT name, kind, url, auth, username, ca_file, poll_seconds,"
                                 " timeout_seconds FROM endpoints";

Endpoint readEndpoint(const QSqlQuery &query)
{
    Endpoint endpoint;
    endpoint.name = query.value(0).toString();
    endpoint.kind
            = parseEndpointKind(query.value(1).toString()).value_or(Endpoint::Kind::Alertmanager);
    endpoint.url = QUrl(query.value(2).toString());
    endpoint.auth = parseEndpointAuth(query.value(3).toString()).value_or(Endpoint::Auth::None);
    endpoint.username = query.value(4).toString();
    endpoint.caFile = query.value(5).toString();
    endpoint.pollInterval = std::chrono::seconds(query.value(6).toLongLong());
    endpoint.timeout = std::chrono::seconds(query.value(7).toLongLong());
    return endpoint;
}

} // namespace

EndpointStore::EndpointStore(Database &database) : m_database(database) { }

Result<QList<Endpoint>> EndpointStore::list()
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QString::fromUtf8(selectEndpoints) + QStringLiteral(" ORDER BY name")))
        return SqlErrors::describe(tr("Could not read the endpoints"), query.lastError());
    QList<Endpoint> endpoints;
    while (query.next())
        endpoints.append(readEndpoint(query));
    return endpoints;
}

Result<std::optional<Endpoint>> EndpointStore::find(const QString &name)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QString::fromUtf8(selectEndpoints) + QStringLiteral(" WHERE name = ?"));
    query.addBindValue(name);
    if (!query.exec())
        return SqlErrors::describe(tr("Could not read endpoint %1").arg(name), query.lastError());
    if (!query.next())
        return std::optional<Endpoint>();
    return std::optional<Endpoint>(readEndpoint(query));
}

Result<void> EndpointStore::save(const Endpoint &endpoint)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
            "INSERT INTO endpoints (name, kind, url, auth, username, ca_file, poll_seconds,"
            " timeout_seconds) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET"
            " kind = excluded.kind, url = excluded.url, auth = excluded.auth,"
            " username = excluded.username, ca_file = excluded.ca_file,"
            " poll_seconds = excluded.poll_seconds, timeout_seconds = excluded.timeout_seconds"));
    query.addBindValue(endpoint.name);
    query.addBindValue(endpointKindKey(endpoint.kind));
    query.addBindValue(endpoint.url.toString());
    query.addBindValue(endpointAuthKey(endpoint.auth));
    query.addBindValue(endpoint.username.isNull() ? QStringLiteral("") : endpoint.username);
    query.addBindValue(endpoint.caFile.isNull() ? QStringLiteral("") : endpoint.caFile);
    query.addBindValue(qint64(endpoint.pollInterval.count()));
    query.addBindValue(qint64(endpoint.timeout.count()));
    if (!query.exec())
        return SqlErrors::describe(tr("Could not save endpoint %1").arg(endpoint.name),
                                   query.lastError());
    return {};
}

Result<bool> EndpointStore::remove(const QString &name)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM endpoints WHERE name = ?"));
    query.addBindValue(name);
    if (!query.exec())
        return SqlErrors::describe(tr("Could not remove endpoint %1").arg(name), query.lastError());
    return query.numRowsAffected() > 0;
}

Result<EndpointHealth> EndpointStore::health(const QString &name)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT last_attempt, last_success, failure, failing_since"
                                 " FROM endpoints WHERE name = ?"));
    query.addBindValue(name);
    if (!query.exec())
        return SqlErrors::describe(tr("Could not read endpoint %1").arg(name), query.lastError());
    if (!query.next())
        return EndpointHealth();
    return EndpointHealth {sqlvalues::timeAt(query, 0), sqlvalues::timeAt(query, 1),
                           query.value(2).toString(), sqlvalues::timeAt(query, 3)};
}

Result<void> EndpointStore::saveHealth(const QString &name, const EndpointHealth &health)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE endpoints SET last_attempt = ?, last_success = ?,"
                                 " failure = ?, failing_since = ? WHERE name = ?"));
    query.addBindValue(sqlvalues::time(health.lastAttempt));
    query.addBindValue(sqlvalues::time(health.lastSuccess));
    query.addBindValue(health.failure.isNull() ? QStringLiteral("") : health.failure);
    query.addBindValue(sqlvalues::time(health.failingSince));
    query.addBindValue(name);
    if (!query.exec())
        return SqlErrors::describe(tr("Could not save the health of endpoint %1").arg(name),
                                   query.lastError());
    return {};
}

} // namespace sitrep
