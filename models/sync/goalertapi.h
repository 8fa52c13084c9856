#pragma once

#include "domain/announcement.h"
#include "webhookpost.h"

namespace sitrep {

// GoAlert's generic incoming API (the URL with its token is the secret): {summary, details,
// dedup} opens or repeats an alert, action "close" closes it. GoAlert runs its own
// escalation; it has no acknowledgement to send or read back.
class GoAlertApi : public WebhookPost
{
public:
    using WebhookPost::WebhookPost;

    [[nodiscard]] static QByteArray payload(const Announcement &announcement);
};

} // namespace sitrep
