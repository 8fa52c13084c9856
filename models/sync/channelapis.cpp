#include "channelapis.h"

#include "mailclient.h"

namespace sitrep {

ChannelApis::ChannelApis(ChatClient &client, MailClient &mail)
    : m_slackWebhook(client),
      m_slack(client),
      m_mattermost(client),
      m_teams(client),
      m_webhook(client),
      m_statuspage(client),
      m_staticPage(client),
      m_pagerDuty(client),
      m_goAlert(client),
      m_mail(mail)
{ }

ChannelApi &ChannelApis::of(Channel::Kind kind)
{
    switch (kind) {
    case Channel::Kind::SlackWebhook:
        return m_slackWebhook;
    case Channel::Kind::SlackApi:
        return m_slack;
    case Channel::Kind::Mattermost:
        return m_mattermost;
    case Channel::Kind::Teams:
        return m_teams;
    case Channel::Kind::Webhook:
        return m_webhook;
    case Channel::Kind::Statuspage:
        return m_statuspage;
    case Channel::Kind::Email:
        return m_mail;
    case Channel::Kind::StaticPage:
        return m_staticPage;
    case Channel::Kind::PagerDuty:
        return m_pagerDuty;
    case Channel::Kind::GoAlert:
        return m_goAlert;
    }
    Q_UNREACHABLE();
}

QByteArray ChannelApis::payload(const Channel &channel, const Announcement &announcement)
{
    switch (channel.kind) {
    case Channel::Kind::SlackWebhook:
        return SlackWebhookApi::payload(announcement);
    case Channel::Kind::SlackApi:
        return SlackWebApi::payload(channel, announcement);
    case Channel::Kind::Mattermost:
        return MattermostApi::payload(announcement);
    case Channel::Kind::Teams:
        return TeamsApi::payload(announcement);
    case Channel::Kind::Webhook:
        return WebhookApi::payload(channel, announcement);
    case Channel::Kind::Statuspage:
        return StatuspageApi::payload(channel, announcement);
    case Channel::Kind::Email:
        return MailClient::payload(announcement);
    case Channel::Kind::StaticPage:
        return "{}"; // the page is drawn from the cache when it is sent
    case Channel::Kind::PagerDuty:
        return PagerDutyApi::payload(announcement);
    case Channel::Kind::GoAlert:
        return GoAlertApi::payload(announcement);
    }
    return {};
}

} // namespace sitrep
