#pragma once

#include "channelapi.h"
#include "chatclient.h"
#include "domain/announcement.h"

#include <QCoreApplication>

namespace sitrep {

// Atlassian Statuspage's REST API v1 with an API key (OAuth header): the declaration creates
// the page's incident (POST pages/{page}/incidents), later messages change it (PATCH
// .../incidents/{id}, the id coming back from the first); components are set from the
// channel's map of services and severities.
class StatuspageApi : public ChannelApi
{
    Q_DECLARE_TR_FUNCTIONS(StatuspageApi)
public:
    explicit StatuspageApi(ChatClient &client) : m_client(client) { }

    // {"incident": {name, status, body, impact_override, component_ids, components}} (impact
    // and component ids only when declared).
    [[nodiscard]] static QByteArray payload(const Channel &channel,
                                            const Announcement &announcement);
    void deliver(const DeliveryAttempt &attempt, Done done) override;
    // HTTP's meanings, but 420 (Statuspage's "Enhance your calm", its rate limit) waits and
    // tries again; a created incident's id comes back to thread later messages under.
    [[nodiscard]] static DeliveryOutcome judge(const HttpAnswer &answer);
    // Reads the page (GET pages/{page}): a test that opens no incident on the public page.
    void probe(const Channel &channel, const QString &key, Done done);
    // The API's base: api_url, else https://api.statuspage.io/v1.
    [[nodiscard]] static QUrl baseUrl(const Channel &channel);

private:
    [[nodiscard]] static QUrl pageUrl(const Channel &channel, const QString &rest);

    ChatClient &m_client;
};

} // namespace sitrep
