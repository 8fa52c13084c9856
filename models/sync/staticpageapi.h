#pragma once

#include "channelapi.h"
#include "chatclient.h"

namespace sitrep {

// The static status page PUT to a URL (the channel's secret), for a web server or an object
// store that takes uploads; the page, drawn from the cache when it is sent, is the message's
// payload.
class StaticPageApi : public ChannelApi
{
public:
    explicit StaticPageApi(ChatClient &client) : m_client(client) { }
    void deliver(const DeliveryAttempt &attempt, Done done) override;

private:
    ChatClient &m_client;
};

} // namespace sitrep
