#include "teamschemasteps.h"

#include "teamschema.h"

#include <iterator>

namespace sitrep {

namespace {

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

// Version 3: the server re-checks the lifecycle register (status, acknowledgement, resolution)
// against the change that holds it now. A change that would reopen a resolved incident without
// having seen the resolution (made offline, or at the same moment) is refused, as is a
// resolution without its text: the log keeps a "refused" change in its place, naming the
// refused change, why, and the register the server keeps, so the console that made it goes back
// to the server's state and every timeline says so.
const char *const step3[] = {
        "CREATE TABLE sitrep_lifecycle (incident_uid uuid PRIMARY KEY, change_uid uuid NOT NULL,"
        " hlc_ms bigint NOT NULL, hlc_counter integer NOT NULL, author text NOT NULL,"
        " value jsonb NOT NULL)",
        // A refused change's uid, so that a resent one is answered once.
        "CREATE TABLE sitrep_refused (uid uuid PRIMARY KEY)",
        "REVOKE ALL ON sitrep_lifecycle, sitrep_refused FROM PUBLIC",
        // Each incident's register as the log has it so far: the newest stamp wins.
        R"(INSERT INTO sitrep_lifecycle
SELECT DISTINCT ON (entity_uid) entity_uid, uid, hlc_ms, hlc_counter, author, value
FROM (SELECT entity_uid, uid, hlc_ms, hlc_counter, author, payload->'value' AS value
      FROM sitrep_changes WHERE entity = 'incident' AND field = 'lifecycle'
      UNION ALL
      SELECT c.entity_uid, c.uid, c.hlc_ms, c.hlc_counter, c.author, f->1
      FROM sitrep_changes c, jsonb_array_elements(c.payload->'fields') f
      WHERE c.entity = 'incident' AND c.field = 'declared' AND f->>0 = 'lifecycle') AS registers
ORDER BY entity_uid, hlc_ms DESC, hlc_counter DESC, uid DESC)",
        // Why a lifecycle change may not take the register from `holder`; null when it may.
        R"(CREATE FUNCTION sitrep_lifecycle_refusal(change jsonb, holder sitrep_lifecycle)
RETURNS text LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, public AS $$
    SELECT CASE
        WHEN change->'payload'->'value'->>'status' = 'resolved'
             AND coalesce(change->'payload'->'value'->>'resolution', '') = ''
            THEN 'no_resolution'
        WHEN holder.incident_uid IS NULL THEN NULL
        -- An older change loses on every console anyway.
        WHEN ROW((change->>'hlc_ms')::bigint, (change->>'hlc_counter')::integer,
                 (change->>'uid')::uuid)
             < ROW(holder.hlc_ms, holder.hlc_counter, holder.change_uid) THEN NULL
        WHEN holder.value->>'status' = 'resolved'
             AND change->'payload'->'value'->>'status' <> 'resolved'
             AND coalesce(change->'payload'->>'base', '') <> holder.change_uid::text
            THEN 'reopened_unseen'
    END
$$)",
        R"(CREATE FUNCTION sitrep_hold_lifecycle(incident uuid, change_uid uuid, hlc_ms bigint,
                                     hlc_counter integer, author text, register jsonb)
RETURNS void LANGUAGE sql SET search_path = pg_catalog, public AS $$
    INSERT INTO sitrep_lifecycle VALUES ($1, $2, $3, $4, $5, $6)
    ON CONFLICT (incident_uid) DO UPDATE
    SET change_uid = excluded.change_uid, hlc_ms = excluded.hlc_ms,
        hlc_counter = excluded.hlc_counter, author = excluded.author, value = excluded.value
    WHERE ROW(excluded.hlc_ms, excluded.hlc_counter, excluded.change_uid)
          > ROW(sitrep_lifecycle.hlc_ms, sitrep_lifecycle.hlc_counter,
                sitrep_lifecycle.change_uid)
$$)",
        "REVOKE ALL ON FUNCTION sitrep_lifecycle_refusal(jsonb, sitrep_lifecycle),"
        " sitrep_hold_lifecycle(uuid, uuid, bigint, integer, text, jsonb) FROM PUBLIC",
        R"(CREATE OR REPLACE FUNCTION sitrep_push(changes jsonb) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    change jsonb;
    newest bigint;
    ahead bigint;
    next_number bigint;
    holder sitrep_lifecycle;
    refusal text;
    register jsonb;
BEGIN
    SELECT last_seq INTO newest FROM sitrep_counter FOR UPDATE;
    FOR change IN SELECT value FROM jsonb_array_elements(changes) LOOP
        ahead := (change->>'hlc_ms')::bigint
                 - (extract(epoch FROM clock_timestamp()) * 1000)::bigint;
        IF ahead > 300000 THEN
            RAISE EXCEPTION 'change % is stamped % s ahead of the server''s clock',
                change->>'uid', ahead / 1000 USING ERRCODE = '22008';
        END IF;
        CONTINUE WHEN EXISTS (SELECT 1 FROM sitrep_changes WHERE uid = (change->>'uid')::uuid)
                   OR EXISTS (SELECT 1 FROM sitrep_refused WHERE uid = (change->>'uid')::uuid);
        register := NULL;
        IF change->>'entity' = 'incident' AND change->>'field' = 'lifecycle' THEN
            SELECT * INTO holder FROM sitrep_lifecycle
            WHERE incident_uid = (change->>'entity_uid')::uuid;
            refusal := sitrep_lifecycle_refusal(change, holder);
            IF refusal IS NOT NULL THEN
                INSERT INTO sitrep_refused VALUES ((change->>'uid')::uuid);
                newest := newest + 1;
                INSERT INTO sitrep_changes (seq, uid, entity, entity_uid, field, payload, hlc_ms,
                                            hlc_counter, author)
                VALUES (newest, gen_random_uuid(), 'incident', (change->>'entity_uid')::uuid,
                        'refused',
                        jsonb_build_object(
                            'change', change->>'uid', 'field', 'lifecycle',
                            'author', session_user, 'value', change->'payload'->'value',
                            'reason', refusal,
                            'holder', CASE WHEN holder.incident_uid IS NULL THEN NULL
                                      ELSE jsonb_build_object(
                                          'change', holder.change_uid, 'hlc_ms', holder.hlc_ms,
                                          'hlc_counter', holder.hlc_counter,
                                          'author', holder.author, 'value', holder.value) END),
                        (change->>'hlc_ms')::bigint, (change->>'hlc_counter')::integer,
                        'sitrep');
                CONTINUE;
            END IF;
            register := change->'payload'->'value';
        ELSIF change->>'entity' = 'incident' AND change->>'field' = 'declared' THEN
            SELECT f->1 INTO register FROM jsonb_array_elements(change->'payload'->'fields') f
            WHERE f->>0 = 'lifecycle';
        END IF;
        newest := newest + 1;
        INSERT INTO sitrep_changes (seq, uid, entity, entity_uid, field, payload, hlc_ms,
                                    hlc_counter, author)
        VALUES (newest, (change->>'uid')::uuid, change->>'entity',
                (change->>'entity_uid')::uuid, coalesce(change->>'field', ''),
                change->'payload', (change->>'hlc_ms')::bigint,
                (change->>'hlc_counter')::integer, session_user);
        IF register IS NOT NULL THEN
            PERFORM sitrep_hold_lifecycle((change->>'entity_uid')::uuid,
                                          (change->>'uid')::uuid, (change->>'hlc_ms')::bigint,
                                          (change->>'hlc_counter')::integer, session_user,
                                          register);
        END IF;
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
    END LOOP;
    UPDATE sitrep_counter SET last_seq = newest;
    PERFORM pg_notify('sitrep_changes', newest::text);
    RETURN newest;
END
$$)",
};

const TeamSchemaStep steps[]
        = {{step1, std::size(step1)}, {step2, std::size(step2)}, {step3, std::size(step3)}};
static_assert(std::size(steps) == TeamSchema::latest);

} // namespace

std::span<const TeamSchemaStep> teamSchemaSteps()
{
    return steps;
}

} // namespace sitrep
