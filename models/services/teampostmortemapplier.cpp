#include "teampostmortemapplier.h"

#include "domain/teampostmortemfields.h"
#include "postmortemservice.h"
#include "storage/incidentstore.h"
#include "storage/postmortemstore.h"
#include "storage/teamfields.h"
#include "storage/timelinestore.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sitrep {

TeamPostmortemApplier::TeamPostmortemApplier(Database &database, TeamFields &fields)
    : m_database(database), m_fields(fields)
{ }

Result<std::optional<IncidentId>> TeamPostmortemApplier::apply(const TeamChange &change,
                                                               const QJsonObject &payload)
{
    const Result<std::optional<IncidentId>> incident
            = IncidentStore(m_database).idOf(QUuid(payload.value(u"incident").toString()));
    if (!incident || !incident.value())
        return incident;
    if (auto settled = settle(change, payload); !settled)
        return Error {settled.error()};
    const Result<QJsonValue> value = shown(change.entityUid, change.field);
    if (!value)
        return Error {value.error()};
    if (auto saved = save(*incident.value(), change.field, value.value()); !saved)
        return Error {saved.error()};
    return incident;
}

Result<void> TeamPostmortemApplier::settle(const TeamChange &change, const QJsonObject &payload)
{
    const QUuid &entity = change.entityUid;
    const QString &field = change.field;
    // Whether or not this change wins, its writer saw these copies and wrote over them.
    for (const QJsonValue &settled : payload.value(u"settles").toArray()) {
        if (auto removed
            = m_fields.remove(entity, TeamFields::copyField(field, QUuid(settled.toString())));
            !removed)
            return removed;
    }
    const Result<std::optional<FieldWinner>> current = m_fields.winner(entity, field);
    if (!current)
        return Error {current.error()};
    const QJsonValue value = payload.value(u"value");
    const FieldWinner mine = FieldWinner::of(change, {{QStringLiteral("value"), value}});
    const bool section = TeamPostmortemFields::isTextSection(field);
    const std::optional<FieldWinner> &holder = current.value();
    if (holder && holder->beats(mine.stamp, mine.change)) {
        // Pulled in the server's order, an older change was written without seeing the winner.
        if (!section || holder->value() == value)
            return {};
        return m_fields.setWinner(entity, TeamFields::copyField(field, mine.change), mine);
    }
    const bool concurrent = holder && !holder->seenBy(payload);
    if (section && concurrent && holder->value() != value) {
        if (auto kept
            = m_fields.setWinner(entity, TeamFields::copyField(field, holder->change), *holder);
            !kept)
            return kept;
    }
    return m_fields.setWinner(entity, field, mine);
}

Result<QJsonValue> TeamPostmortemApplier::shown(const QUuid &entity, const QString &field)
{
    const Result<std::optional<FieldWinner>> winner = m_fields.winner(entity, field);
    if (!winner)
        return Error {winner.error()};
    const QJsonValue value = winner.value() ? winner.value()->value() : QJsonValue();
    if (!TeamPostmortemFields::isTextSection(field))
        return value;
    const Result<QList<std::pair<QString, FieldWinner>>> copies
            = m_fields.winners(entity, TeamFields::copiesOf(field));
    if (!copies)
        return Error {copies.error()};
    QList<ConflictCopy> kept;
    for (const auto &[name, copy] : copies.value())
        kept.append({copy.change, copy.stamp, copy.author, copy.value()});
    return TeamPostmortemFields::withCopies(value, kept);
}

Result<void> TeamPostmortemApplier::save(IncidentId incident, const QString &field,
                                         const QJsonValue &value)
{
    PostmortemStore postmortems(m_database);
    const Result<std::optional<StoredPostmortem>> existing = postmortems.find(incident);
    if (!existing)
        return Error {existing.error()};
    StoredPostmortem stored;
    if (existing.value()) {
        stored = *existing.value();
    } else {
        // The sections nobody has written yet read as this console's own draft would.
        const Result<std::optional<Incident>> found = IncidentStore(m_database).find(incident);
        const Result<QList<TimelineEvent>> timeline = TimelineStore(m_database).list(incident);
        const Result<QStringList> leads = postmortems.leads();
        if (!found || !found.value() || !timeline || !leads)
            return Error {tr("Could not apply a postmortem change from the team.")};
        stored = PostmortemService::opened(*found.value(), timeline.value(), leads.value(),
                                           QDateTime::currentDateTimeUtc());
    }
    if (!TeamPostmortemFields::apply(stored, {field, value}))
        return {}; // a newer console's field: kept in the log for a newer console
    stored.updatedAt = QDateTime::currentDateTimeUtc();
    return postmortems.save(stored);
}

} // namespace sitrep
