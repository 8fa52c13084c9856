#pragma once

#include "goalertapi.h"
#include "mattermostapi.h"
#include "pagerdutyapi.h"
#include "slackwebapi.h"
#include "slackwebhookapi.h"
#include "staticpageapi.h"
#include "statuspageapi.h"
#include "teamsapi.h"
#include "webhookapi.h"

namespace sitrep {

class MailClient;

// The remote API behind each kind of channel: one instance of each over the shared HTTP
// client, and the SMTP client.
class ChannelApis
{
public:
    ChannelApis(ChatClient &client, MailClient &mail);

    [[nodiscard]] ChannelApi &of(Channel::Kind kind);
    // What the outbox stores for an announcement to the channel: the body its API receives.
    [[nodiscard]] static QByteArray payload(const Channel &channel,
                                            const Announcement &announcement);

    [[nodiscard]] SlackWebApi &slack() { return m_slack; }
    [[nodiscard]] StatuspageApi &statuspage() { return m_statuspage; }
    [[nodiscard]] PagerDutyApi &pagerDuty() { return m_pagerDuty; }
    [[nodiscard]] StaticPageApi &staticPage() { return m_staticPage; }

private:
    SlackWebhookApi m_slackWebhook;
    SlackWebApi m_slack;
    MattermostApi m_mattermost;
    TeamsApi m_teams;
    WebhookApi m_webhook;
    StatuspageApi m_statuspage;
    StaticPageApi m_staticPage;
    PagerDutyApi m_pagerDuty;
    GoAlertApi m_goAlert;
    MailClient &m_mail;
};

} // namespace sitrep
