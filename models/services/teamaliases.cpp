#include "teamaliases.h"

#include "declaration.h"
#include "domain/uuidv7.h"
#include "storage/incidentstore.h"
#include "storage/teamaliasstore.h"
#include "storage/timelinestore.h"
#include "teamrecorder.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace sitrep {

namespace {

QString dedupKeyOf(const TeamChange &change)
{
    if (change.entity != QLatin1String(TeamRecorder::incidentEntity)
        || change.field != QLatin1String(TeamRecorder::declaredField))
        return {};
    return QJsonDocument::fromJson(change.payload)
            .object()
            .value(QLatin1String(TeamRecorder::dedupKeyName))
            .toString();
}

} // namespace

QList<QUuid> TeamAliases::troubled(const QList<TeamChange> &page)
{
    QList<QUuid> declared;
    for (const TeamChange &change : page)
        if (!dedupKeyOf(change).isEmpty())
            declared << change.entityUid;
    return declared;
}

Result<void> TeamAliases::settle(const QList<TeamChange> &page, const QHash<QUuid, QUuid> &aliases,
                                 TeamApplied &applied)
{
    for (const TeamChange &change : page) {
        const QString dedupKey = dedupKeyOf(change);
        const auto winner = aliases.constFind(change.entityUid);
        if (dedupKey.isEmpty() || winner == aliases.constEnd())
            continue;
        if (auto made = makeAlias(change, dedupKey, *winner, applied); !made)
            return made;
    }
    return {};
}

Result<void> TeamAliases::makeAlias(const TeamChange &declaration, const QString &dedupKey,
                                    const QUuid &winnerUid, TeamApplied &applied)
{
    IncidentStore incidents(m_database);
    const Result<std::optional<IncidentId>> aliasId = incidents.idOf(declaration.entityUid);
    const Result<std::optional<IncidentId>> winnerId = incidents.idOf(winnerUid);
    if (!aliasId || !winnerId)
        return Error {!aliasId ? aliasId.error() : winnerId.error()};
    if (!aliasId.value() || !winnerId.value())
        return {}; // an incident this console keeps aside (made by a newer console)
    const Result<std::optional<Incident>> alias = incidents.find(*aliasId.value());
    const Result<std::optional<Incident>> winner = incidents.find(*winnerId.value());
    if (!alias || !winner)
        return Error {!alias ? alias.error() : winner.error()};
    if (!alias.value() || !winner.value() || !alias.value()->isOpen())
        return {};
    Incident resolved = *alias.value();
    const QString why = tr("Duplicate of %1: %2 was declared there first.")
                                .arg(winner.value()->label(), dedupKey);
    // The same on every console: the declaration's time on the server, not this clock's.
    const QDateTime at = declaration.committedAt.isValid() ? declaration.committedAt
                                                           : QDateTime::currentDateTimeUtc();
    resolved.status = IncidentStatus::Resolved;
    resolved.resolvedAt = at;
    resolved.resolution = why;
    if (auto saved = incidents.update(resolved); !saved)
        return saved;
    TimelineEvent entry = Declaration::capturedEntry(resolved.id, TimelineKind::Resolved, why,
                                                     QStringLiteral("sitrep"), at);
    entry.uid = UuidV7::derived("alias/" + declaration.entityUid.toByteArray());
    const Result<qint64> added = TimelineStore(m_database).append(entry);
    if (!added)
        return Error {added.error()};
    TeamAliasStore store(m_database);
    if (auto moved = store.repoint(resolved.id, winner.value()->id); !moved)
        return moved;
    if (auto cancelled = store.cancelDeclared(resolved.id, why); !cancelled)
        return Error {cancelled.error()};
    applied.changed << resolved.id;
    applied.addedEntries << added.value();
    return {};
}

} // namespace sitrep
