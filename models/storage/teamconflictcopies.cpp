#include "teamconflictcopies.h"

#include "database.h"
#include "sqlerrors.h"
#include "teamdocumentstore.h"

#include <QSqlQuery>

namespace sitrep {

TeamConflictCopies::TeamConflictCopies(Database &database) : m_database(database) { }

Result<void> TeamConflictCopies::keep(const DocumentConflictCopy &copy)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
            "INSERT INTO team_conflict_copies (kind, name, original, author, written_at) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (kind, name) DO UPDATE SET "
            "original = excluded.original, author = excluded.author, "
            "written_at = excluded.written_at"));
    query.addBindValue(copy.kind);
    query.addBindValue(copy.name);
    query.addBindValue(copy.original);
    query.addBindValue(copy.author);
    query.addBindValue(copy.writtenAt.toMSecsSinceEpoch());
    if (!query.exec())
        return SqlErrors::describe(tr("Could not keep the conflict copy \"%1\"").arg(copy.name),
                                   query.lastError());
    return {};
}

Result<void> TeamConflictCopies::forget(const QString &kind, const QString &name)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM team_conflict_copies WHERE kind = ? AND name = ?"));
    query.addBindValue(kind);
    query.addBindValue(name);
    if (!query.exec())
        return SqlErrors::describe(tr("Could not settle the conflict copy \"%1\"").arg(name),
                                   query.lastError());
    return {};
}

Result<QList<DocumentConflictCopy>> TeamConflictCopies::all()
{
    // Only the copies whose document is still here: the table names are fixed, never input.
    QStringList present;
    for (const auto kind : {TeamDocumentStore::Kind::Schedule, TeamDocumentStore::Kind::Channel,
                            TeamDocumentStore::Kind::Slo})
        present << QStringLiteral("(c.kind = '%1' AND EXISTS (SELECT 1 FROM %2 d "
                                  "WHERE d.name = c.name))")
                           .arg(TeamDocumentStore::kindKey(kind), TeamDocumentStore::tableOf(kind));
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT c.kind, c.name, c.original, c.author, c.written_at "
                                   "FROM team_conflict_copies c WHERE %1 "
                                   "ORDER BY c.written_at, c.name")
                            .arg(present.join(QStringLiteral(" OR ")))))
        return SqlErrors::describe(tr("Could not read the conflict copies"), query.lastError());
    QList<DocumentConflictCopy> copies;
    while (query.next()) {
        DocumentConflictCopy copy;
        copy.kind = query.value(0).toString();
        copy.name = query.value(1).toString();
        copy.original = query.value(2).toString();
        copy.author = query.value(3).toString();
        copy.writtenAt = QDateTime::fromMSecsSinceEpoch(query.value(4).toLongLong(), Qt::UTC);
        copies << copy;
    }
    return copies;
}

} // namespace sitrep
