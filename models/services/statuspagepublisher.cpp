#include "statuspagepublisher.h"

#include "domain/statuspagehtml.h"
#include "storage/incidentstore.h"
#include "storage/timelinestore.h"
#include "sync/staticpageapi.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace sitrep {

StatusPagePublisher::StatusPagePublisher(Database &database, StaticPageApi &api, const Clock &clock)
    : m_database(database), m_api(api), m_clock(clock)
{ }

Result<QList<StatusFile>> StatusPagePublisher::site(const Channel &channel, IncidentId incident)
{
    StatusPageFacts facts;
    facts.title = tr("Service status");
    facts.now = m_clock.now();
    IncidentStore incidents(m_database);
    const auto shown = incidents.openOrResolvedSince(facts.now.addDays(-PublicStatus::days));
    if (!shown)
        return Error {shown.error()};
    facts.incidents = shown.value();
    const auto services = incidents.services();
    if (!services)
        return Error {services.error()};
    facts.services = services.value();
    QList<IncidentId> ids;
    for (const Incident &each : std::as_const(facts.incidents))
        ids << each.id;
    const auto posted = TimelineStore(m_database).ofKind(TimelineKind::StatusUpdatePosted, ids);
    if (!posted)
        return Error {posted.error()};
    facts.posted = posted.value();
    facts.components = channel.components;
    for (const Severity severity : allSeverities)
        facts.impacts.insert(
                severity, PublicWording::fromComponentStatus(channel.componentStatusFor(severity)));
    return StatusPageHtml::site(PublicStatus(facts), incident);
}

void StatusPagePublisher::publish(const Channel &channel, const QString &url, IncidentId incident,
                                  Done done)
{
    const bool toFolder = !channel.folder.isEmpty();
    const Result<QList<StatusFile>> files = site(channel, toFolder ? 0 : incident);
    if (!files)
        return done(DeliveryOutcome::givenUp(files.error()));
    if (toFolder)
        return done(write(channel.folder, files.value()));
    m_api.publish(channel, url, files.value(), std::move(done));
}

DeliveryOutcome StatusPagePublisher::write(const QString &folder, const QList<StatusFile> &files)
{
    // Each file whole or not at all: a reader never sees half a page.
    for (const StatusFile &file : files) {
        QSaveFile saved(QDir(folder).filePath(file.path));
        if (!QDir().mkpath(QFileInfo(saved.fileName()).path()) || !saved.open(QIODevice::WriteOnly)
            || saved.write(file.body) != file.body.size() || !saved.commit())
            return DeliveryOutcome::givenUp(
                    tr("could not write %1: %2").arg(saved.fileName(), saved.errorString()));
    }
    return DeliveryOutcome::delivered(
            tr("written to %1").arg(QDir(folder).filePath(QStringLiteral("index.html"))));
}

} // namespace sitrep
