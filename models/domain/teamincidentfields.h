#pragma once

#include "incident.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>

namespace sitrep {

// One field of an incident as the team's log carries it: a scalar ("severity"), the lifecycle
// register ("lifecycle": status, acknowledgement, resolution and root cause, which only make
// sense together), or one member of a set ("responders/alice": true while alice responds).
struct TeamField
{
    QString name;
    QJsonValue value;
};

// How an incident splits into the fields the team merges one by one (last writer wins per
// field, per set member), and how a merged field goes back in.
class TeamIncidentFields
{
    Q_DECLARE_TR_FUNCTIONS(TeamIncidentFields)
public:
    static constexpr auto lifecycle = "lifecycle";

    // Every field of a whole incident, in a stable order; set members in their list's order.
    [[nodiscard]] static QList<TeamField> all(const Incident &incident);
    // The fields that differ from `before` to `after`: a member that left is `false`.
    [[nodiscard]] static QList<TeamField> changed(const Incident &before, const Incident &after);
    // Sets one field (a set member is added at the end, or taken out). False when the field is
    // unknown (a newer console's field: left for a newer console to apply).
    static bool apply(Incident &incident, const TeamField &field);
    // "SEV-2", "Resolved", "alice": a field's value as the timeline names it.
    [[nodiscard]] static QString describe(const TeamField &field);
    // "severity", "responders": what a person calls the field.
    [[nodiscard]] static QString fieldName(const QString &field);
    // The set a member field belongs to ("responders"), or empty for other fields.
    [[nodiscard]] static QString setOf(const QString &field);
    // Every set's name, and the incident's list behind one.
    [[nodiscard]] static QStringList setNames();
    [[nodiscard]] static QStringList &members(Incident &incident, const QString &set);
    // Times travel as UTC milliseconds, null for "not yet".
    [[nodiscard]] static QJsonValue timeValue(const QDateTime &at);
    [[nodiscard]] static QDateTime timeOf(const QJsonValue &value);
};

} // namespace sitrep
