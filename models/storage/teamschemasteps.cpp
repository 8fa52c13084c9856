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
        ("CREATE TABLE sitrep_incident_numbers (incident_uid uuid PRIMARY KEY,"
         " number bigint NOT NULL UNIQUE)"),
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
        ("REVOKE ALL ON FUNCTION sitrep_lifecycle_refusal(jsonb, sitrep_lifecycle),"
         " sitrep_hold_lifecycle(uuid, uuid, bigint, integer, text, jsonb) FROM PUBLIC"),
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

// Version 4: roles, presence and claims. Three group roles per team database
// ("<database>_owner", "_responder", "_viewer"; a cluster's roles are shared, so the database's
// name keeps teams apart). The owner group owns every object, so any owner can migrate; it may
// create logins (sitrep_grant checks that the caller is an owner). A responder writes through
// the functions; a viewer reads and listens. Presence (who has which incident open, who is
// writing an update) is ephemeral: a heartbeat, not a change in the log. A claim is the insert of
// (what, key): the first console wins, the others learn who did.
const char *const step4[] = {
        R"(CREATE FUNCTION sitrep_group(kind text) RETURNS text
LANGUAGE sql STABLE SET search_path = pg_catalog, public AS $$
    SELECT left(current_database(), 48) || '_' || kind
$$)",
        R"(CREATE FUNCTION sitrep_role() RETURNS text
LANGUAGE sql STABLE SET search_path = pg_catalog, public AS $$
    SELECT CASE
        WHEN pg_has_role(session_user, sitrep_group('owner'), 'MEMBER') THEN 'owner'
        WHEN pg_has_role(session_user, sitrep_group('responder'), 'MEMBER') THEN 'responder'
        WHEN pg_has_role(session_user, sitrep_group('viewer'), 'MEMBER') THEN 'viewer'
        ELSE '' END
$$)",
        R"(CREATE FUNCTION sitrep_grant(login text, kind text, verifier text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    other text;
BEGIN
    IF sitrep_role() <> 'owner' THEN
        RAISE EXCEPTION 'only the team''s owner grants roles' USING ERRCODE = '42501';
    END IF;
    IF kind NOT IN ('owner', 'responder', 'viewer') THEN
        RAISE EXCEPTION 'no such role: %', kind USING ERRCODE = '22023';
    END IF;
    IF login IN (sitrep_group('owner'), sitrep_group('responder'), sitrep_group('viewer'))
       OR login !~ '^[a-z_][a-z0-9_.@-]{0,62}$' THEN
        RAISE EXCEPTION 'not a login name: %', login USING ERRCODE = '22023';
    END IF;
    IF login = session_user AND kind <> 'owner' THEN
        RAISE EXCEPTION 'an owner cannot take their own owner role away' USING ERRCODE = '42501';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = login) THEN
        IF verifier IS NULL THEN
            RAISE EXCEPTION 'a new login needs a password' USING ERRCODE = '28P01';
        END IF;
        EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', login, verifier);
    ELSIF verifier IS NOT NULL THEN
        EXECUTE format('ALTER ROLE %I PASSWORD %L', login, verifier);
    END IF;
    FOREACH other IN ARRAY ARRAY['owner', 'responder', 'viewer'] LOOP
        IF other <> kind AND pg_has_role(login, sitrep_group(other), 'MEMBER') THEN
            EXECUTE format('REVOKE %I FROM %I', sitrep_group(other), login);
        END IF;
    END LOOP;
    EXECUTE format('GRANT %I TO %I', sitrep_group(kind), login);
END
$$)",
        R"(CREATE FUNCTION sitrep_members() RETURNS TABLE (login text, role text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT r.rolname::text,
           CASE WHEN pg_has_role(r.oid, sitrep_group('owner'), 'MEMBER') THEN 'owner'
                WHEN pg_has_role(r.oid, sitrep_group('responder'), 'MEMBER') THEN 'responder'
                ELSE 'viewer' END
    FROM pg_roles r
    WHERE r.rolcanlogin AND pg_has_role(r.oid, sitrep_group('viewer'), 'MEMBER')
    ORDER BY 1
$$)",
        // One row per console: where it is, refreshed by its heartbeat.
        "CREATE TABLE sitrep_presence (console uuid PRIMARY KEY, login text NOT NULL,"
        " places jsonb NOT NULL, seen_at timestamptz NOT NULL)",
        R"(CREATE FUNCTION sitrep_present(console uuid, places jsonb) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    before jsonb;
BEGIN
    SELECT p.places INTO before FROM sitrep_presence p WHERE p.console = $1;
    INSERT INTO sitrep_presence VALUES ($1, session_user, $2, clock_timestamp())
    ON CONFLICT ON CONSTRAINT sitrep_presence_pkey
    DO UPDATE SET login = excluded.login, places = excluded.places, seen_at = excluded.seen_at;
    DELETE FROM sitrep_presence WHERE seen_at < clock_timestamp() - interval '10 minutes';
    -- Only news wakes the others; a heartbeat that says the same is quiet.
    IF before IS DISTINCT FROM $2 THEN
        PERFORM pg_notify('sitrep_presence', session_user);
    END IF;
END
$$)",
        R"(CREATE FUNCTION sitrep_presence(fresh interval) RETURNS TABLE (console uuid, login text,
                                                                   places text, age_ms bigint)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT console, login, places::text,
           (extract(epoch FROM clock_timestamp() - seen_at) * 1000)::bigint
    FROM sitrep_presence WHERE seen_at >= clock_timestamp() - fresh ORDER BY login, console
$$)",
        // Side effects that must happen once team-wide (an escalation step's page, say).
        "CREATE TABLE sitrep_claims (what text NOT NULL, key text NOT NULL, console uuid NOT NULL,"
        " login text NOT NULL, claimed_at timestamptz NOT NULL DEFAULT now(),"
        " PRIMARY KEY (what, key))",
        R"(CREATE FUNCTION sitrep_claim(what text, key text, console uuid)
RETURNS TABLE (won boolean, holder text, holder_console uuid)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    INSERT INTO sitrep_claims (what, key, console, login)
    VALUES ($1, $2, $3, session_user) ON CONFLICT DO NOTHING;
    RETURN QUERY SELECT c.console = $3, c.login, c.console FROM sitrep_claims c
                 WHERE c.what = $1 AND c.key = $2;
END
$$)",
        R"(DO $$
DECLARE
    kind text;
    owner_group text := sitrep_group('owner');
    object text;
BEGIN
    FOREACH kind IN ARRAY ARRAY['viewer', 'responder', 'owner'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = sitrep_group(kind)) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', sitrep_group(kind));
        END IF;
    END LOOP;
    -- An owner is a responder, a responder a viewer.
    EXECUTE format('GRANT %I TO %I', sitrep_group('viewer'), sitrep_group('responder'));
    EXECUTE format('GRANT %I TO %I', sitrep_group('responder'), owner_group);
    -- The group makes logins through sitrep_grant, which runs as the group.
    EXECUTE format('ALTER ROLE %I CREATEROLE', owner_group);
    EXECUTE format('GRANT %I TO %I WITH ADMIN OPTION', owner_group, session_user);
    EXECUTE format('GRANT USAGE, CREATE ON SCHEMA public TO %I', owner_group);
    FOREACH object IN ARRAY ARRAY['TABLE sitrep_meta', 'TABLE sitrep_changes',
            'TABLE sitrep_counter', 'TABLE sitrep_incident_numbers', 'TABLE sitrep_lifecycle',
            'TABLE sitrep_refused', 'TABLE sitrep_presence', 'TABLE sitrep_claims',
            'FUNCTION sitrep_push(jsonb)', 'FUNCTION sitrep_pull(bigint, integer)',
            'FUNCTION sitrep_newest()',
            'FUNCTION sitrep_lifecycle_refusal(jsonb, sitrep_lifecycle)',
            'FUNCTION sitrep_hold_lifecycle(uuid, uuid, bigint, integer, text, jsonb)',
            'FUNCTION sitrep_group(text)', 'FUNCTION sitrep_role()',
            'FUNCTION sitrep_grant(text, text, text)', 'FUNCTION sitrep_members()',
            'FUNCTION sitrep_present(uuid, jsonb)', 'FUNCTION sitrep_presence(interval)',
            'FUNCTION sitrep_claim(text, text, uuid)'] LOOP
        EXECUTE format('ALTER %s OWNER TO %I', object, owner_group);
    END LOOP;
    REVOKE ALL ON sitrep_presence, sitrep_claims FROM PUBLIC;
    REVOKE ALL ON sitrep_incident_numbers FROM PUBLIC;
    REVOKE ALL ON FUNCTION sitrep_push(jsonb), sitrep_pull(bigint, integer), sitrep_newest(),
        sitrep_grant(text, text, text), sitrep_members(), sitrep_present(uuid, jsonb),
        sitrep_presence(interval), sitrep_claim(text, text, uuid) FROM PUBLIC;
    -- Anyone may ask the schema's version and their own role, to be told what is missing.
    GRANT EXECUTE ON FUNCTION sitrep_role(), sitrep_group(text) TO PUBLIC;
    EXECUTE format('GRANT SELECT ON sitrep_incident_numbers TO %I', sitrep_group('viewer'));
    -- sitrep_grant checks the caller itself, so a non-owner is told why in its words.
    EXECUTE format('GRANT EXECUTE ON FUNCTION sitrep_pull(bigint, integer), sitrep_newest(),'
                   ' sitrep_members(), sitrep_present(uuid, jsonb), sitrep_presence(interval),'
                   ' sitrep_grant(text, text, text) TO %I', sitrep_group('viewer'));
    EXECUTE format('GRANT EXECUTE ON FUNCTION sitrep_push(jsonb), sitrep_claim(text, text, uuid)'
                   ' TO %I', sitrep_group('responder'));
END
$$)",
};

} // namespace

std::span<const TeamSchemaStep> teamSchemaSteps()
{
    static const TeamSchemaStep steps[]
            = {{step1, std::size(step1)}, {step2, std::size(step2)}, {step3, std::size(step3)},
               {step4, std::size(step4)}, teamOutboxStep(),          teamTroubleStep()};
    static_assert(std::size(steps) == TeamSchema::latest);
    return steps;
}

} // namespace sitrep
