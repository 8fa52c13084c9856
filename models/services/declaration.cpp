#include "declaration.h"

#include "announcements.h"
#include "domain/uuidv7.h"
#include "storage/database.h"
#include "storage/incidentstore.h"
#include "storage/timelinestore.h"
#include "storage/transaction.h"
#include "teamrecorder.h"

namespace sitrep {

TimelineEvent Declaration::capturedEntry(IncidentId incident, TimelineKind kind,
                                         const QString &text, const QString &author,
                                         const QDateTime &at)
{
    TimelineEvent entry;
    entry.incidentId = incident;
    entry.at = at;
    entry.author = author;
    entry.kind = kind;
    entry.text = text;
    entry.automatic = true;
    entry.uid = UuidV7::make(QDateTime::currentMSecsSinceEpoch());
    // What a postmortem timeline always has; anything else can be flagged by hand.
    entry.key = kind == TimelineKind::Declared || kind == TimelineKind::SeverityChanged
            || kind == TimelineKind::Resolved || kind == TimelineKind::Reopened;
    return entry;
}

Result<TimelineEvent> Declaration::recordCaptured(Database &database, IncidentId incident,
                                                  TimelineKind kind, const QString &text,
                                                  const QString &author, const QDateTime &at)
{
    TimelineEvent entry = capturedEntry(incident, kind, text, author, at);
    const Result<qint64> id = TimelineStore(database).append(entry);
    if (!id)
        return Error {id.error()};
    entry.id = id.value();
    if (auto recorded = TeamRecorder(database).timelineEntry(entry.id); !recorded)
        return Error {recorded.error()};
    return entry;
}

QString Declaration::declaredText(const Incident &incident)
{
    return tr("Declared %1: %2").arg(severityCode(incident.severity), incident.title);
}

Result<Incident> Declaration::declare(Database &database, const IncidentDraft &input,
                                      const QString &author, const QDateTime &now)
{
    const IncidentDraft draft = IncidentDraftRules::normalised(input);
    const QList<FieldProblem> problems = IncidentDraftRules::problems(draft, now);
    if (!problems.isEmpty())
        return Error {problems.first().message};

    Incident incident;
    incident.title = draft.title;
    incident.severity = draft.severity;
    incident.status = IncidentStatus::Investigating;
    incident.services = draft.services;
    incident.commander = draft.commander;
    if (!draft.commander.isEmpty())
        incident.responders << draft.commander;
    incident.impact = draft.impact;
    incident.affectedUsers = draft.affectedUsers;
    incident.revenueImpactPerHour = draft.revenueImpactPerHour;
    incident.detection = draft.detection;
    incident.startedAt = draft.startedAt.isValid() ? draft.startedAt.toUTC() : now;
    incident.detectedAt
            = draft.detectedAt.isValid() ? std::min(draft.detectedAt.toUTC(), now) : now;
    // The declaration is the first thing stakeholders hear: the update cadence starts here.
    incident.lastUpdateAt = now;
    incident.uid = UuidV7::make(QDateTime::currentMSecsSinceEpoch());

    Transaction transaction(database);
    if (auto begun = transaction.begun(); !begun)
        return Error {begun.error()};
    IncidentStore incidents(database);
    const Result<IncidentId> id = incidents.insert(incident);
    if (!id)
        return Error {id.error()};
    incident.id = id.value();
    TeamRecorder team(database);
    if (auto recorded = team.declared(incident.id, draft.dedupKey); !recorded)
        return Error {recorded.error()};
    // In team mode the number comes from the server, once the declaration is pushed.
    const Result<bool> recording = team.recording();
    incident.provisional = recording && recording.value();
    if (auto appended = recordCaptured(database, incident.id, TimelineKind::Declared,
                                       declaredText(incident), author, now);
        !appended)
        return Error {appended.error()};
    Announcement declared;
    declared.kind = Announcement::Kind::Declared;
    declared.incident = incident;
    declared.status = incident.status;
    declared.at = now;
    if (auto queued = Announcements::queue(database, declared); !queued)
        return Error {queued.error()};
    if (auto committed = transaction.commit(); !committed)
        return Error {committed.error()};
    return incident;
}

} // namespace sitrep
