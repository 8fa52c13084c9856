#include "endpoint.h"

#include "durationtext.h"

#include <QRegularExpression>

namespace sitrep {

QString endpointKindKey(Endpoint::Kind kind)
{
    return kind == Endpoint::Kind::Alertmanager ? QStringLiteral("alertmanager")
                                                : QStringLiteral("prometheus");
}

std::optional<Endpoint::Kind> parseEndpointKind(QStringView key)
{
    if (key == u"alertmanager")
        return Endpoint::Kind::Alertmanager;
    if (key == u"prometheus")
        return Endpoint::Kind::Prometheus;
    return std::nullopt;
}

QString endpointAuthKey(Endpoint::Auth auth)
{
    switch (auth) {
    case Endpoint::Auth::None:
        return QStringLiteral("none");
    case Endpoint::Auth::Basic:
        return QStringLiteral("basic");
    case Endpoint::Auth::Bearer:
        return QStringLiteral("bearer");
    }
    return {};
}

std::optional<Endpoint::Auth> parseEndpointAuth(QStringView key)
{
    for (Endpoint::Auth auth :
         {Endpoint::Auth::None, Endpoint::Auth::Basic, Endpoint::Auth::Bearer}) {
        if (key == endpointAuthKey(auth))
            return auth;
    }
    return std::nullopt;
}

std::optional<QString> EndpointRules::problem(const Endpoint &endpoint)
{
    static const QRegularExpression name(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    if (!name.match(endpoint.name).hasMatch())
        return tr("The name \"%1\" must be 1 to 64 letters, digits, dots, dashes or "
                  "underscores.")
                .arg(endpoint.name);
    if (!endpoint.url.isValid() || endpoint.url.host().isEmpty()
        || (endpoint.url.scheme() != u"http" && endpoint.url.scheme() != u"https"))
        return tr("The URL \"%1\" must be an http:// or https:// address.")
                .arg(endpoint.url.toString());
    if (endpoint.auth == Endpoint::Auth::Basic && endpoint.username.isEmpty())
        return tr("Basic authentication needs a username (username=...).");
    if (endpoint.pollInterval < std::chrono::seconds(1))
        return tr("The poll interval must be at least 1 second.");
    if (endpoint.timeout < std::chrono::seconds(1) || endpoint.timeout > std::chrono::minutes(5))
        return tr("The request timeout must be between 1 second and 5 minutes.");
    return std::nullopt;
}

std::optional<QString> EndpointRules::apply(Endpoint &endpoint, const QString &setting)
{
    const qsizetype equals = setting.indexOf(u'=');
    if (equals <= 0)
        return tr("\"%1\" is not a setting; write KEY=VALUE.").arg(setting);
    const QString key = setting.left(equals).trimmed();
    const QString value = setting.mid(equals + 1).trimmed();
    if (key == u"auth") {
        const auto auth = parseEndpointAuth(value);
        if (!auth)
            return tr("auth must be none, basic or bearer, not \"%1\".").arg(value);
        endpoint.auth = *auth;
    } else if (key == u"username") {
        endpoint.username = value;
    } else if (key == u"ca_file") {
        endpoint.caFile = value;
    } else if (key == u"poll_interval" || key == u"timeout") {
        const auto duration = parseDurationText(value);
        if (!duration)
            return tr("%1 must be a duration such as 15s or 1m, not \"%2\".").arg(key, value);
        (key == u"timeout" ? endpoint.timeout : endpoint.pollInterval) = *duration;
    } else {
        return tr("Unknown setting \"%1\"; known: auth, username, ca_file, poll_interval, "
                  "timeout.")
                .arg(key);
    }
    return std::nullopt;
}

EndpointHealth::State EndpointHealth::state(const QDateTime &now,
                                            std::chrono::seconds pollInterval) const
{
    if (!lastAttempt.isValid())
        return State::Unknown;
    if (!failure.isEmpty())
        return State::Failing;
    if (lastSuccess.secsTo(now) > 3 * pollInterval.count())
        return State::Stale;
    return State::Ok;
}

QString EndpointHealth::describe(const QDateTime &now, std::chrono::seconds pollInterval) const
{
    const auto time = [](const QDateTime &at) {
        return at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
    };
    switch (state(now, pollInterval)) {
    case State::Unknown:
        return QCoreApplication::translate("EndpointHealth", "not polled yet");
    case State::Ok:
        return QCoreApplication::translate("EndpointHealth", "ok");
    case State::Stale:
        return QCoreApplication::translate("EndpointHealth", "stale since %1")
                .arg(time(lastSuccess));
    case State::Failing:
        return QCoreApplication::translate("EndpointHealth", "failing since %1: %2")
                .arg(time(failingSince), failure);
    }
    return {};
}

} // namespace sitrep
