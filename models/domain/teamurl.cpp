#include "teamurl.h"

#include <QUrl>
#include <QUrlQuery>

namespace sitrep {

namespace {

// The libpq parameters a URL may carry; anything else is a typo worth telling.
const QStringList knownParameters {QStringLiteral("sslmode"),
                                   QStringLiteral("sslrootcert"),
                                   QStringLiteral("sslcert"),
                                   QStringLiteral("sslkey"),
                                   QStringLiteral("connect_timeout"),
                                   QStringLiteral("application_name"),
                                   QStringLiteral("target_session_attrs")};

} // namespace

Result<TeamUrl> TeamUrl::parse(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"postgresql" && url.scheme() != u"postgres"))
        return Error {tr("\"%1\" is not a postgresql:// URL "
                         "(postgresql://user@host:port/database?sslmode=verify-full&"
                         "sslrootcert=FILE).")
                              .arg(text)};
    if (!url.password().isEmpty())
        return Error {tr("The URL holds a password: give it with --password-stdin instead, so it "
                         "goes to the keychain and never into settings or logs.")};
    TeamUrl team;
    team.host = url.host();
    team.port = url.port(5432);
    team.database = url.path().mid(1);
    team.user = url.userName();
    if (team.host.isEmpty() || team.database.isEmpty() || team.user.isEmpty())
        return Error {tr("The URL needs a user, a host and a database: "
                         "postgresql://user@host:port/database.")};
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!knownParameters.contains(key))
            return Error {tr("The URL's parameter \"%1\" is not one Sitrep passes on (%2).")
                                  .arg(key, knownParameters.join(QStringLiteral(", ")))};
        team.parameters.insert(key, value);
    }
    const QString sslmode = team.parameters.value(QStringLiteral("sslmode"));
    if (!team.isLoopback() && sslmode != u"verify-full" && sslmode != u"verify-ca")
        return Error {tr("A team server on another machine needs TLS with its certificate "
                         "verified: add sslmode=verify-full (and sslrootcert=FILE for your CA).")};
    return team;
}

bool TeamUrl::isLoopback() const
{
    // Domain code has no QHostAddress (QtCore only): the loopback names and ranges by hand.
    return host == u"localhost" || host == u"::1" || host.startsWith(u"127.");
}

QString TeamUrl::connectOptions() const
{
    QStringList options;
    for (auto it = parameters.begin(); it != parameters.end(); ++it)
        options << it.key() + u'=' + it.value();
    if (!parameters.contains(QStringLiteral("connect_timeout")))
        options << QStringLiteral("connect_timeout=5");
    options << QStringLiteral("keepalives=1") << QStringLiteral("keepalives_idle=10")
            << QStringLiteral("keepalives_interval=5")
            << QStringLiteral("keepalives_count=2")
            // Data the network stops acknowledging closes the connection after 20 s.
            << QStringLiteral("tcp_user_timeout=20000");
    return options.join(u';');
}

QString TeamUrl::toString() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    url.setHost(host);
    url.setPort(port);
    url.setPath(u'/' + database);
    QUrlQuery query;
    for (auto it = parameters.begin(); it != parameters.end(); ++it)
        query.addQueryItem(it.key(), it.value());
    url.setQuery(query);
    return url.toString();
}

} // namespace sitrep
