#pragma once

#include "result.h"
#include "severity.h"

#include <chrono>
#include <optional>

#include <QCoreApplication>
#include <QList>
#include <QUrl>

namespace sitrep {

// Where announcements go: a chat or a webhook. Its webhook URL or bot token is never here: it
// lives in the keychain under secretKey().
struct Channel
{
    enum class Kind { SlackWebhook, SlackApi, Mattermost, Teams, Webhook };
    // What the channel is for; routing sends each announcement to the roles that should hear it.
    enum class Role { Chat, StatusPage, ExecutiveEmail, Paging, Other };

    QString name;
    Kind kind = Kind::SlackWebhook;
    Role role = Role::Chat;
    QString slackChannel; // slack-api: the channel to post in (C0123 or #incidents)
    QUrl apiUrl;          // slack-api: the Web API's base URL (default https://slack.com/api)
    QString bodyTemplate; // webhook: the JSON body, with {{placeholders}}
    // Which severities it hears, for every announcement; unset: the role's defaults.
    std::optional<QList<Severity>> severities;
    std::chrono::seconds timeout {10};

    [[nodiscard]] QString secretKey() const { return QStringLiteral("channel/") + name; }
    [[nodiscard]] QUrl slackApiUrl() const;
    bool operator==(const Channel &) const = default;
};

// "slack-webhook", "slack-api", "mattermost", "teams", "webhook"
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
    // Applies one "key=value" setting: role, channel, api_url, template, severities, timeout.
    [[nodiscard]] static std::optional<QString> apply(Channel &channel, const QString &setting);
    // https, or http to this machine only.
    [[nodiscard]] static bool isSafeUrl(const QUrl &url);
};

} // namespace sitrep
