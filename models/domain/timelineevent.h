#pragma once

#include "incident.h"

#include <optional>

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QUuid>

namespace sitrep {

enum class TimelineKind {
    // Captured automatically by the services.
    Declared,
    SeverityChanged,
    StatusChanged,
    CommanderChanged,
    FieldsUpdated,
    Resolved,
    Reopened,
    RoleAssigned,
    StatusUpdatePosted,
    AlertFired,
    AlertResolved,
    ChecklistTicked,
    DetectionMetrics,
    ResolutionCheck,
    Escalation, // pages, levels passed on, the escalation's end
    // Written by people.
    Note,
    Action,
    Decision,
    Hypothesis,
};

// Stable names stored in SQLite and exported ("severity_changed").
[[nodiscard]] QString timelineKindKey(TimelineKind kind);
[[nodiscard]] std::optional<TimelineKind> parseTimelineKind(QStringView key);
// The kind as the workspace shows it ("Severity changed"), translated.
[[nodiscard]] QString timelineKindName(TimelineKind kind);
// Note, action, decision, hypothesis: the kinds a person adds by hand.
[[nodiscard]] bool isWrittenKind(TimelineKind kind);
[[nodiscard]] QList<TimelineKind> writtenKinds();

// One entry of an incident's timeline. Every change the incident service makes leaves one, so
// nothing about an incident's history is silent (a reopen names its reason here).
struct TimelineEvent
{
    qint64 id = 0;
    IncidentId incidentId = 0;
    QDateTime at;
    QString author;
    TimelineKind kind = TimelineKind::Note;
    QString text;
    bool key = false;       // marked for the postmortem
    bool automatic = false; // captured by Sitrep rather than written by a person
    bool edited = false;    // has an edit history (see TimelineRevision)
    QDateTime deletedAt;    // valid: deleted, recoverable while the incident is open
    QUuid uid;              // the same on every console of a team

    [[nodiscard]] bool isDeleted() const { return deletedAt.isValid(); }
    bool operator==(const TimelineEvent &) const = default;
};

// The timeline's order: by time, then in the order entries were made.
[[nodiscard]] bool timelineBefore(const TimelineEvent &a, const TimelineEvent &b);

// What an entry said before one edit: corrections never overwrite the original.
struct TimelineRevision
{
    qint64 eventId = 0;
    QDateTime editedAt;
    QString editor;
    QDateTime at;
    TimelineKind kind = TimelineKind::Note;
    QString text;

    bool operator==(const TimelineRevision &) const = default;
};

} // namespace sitrep
