#include "postmortemservice.h"

#include "domain/postmortemmarkdown.h"
#include "incidentservice.h"
#include "timelineservice.h"

#include <QLocale>

namespace sitrep {

PostmortemService::PostmortemService(Database &database, IncidentService &incidents,
                                     TimelineService &timeline, const Clock &clock, QObject *parent)
    : QObject(parent),
      m_incidents(incidents),
      m_timeline(timeline),
      m_clock(clock),
      m_store(database)
{
    connect(&m_incidents, &IncidentService::incidentChanged, this,
            &PostmortemService::onIncidentChanged);
}

Postmortem PostmortemService::draftFrom(const Incident &incident,
                                        const QList<TimelineEvent> &timeline)
{
    Postmortem p;
    p.incident = incident.id;
    p.title = incident.title;
    p.date = (incident.resolvedAt.isValid() ? incident.resolvedAt : incident.startedAt)
                     .toUTC()
                     .date();
    if (!incident.commander.isEmpty())
        p.authors << incident.commander;
    p.severity = incident.severity;
    if (incident.resolvedAt.isValid())
        p.duration = std::chrono::minutes(incident.startedAt.secsTo(incident.resolvedAt) / 60);
    p.summary = incident.impact;
    p.usersAffected = incident.affectedUsers;
    if (incident.revenueImpactPerHour > 0)
        p.revenueImpact = tr("$%1 per hour while it lasted")
                                  .arg(QLocale(QLocale::English)
                                               .toString(incident.revenueImpactPerHour, 'f', 0));
    p.servicesAffected = incident.services;
    for (const TimelineEvent &event : timeline)
        if (event.key && !event.isDeleted())
            p.timeline.append({event.at.toUTC().time(), event.text});
    p.rootCause = incident.rootCause;
    if (!incident.resolution.isEmpty())
        p.resolution << incident.resolution;
    return p;
}

Result<StoredPostmortem> PostmortemService::open(IncidentId id)
{
    const Result<std::optional<StoredPostmortem>> existing = m_store.find(id);
    if (!existing)
        return Error {existing.error()};
    if (existing.value())
        return *existing.value();
    const Result<Incident> incident = m_incidents.incident(id);
    if (!incident)
        return Error {incident.error()};
    const Result<QList<TimelineEvent>> timeline = m_timeline.timeline(id);
    if (!timeline)
        return Error {timeline.error()};
    StoredPostmortem stored;
    stored.postmortem = draftFrom(incident.value(), timeline.value());
    const QDateTime from
            = incident.value().resolvedAt.isValid() ? incident.value().resolvedAt : m_clock.now();
    stored.reviewAt = from.addDays(reviewDaysAfter);
    stored.attendees = incident.value().responders;
    if (!incident.value().commander.isEmpty()
        && !stored.attendees.contains(incident.value().commander))
        stored.attendees.prepend(incident.value().commander);
    stored.attendees << m_leads;
    stored.updatedAt = m_clock.now();
    if (const Result<void> saved = m_store.save(stored); !saved)
        return Error {saved.error()};
    Q_EMIT postmortemOpened(id);
    return stored;
}

Result<void> PostmortemService::save(const Postmortem &postmortem)
{
    if (postmortem.status == Postmortem::Status::Complete) {
        const QStringList missing = PostmortemRules::missingForComplete(postmortem);
        if (!missing.isEmpty())
            return Error {tr("The postmortem cannot be Complete yet; it needs %1.")
                                  .arg(missing.join(QStringLiteral(", ")))};
    }
    Result<StoredPostmortem> stored = open(postmortem.incident);
    if (!stored)
        return Error {stored.error()};
    stored.value().postmortem = postmortem;
    stored.value().updatedAt = m_clock.now();
    return m_store.save(stored.value());
}

Result<QStringList> PostmortemService::importMarkdown(IncidentId incident, const QString &markdown)
{
    PostmortemImport imported = PostmortemMarkdown::read(markdown);
    imported.postmortem.incident = incident;
    if (const Result<void> saved = save(imported.postmortem); !saved)
        return Error {saved.error()};
    return imported.unplaced;
}

void PostmortemService::onIncidentChanged(const Incident &incident)
{
    if (incident.status != IncidentStatus::Resolved)
        return;
    // Opened once; a failure here is seen again when the postmortem is opened by hand.
    const Result<StoredPostmortem> opened = open(incident.id);
    Q_UNUSED(opened);
}

} // namespace sitrep
