#pragma once

#include "hybridclock.h"
#include "storedpostmortem.h"
#include "teamincidentfields.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QUuid>

namespace sitrep {

// A section's version that lost to another made at the same time, kept beside the winner
// until someone edits the section having seen it.
struct ConflictCopy
{
    QUuid change;
    HlcStamp stamp;
    QString author;
    QJsonValue value;
};

// How a postmortem splits into the fields a team merges one by one: every section of the
// document (last writer wins per section), its status, review time and attendees, and each
// action item by its uid (sorted by its fractional order key). The long text sections keep a
// losing concurrent version as a visible conflict copy after the winner's text.
class TeamPostmortemFields
{
    Q_DECLARE_TR_FUNCTIONS(TeamPostmortemFields)
public:
    // Every field of the postmortem, sections first, then the action items in order.
    [[nodiscard]] static QList<TeamField> all(const StoredPostmortem &stored);
    // The fields that differ; an action item taken out is null.
    [[nodiscard]] static QList<TeamField> changed(const StoredPostmortem &before,
                                                  const StoredPostmortem &after);
    // Sets one field. False when the field is unknown (a newer console's).
    static bool apply(StoredPostmortem &stored, const TeamField &field);
    // Sections written as prose by people (summary, root cause, resolution, what went well or
    // wrong, lessons), where a lost version is kept as a copy rather than dropped.
    [[nodiscard]] static bool isTextSection(const QString &field);
    // The section as shown: the winner's value, and after it each copy, oldest first.
    [[nodiscard]] static QJsonValue withCopies(const QJsonValue &winner,
                                               QList<ConflictCopy> copies);
    // Gives every action item without one a uid, and order keys that sort as the list does
    // (an item keeps its key where it still sorts in place).
    static void identify(Postmortem &postmortem, qint64 nowMs);

private:
    [[nodiscard]] static QJsonObject document(const StoredPostmortem &stored);
};

} // namespace sitrep
