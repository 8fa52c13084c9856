#pragma once

#include "domain/chatroom.h"
#include "domain/hybridclock.h"
#include "domain/incident.h"
#include "domain/result.h"
#include "domain/storedpostmortem.h"
#include "storage/teamdocumentstore.h"

#include <optional>

#include <QCoreApplication>
#include <QJsonObject>

namespace sitrep {

class Database;

// Writes a service's change into the team's queue, in the caller's transaction, so the change
// and its local effect are saved together or not at all. In solo mode (the file is no team's
// cache) it records nothing. Each change is stamped by the console's hybrid clock and becomes
// the field's winner here, so an older change pulled later loses to it.
class TeamRecorder
{
    Q_DECLARE_TR_FUNCTIONS(TeamRecorder)
public:
    explicit TeamRecorder(Database &database);

    // Whether this file records for a team (read once per recorder).
    [[nodiscard]] Result<bool> recording();
    // Whether this console only watches the team (its login is a viewer, or has no role): then
    // its delivery, escalation and detection loops do nothing, so no page, message or
    // declaration comes from a console that may not write.
    [[nodiscard]] static bool watchesOnly(Database &database);
    // Why this console may not act for the team now (read-only), in words; empty when it may.
    // For acts that change the world outside the team's log: silences, test messages.
    [[nodiscard]] static QString refusal(Database &database);
    // Brings this console's history (every incident the team has not numbered, with its
    // timeline and ticks) to the team: a second run, or a run from a copy of the same file,
    // adds nothing twice. How many incidents it brought.
    [[nodiscard]] Result<int> importHistory();
    // A new incident, every field of it, and the key of the trouble it was declared for (rule,
    // alert group), if Sitrep declared it itself.
    [[nodiscard]] Result<void> declared(IncidentId id, const QString &dedupKey = {});
    // The fields that differ (last writer wins per field, per set member).
    [[nodiscard]] Result<void> changed(const Incident &before, const Incident &after);
    // A timeline entry as it is now (new, edited, flagged, deleted or restored): the newest
    // revision wins.
    [[nodiscard]] Result<void> timelineEntry(qint64 entryId);
    // A checklist item ticked or unticked.
    [[nodiscard]] Result<void> tick(IncidentId id, const QString &item, bool ticked,
                                    const QString &by, const QDateTime &at);
    // The incident's own chat room a channel opened (Slack), so every console shows it and
    // none opens a second one.
    [[nodiscard]] Result<void> room(IncidentId id, const QString &channel, const ChatRoom &room);

    // The postmortem's fields that differ from `before` (every field without one: brought in
    // by an import). A text section's conflict copies that were shown are settled by it.
    [[nodiscard]] Result<void> postmortem(const std::optional<StoredPostmortem> &before,
                                          const StoredPostmortem &after);

    // A shared document as it is now saved here (removed: null); the whole document wins.
    [[nodiscard]] Result<void> document(TeamDocumentStore::Kind kind, const QString &name);

    // The entities and fields of the log.
    static constexpr auto incidentEntity = "incident";
    static constexpr auto declaredField = "declared";
    static constexpr auto dedupKeyName = "dedup";   // in a declaration's payload
    static constexpr auto numberField = "number";   // written by the server only
    static constexpr auto refusedField = "refused"; // written by the server only
    static constexpr auto timelineEntity = "timeline";
    static constexpr auto entryField = "entry";
    static constexpr auto checklistEntity = "checklist";
    static constexpr auto tickField = "tick";
    static constexpr auto roomEntity = "room";
    static constexpr auto roomField = "room";
    static constexpr auto postmortemEntity = "postmortem";
    static constexpr auto documentEntity = "document";
    static constexpr auto documentField = "document";
    // A shared document: the same on every console.
    [[nodiscard]] static QUuid documentUid(TeamDocumentStore::Kind kind, const QString &name);
    // An incident's postmortem: the same on every console.
    [[nodiscard]] static QUuid postmortemUid(const QUuid &incident);

private:
    [[nodiscard]] Result<QUuid> incidentUid(IncidentId id);
    // The change a new one replaces, as the payload names it (null: none yet).
    [[nodiscard]] Result<QJsonValue> baseOf(const QUuid &entity, const QString &field);
    // Queues one change of `field` and makes it the field's winner here. `winners` are the
    // fields it wins with their payloads (a declaration wins every field at once).
    [[nodiscard]] Result<void> record(const char *entity, const QUuid &entityUid,
                                      const QString &field, const QJsonObject &payload,
                                      const QList<std::pair<QString, QJsonObject>> &winners);
    // One whole value about an incident (a tick, a room) as `entity`/incident/`name`'s `field`:
    // the newest wins. The value names its incident by uid.
    [[nodiscard]] Result<void> recordWhole(IncidentId id, const char *entity, const QString &name,
                                           const char *field, QJsonObject value);

    Database &m_database;
    std::optional<bool> m_recording;
    bool m_importing = false;
    QString m_author;
    QString m_readOnly;
};

} // namespace sitrep
