#include "teamschema.h"

#include "sqlerrors.h"
#include "teammembers.h"
#include "teamschemasteps.h"

#include <QSqlError>
#include <QSqlQuery>

namespace sitrep {

namespace {

// Any fixed number: the lock that keeps two migrations from running at once.
constexpr qint64 migrationLock = 0x5172'4e50'5465'616dLL;

// The team's tables and functions this login owns, handed to the owner group (sequences and
// indexes go with their tables).
constexpr auto adoptStrays = R"(DO $$
DECLARE
    stray record;
BEGIN
    FOR stray IN SELECT c.relname AS name FROM pg_class c
                 JOIN pg_namespace n ON n.oid = c.relnamespace
                 WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname LIKE 'sitrep\_%'
                   AND pg_get_userbyid(c.relowner) = session_user LOOP
        EXECUTE format('ALTER TABLE %I OWNER TO %I', stray.name, sitrep_group('owner'));
    END LOOP;
    FOR stray IN SELECT p.oid::regprocedure AS signature FROM pg_proc p
                 JOIN pg_namespace n ON n.oid = p.pronamespace
                 WHERE n.nspname = 'public' AND p.proname LIKE 'sitrep\_%'
                   AND pg_get_userbyid(p.proowner) = session_user LOOP
        EXECUTE format('ALTER FUNCTION %s OWNER TO %I', stray.signature, sitrep_group('owner'));
    END LOOP;
END
$$)";

Result<void> run(QSqlDatabase &database, const QString &sql)
{
    QSqlQuery query(database);
    if (!query.exec(sql))
        return Error {TeamSchema::tr("The team server refused the schema change: %1")
                              .arg(SqlErrors::said(query.lastError()))};
    return {};
}

Result<void> recordVersion(QSqlDatabase &database, int version)
{
    QSqlQuery query(database);
    query.prepare(QStringLiteral("INSERT INTO sitrep_meta VALUES ('schema', ?) ON CONFLICT (key) "
                                 "DO UPDATE SET value = excluded.value"));
    query.addBindValue(QString::number(version));
    if (!query.exec())
        return Error {TeamSchema::tr("The team server refused the schema change: %1")
                              .arg(SqlErrors::said(query.lastError()))};
    return {};
}

} // namespace

Result<bool> TeamSchema::standby(QSqlDatabase database)
{
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("SELECT pg_is_in_recovery()")) || !query.next())
        return Error {tr("The team server did not say whether it is a standby: %1")
                              .arg(SqlErrors::said(query.lastError()))};
    return query.value(0).toBool();
}

Result<int> TeamSchema::version(QSqlDatabase database)
{
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("SELECT to_regclass('sitrep_meta') IS NOT NULL"))
        || !query.next())
        return Error {tr("Could not read the team server's schema: %1")
                              .arg(SqlErrors::said(query.lastError()))};
    if (!query.value(0).toBool())
        return 0;
    if (!query.exec(QStringLiteral("SELECT value FROM sitrep_meta WHERE key = 'schema'")))
        return Error {tr("Could not read the team server's schema: %1")
                              .arg(SqlErrors::said(query.lastError()))};
    return query.next() ? query.value(0).toInt() : 0;
}

Result<int> TeamSchema::migrate(QSqlDatabase database, int target)
{
    QSqlQuery lock(database);
    lock.prepare(QStringLiteral("SELECT pg_advisory_lock(?)"));
    lock.addBindValue(migrationLock);
    if (!lock.exec())
        return Error {tr("Could not lock the team server's schema: %1")
                              .arg(SqlErrors::said(lock.lastError()))};
    const auto unlock = [&database] {
        QSqlQuery query(database);
        query.prepare(QStringLiteral("SELECT pg_advisory_unlock(?)"));
        query.addBindValue(migrationLock);
        query.exec();
    };
    // Read under the lock: another console may have migrated while this one waited.
    Result<int> current = version(database);
    if (!current) {
        unlock();
        return current;
    }
    if (current.value() > latest) {
        unlock();
        return Error {tr("The team server's schema is version %1, newer than this Sitrep "
                         "understands (%2): update Sitrep.")
                              .arg(current.value())
                              .arg(latest)};
    }
    target = std::min(target, latest);
    // From version 4 on the team's owner group owns the schema: only its members change it,
    // and what they make belongs to the group, so every owner can change it later.
    const bool owned = current.value() >= 4;
    if (owned) {
        const Result<TeamRole> role = TeamMembers(database).mine();
        if (!role || role.value() != TeamRole::Owner) {
            unlock();
            return Error {
                    role ? tr("Only the team's owner changes its schema; %1 is a %2.")
                                    .arg(database.userName(), TeamRoles::displayName(role.value()))
                         : role.error()};
        }
    }
    for (int to = current.value() + 1; to <= target; ++to) {
        Result<void> done = database.transaction()
                ? Result<void>()
                : Result<void>(Error {database.lastError().text()});
        // Steps after 4 run as the group even when 4 ran in the same call. What an earlier
        // console made as its login (steps after 4 run in one call with it) becomes the
        // group's first, while this login may still hand it over.
        const bool asGroup = owned || to > 4;
        if (done && asGroup)
            done = run(database, QString::fromLatin1(adoptStrays));
        if (done && asGroup)
            done = run(database,
                       QStringLiteral("SELECT set_config('role', sitrep_group('owner'), "
                                      "true)"));
        const TeamSchemaStep &step = teamSchemaSteps()[to - 1];
        for (std::size_t i = 0; done && i < step.count; ++i)
            done = run(database, QString::fromUtf8(step.statements[i]));
        if (done)
            done = recordVersion(database, to);
        if (!done || !database.commit()) {
            database.rollback();
            unlock();
            return Error {done ? database.lastError().text() : done.error()};
        }
    }
    unlock();
    return std::max(current.value(), target);
}

} // namespace sitrep
