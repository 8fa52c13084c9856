#pragma once

#include "result.h"
#include "severity.h"

#include <chrono>
#include <optional>

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QStringList>
#include <QUrl>

namespace sitrep {

// Where announcements go: a chat or a webhook. Its webhook URL or bot token is never here: it
// lives in the keychain under secretKey().
struct Channel
{
    enum class Kind {
        SlackWebhook,
        SlackApi,
        Mattermost,
        Teams,
        Webhook,
        Statuspage, // Atlassian Statuspage's REST API, with an API key
        Email,      // SMTP, with STARTTLS or implicit TLS
        StaticPage, // a self-contained HTML status page, written to a folder or PUT to a URL
        PagerDuty,  // PagerDuty's Events API v2: the routing key is the secret
        GoAlert,    // GoAlert's generic incoming API: the URL with its token is the secret
    };
    // What the channel is for; routing sends each announcement to the roles that should hear it.
    enum class Role { Chat, StatusPage, ExecutiveEmail, Paging, Other };

    QString name;
    Kind kind = Kind::SlackWebhook;
    Role role = Role::Chat;
    QString slackChannel; // slack-api: the channel to post in (C0123 or #incidents)
    // slack-api: open a Slack channel for each declared incident, invite its responders and
    // post the declaration there.
    bool incidentChannels = false;
    QUrl apiUrl;          // slack-api: the Web API's base URL (default https://slack.com/api)
    QString bodyTemplate; // webhook: the JSON body, with {{placeholders}}
    // statuspage: the page, the component of each service, and the component status each
    // severity sets (the defaults: major_outage, partial_outage, degraded_performance,
    // operational). apiUrl is its API's base (default https://api.statuspage.io/v1).
    // static-page: the components to show (service -> the public's name for it; unset: every
    // service ever seen) and the same severity mapping, as the public impact.
    QString pageId;
    QMap<QString, QString> components;
    QMap<Severity, QString> componentStatus;
    // email: the server (smtp://host:587 with STARTTLS, smtps://host:465), sender, recipients
    // and login (the password is the secret). Plain SMTP without TLS only to this machine.
    QUrl smtpUrl;
    QString from;
    QStringList to;
    QString username;
    bool requireTls = true;
    QString caFile; // extra CA certificates (PEM) to verify the receiver with (https, email)

    // static-page: the folder to write index.html to (else the secret is a URL to PUT it to).
    QString folder;
    // Which severities it hears, for every announcement; unset: the role's defaults.
    std::optional<QList<Severity>> severities;
    std::chrono::seconds timeout {10};

    [[nodiscard]] QString secretKey() const { return QStringLiteral("channel/") + name; }
    // A paging service that runs its own escalation (PagerDuty, GoAlert): it is told of
    // declarations, acknowledgements and resolutions, not of Sitrep's own pages.
    [[nodiscard]] bool isPagingProvider() const;
    // The component status a severity sets on the status page.
    [[nodiscard]] QString componentStatusFor(Severity severity) const;
    // Whether the channel needs a secret (an email login or a folder needs none).
    [[nodiscard]] bool needsSecret() const;
    bool operator==(const Channel &) const = default;
};

// "slack-webhook", "slack-api", "mattermost", "teams", "webhook", "statuspage", "smtp",
// "static-page", "pagerduty", "goalert"
[[nodiscard]] QString channelKindKey(Channel::Kind kind);
[[nodiscard]] std::optional<Channel::Kind> parseChannelKind(QStringView key);
// "chat", "status-page", "executive-email", "paging", "other"
[[nodiscard]] QString channelRoleKey(Channel::Role role);
[[nodiscard]] std::optional<Channel::Role> parseChannelRole(QStringView key);

class ChannelRules
{
    Q_DECLARE_TR_FUNCTIONS(ChannelRules)
public:
    // The generic webhook's body when the user gives none.
    [[nodiscard]] static QString defaultTemplate();
    // The first problem with the settings, in words, or none.
    [[nodiscard]] static std::optional<QString> problem(const Channel &channel);
    // The first problem with the secret: webhook URLs must be https (http only to loopback);
    // a bot token must not be empty.
    [[nodiscard]] static std::optional<QString> secretProblem(const Channel &channel,
                                                              const QString &secret);
    // Applies one "key=value" setting: role, channel, api_url, template, severities, timeout;
    // page_id, components (service:id,...), component_status (SEV-1:major_outage,...);
    // smtp_url, from, to (a,b), username, tls (required|none); folder; incident_channels.
    // Only the setting itself is checked: problem() judges the channel once all are applied.
    [[nodiscard]] static std::optional<QString> apply(Channel &channel, const QString &setting);
    // https, or http to this machine only.
    [[nodiscard]] static bool isSafeUrl(const QUrl &url);
};

} // namespace sitrep
