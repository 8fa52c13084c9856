#pragma once

#include "domain/announcement.h"
#include "webhookpost.h"

namespace sitrep {

// Sitrep's generic webhook: the channel's JSON template (ChannelRules::defaultTemplate when it
// has none) with its placeholders filled in, POSTed with the message's key as Idempotency-Key
// so a receiver that honours it never acts twice.
class WebhookApi : public WebhookPost
{
public:
    using WebhookPost::WebhookPost;

    [[nodiscard]] static QByteArray payload(const Channel &channel,
                                            const Announcement &announcement);
    // The template with its placeholders filled in, each escaped for a JSON string:
    // {{event}} {{incident_id}} {{title}} {{severity}} {{status}} {{message}} {{text}}
    // {{services}} {{commander}} {{person}} {{at}}.
    [[nodiscard]] static QByteArray fillTemplate(const QString &bodyTemplate,
                                                 const Announcement &announcement);

protected:
    [[nodiscard]] ChatClient::Headers headers(const DeliveryAttempt &attempt) const override;
};

} // namespace sitrep
