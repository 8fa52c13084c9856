#pragma once

#include "incident.h"

#include <optional>

#include <QDateTime>
#include <QString>

namespace sitrep {

enum class TimelineKind {
    Declared,
    SeverityChanged,
    StatusChanged,
    CommanderChanged,
    FieldsUpdated,
    Resolved,
    Reopened,
    Note,
};

// Stable names stored in SQLite ("severity_changed").
[[nodiscard]] QString timelineKindKey(TimelineKind kind);
[[nodiscard]] std::optional<TimelineKind> parseTimelineKind(QStringView key);

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

    bool operator==(const TimelineEvent &) const = default;
};

} // namespace sitrep
