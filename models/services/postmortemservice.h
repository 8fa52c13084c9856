#pragma once

#include "domain/actionitemfilter.h"
#include "domain/clock.h"
#include "domain/result.h"
#include "domain/storedpostmortem.h"
#include "domain/timelineevent.h"
#include "domain/trackedactionitem.h"

#include <functional>
#include <memory>

#include <QObject>
#include <QSet>
#include <QThreadPool>

namespace sitrep {

class PostmortemStore;
class Database;
class IncidentService;
class TimelineService;

// The postmortem lifecycle: resolving an incident opens its postmortem, pre-filled from the
// incident and its key timeline events, with the review two days later (the seed's default)
// for the responders and the leads. Complete is refused until the template's rules hold.
// What the action-item tracker shows: the items the filter lets through, and everyone who owns
// one (for the owner filter).
struct ActionItemsRead
{
    QList<TrackedActionItem> items;
    QStringList owners;
};

class PostmortemService : public QObject
{
    Q_OBJECT
public:
    static constexpr int reviewDaysAfter = 2;

    PostmortemService(Database &database, IncidentService &incidents, TimelineService &timeline,
                      const Clock &clock, QObject *parent = nullptr);
    ~PostmortemService() override;

    // Who is invited to every review besides the responders: names or e-mail addresses.
    [[nodiscard]] Result<QStringList> leads();
    [[nodiscard]] Result<void> setLeads(const QStringList &leads);
    [[nodiscard]] const Clock &clock() const { return m_clock; }
    // The UTC day: what "overdue" is measured against.
    [[nodiscard]] QDate today() const { return m_clock.now().toUTC().date(); }

    // What the team calls the incident (#12, #P-3f2a); see incidentLabelChanged.
    [[nodiscard]] QString incidentLabel(IncidentId incident);

    // The incident's postmortem as stored, if it has one.
    [[nodiscard]] Result<std::optional<StoredPostmortem>> find(IncidentId incident);
    // Every postmortem not yet Complete, the soonest review first.
    [[nodiscard]] Result<QList<StoredPostmortem>> due();
    // The action items the filter lets through, read here (sitrepctl, tests); the console
    // reads them with readActionItems.
    [[nodiscard]] Result<QList<TrackedActionItem>> actionItems(const ActionItemFilter &filter);
    // Incidents another postmortem links as having the same root cause (repeats).
    [[nodiscard]] Result<QSet<IncidentId>> sameRootCauseIncidents();

    // The incident's postmortem, opened now if it has none (for a resolved incident).
    [[nodiscard]] Result<StoredPostmortem> open(IncidentId incident);
    // Saves the postmortem; Complete only when nothing the rules need is missing.
    [[nodiscard]] Result<void> save(const Postmortem &postmortem);
    // Imports a Markdown postmortem into the incident's; the lines it could not place.
    [[nodiscard]] Result<QStringList> importMarkdown(IncidentId incident, const QString &markdown);
    // Changes one action item where it is (the tracker's edit in place).
    [[nodiscard]] Result<void> updateActionItem(IncidentId incident, int position,
                                                const Postmortem::ActionItem &item);
    // The review as an iCalendar invitation (an hour, the attendees with an e-mail address
    // invited, everyone named in the description).
    [[nodiscard]] Result<QByteArray> reviewInvite(IncidentId incident);

    // Tells listeners about postmortems the team changed in this console's file.
    void announceChanged(const QList<IncidentId> &incidents);
    void announceLeadsChanged() { Q_EMIT leadsChanged(); }

    // The incident's own duration, start to resolution; none while it is open.
    [[nodiscard]] std::optional<std::chrono::minutes> incidentDuration(IncidentId incident);
    // The action items the filter lets through, read on a worker thread from its own
    // connection (thousands of items take longer than a frame); `done` runs on this thread.
    void readActionItems(const ActionItemFilter &filter,
                         std::function<void(Result<ActionItemsRead>)> done);
    // Action items not done, and of those the ones past their due date (today, UTC).
    [[nodiscard]] Result<std::pair<int, int>> openAndOverdueActionItems();

    // A draft from the incident: title, date, severity, duration, impact, services, the key
    // timeline events, root cause and resolution.
    [[nodiscard]] static Postmortem draftFrom(const Incident &incident,
                                              const QList<TimelineEvent> &timeline);
    // The draft with its review two days after the resolution (or `now`), for the
    // responders, the commander and the leads.
    [[nodiscard]] static StoredPostmortem opened(const Incident &incident,
                                                 const QList<TimelineEvent> &timeline,
                                                 const QStringList &leads, const QDateTime &now);

Q_SIGNALS:
    void postmortemOpened(sitrep::IncidentId incident);
    // After every save, by this service or its tracker edits.
    void postmortemSaved(sitrep::IncidentId incident);
    // After a save that changed the action items or the title they are listed under: what the
    // tracker and the counts follow (typing in the other fields does not reload them).
    void actionItemsChanged(sitrep::IncidentId incident);
    void leadsChanged();
    // The team's server numbered an incident whose label was asked for.
    void incidentLabelChanged(sitrep::IncidentId incident);

private:
    void onIncidentChanged(const Incident &incident);

    IncidentService &m_incidents;
    TimelineService &m_timeline;
    const Clock &m_clock;
    Database &m_database;
    std::unique_ptr<PostmortemStore> m_store;
    QThreadPool m_pool; // the tracker's reads; waited for before the database goes
};

} // namespace sitrep
