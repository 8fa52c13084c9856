#include "postmortemstore.h"

#include "database.h"
#include "domain/postmortemjson.h"
#include "sqlerrors.h"
#include "sqlvalues.h"
#include "transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace sitrep {

namespace {

std::optional<Postmortem> fromJson(IncidentId incident, const QString &status,
                                   const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    Postmortem p = PostmortemJson::read(document.object());
    p.incident = incident;
    p.status = parsePostmortemStatus(status).value_or(Postmortem::Status::Draft);
    return p;
}

constexpr auto selectPostmortems = "SELECT incident_id, status, document, review_at, attendees,"
                                   " updated_at FROM postmortems";

// A document that does not read back is reported, never shown empty: an empty form would be
// saved over what is still in the file.
Result<StoredPostmortem> readStored(const QSqlQuery &query)
{
    StoredPostmortem stored;
    const IncidentId incident = query.value(0).toLongLong();
    const std::optional<Postmortem> postmortem
            = fromJson(incident, query.value(1).toString(), query.value(2).toByteArray());
    if (!postmortem)
        return Error {PostmortemStore::tr("The postmortem of incident #%1 is damaged in the "
                                          "database and is left as it is; restore a backup "
                                          "(sitrepctl restore FILE) to get it back.")
                              .arg(incident)};
    stored.postmortem = *postmortem;
    stored.reviewAt = sqlvalues::timeAt(query, 3);
    for (const QJsonValue &attendee : QJsonDocument::fromJson(query.value(4).toByteArray()).array())
        stored.attendees << attendee.toString();
    stored.updatedAt = sqlvalues::timeAt(query, 5);
    return stored;
}

} // namespace

PostmortemStore::PostmortemStore(Database &database) : m_database(database) { }

Result<std::optional<StoredPostmortem>> PostmortemStore::find(IncidentId incident)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QString::fromUtf8(selectPostmortems) + QStringLiteral(" WHERE incident_id = ?"));
    query.addBindValue(incident);
    if (!query.exec())
        return SqlErrors::describe(
                tr("Could not read the postmortem of incident #%1").arg(incident),
                query.lastError());
    if (!query.next())
        return std::optional<StoredPostmortem>();
    Result<StoredPostmortem> stored = readStored(query);
    if (!stored)
        return Error {stored.error()};
    return std::optional(std::move(stored).value());
}

Result<void> PostmortemStore::save(const StoredPostmortem &stored)
{
    const Postmortem &p = stored.postmortem;
    const auto failed = [&](const QSqlQuery &query) {
        return SqlErrors::describe(
                tr("Could not save the postmortem of incident #%1").arg(p.incident),
                query.lastError());
    };
    Transaction transaction(m_database);
    if (auto begun = transaction.begun(); !begun)
        return begun;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
            "INSERT INTO postmortems (incident_id, status, document, review_at, attendees,"
            " updated_at, title) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (incident_id) DO UPDATE"
            " SET status = excluded.status, document = excluded.document, title = excluded.title,"
            " review_at = excluded.review_at, attendees = excluded.attendees,"
            " updated_at = excluded.updated_at"));
    query.addBindValue(p.incident);
    query.addBindValue(postmortemStatusText(p.status));
    query.addBindValue(QString::fromUtf8(
            QJsonDocument(PostmortemJson::write(p)).toJson(QJsonDocument::Compact)));
    query.addBindValue(sqlvalues::time(stored.reviewAt));
    query.addBindValue(sqlvalues::list(stored.attendees));
    query.addBindValue(sqlvalues::time(stored.updatedAt));
    query.addBindValue(sqlvalues::text(p.title));
    if (!query.exec())
        return failed(query);
    query.prepare(QStringLiteral("DELETE FROM action_items WHERE incident_id = ?"));
    query.addBindValue(p.incident);
    if (!query.exec())
        return failed(query);
    query.prepare(QStringLiteral("INSERT INTO action_items (incident_id, position, action, owner,"
                                 " due, status) VALUES (?, ?, ?, ?, ?, ?)"));
    for (qsizetype i = 0; i < p.actionItems.size(); ++i) {
        const Postmortem::ActionItem &item = p.actionItems.at(i);
        query.bindValue(0, p.incident);
        query.bindValue(1, qint64(i));
        query.bindValue(2, sqlvalues::text(item.action));
        query.bindValue(3, sqlvalues::text(item.owner));
        query.bindValue(4,
                        item.due.isValid() ? QVariant(item.due.toString(Qt::ISODate))
                                           : QVariant(QMetaType::fromType<QString>()));
        query.bindValue(5, actionStatusText(item.status));
        if (!query.exec())
            return failed(query);
    }
    return transaction.commit();
}

Result<QList<StoredPostmortem>> PostmortemStore::due()
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QString::fromUtf8(selectPostmortems)
                    + QStringLiteral(" WHERE status <> 'Complete' ORDER BY review_at")))
        return SqlErrors::describe(tr("Could not read the postmortems"), query.lastError());
    QList<StoredPostmortem> due;
    while (query.next()) {
        Result<StoredPostmortem> stored = readStored(query);
        if (!stored)
            return Error {stored.error()};
        due.append(std::move(stored).value());
    }
    return due;
}

Result<QList<TrackedActionItem>> PostmortemStore::actionItems(const ActionItemFilter &filter)
{
    QString sql = QStringLiteral(
            "SELECT a.incident_id, p.title, a.position, a.action,"
            " a.owner, a.due, a.status FROM action_items a JOIN postmortems p USING (incident_id)"
            " WHERE 1 = 1");
    QVariantList values;
    if (!filter.owner.isEmpty()) {
        sql += QStringLiteral(" AND a.owner = ?");
        values << filter.owner;
    }
    if (filter.status) {
        sql += QStringLiteral(" AND a.status = ?");
        values << actionStatusText(*filter.status);
    }
    if (filter.overdueOn.isValid()) {
        sql += QStringLiteral(" AND a.status <> 'Done' AND a.due < ?");
        values << filter.overdueOn.toString(Qt::ISODate);
    }
    sql += QStringLiteral(" ORDER BY a.due IS NULL, a.due, a.incident_id, a.position");
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true); // read once, in order: no cache of every row
    query.prepare(sql);
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    if (!query.exec())
        return SqlErrors::describe(tr("Could not read the action items"), query.lastError());
    QList<TrackedActionItem> items;
    while (query.next())
        items.append({query.value(0).toLongLong(),
                      query.value(1).toString(),
                      query.value(2).toInt(),
                      {query.value(3).toString(),
                       query.value(4).toString(),
                       QDate::fromString(query.value(5).toString(), Qt::ISODate),
                       parseActionStatus(query.value(6).toString())
                               .value_or(Postmortem::ActionItem::Status::Planned),
                       {},
                       {}}}); // the tracker edits by position; the postmortem keeps the ids
    return items;
}

Result<QStringList> PostmortemStore::actionItemOwners()
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT DISTINCT owner FROM action_items WHERE owner <> ''"
                                   " ORDER BY owner COLLATE NOCASE")))
        return SqlErrors::describe(tr("Could not read the action items"), query.lastError());
    QStringList owners;
    while (query.next())
        owners << query.value(0).toString();
    return owners;
}

Result<std::pair<int, int>> PostmortemStore::openAndOverdueActionItems(const QDate &today)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT count(*), count(CASE WHEN due < ? THEN 1 END)"
                                 " FROM action_items WHERE status <> 'Done'"));
    query.addBindValue(today.toString(Qt::ISODate));
    if (!query.exec() || !query.next())
        return SqlErrors::describe(tr("Could not read the action items"), query.lastError());
    return std::pair {query.value(0).toInt(), query.value(1).toInt()};
}

Result<QSet<IncidentId>> PostmortemStore::sameRootCauseIncidents()
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT DISTINCT p.incident_id FROM postmortems p,"
                                   " json_each(p.document, '$.related') r"
                                   " WHERE json_extract(r.value, '$.same_root_cause') = 1")))
        return SqlErrors::describe(tr("Could not read the postmortems"), query.lastError());
    QSet<IncidentId> incidents;
    while (query.next())
        incidents.insert(query.value(0).toLongLong());
    return incidents;
}

Result<QStringList> PostmortemStore::leads()
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT lead FROM review_leads ORDER BY position")))
        return SqlErrors::describe(tr("Could not read the review leads"), query.lastError());
    QStringList leads;
    while (query.next())
        leads << query.value(0).toString();
    return leads;
}

Result<void> PostmortemStore::setLeads(const QStringList &leads)
{
    const auto failed = [](const QSqlQuery &query) {
        return SqlErrors::describe(tr("Could not save the review leads"), query.lastError());
    };
    Transaction transaction(m_database);
    if (auto begun = transaction.begun(); !begun)
        return begun;
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("DELETE FROM review_leads")))
        return failed(query);
    query.prepare(QStringLiteral("INSERT INTO review_leads (position, lead) VALUES (?, ?)"));
    for (qsizetype i = 0; i < leads.size(); ++i) {
        query.bindValue(0, qint64(i));
        query.bindValue(1, sqlvalues::text(leads.at(i)));
        if (!query.exec())
            return failed(query);
    }
    return transaction.commit();
}

} // namespace sitrep
