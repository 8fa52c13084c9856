#include "staticpageapi.h"

#include "httpverdict.h"

namespace sitrep {

void StaticPageApi::deliver(const DeliveryAttempt &attempt, Done done)
{
    ChatClient::Request request;
    request.verb = "PUT";
    request.url = QUrl(attempt.secret.trimmed());
    request.body = attempt.message.payload;
    request.contentType = "text/html; charset=utf-8";
    m_client.deliver(request, attempt.channel.timeout, &HttpVerdict::judge, std::move(done));
}

} // namespace sitrep
