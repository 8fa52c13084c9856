#pragma once

#include "domain/channel.h"
#include "domain/deliveryoutcome.h"
#include "domain/outboxmessage.h"

#include <functional>

namespace sitrep {

// One attempt at delivering an outbox message through a remote API.
struct DeliveryAttempt
{
    Channel channel;
    QString secret;        // the channel's webhook URL, token or key, from the keychain
    OutboxMessage message; // its payload is what the API receives
    // What an earlier message of the incident made there: the Slack thread's ts, the
    // Statuspage incident's id; empty for the first.
    QString threadTs;
    QDateTime at; // now, by the service's clock (an email's Date)
};

// A remote API that channels deliver through. Each one owns its URLs, headers and request
// bodies (a static payload() builds what the outbox stores for an announcement), reads its
// answers and maps them to a delivery outcome: delivered, retry (with a delay where the API
// gives one), or given up in the receiver's words.
class ChannelApi
{
public:
    using Done = std::function<void(const DeliveryOutcome &)>;
    virtual ~ChannelApi() = default;
    virtual void deliver(const DeliveryAttempt &attempt, Done done) = 0;
};

} // namespace sitrep
