#include "webhookpost.h"

#include "httpverdict.h"

namespace sitrep {

void WebhookPost::deliver(const DeliveryAttempt &attempt, Done done)
{
    ChatClient::Request request;
    request.url = QUrl(attempt.secret.trimmed());
    request.body = attempt.message.payload;
    request.headers = headers(attempt);
    m_client.deliver(request, attempt.channel, &HttpVerdict::judge, std::move(done));
}

ChatClient::Headers WebhookPost::headers(const DeliveryAttempt &) const
{
    return {};
}

} // namespace sitrep
