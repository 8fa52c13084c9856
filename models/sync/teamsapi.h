#pragma once

#include "domain/announcement.h"
#include "webhookpost.h"

namespace sitrep {

// Microsoft Teams (a workflow's webhook): a message with one Adaptive Card (1.4) holding the
// headline, the rest of the text and the incident's fields as a FactSet; answered 202.
class TeamsApi : public WebhookPost
{
public:
    using WebhookPost::WebhookPost;

    [[nodiscard]] static QByteArray payload(const Announcement &announcement);
};

} // namespace sitrep
