#include "teamfields.h"

#include "database.h"
#include "sqlerrors.h"
#include "sqlvalues.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace sitrep {

namespace {

FieldWinner readWinner(const QSqlQuery &query, int first)
{
    return {QUuid(query.value(first).toString()),
            {query.value(first + 1).toLongLong(), query.value(first + 2).toInt()},
            query.value(first + 3).toString(),
            query.value(first + 4).toString().toUtf8()};
}

} // namespace

bool FieldWinner::seenBy(const QJsonObject &payload) const
{
    const QJsonValue base = payload.value(u"base");
    return base.isString() && QUuid(base.toString()) == change;
}

QJsonValue FieldWinner::value() const
{
    return QJsonDocument::fromJson(payload).object().value(u"value");
}

FieldWinner FieldWinner::of(const TeamChange &change, const QJsonObject &payload)
{
    return {change.uid,
            {change.hlcMs, change.hlcCounter},
            change.author,
            QJsonDocument(payload).toJson(QJsonDocument::Compact)};
}

TeamFields::TeamFields(Database &database)
    : m_database(database),
      m_winner(database.connection(),
               QStringLiteral("SELECT change_uid, hlc_ms, hlc_counter, author, payload FROM"
                              " team_fields WHERE entity_uid = ? AND field = ?")),
      m_setWinner(database.connection(),
                  QStringLiteral("INSERT OR REPLACE INTO team_fields (entity_uid, field,"
                                 " change_uid, hlc_ms, hlc_counter, author, payload)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?)")),
      m_seen(database.connection(),
             QStringLiteral("INSERT OR IGNORE INTO team_seen (uid) VALUES (?)"))
{ }

Result<std::optional<FieldWinner>> TeamFields::winner(const QUuid &entity, const QString &field)
{
    QSqlQuery &query = m_winner.get();
    query.addBindValue(sqlvalues::uid(entity));
    query.addBindValue(field);
    if (!query.exec())
        return SqlErrors::describe(tr("Could not read what the team last wrote"),
                                   query.lastError());
    if (!query.next())
        return std::optional<FieldWinner>();
    std::optional<FieldWinner> found(readWinner(query, 0));
    query.finish();
    return found;
}

Result<void> TeamFields::setWinner(const QUuid &entity, const QString &field,
                                   const FieldWinner &winner)
{
    QSqlQuery &query = m_setWinner.get();
    query.addBindValue(sqlvalues::uid(entity));
    query.addBindValue(field);
    query.addBindValue(sqlvalues::uid(winner.change));
    query.addBindValue(winner.stamp.ms);
    query.addBindValue(winner.stamp.counter);
    query.addBindValue(winner.author);
    query.addBindValue(QString::fromUtf8(winner.payload));
    if (!query.exec())
        return SqlErrors::describe(tr("Could not record what the team last wrote"),
                                   query.lastError());
    return {};
}

Result<QList<std::pair<QString, FieldWinner>>> TeamFields::winners(const QUuid &entity,
                                                                   const QString &prefix)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT field, change_uid, hlc_ms, hlc_counter, author, payload"
                                 " FROM team_fields WHERE entity_uid = ? AND substr(field, 1, ?)"
                                 " = ? ORDER BY hlc_ms, hlc_counter, change_uid"));
    query.addBindValue(sqlvalues::uid(entity));
    query.addBindValue(prefix.size());
    query.addBindValue(prefix);
    if (!query.exec())
        return SqlErrors::describe(tr("Could not read what the team last wrote"),
                                   query.lastError());
    QList<std::pair<QString, FieldWinner>> found;
    while (query.next())
        found.append({query.value(0).toString(), readWinner(query, 1)});
    return found;
}

Result<void> TeamFields::remove(const QUuid &entity, const QString &field)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM team_fields WHERE entity_uid = ? AND field = ?"));
    query.addBindValue(sqlvalues::uid(entity));
    query.addBindValue(field);
    if (!query.exec())
        return SqlErrors::describe(tr("Could not record what the team last wrote"),
                                   query.lastError());
    return {};
}

QString TeamFields::copiesOf(const QString &field)
{
    return field + QStringLiteral("~conflict/");
}

QString TeamFields::copyField(const QString &field, const QUuid &change)
{
    return copiesOf(field) + change.toString(QUuid::WithoutBraces);
}

Result<bool> TeamFields::markSeen(const QUuid &change)
{
    QSqlQuery &query = m_seen.get();
    query.addBindValue(sqlvalues::uid(change));
    if (!query.exec())
        return SqlErrors::describe(tr("Could not record an applied change"), query.lastError());
    return query.numRowsAffected() == 1;
}

} // namespace sitrep
