#pragma once

#include "result.h"

#include <chrono>

#include <QCoreApplication>
#include <QDateTime>
#include <QUrl>

namespace sitrep {

// A monitoring server Sitrep reads: an Alertmanager or a Prometheus. Its token or password is
// never here: it lives in the keychain under secretKey().
struct Endpoint
{
    enum class Kind { Alertmanager, Prometheus };
    enum class Auth { None, Basic, Bearer };

    QString name;
    Kind kind = Kind::Alertmanager;
    QUrl url;
    Auth auth = Auth::None;
    QString username; // basic auth
    QString caFile;   // extra CA certificates (PEM) to trust, besides the system's
    std::chrono::seconds pollInterval {15};
    std::chrono::seconds timeout {10};

    [[nodiscard]] QString secretKey() const { return QStringLiteral("endpoint/") + name; }
    [[nodiscard]] bool needsSecret() const { return auth != Auth::None; }
    bool operator==(const Endpoint &) const = default;
};

[[nodiscard]] QString endpointKindKey(Endpoint::Kind kind); // "alertmanager", "prometheus"
[[nodiscard]] std::optional<Endpoint::Kind> parseEndpointKind(QStringView key);
[[nodiscard]] QString endpointAuthKey(Endpoint::Auth auth); // "none", "basic", "bearer"
[[nodiscard]] std::optional<Endpoint::Auth> parseEndpointAuth(QStringView key);

class EndpointRules
{
    Q_DECLARE_TR_FUNCTIONS(EndpointRules)
public:
    // The first problem with the settings, in words, or none.
    [[nodiscard]] static std::optional<QString> problem(const Endpoint &endpoint);
    // Applies one "key=value" setting: auth, username, ca_file, poll_interval, timeout.
    [[nodiscard]] static std::optional<QString> apply(Endpoint &endpoint, const QString &setting);
};

// How an endpoint is doing, as the status bar and settings show it.
struct EndpointHealth
{
    QDateTime lastAttempt;
    QDateTime lastSuccess;
    QString failure; // empty: the last attempt succeeded
    QDateTime failingSince;

    enum class State { Unknown, Ok, Stale, Failing };
    // Stale: the last success is older than three poll intervals (the console was offline).
    [[nodiscard]] State state(const QDateTime &now, std::chrono::seconds pollInterval) const;
    // "ok", "stale since 14:02 UTC", "failing since 14:02 UTC: connection refused".
    [[nodiscard]] QString describe(const QDateTime &now, std::chrono::seconds pollInterval) const;
    bool operator==(const EndpointHealth &) const = default;
};

} // namespace sitrep
