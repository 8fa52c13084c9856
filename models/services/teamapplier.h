#pragma once

#include "domain/hybridclock.h"
#include "domain/incident.h"
#include "domain/result.h"
#include "domain/teamchange.h"
#include "domain/timelineevent.h"

#include <memory>

#include <QCoreApplication>
#include <QJsonObject>
#include <QMetaType>
#include <QSet>

namespace sitrep {

class Database;
struct FieldWinner;
struct TeamField;
class TeamFields;
class IncidentStore;
class TeamPostmortemApplier;
class TeamDocumentApplier;

// What a pulled page changed in this console's file, by local id, for the services to tell
// their listeners once it is committed.
struct TeamApplied
{
    QList<IncidentId> declared; // new here
    QList<IncidentId> changed;
    QList<qint64> addedEntries;
    QList<qint64> changedEntries;
    QList<IncidentId> checklists;
    QList<IncidentId> postmortems;
    QStringList documents; // the kinds of shared document that changed ("schedule", ...)

    [[nodiscard]] bool isEmpty() const
    {
        return declared.isEmpty() && changed.isEmpty() && addedEntries.isEmpty()
                && changedEntries.isEmpty() && checklists.isEmpty() && postmortems.isEmpty()
                && documents.isEmpty();
    }
};

// Applies the team's changes to this console's file with the merge rules, in the caller's
// transaction, so that every console ends in the same state whatever order it saw them in:
// the greater stamp wins a field (ties: the greater change uid); a losing change that was made
// without seeing the winner leaves a timeline entry saying whose change was superseded; set
// members and checklist ticks are fields of their own; a timeline entry's newest revision wins
// and the others stay in its history. A change applied before (its own, or pulled twice)
// applies once. Entities a newer console made are kept in the log and skipped.
class TeamApplier
{
    Q_DECLARE_TR_FUNCTIONS(TeamApplier)
public:
    explicit TeamApplier(Database &database);
    ~TeamApplier();

    [[nodiscard]] Result<TeamApplied> apply(const QList<TeamChange> &page);

private:
    // A pulled change's claim on one field.
    struct Claim
    {
        const TeamChange &change;
        QString field;
        QJsonObject payload; // {"value": ...} and for a declaration's field its "index"
    };
    [[nodiscard]] Result<void> applyDeclared(const TeamChange &change, const QJsonObject &payload);
    // The team-wide number the server gave a declaration.
    [[nodiscard]] Result<void> applyNumber(const TeamChange &change, const QJsonObject &payload);
    // A change the server refused: every timeline says why; the console that made it goes back
    // to the server's value.
    [[nodiscard]] Result<void> applyRefused(const TeamChange &change, const QJsonObject &payload);
    [[nodiscard]] Result<void> applyIncidentField(const TeamChange &change,
                                                  const QJsonObject &payload);
    [[nodiscard]] Result<void> applyEntry(const TeamChange &change, const QJsonObject &payload);
    [[nodiscard]] Result<void> applyTick(const TeamChange &change, const QJsonObject &payload);
    [[nodiscard]] Result<void> applyRoom(const TeamChange &change, const QJsonObject &payload);
    // Takes the change's one field (a tick, a room) when it is newer than the one held: true
    // when it did, and its value is then to be saved.
    [[nodiscard]] Result<bool> takeWhole(const TeamChange &change, const char *field,
                                         const QJsonObject &value);
    [[nodiscard]] Result<void> applyPostmortem(const TeamChange &change,
                                               const QJsonObject &payload);
    [[nodiscard]] Result<void> applyDocument(const TeamChange &change, const QJsonObject &payload);
    // Takes the field for the claim when it wins (true), and says on the timeline whose change
    // was superseded when the two were made without seeing each other.
    [[nodiscard]] Result<bool> settle(const Claim &claim, const QJsonObject &written,
                                      IncidentId incident);
    [[nodiscard]] Result<void> noteSuperseded(IncidentId incident, const QString &field,
                                              const FieldWinner &loser, const FieldWinner &winner);
    [[nodiscard]] Result<void> noteRefused(IncidentId incident, const TeamChange &refusal,
                                           const QJsonObject &payload);
    // Adds a note the merge writes (the same uid on every console) unless it is there.
    [[nodiscard]] Result<void> addNote(const QUuid &uid, TimelineEvent note);
    // Withdraws the note that `loser` was superseded, where this console wrote one.
    [[nodiscard]] Result<void> withdrawSuperseded(const QUuid &loser, const QDateTime &at);
    // Puts a set's members in the order every console agrees on: by the stamp that added them.
    [[nodiscard]] Result<void> orderSet(Incident &incident, const QString &set);
    [[nodiscard]] Result<std::optional<IncidentId>> localIncident(const QJsonValue &uid);

    void noteChanged(IncidentId id);

    Database &m_database;
    std::unique_ptr<TeamFields> m_fields;
    std::unique_ptr<IncidentStore> m_incidents;
    std::unique_ptr<TeamPostmortemApplier> m_postmortems;
    std::unique_ptr<TeamDocumentApplier> m_documents;
    TeamApplied m_applied;
    QSet<IncidentId> m_touched; // declared or changed in this page
    HybridClock m_clock;
};

} // namespace sitrep

Q_DECLARE_METATYPE(sitrep::TeamApplied)
