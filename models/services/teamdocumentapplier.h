#pragma once

#include "domain/result.h"
#include "domain/teamchange.h"
#include "storage/teamdocumentstore.h"

#include <optional>

#include <QJsonArray>
#include <QJsonObject>

namespace sitrep {

struct FieldWinner;
class TeamFields;

// Applies the team's shared documents (schedules, channel settings, SLO definitions, review
// leads), in the caller's transaction: the whole document of the newest change wins. A
// document that lost to one written at the same time is kept beside it as a conflict copy,
// "NAME (conflict copy from AUTHOR)", made the same on every console and entered in the
// register of copies to settle (TeamConflictCopies); a channel's copy hears no severity, so it
// never delivers twice. The leads, a single list, keep no copy.
class TeamDocumentApplier
{
public:
    TeamDocumentApplier(Database &database, TeamFields &fields);

    // The kind of document that changed here, if any.
    [[nodiscard]] Result<std::optional<TeamDocumentStore::Kind>> apply(const TeamChange &change,
                                                                       const QJsonObject &payload);

    // The name a losing document is kept under: a key every console must make alike, so it
    // is never translated.
    [[nodiscard]] static QString copyName(const QString &name, const QString &author);
    // A document's row under another name (a schedule's file names its schedule too).
    [[nodiscard]] static QJsonObject renamed(TeamDocumentStore::Kind kind, QJsonObject row,
                                             const QString &name);
    // A channel's row hearing `severities` (undefined: its role's defaults), and the
    // severities a channel's row hears (undefined when it names none).
    [[nodiscard]] static QJsonObject withSeverities(QJsonObject channel,
                                                    const QJsonValue &severities);
    [[nodiscard]] static QJsonValue severitiesOf(const QJsonObject &channel);

private:
    [[nodiscard]] Result<void> keepCopy(TeamDocumentStore::Kind kind, const QString &name,
                                        const FieldWinner &loser);

    Database &m_database;
    TeamDocumentStore m_store;
    TeamFields &m_fields;
};

} // namespace sitrep
