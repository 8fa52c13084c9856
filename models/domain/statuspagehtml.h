#pragma once

#include "publicstatus.h"

#include <QCoreApplication>

namespace sitrep {

// One file of the static status page, by its path below the page's folder or URL.
struct StatusFile
{
    QString path; // "index.html", "feed.atom", "incidents/12.html"
    QByteArray contentType;
    QByteArray body;
};

// The static status page for teams without Statuspage, as the public knows such pages: the
// headline state, each component with its state and 90 days of uptime, the open incidents
// with every update, the history grouped by day, a page per incident and an Atom feed. Each
// file is self-contained (styles inline, no scripts, nothing fetched), light and dark, and
// well-formed XML, so that tools can check it.
class StatusPageHtml
{
    Q_DECLARE_TR_FUNCTIONS(StatusPageHtml)
public:
    [[nodiscard]] static QByteArray index(const PublicStatus &status);
    [[nodiscard]] static QByteArray incidentPage(const PublicStatus &status,
                                                 const PublicIncident &item);
    // incidents/12.html
    [[nodiscard]] static QString incidentPath(const Incident &incident);

    // Every file, the index last (so that what it links to is there first). `onlyIncident`
    // limits the incident pages to that one (the others have not changed); 0: all of them.
    [[nodiscard]] static QList<StatusFile> site(const PublicStatus &status,
                                                IncidentId onlyIncident = 0);
};

// The Atom feed (RFC 4287) of incidents and their updates, newest first.
class StatusFeed
{
    Q_DECLARE_TR_FUNCTIONS(StatusFeed)
public:
    [[nodiscard]] static QByteArray atom(const PublicStatus &status);
};

} // namespace sitrep
