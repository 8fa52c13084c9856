#pragma once

#include "channelapi.h"
#include "chatclient.h"

namespace sitrep {

// The APIs that take one JSON POST to the URL that is the channel's secret: Slack's and
// Mattermost's incoming webhooks, Teams workflows, GoAlert's generic incoming API and Sitrep's
// generic webhook. Their answers mean what HTTP says they mean (HttpVerdict).
class WebhookPost : public ChannelApi
{
public:
    explicit WebhookPost(ChatClient &client) : m_client(client) { }
    void deliver(const DeliveryAttempt &attempt, Done done) override;

protected:
    // Headers the API wants besides the content type.
    [[nodiscard]] virtual ChatClient::Headers headers(const DeliveryAttempt &attempt) const;

private:
    ChatClient &m_client;
};

} // namespace sitrep
