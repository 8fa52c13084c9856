#pragma once

#include "domain/announcement.h"
#include "domain/clock.h"
#include "domain/incidentdraft.h"
#include "domain/incidentrole.h"
#include "domain/incidentselection.h"
#include "domain/result.h"
#include "domain/severitypolicy.h"
#include "domain/timelineevent.h"

#include <functional>
#include <memory>

#include <QHash>
#include <QObject>

namespace sitrep {

class TimelineStore;
struct TeamApplied;
class IncidentStore;
class Database;

// The only code that changes incidents. Each use case checks the lifecycle rules, writes the
// incident and its timeline entries in one transaction, and then tells listeners.
class IncidentService : public QObject
{
    Q_OBJECT
public:
    IncidentService(Database &database, SeverityPolicy policy, const Clock &clock,
                    QObject *parent = nullptr);
    ~IncidentService() override;

    [[nodiscard]] const SeverityPolicy &policy() const { return m_policy; }
    // A policy edited in Settings: in force for what happens from now on (the next update
    // due, new declarations); what was already recorded keeps its times.
    void setPolicy(SeverityPolicy policy) { m_policy = std::move(policy); }
    [[nodiscard]] const Clock &clock() const { return m_clock; }

    [[nodiscard]] Result<Incident> declare(const IncidentDraft &draft, const QString &author);
    [[nodiscard]] Result<Incident> changeStatus(IncidentId id, IncidentStatus status,
                                                const QString &author);
    [[nodiscard]] Result<Incident> changeSeverity(IncidentId id, Severity severity,
                                                  const QString &author);
    [[nodiscard]] Result<Incident> changeCommander(IncidentId id, const QString &commander,
                                                   const QString &author);
    // Hands a role to `person` (empty: nobody); the commander is the board's commander.
    [[nodiscard]] Result<Incident> assignRole(IncidentId id, IncidentRole role,
                                              const QString &person, const QString &author);
    [[nodiscard]] Result<Incident> addResponder(IncidentId id, const QString &person,
                                                const QString &author);
    [[nodiscard]] Result<Incident> removeResponder(IncidentId id, const QString &person,
                                                   const QString &author);
    [[nodiscard]] Result<Incident> acknowledge(IncidentId id, const QString &author);
    [[nodiscard]] Result<Incident> resolve(IncidentId id, const QString &resolution,
                                           const QString &rootCause, const QString &author);
    [[nodiscard]] Result<Incident> reopen(IncidentId id, const QString &reason,
                                          const QString &author);
    // A status update: moves the incident to `status` (an open one; "resolved" only follows a
    // resolution), records it on the timeline, restarts the update clock, and queues it for
    // the channels routing sends it to, all in one transaction.
    [[nodiscard]] Result<Incident> postUpdate(IncidentId id, IncidentStatus status,
                                              const QString &message, const QString &author);
    // What each channel would receive for that update: (channel, text).
    [[nodiscard]] Result<QList<std::pair<QString, QString>>>
    previewUpdate(IncidentId id, IncidentStatus status, const QString &message);

    // Records incidents that happened elsewhere or earlier (history imports, demo data), with
    // their own times, in one transaction. Returns them with their new ids.
    [[nodiscard]] Result<QList<Incident>> importHistory(const QList<Incident> &incidents,
                                                        const QString &author);

    // True while importHistory tells listeners of the imported incidents: they happened
    // elsewhere or earlier, and nobody is paged for them.
    [[nodiscard]] bool importing() const { return m_importing; }
    // While the team's changes are announced (another console made them).
    [[nodiscard]] bool fromTeam() const { return m_fromTeam; }

    // For changes saved on another connection (the alert ingest's worker), once committed.
    void announceDeclared(const Incident &incident);
    void announceTimelineEntry(const TimelineEvent &entry);
    // What arrived from the team (committed by the sync worker), read back on this connection:
    // new incidents are announced like imported ones (they were declared elsewhere, and
    // nobody is paged from here), then changed incidents and new timeline entries.
    void announceFromTeam(const TeamApplied &applied);

    [[nodiscard]] Result<Incident> incident(IncidentId id);
    // The local id of what a person typed: "12" or "#12" (the team's number in team mode),
    // "P-3f2a" (not numbered yet) or a uid. Nothing when the words are none of these; an
    // error when no such incident is here.
    [[nodiscard]] Result<std::optional<IncidentId>> resolve(const QString &reference);
    [[nodiscard]] Result<QList<Incident>> incidents(IncidentSelection selection);
    // The `count` incidents declared last, newest first: pickers that must not read a whole
    // history on the GUI thread.
    [[nodiscard]] Result<QList<Incident>> latestIncidents(int count);
    [[nodiscard]] Result<QList<TimelineEvent>> timeline(IncidentId id);
    // What people call the incident with this local id: #12, or in a team #P-3f2a until the
    // server numbers it. Read once, then followed (see incidentRelabelled).
    [[nodiscard]] QString labelOf(IncidentId id);

Q_SIGNALS:
    void incidentDeclared(const sitrep::Incident &incident);
    void incidentChanged(const sitrep::Incident &incident);
    // After the acknowledgement's commit, with who acknowledged.
    void incidentAcknowledged(const sitrep::Incident &incident, const QString &author);
    // An entry the service captured on an existing incident's timeline (after the commit).
    void timelineEntryAdded(const sitrep::TimelineEvent &entry);
    // An incident asked for by labelOf() is called something else now (the team's server
    // numbered it).
    void incidentRelabelled(qint64 id);

private:
    // Loads the incident, lets `change` edit it and name the timeline entries it leaves (or
    // refuse), and saves both in one transaction. The entries carry their author already.
    using Change = std::function<std::optional<QString>(Incident &, QList<TimelineEvent> &)>;
    // What to tell the channels about the changed incident, if anything.
    using Announce = std::function<Announcement(const Incident &)>;
    Result<Incident> apply(IncidentId id, const Change &change, const Announce &announce = {});
    [[nodiscard]] Announcement announcement(Announcement::Kind kind,
                                            const Incident &incident) const;
    TimelineEvent timelineEvent(const Incident &incident, TimelineKind kind, const QString &text,
                                const QString &author) const;

    Database &m_database;
    std::unique_ptr<IncidentStore> m_incidents;
    std::unique_ptr<TimelineStore> m_timeline;
    SeverityPolicy m_policy;
    const Clock &m_clock;
    QHash<IncidentId, QString> m_labels;
    bool m_importing = false;
    bool m_fromTeam = false;
};

} // namespace sitrep
