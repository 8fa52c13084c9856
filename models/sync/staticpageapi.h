#pragma once

#include "channelapi.h"
#include "chatclient.h"
#include "domain/statuspagehtml.h"

namespace sitrep {

// The static status page PUT to a URL (the channel's secret), for a web server or an object
// store that takes uploads. The index goes to the URL itself and the other files beside it
// (feed.atom, incidents/12.html), one PUT each, the index last.
class StaticPageApi : public ChannelApi
{
public:
    explicit StaticPageApi(ChatClient &client) : m_client(client) { }
    // The message's payload is the index.
    void deliver(const DeliveryAttempt &attempt, Done done) override;
    // Stops at the first file not stored and answers with its outcome.
    void publish(const Channel &channel, const QString &url, QList<StatusFile> files, Done done);

private:
    ChatClient &m_client;
};

} // namespace sitrep
