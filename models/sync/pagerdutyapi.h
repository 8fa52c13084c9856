#pragma once

#include "channelapi.h"
#include "chatclient.h"
#include "domain/announcement.h"

#include <optional>

namespace sitrep {

// PagerDuty: the Events API v2 (the routing key is the secret's first line) to trigger,
// acknowledge and resolve, with the incident's number as dedup_key so a repeat never opens a
// second incident; and the REST API (a token on the secret's second line) to read who
// acknowledged an incident there.
class PagerDutyApi : public ChannelApi
{
public:
    explicit PagerDutyApi(ChatClient &client) : m_client(client) { }

    // {event_action: trigger|acknowledge|resolve, dedup_key, payload: {summary, source,
    // severity, timestamp, custom_details}} (payload only to trigger), without the routing key:
    // a secret joins the body only on its way out.
    [[nodiscard]] static QByteArray payload(const Announcement &announcement);
    void deliver(const DeliveryAttempt &attempt, Done done) override;
    // HTTP's meanings; a refused event (400, "invalid event") says which of its fields PagerDuty
    // named.
    [[nodiscard]] static DeliveryOutcome judge(const HttpAnswer &answer);

    // The REST API token, if the secret has one.
    [[nodiscard]] static QString restToken(const QString &secret);
    // Looks the incident up by its dedup key (GET /incidents?incident_key=ID); `then` gets who
    // acknowledged it there, if anyone.
    void acknowledger(const Channel &channel, const QString &token, IncidentId incident,
                      std::function<void(std::optional<QString>)> then);
    // Who acknowledged the incident in a GET /incidents answer, if anyone.
    [[nodiscard]] static std::optional<QString> acknowledgerIn(const QByteArray &answer);

    // The Events API's enqueue endpoint (api_url overrides it) and the REST API's
    // https://api.pagerduty.com/PATH (with api_url set, beside it: a proxy or a test server
    // serving both).
    [[nodiscard]] static QUrl eventsUrl(const Channel &channel);
    [[nodiscard]] static QUrl restUrl(const Channel &channel, const QString &path);

private:
    ChatClient &m_client;
};

} // namespace sitrep
