#pragma once

#include "incidentstatus.h"
#include "severity.h"

#include <QDateTime>
#include <QStringList>
#include <QUuid>

namespace sitrep {

using IncidentId = qint64;

// What the board keeps of an incident: what its columns, filters, sort and search read, and
// the update cadence. A long history is held as these rows, under half the memory of whole
// incidents (see the README's Performance section). Times are UTC; an invalid QDateTime means
// "not yet" (not resolved).
struct BoardIncident
{
    IncidentId id = 0;
    QString title;
    QStringList services;
    QString commander;
    QDateTime startedAt;
    QDateTime resolvedAt;
    // When stakeholders last heard about it (declaration or status update): the update
    // cadence counts from here.
    QDateTime lastUpdateAt;
    // What every console of a team knows the incident by (the local id differs per console),
    // and its team-wide number once the server has given one (0: not yet, or solo).
    QUuid uid;
    qint64 teamNumber = 0;
    Severity severity = Severity::Sev3;
    IncidentStatus status = IncidentStatus::Investigating;
    DetectionSource detection = DetectionSource::Manual;
    // In team mode, until the server has numbered it: shown as #P-3f2a meanwhile.
    bool provisional = false;

    [[nodiscard]] bool isOpen() const { return status != IncidentStatus::Resolved; }
    // What people call it: the team's number in team mode (#P-3f2a until the server has
    // given one), the console's own id in solo mode.
    [[nodiscard]] QString label() const
    {
        if (provisional)
            return provisionalLabel();
        return u'#' + QString::number(teamNumber > 0 ? teamNumber : id);
    }
    // The label without its "#" (12, P-3f2a): what texts write after their own "#".
    [[nodiscard]] QString reference() const { return label().mid(1); }
    // What it was called before the server numbered it (#P-3f2a): the uid's last digits,
    // since its first ones are the clock, the same for weeks.
    [[nodiscard]] QString provisionalLabel() const
    {
        return QStringLiteral("#P-") + uid.toString(QUuid::Id128).right(4);
    }
    bool operator==(const BoardIncident &) const = default;
};

// One incident as the cache and the services know it: the board's fields and the rest.
struct Incident : BoardIncident
{
    QString scribe;
    QString communicationsLead;
    QStringList responders;
    QString impact;
    qint64 affectedUsers = 0;
    // More people than there are: a count above it is a typo or hostile input, refused.
    static constexpr qint64 mostAffectedUsers = 100'000'000'000;
    double revenueImpactPerHour = 0.0;
    QDateTime detectedAt;
    QDateTime acknowledgedAt;
    QString rootCause;
    QString resolution;

    Incident() = default;
    // A board row as a whole incident, its other fields at their defaults: what the detail
    // pane shows when the whole incident cannot be read.
    explicit Incident(BoardIncident board) : BoardIncident(std::move(board)) { }
    bool operator==(const Incident &) const = default;
};

} // namespace sitrep

// Every member is relocatable, so lists of incidents grow with one memcpy.
Q_DECLARE_TYPEINFO(sitrep::BoardIncident, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(sitrep::Incident, Q_RELOCATABLE_TYPE);
