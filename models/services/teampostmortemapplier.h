#pragma once

#include "domain/incident.h"
#include "domain/result.h"
#include "domain/teamchange.h"

#include <optional>

#include <QCoreApplication>
#include <QJsonObject>

namespace sitrep {

class Database;
class TeamFields;

// Applies the team's postmortem changes, in the caller's transaction: last writer wins per
// section and per action item. In a text section a version that lost to one written at the
// same time is kept as a conflict copy after the winner's text, the same on every console,
// until a writer who saw it saves the section (the change names the copies it settles). A
// postmortem this console has not opened yet starts from the draft of its incident.
class TeamPostmortemApplier
{
    Q_DECLARE_TR_FUNCTIONS(TeamPostmortemApplier)
public:
    TeamPostmortemApplier(Database &database, TeamFields &fields);

    // The incident whose postmortem changed here, if any.
    [[nodiscard]] Result<std::optional<IncidentId>> apply(const TeamChange &change,
                                                          const QJsonObject &payload);

private:
    // Takes the section for the change, or keeps it as a copy; settles the copies it names.
    [[nodiscard]] Result<void> settle(const TeamChange &change, const QJsonObject &payload);
    // The section as every console shows it: the winner with its copies.
    [[nodiscard]] Result<QJsonValue> shown(const QUuid &entity, const QString &field);
    [[nodiscard]] Result<void> save(IncidentId incident, const QString &field,
                                    const QJsonValue &value);

    Database &m_database;
    TeamFields &m_fields;
};

} // namespace sitrep
