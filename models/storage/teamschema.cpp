#include "teamschema.h"

#include "sqlerrors.h"

#include <QSqlError>
#include <QSqlQuery>

namespace sitrep {

namespace {

// Any fixed number: the lock that keeps two migrations from running at once.
constexpr qint64 migrationLock = 0x5172'4e50'5465'616dLL;

// Version 1: the change log, its counter, and the functions consoles call.
const char *const step1[] = {
        "CREATE TABLE sitrep_meta (key text PRIMARY KEY, value text NOT NULL)",
        "CREATE TABLE sitrep_changes ("
        " seq bigint PRIMARY KEY,"
        " uid uuid NOT NULL UNIQUE,"
        " entity text NOT NULL,"
        " entity_uid uuid NOT NULL,"
        " field text NOT NULL DEFAULT '',"
        " payload jsonb NOT NULL,"
        " hlc_ms bigint NOT NULL,"
        " hlc_counter integer NOT NULL,"
        " author text NOT NULL,"
        " committed_at timestamptz NOT NULL DEFAULT now())",
        "CREATE INDEX sitrep_changes_entity ON sitrep_changes (entity, entity_uid)",
        // One row; locked by every push until it commits, so numbers are handed out and become
        // visible in the same order, without gaps: a reader past N never misses a late N.
        "CREATE TABLE sitrep_counter (id boolean PRIMARY KEY DEFAULT true CHECK (id),"
        " last_seq bigint NOT NULL)",
        "INSERT INTO sitrep_counter VALUES (true, 0)",
        R"(CREATE FUNCTION sitrep_push(changes jsonb) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    change jsonb;
    newest bigint;
    ahead bigint;
BEGIN
    SELECT last_seq INTO newest FROM sitrep_counter FOR UPDATE;
    FOR change IN SELECT value FROM jsonb_array_elements(changes) LOOP
        ahead := (change->>'hlc_ms')::bigint
                 - (extract(epoch FROM clock_timestamp()) * 1000)::bigint;
        IF ahead > 300000 THEN
            RAISE EXCEPTION 'change % is stamped % s ahead of the server''s clock',
                change->>'uid', ahead / 1000 USING ERRCODE = '22008';
        END IF;
        IF NOT EXISTS (SELECT 1 FROM sitrep_changes WHERE uid = (change->>'uid')::uuid) THEN
            newest := newest + 1;
            INSERT INTO sitrep_changes (seq, uid, entity, entity_uid, field, payload, hlc_ms,
                                        hlc_counter, author)
            VALUES (newest, (change->>'uid')::uuid, change->>'entity',
                    (change->>'entity_uid')::uuid, coalesce(change->>'field', ''),
                    change->'payload', (change->>'hlc_ms')::bigint,
                    (change->>'hlc_counter')::integer, session_user);
        END IF;
    END LOOP;
    UPDATE sitrep_counter SET last_seq = newest;
    PERFORM pg_notify('sitrep_changes', newest::text);
    RETURN newest;
END
$$)",
        R"(CREATE FUNCTION sitrep_pull(after bigint, page integer)
RETURNS TABLE (seq bigint, uid uuid, entity text, entity_uid uuid, field text, payload text,
               hlc_ms bigint, hlc_counter integer, author text, committed_at timestamptz)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT seq, uid, entity, entity_uid, field, payload::text, hlc_ms, hlc_counter, author,
           committed_at
    FROM sitrep_changes WHERE seq > after ORDER BY seq LIMIT page
$$)",
        R"(CREATE FUNCTION sitrep_newest() RETURNS bigint
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT last_seq FROM sitrep_counter
$$)",
        // Consoles write only through the functions.
        "REVOKE ALL ON sitrep_meta, sitrep_changes, sitrep_counter FROM PUBLIC",
        "REVOKE ALL ON FUNCTION sitrep_push(jsonb), sitrep_pull(bigint, integer),"
        " sitrep_newest() FROM PUBLIC",
        "GRANT EXECUTE ON FUNCTION sitrep_push(jsonb), sitrep_pull(bigint, integer),"
        " sitrep_newest() TO PUBLIC",
};

// Version 2: consoles read the schema version themselves; the server gives each incident its
// team-wide number when its declaration arrives (gapless: under the counter's lock), as a change
// of its own in the log, so every console learns it the way it learns everything else.
const char *const step2[] = {
        "GRANT SELECT ON sitrep_meta TO PUBLIC",
        "CREATE TABLE sitrep_incident_numbers (incident_uid uuid PRIMARY KEY,"
        " number bigint NOT NULL UNIQUE)",
        "REVOKE ALL ON sitrep_incident_numbers FROM PUBLIC",
        "GRANT SELECT ON sitrep_incident_numbers TO PUBLIC",
        R"(CREATE OR REPLACE FUNCTION sitrep_push(changes jsonb) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    change jsonb;
    newest bigint;
    ahead bigint;
    next_number bigint;
BEGIN
    SELECT last_seq INTO newest FROM sitrep_counter FOR UPDATE;
    FOR change IN SELECT value FROM jsonb_array_elements(changes) LOOP
        ahead := (change->>'hlc_ms')::bigint
                 - (extract(epoch FROM clock_timestamp()) * 1000)::bigint;
        IF ahead > 300000 THEN
            RAISE EXCEPTION 'change % is stamped % s ahead of the server''s clock',
                change->>'uid', ahead / 1000 USING ERRCODE = '22008';
        END IF;
        IF NOT EXISTS (SELECT 1 FROM sitrep_changes WHERE uid = (change->>'uid')::uuid) THEN
            newest := newest + 1;
            INSERT INTO sitrep_changes (seq, uid, entity, entity_uid, field, payload, hlc_ms,
                                        hlc_counter, author)
            VALUES (newest, (change->>'uid')::uuid, change->>'entity',
                    (change->>'entity_uid')::uuid, coalesce(change->>'field', ''),
                    change->'payload', (change->>'hlc_ms')::bigint,
                    (change->>'hlc_counter')::integer, session_user);
            IF change->>'entity' = 'incident' AND change->>'field' = 'declared'
               AND NOT EXISTS (SELECT 1 FROM sitrep_incident_numbers
                               WHERE incident_uid = (change->>'entity_uid')::uuid) THEN
                SELECT coalesce(max(number), 0) + 1 INTO next_number FROM sitrep_incident_numbers;
                INSERT INTO sitrep_incident_numbers
                VALUES ((change->>'entity_uid')::uuid, next_number);
                newest := newest + 1;
                INSERT INTO sitrep_changes (seq, uid, entity, entity_uid, field, payload, hlc_ms,
                                            hlc_counter, author)
                VALUES (newest, gen_random_uuid(), 'incident', (change->>'entity_uid')::uuid,
                        'number', jsonb_build_object('value', next_number),
                        (change->>'hlc_ms')::bigint, (change->>'hlc_counter')::integer,
                        'sitrep');
            END IF;
        END IF;
    END LOOP;
    UPDATE sitrep_counter SET last_seq = newest;
    PERFORM pg_notify('sitrep_changes', newest::text);
    RETURN newest;
END
$$)",
};

struct Step
{
    const char *const *statements;
    std::size_t count;
};

const Step steps[] = {{step1, std::size(step1)}, {step2, std::size(step2)}};
static_assert(std::size(steps) == TeamSchema::latest);

Result<void> run(QSqlDatabase &database, const QString &sql)
{
    QSqlQuery query(database);
    if (!query.exec(sql))
        return Error {TeamSchema::tr("The team server refused the schema change: %1")
                              .arg(query.lastError().databaseText().simplified())};
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
                              .arg(query.lastError().databaseText().simplified())};
    return {};
}

} // namespace

Result<int> TeamSchema::version(QSqlDatabase database)
{
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("SELECT to_regclass('sitrep_meta') IS NOT NULL"))
        || !query.next())
        return Error {tr("Could not read the team server's schema: %1")
                              .arg(query.lastError().databaseText().simplified())};
    if (!query.value(0).toBool())
        return 0;
    if (!query.exec(QStringLiteral("SELECT value FROM sitrep_meta WHERE key = 'schema'")))
        return Error {tr("Could not read the team server's schema: %1")
                              .arg(query.lastError().databaseText().simplified())};
    return query.next() ? query.value(0).toInt() : 0;
}

Result<int> TeamSchema::migrate(QSqlDatabase database, int target)
{
    QSqlQuery lock(database);
    lock.prepare(QStringLiteral("SELECT pg_advisory_lock(?)"));
    lock.addBindValue(migrationLock);
    if (!lock.exec())
        return Error {tr("Could not lock the team server's schema: %1")
                              .arg(lock.lastError().databaseText().simplified())};
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
    for (int to = current.value() + 1; to <= target; ++to) {
        Result<void> done = database.transaction()
                ? Result<void>()
                : Result<void>(Error {database.lastError().text()});
        const Step &step = steps[to - 1];
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
