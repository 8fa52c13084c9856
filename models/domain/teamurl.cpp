#include "teamurl.h"

#include <algorithm>
#include <optional>

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

namespace {

// "h1:5432,h2,h3:5433" as libpq reads a URL's hosts: the first stays in the URL QUrl checks,
// the others come back as fallbacks; empty when one is not a host[:port].
std::optional<QList<std::pair<QString, int>>> splitHosts(QString &text)
{
    const qsizetype start = text.indexOf(QStringLiteral("://"));
    if (start < 0)
        return QList<std::pair<QString, int>> {};
    const qsizetype end = text.indexOf(u'/', start + 3);
    // The hosts come after the user (if any) and before the path.
    const qsizetype from
            = start + 3 + text.mid(start + 3, end < 0 ? -1 : end - start - 3).lastIndexOf(u'@') + 1;
    const QStringList hosts = text.mid(from, end < 0 ? -1 : end - from).split(u',');
    QList<std::pair<QString, int>> fallbacks;
    for (qsizetype i = 1; i < hosts.size(); ++i) {
        const QUrl host(QStringLiteral("postgresql://") + hosts.at(i), QUrl::StrictMode);
        if (!host.isValid() || host.host().isEmpty() || !host.path().isEmpty())
            return std::nullopt;
        fallbacks.append({host.host(), host.port(5432)});
    }
    text = text.left(from) + hosts.first() + (end < 0 ? QString() : text.mid(end));
    return fallbacks;
}

} // namespace

Result<TeamUrl> TeamUrl::parse(const QString &text)
{
    QString single = text.trimmed();
    const std::optional<QList<std::pair<QString, int>>> fallbacks = splitHosts(single);
    const QUrl url(single, QUrl::StrictMode);
    if (!fallbacks)
        return Error {tr("\"%1\" lists a host that is not host[:port].").arg(text)};
    if (!url.isValid() || (url.scheme() != u"postgresql" && url.scheme() != u"postgres"))
        return Error {tr("\"%1\" is not a postgresql:// URL "
                         "(postgresql://user@host:port/database?sslmode=verify-full&"
                         "sslrootcert=FILE).")
                              .arg(text)};
    if (!url.password().isEmpty())
        return Error {tr("The URL holds a password: give it with --password-stdin instead, so it "
                         "goes to the keychain and never into settings or logs.")};
    TeamUrl team;
    team.fallbacks = *fallbacks;
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
    const auto loopback = [](const QString &name) {
        return name == u"localhost" || name == u"::1" || name.startsWith(u"127.");
    };
    return loopback(host)
            && std::all_of(fallbacks.begin(), fallbacks.end(),
                           [&loopback](const auto &other) { return loopback(other.first); });
}

QString TeamUrl::hostList() const
{
    QStringList hosts {host};
    for (const auto &[other, port] : fallbacks)
        hosts << other;
    return hosts.join(u',');
}

QString TeamUrl::connectOptions() const
{
    QStringList options;
    for (auto it = parameters.begin(); it != parameters.end(); ++it)
        options << it.key() + u'=' + it.value();
    if (!fallbacks.isEmpty()) {
        // One port per host, in the same order (the driver's own port is left unset then).
        QStringList ports {QString::number(port)};
        for (const auto &[other, otherPort] : fallbacks)
            ports << QString::number(otherPort);
        options << QStringLiteral("port=") + ports.join(u',');
    }
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
    QString text = url.toString();
    if (!fallbacks.isEmpty()) {
        QString hosts;
        for (const auto &[other, otherPort] : fallbacks)
            hosts += QStringLiteral(",%1:%2").arg(other).arg(otherPort);
        // After the first host's port, before the path.
        const qsizetype path = text.indexOf(u'/', text.indexOf(QStringLiteral("://")) + 3);
        text.insert(path, hosts);
    }
    return text;
}

} // namespace sitrep
