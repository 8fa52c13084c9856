#pragma once

#include "domain/channel.h"
#include "domain/clock.h"
#include "domain/deliveryoutcome.h"
#include "domain/incident.h"
#include "domain/result.h"

#include <functional>

#include <QCoreApplication>

namespace sitrep {

class Database;
class StaticPageApi;
struct StatusFile;

// Draws the static status page from the cache (incidents, their posted updates, every
// service) with a channel's public wording, and publishes it: into the channel's folder, each
// file written whole, or PUT to its URL.
class StatusPagePublisher
{
    Q_DECLARE_TR_FUNCTIONS(StatusPagePublisher)
public:
    using Done = std::function<void(const DeliveryOutcome &)>;
    StatusPagePublisher(Database &database, StaticPageApi &api, const Clock &clock);

    // `incident` is the one announced (its page is PUT; the others have not changed); 0
    // publishes every page. A folder always gets every page.
    void publish(const Channel &channel, const QString &url, IncidentId incident, Done done);
    // The files as the cache has them now.
    [[nodiscard]] Result<QList<StatusFile>> site(const Channel &channel, IncidentId incident);

private:
    [[nodiscard]] DeliveryOutcome write(const QString &folder, const QList<StatusFile> &files);

    Database &m_database;
    StaticPageApi &m_api;
    const Clock &m_clock;
};

} // namespace sitrep
