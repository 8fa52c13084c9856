#pragma once

#include "channel.h"
#include "incident.h"

#include <QCoreApplication>
#include <QDateTime>

namespace sitrep {

// What stakeholders are told: a declaration, a status update or a resolution, about an
// incident as it stood then; and what paging hears: a page for one person (Sitrep's own
// escalation) and the acknowledgement.
struct Announcement
{
    enum class Kind { Declared, Update, Resolved, Acknowledged, Page };

    Kind kind = Kind::Update;
    Incident incident;
    IncidentStatus status = IncidentStatus::Investigating; // an update's status
    QString message;                                       // an update's message
    QString person; // a page's person, an acknowledgement's author
    QDateTime at;
    QDateTime nextUpdateDue; // invalid once resolved
};

// declared, update, resolved, acknowledged, page
[[nodiscard]] QString announcementKindKey(Announcement::Kind kind);
[[nodiscard]] std::optional<Announcement::Kind> parseAnnouncementKind(QStringView key);

// Which channels hear what (the seed's communication plan): declarations go to chat and the
// status page; every update to the status page, SEV-1 and SEV-2 updates also to chat, SEV-1
// also to executive email; resolutions to chat, the status page and (SEV-1) executive email.
// Paging providers (PagerDuty, GoAlert) hear declarations, acknowledgements (PagerDuty) and
// resolutions of every severity, so the provider runs its escalation, and no updates; other
// paging channels hear Sitrep's own pages. Paging and other channels hear the rest only where
// their own severities say so.
class AnnouncementRouting
{
public:
    [[nodiscard]] static QList<Severity> defaults(Channel::Role role, Announcement::Kind kind);
    [[nodiscard]] static bool routes(const Channel &channel, const Announcement &announcement);
};

// The words of an announcement, the same for every channel; each remote API (models/sync)
// builds its own request body from them.
class AnnouncementText
{
    Q_DECLARE_TR_FUNCTIONS(AnnouncementText)
public:
    // "🚨 SEV-1: Checkout down", "Update on Checkout down:\n<message>",
    // "✅ Resolved: Checkout down\n\nDuration: 1h 5m\nResolution: rolled back".
    [[nodiscard]] static QString headline(const Announcement &announcement);
    // The incident's details as (label, value) pairs, in order.
    [[nodiscard]] static QList<std::pair<QString, QString>>
    fields(const Announcement &announcement);
    // The plain text a person reads (the preview and the text fallback).
    [[nodiscard]] static QString plainText(const Announcement &announcement);
    // The seed's executive email: "SEV-1 Update: title", and its body as plain text and HTML.
    struct EmailText
    {
        QString subject;
        QString text;
        QString html;
    };
    [[nodiscard]] static EmailText email(const Announcement &announcement);
    // What the public reads when an incident is declared (its impact, or "We are investigating
    // problems with checkout.") and resolved ("This incident has been resolved. <resolution>"):
    // the same on Statuspage and the static page.
    [[nodiscard]] static QString publicDeclaration(const Incident &incident);
    [[nodiscard]] static QString publicResolution(const Incident &incident);
    // A sample announcement, for checking a template and for "channel test".
    [[nodiscard]] static Announcement sample(const QDateTime &at);
};

// Canned update messages per status, for the composer.
class UpdateTemplates
{
    Q_DECLARE_TR_FUNCTIONS(UpdateTemplates)
public:
    [[nodiscard]] static QStringList forStatus(IncidentStatus status);
};

} // namespace sitrep
