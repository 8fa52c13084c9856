#include "postmortemservice.h"

#include "domain/postmortemmarkdown.h"
#include "domain/teampostmortemfields.h"
#include "icalendarwriter.h"
#include "incidentservice.h"
#include "offthread.h"
#include "storage/database.h"
#include "storage/postmortemstore.h"
#include "storage/transaction.h"
#include "teamrecorder.h"
#include "timelineservice.h"

#include <QLocale>

namespace sitrep {

PostmortemService::PostmortemService(Database &database, IncidentService &incidents,
                                     TimelineService &timeline, const Clock &clock, QObject *parent)
    : QObject(parent),
      m_incidents(incidents),
      m_timeline(timeline),
      m_clock(clock),
      m_database(database),
      m_store(std::make_unique<PostmortemStore>(database))
{
    connect(&m_incidents, &IncidentService::incidentChanged, this,
            &PostmortemService::onIncidentChanged);
    connect(&m_incidents, &IncidentService::incidentRelabelled, this,
            &PostmortemService::incidentLabelChanged);
}

QString PostmortemService::incidentLabel(IncidentId incident)
{
    return m_incidents.labelOf(incident);
}

Result<QStringList> PostmortemService::leads()
{
    return m_store->leads();
}

Result<std::optional<StoredPostmortem>> PostmortemService::find(IncidentId incident)
{
    return m_store->find(incident);
}

Result<QList<StoredPostmortem>> PostmortemService::due()
{
    return m_store->due();
}

Result<QList<TrackedActionItem>> PostmortemService::actionItems(const ActionItemFilter &filter)
{
    return m_store->actionItems(filter);
}

Result<QSet<IncidentId>> PostmortemService::sameRootCauseIncidents()
{
    return m_store->sameRootCauseIncidents();
}

Result<std::pair<int, int>> PostmortemService::openAndOverdueActionItems()
{
    return m_store->openAndOverdueActionItems(today());
}

PostmortemService::~PostmortemService()
{
    m_pool.waitForDone();
}

void PostmortemService::readActionItems(const ActionItemFilter &filter,
                                        std::function<void(Result<ActionItemsRead>)> done)
{
    runOffThread<Result<ActionItemsRead>>(
            this, m_pool,
            [path = m_database.path(), filter]() -> Result<ActionItemsRead> {
                Result<std::unique_ptr<Database>> reader = Database::openReader(path);
                if (!reader)
                    return Error {reader.error()};
                PostmortemStore store(*reader.value());
                Result<QList<TrackedActionItem>> items = store.actionItems(filter);
                if (!items)
                    return Error {items.error()};
                Result<QStringList> owners = store.actionItemOwners();
                if (!owners)
                    return Error {owners.error()};
                return ActionItemsRead {std::move(items).value(), std::move(owners).value()};
            },
            std::move(done));
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

StoredPostmortem PostmortemService::opened(const Incident &incident,
                                           const QList<TimelineEvent> &timeline,
                                           const QStringList &leads, const QDateTime &now)
{
    StoredPostmortem stored;
    stored.postmortem = draftFrom(incident, timeline);
    // Counted from the resolution, so that every console of a team opens it for the same time.
    stored.reviewAt
            = (incident.resolvedAt.isValid() ? incident.resolvedAt : now).addDays(reviewDaysAfter);
    stored.attendees = incident.responders;
    if (!incident.commander.isEmpty() && !stored.attendees.contains(incident.commander))
        stored.attendees.prepend(incident.commander);
    for (const QString &lead : leads)
        if (!stored.attendees.contains(lead))
            stored.attendees << lead;
    return stored;
}

Result<StoredPostmortem> PostmortemService::open(IncidentId id)
{
    const Result<std::optional<StoredPostmortem>> existing = m_store->find(id);
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
    const Result<QStringList> leads = m_store->leads();
    if (!leads)
        return Error {leads.error()};
    StoredPostmortem stored
            = opened(incident.value(), timeline.value(), leads.value(), m_clock.now());
    stored.updatedAt = m_clock.now();
    if (const Result<void> saved = m_store->save(stored); !saved)
        return Error {saved.error()};
    m_database.afterCommit([this, id] {
        Q_EMIT postmortemOpened(id);
        Q_EMIT postmortemSaved(id);
    });
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
    Transaction transaction(m_database);
    if (auto begun = transaction.begun(); !begun)
        return begun;
    Result<StoredPostmortem> stored = open(postmortem.incident);
    if (!stored)
        return Error {stored.error()};
    const StoredPostmortem before = stored.value();
    const bool itemsChanged = before.postmortem.actionItems != postmortem.actionItems
            || before.postmortem.title != postmortem.title;
    stored.value().postmortem = postmortem;
    TeamPostmortemFields::identify(stored.value().postmortem, m_clock.now().toMSecsSinceEpoch());
    stored.value().updatedAt = m_clock.now();
    if (const Result<void> saved = m_store->save(stored.value()); !saved)
        return saved;
    if (auto recorded = TeamRecorder(m_database).postmortem(before, stored.value()); !recorded)
        return recorded;
    m_database.afterCommit([this, incident = postmortem.incident, itemsChanged] {
        Q_EMIT postmortemSaved(incident);
        if (itemsChanged)
            Q_EMIT actionItemsChanged(incident);
    });
    return transaction.commit();
}

void PostmortemService::announceChanged(const QList<IncidentId> &incidents)
{
    for (const IncidentId incident : incidents) {
        Q_EMIT postmortemSaved(incident);
        Q_EMIT actionItemsChanged(incident);
    }
}

Result<void> PostmortemService::updateActionItem(IncidentId incident, int position,
                                                 const Postmortem::ActionItem &item)
{
    const Result<std::optional<StoredPostmortem>> stored = m_store->find(incident);
    if (!stored)
        return Error {stored.error()};
    if (!stored.value() || position < 0
        || position >= stored.value()->postmortem.actionItems.size())
        return Error {tr("Incident #%1's postmortem has no action item %2 any more.")
                              .arg(incident)
                              .arg(position + 1)};
    Postmortem postmortem = stored.value()->postmortem;
    // The tracker edits by position: the item keeps its id and its place.
    Postmortem::ActionItem &edited = postmortem.actionItems[position];
    const QUuid uid = edited.uid;
    const QString order = edited.order;
    edited = item;
    edited.uid = uid;
    edited.order = order;
    return save(postmortem);
}

std::optional<std::chrono::minutes> PostmortemService::incidentDuration(IncidentId id)
{
    const Result<Incident> incident = m_incidents.incident(id);
    if (!incident || !incident.value().resolvedAt.isValid())
        return std::nullopt;
    return std::chrono::minutes(incident.value().startedAt.secsTo(incident.value().resolvedAt)
                                / 60);
}

Result<void> PostmortemService::setLeads(const QStringList &leads)
{
    QStringList cleaned;
    for (const QString &lead : leads)
        if (!lead.trimmed().isEmpty() && !cleaned.contains(lead.trimmed()))
            cleaned << lead.trimmed();
    Transaction transaction(m_database);
    if (auto begun = transaction.begun(); !begun)
        return begun;
    if (const Result<void> saved = m_store->setLeads(cleaned); !saved)
        return saved;
    if (auto recorded = TeamRecorder(m_database)
                                .document(TeamDocumentStore::Kind::Leads,
                                          QString::fromLatin1(TeamDocumentStore::leadsName));
        !recorded)
        return recorded;
    m_database.afterCommit([this] { Q_EMIT leadsChanged(); });
    return transaction.commit();
}

Result<QByteArray> PostmortemService::reviewInvite(IncidentId incident)
{
    const Result<StoredPostmortem> stored = open(incident);
    if (!stored)
        return Error {stored.error()};
    const StoredPostmortem &s = stored.value();
    ReviewInvitation invitation;
    invitation.event.uid = QStringLiteral("postmortem-review-%1@sitrep").arg(incident);
    invitation.event.startMs = s.reviewAt.toMSecsSinceEpoch();
    invitation.event.endMs = s.reviewAt.addSecs(60 * 60).toMSecsSinceEpoch();
    invitation.event.summary = tr("Postmortem review: %1").arg(s.postmortem.title);
    invitation.event.description
            = tr("Review of the postmortem of incident #%1 (%2).\nAttendees: %3")
                      .arg(incident)
                      .arg(severityCode(s.postmortem.severity),
                           s.attendees.join(QStringLiteral(", ")));
    for (const QString &attendee : s.attendees)
        if (attendee.contains(u'@'))
            invitation.attendees << attendee;
    invitation.organizer = invitation.attendees.value(0);
    return IcalendarWriter::writeInvitation(invitation, m_clock.now().toMSecsSinceEpoch());
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
