#pragma once

#include "domain/announcement.h"
#include "webhookpost.h"

#include <QJsonArray>

namespace sitrep {

// Slack's incoming webhooks: {text, blocks} POSTed to the hook's URL, answered "ok".
class SlackWebhookApi : public WebhookPost
{
public:
    using WebhookPost::WebhookPost;

    [[nodiscard]] static QByteArray payload(const Announcement &announcement);
    // The headline as a section, then the incident's fields (Block Kit, mrkdwn).
    [[nodiscard]] static QJsonArray blocks(const Announcement &announcement);
};

} // namespace sitrep
