#include "channel.h"

#include "durationtext.h"

#include <array>

namespace sitrep {

namespace {

constexpr std::array<std::pair<Channel::Kind, const char16_t *>, 10> kinds {{
        {Channel::Kind::SlackWebhook, u"slack-webhook"},
        {Channel::Kind::SlackApi, u"slack-api"},
        {Channel::Kind::Mattermost, u"mattermost"},
        {Channel::Kind::Teams, u"teams"},
        {Channel::Kind::Webhook, u"webhook"},
        {Channel::Kind::Statuspage, u"statuspage"},
        {Channel::Kind::Email, u"smtp"},
        {Channel::Kind::StaticPage, u"static-page"},
        {Channel::Kind::PagerDuty, u"pagerduty"},
        {Channel::Kind::GoAlert, u"goalert"},
}};

const QStringList componentStatuses {
        QStringLiteral("operational"), QStringLiteral("degraded_performance"),
        QStringLiteral("partial_outage"), QStringLiteral("major_outage"),
        QStringLiteral("under_maintenance")};

constexpr std::array<std::pair<Channel::Role, const char16_t *>, 5> roles {{
        {Channel::Role::Chat, u"chat"},
        {Channel::Role::StatusPage, u"status-page"},
        {Channel::Role::ExecutiveEmail, u"executive-email"},
        {Channel::Role::Paging, u"paging"},
        {Channel::Role::Other, u"other"},
}};

template<typename Enum, std::size_t N>
QString keyOf(const std::array<std::pair<Enum, const char16_t *>, N> &table, Enum value)
{
    for (const auto &[candidate, key] : table)
        if (candidate == value)
            return QString::fromUtf16(key);
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> parseKey(const std::array<std::pair<Enum, const char16_t *>, N> &table,
                             QStringView key)
{
    for (const auto &[candidate, name] : table)
        if (key == QStringView(name))
            return candidate;
    return std::nullopt;
}

bool isLoopback(const QUrl &url)
{
    const QString host = url.host();
    return host == u"localhost" || host == u"::1" || host.startsWith(u"127.");
}

} // namespace

bool Channel::isPagingProvider() const
{
    return kind == Kind::PagerDuty || kind == Kind::GoAlert;
}

QString Channel::componentStatusFor(Severity severity) const
{
    if (const auto set = componentStatus.constFind(severity); set != componentStatus.cend())
        return *set;
    switch (severity) {
    case Severity::Sev1:
        return QStringLiteral("major_outage");
    case Severity::Sev2:
        return QStringLiteral("partial_outage");
    case Severity::Sev3:
        return QStringLiteral("degraded_performance");
    case Severity::Sev4:
        return QStringLiteral("operational");
    }
    return QStringLiteral("operational");
}

bool Channel::needsSecret() const
{
    if (kind == Kind::Email)
        return !username.isEmpty();
    if (kind == Kind::StaticPage)
        return folder.isEmpty();
    return true;
}

QString channelKindKey(Channel::Kind kind)
{
    return keyOf(kinds, kind);
}

std::optional<Channel::Kind> parseChannelKind(QStringView key)
{
    return parseKey(kinds, key);
}

QString channelRoleKey(Channel::Role role)
{
    return keyOf(roles, role);
}

std::optional<Channel::Role> parseChannelRole(QStringView key)
{
    return parseKey(roles, key);
}

bool ChannelRules::isSafeUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return false;
    return url.scheme() == u"https" || (url.scheme() == u"http" && isLoopback(url));
}

QString ChannelRules::defaultTemplate()
{
    return QStringLiteral(
            "{\"event\": \"{{event}}\", \"incident_id\": {{incident_id}}, \"title\": "
            "\"{{title}}\", \"severity\": \"{{severity}}\", \"status\": \"{{status}}\", "
            "\"message\": \"{{message}}\", \"text\": \"{{text}}\"}");
}

std::optional<QString> ChannelRules::problem(const Channel &channel)
{
    if (channel.name.trimmed().isEmpty())
        return tr("A channel needs a name.");
    if (channel.name.contains(u'/') || channel.name.contains(QChar::Space))
        return tr("A channel name has no spaces or slashes: \"%1\".").arg(channel.name);
    if (channel.kind == Channel::Kind::SlackApi && channel.slackChannel.trimmed().isEmpty())
        return tr("A slack-api channel needs the Slack channel to post in (--set "
                  "channel=C0123ABCD or channel=#incidents).");
    if (channel.kind == Channel::Kind::SlackApi && !channel.apiUrl.isEmpty()
        && !isSafeUrl(channel.apiUrl))
        return tr("The Slack API URL must use https (http only to this machine): %1")
                .arg(channel.apiUrl.toString());
    if (channel.kind == Channel::Kind::Statuspage) {
        if (channel.pageId.isEmpty())
            return tr("A statuspage channel needs the page's id (--set page_id=...).");
        if (!channel.apiUrl.isEmpty() && !isSafeUrl(channel.apiUrl))
            return tr("The Statuspage API URL must use https (http only to this machine): %1")
                    .arg(channel.apiUrl.toString());
    }
    if (channel.kind == Channel::Kind::Email) {
        const QUrl &url = channel.smtpUrl;
        if (!url.isValid() || url.host().isEmpty()
            || (url.scheme() != u"smtp" && url.scheme() != u"smtps"))
            return tr("An email channel needs its server as smtp://host:587 (STARTTLS) or "
                      "smtps://host:465 (--set smtp_url=...).");
        if (url.scheme() == u"smtp" && !channel.requireTls && !isLoopback(url))
            return tr("Mail leaves this machine only over TLS: tls=none is for a server on "
                      "this machine.");
        if (channel.from.isEmpty() || !channel.from.contains(u'@'))
            return tr("An email channel needs the sender's address (--set from=...).");
        if (channel.to.isEmpty())
            return tr("An email channel needs at least one recipient (--set to=a@example.com,"
                      "b@example.com).");
        for (const QString &address : channel.to)
            if (!address.contains(u'@'))
                return tr("\"%1\" is not an email address.").arg(address);
    }
    if (channel.isPagingProvider() && channel.role != Channel::Role::Paging)
        return tr("A %1 channel pages people: give it --set role=paging.")
                .arg(channelKindKey(channel.kind));
    if (channel.kind == Channel::Kind::PagerDuty && !channel.apiUrl.isEmpty()
        && !isSafeUrl(channel.apiUrl))
        return tr("The PagerDuty Events API URL must use https (http only to this machine): %1")
                .arg(channel.apiUrl.toString());
    if (channel.timeout.count() < 1 || channel.timeout.count() > 300)
        return tr("The timeout must be between 1 s and 5 min.");
    if (channel.severities && channel.severities->isEmpty())
        return tr("A channel that hears no severity would never be used; leave severities "
                  "unset for its role's defaults.");
    return std::nullopt;
}

std::optional<QString> ChannelRules::secretProblem(const Channel &channel, const QString &secret)
{
    if (!channel.needsSecret())
        return std::nullopt;
    if (channel.kind == Channel::Kind::Statuspage || channel.kind == Channel::Kind::Email)
        return secret.trimmed().isEmpty()
                ? std::optional(channel.kind == Channel::Kind::Email
                                        ? tr("Give the mail account's password on standard "
                                             "input.")
                                        : tr("Give the Statuspage API key on standard input."))
                : std::nullopt;
    if (channel.kind == Channel::Kind::PagerDuty)
        return secret.trimmed().isEmpty()
                ? std::optional(tr("Give the PagerDuty integration's routing key on standard "
                                   "input (and, on a second line, a REST API token to read "
                                   "acknowledgements back)."))
                : std::nullopt;
    if (secret.trimmed().isEmpty())
        return channel.kind == Channel::Kind::GoAlert
                ? tr("Give GoAlert's generic incoming URL, with its token, on standard input.")
                : channel.kind == Channel::Kind::SlackApi
                ? tr("Give the bot token (xoxb-…) on standard input.")
                : channel.kind == Channel::Kind::StaticPage
                ? tr("Give the URL to PUT the page to on standard input, or a folder (--set "
                     "folder=...).")
                : tr("Give the webhook URL on standard input.");
    if (channel.kind == Channel::Kind::SlackApi)
        return std::nullopt;
    const QUrl url(secret.trimmed());
    if (!isSafeUrl(url))
        return tr("The webhook URL must use https (http only to this machine).");
    return std::nullopt;
}

std::optional<QString> ChannelRules::apply(Channel &channel, const QString &setting)
{
    const qsizetype equals = setting.indexOf(u'=');
    if (equals <= 0)
        return tr("Settings are KEY=VALUE, not \"%1\".").arg(setting);
    const QString key = setting.left(equals).trimmed();
    const QString value = setting.mid(equals + 1).trimmed();
    if (key == u"role") {
        const auto role = parseChannelRole(value);
        if (!role)
            return tr("role must be chat, status-page, executive-email, paging or other, not "
                      "\"%1\".")
                    .arg(value);
        channel.role = *role;
    } else if (key == u"channel") {
        channel.slackChannel = value;
    } else if (key == u"api_url") {
        channel.apiUrl = QUrl(value);
    } else if (key == u"template") {
        channel.bodyTemplate = value;
    } else if (key == u"severities") {
        QList<Severity> severities;
        for (const QString &code : value.split(u',', Qt::SkipEmptyParts)) {
            const auto severity = parseSeverity(code.trimmed());
            if (!severity)
                return tr("severities is a list such as SEV-1,SEV-2, not \"%1\".").arg(value);
            severities << *severity;
        }
        channel.severities = severities;
    } else if (key == u"page_id") {
        channel.pageId = value;
    } else if (key == u"components") {
        channel.components.clear();
        for (const QString &pair : value.split(u',', Qt::SkipEmptyParts)) {
            const QString service = pair.section(u':', 0, 0).trimmed();
            QString id = pair.section(u':', 1).trimmed();
            // A static page shows its components by name: the service's own, or one given.
            if (channel.kind == Channel::Kind::StaticPage && !pair.contains(u':'))
                id = service;
            if (service.isEmpty() || id.isEmpty())
                return tr("components is a list such as checkout:abc123,search:def456, not "
                          "\"%1\".")
                        .arg(value);
            channel.components.insert(service, id);
        }
    } else if (key == u"component_status") {
        for (const QString &pair : value.split(u',', Qt::SkipEmptyParts)) {
            const auto severity = parseSeverity(pair.section(u':', 0, 0).trimmed());
            const QString status = pair.section(u':', 1).trimmed();
            if (!severity || !componentStatuses.contains(status))
                return tr("component_status is a list such as SEV-3:partial_outage (statuses: "
                          "%1), not \"%2\".")
                        .arg(componentStatuses.join(QStringLiteral(", ")), value);
            channel.componentStatus.insert(*severity, status);
        }
    } else if (key == u"smtp_url") {
        channel.smtpUrl = QUrl(value);
    } else if (key == u"from") {
        channel.from = value;
    } else if (key == u"to") {
        channel.to.clear();
        for (const QString &address : value.split(u',', Qt::SkipEmptyParts))
            channel.to << address.trimmed();
    } else if (key == u"username") {
        channel.username = value;
    } else if (key == u"tls") {
        if (value != u"required" && value != u"none")
            return tr("tls must be required or none, not \"%1\".").arg(value);
        channel.requireTls = value == u"required";
    } else if (key == u"ca_file") {
        channel.caFile = value;
    } else if (key == u"incident_channels") {
        if (value != u"true" && value != u"false")
            return tr("incident_channels must be true or false, not \"%1\".").arg(value);
        channel.incidentChannels = value == u"true";
    } else if (key == u"folder") {
        channel.folder = value;
    } else if (key == u"timeout") {
        const auto duration = parseDurationText(value);
        if (!duration)
            return tr("timeout must be a duration such as 10s, not \"%1\".").arg(value);
        channel.timeout = *duration;
    } else {
        return tr("Unknown setting \"%1\" (known: role, channel, api_url, template, severities, "
                  "timeout, page_id, components, component_status, smtp_url, from, to, "
                  "username, tls, ca_file, folder, incident_channels).")
                .arg(key);
    }
    // The channel as a whole is judged once every setting is in (problem()): judged after
    // each, `--set role=chat --set channel=C0123` was refused for the channel not yet given.
    return std::nullopt;
}

} // namespace sitrep
