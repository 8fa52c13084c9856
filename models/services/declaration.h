#pragma once

#include "domain/incidentdraft.h"
#include "domain/result.h"
#include "domain/timelineevent.h"

#include <QCoreApplication>

namespace sitrep {

class Database;

// Declaring an incident on a given connection: the draft's rules, the row, and its first
// timeline entry, in one transaction (a savepoint inside the caller's). The console declares
// on its own connection through IncidentService; the alert ingest declares on its worker's.
class Declaration
{
    Q_DECLARE_TR_FUNCTIONS(IncidentService)
public:
    [[nodiscard]] static Result<Incident> declare(Database &database, const IncidentDraft &draft,
                                                  const QString &author, const QDateTime &now);
    // An entry Sitrep captures itself; the postmortem's usual key events are flagged.
    [[nodiscard]] static TimelineEvent capturedEntry(IncidentId incident, TimelineKind kind,
                                                     const QString &text, const QString &author,
                                                     const QDateTime &at);
    // Writes such an entry (inside the caller's transaction) and returns it with its id.
    [[nodiscard]] static Result<TimelineEvent>
    recordCaptured(Database &database, IncidentId incident, TimelineKind kind, const QString &text,
                   const QString &author, const QDateTime &at);
    [[nodiscard]] static QString declaredText(const Incident &incident);
};

} // namespace sitrep
