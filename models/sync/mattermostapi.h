#pragma once

#include "domain/announcement.h"
#include "webhookpost.h"

#include <QCoreApplication>

namespace sitrep {

// Mattermost's incoming webhooks: the headline and a Slack-style attachment with the incident's
// fields (Mattermost ignores blocks), answered "ok".
class MattermostApi : public WebhookPost
{
    Q_DECLARE_TR_FUNCTIONS(MattermostApi)
public:
    using WebhookPost::WebhookPost;

    [[nodiscard]] static QByteArray payload(const Announcement &announcement);
};

} // namespace sitrep
