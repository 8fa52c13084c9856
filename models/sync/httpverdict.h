#pragma once

#include "domain/deliveryoutcome.h"
#include "httpanswer.h"

#include <QCoreApplication>

namespace sitrep {

// How an HTTP receiver's answer becomes a delivery outcome, for every API that follows HTTP's
// own meanings: 2xx delivered; 429 (with its Retry-After), 408, 5xx, timeouts and network
// failures retried; other 4xx (400, 401, 403, 404, 410) given up, since they will not heal by
// waiting. APIs with more to say (Slack's "ok", Statuspage's incident id) start from this.
class HttpVerdict
{
    Q_DECLARE_TR_FUNCTIONS(HttpVerdict)
public:
    [[nodiscard]] static DeliveryOutcome judge(const HttpAnswer &answer);
    // What the receiver said: the message of a JSON error ({"error": ...}, {"message": ...}),
    // or the start of the body.
    [[nodiscard]] static QString excerpt(const QByteArray &body);
};

} // namespace sitrep
