#include "teamschemasteps.h"

#include <iterator>

namespace sitrep {

namespace {

// Version 6. One trouble, one incident, decided once by the server (and the outbox pruned,
// below). A declaration that carries a trouble's key (a detection rule, an alert group) either
// takes the trouble, when nobody holds it or its holder is resolved, or becomes the alias of the
// incident that holds it. The server decides as the declaration enters the log (under sitrep_push's
// lock), so every console applies the same answer however late it pulls, and a claim on an alias's
// escalation step is lost: two detectors page the first level once.
const char *const statements[] = {
        "CREATE TABLE sitrep_troubles (dedup text PRIMARY KEY, incident uuid NOT NULL)",
        "CREATE TABLE sitrep_aliases (incident uuid PRIMARY KEY, of uuid NOT NULL,"
        " dedup text NOT NULL)",
        // A declaration of incident $1 for trouble $2 takes the trouble, or becomes the alias of
        // the open incident that holds it: the holder, or null when it took it. The same
        // incident declared again (one alert group seen by two consoles) keeps it. The
        // parameters have no names: the tables' columns have them.
        R"(CREATE FUNCTION sitrep_trouble_take(uuid, text) RETURNS uuid
LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
DECLARE
    holder uuid;
BEGIN
    SELECT t.incident INTO holder FROM sitrep_troubles t WHERE t.dedup = $2 FOR UPDATE;
    IF holder IS NOT NULL AND holder <> $1
       AND coalesce((SELECT l.value->>'status' FROM sitrep_lifecycle l
                     WHERE l.incident_uid = holder), '') <> 'resolved' THEN
        INSERT INTO sitrep_aliases VALUES ($1, holder, $2) ON CONFLICT DO NOTHING;
        RETURN holder;
    END IF;
    INSERT INTO sitrep_troubles VALUES ($2, $1)
    ON CONFLICT (dedup) DO UPDATE SET incident = excluded.incident;
    RETURN NULL;
END
$$)",
        // As its owner: the log's writers may not touch the trouble tables themselves.
        R"(CREATE FUNCTION sitrep_trouble_declared() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    holder uuid;
BEGIN
    holder := sitrep_trouble_take(NEW.entity_uid, NEW.payload->>'dedup');
    IF holder IS NOT NULL THEN
        -- The server's register says resolved, as every console will: a change the alias's
        -- console makes before it hears (an acknowledgement) is refused, not a reopening. The
        -- stamp is the declaration's, above its own register (the highest uid), below anything
        -- made after it.
        PERFORM sitrep_hold_lifecycle(
            NEW.entity_uid, 'ffffffff-ffff-ffff-ffff-ffffffffffff', NEW.hlc_ms, NEW.hlc_counter,
            'sitrep',
            jsonb_build_object(
                'status', 'resolved', 'acknowledged_at', NULL,
                'resolved_at', (extract(epoch FROM NEW.committed_at) * 1000)::bigint,
                'resolution', format('Duplicate of #%s: %s was declared there first.',
                                     (SELECT n.number FROM sitrep_incident_numbers n
                                      WHERE n.incident_uid = holder),
                                     NEW.payload->>'dedup'),
                'root_cause', ''));
    END IF;
    RETURN NULL;
END
$$)",
        // The log so far, in its order, as the consoles decided it (the first still open wins);
        // its registers stay as the consoles left them.
        R"(DO $$
DECLARE
    declared record;
BEGIN
    FOR declared IN SELECT c.entity_uid, c.payload->>'dedup' AS dedup FROM sitrep_changes c
                    WHERE c.entity = 'incident' AND c.field = 'declared' AND c.payload ? 'dedup'
                    ORDER BY c.seq LOOP
        PERFORM sitrep_trouble_take(declared.entity_uid, declared.dedup);
    END LOOP;
END
$$)",
        "CREATE TRIGGER sitrep_trouble AFTER INSERT ON sitrep_changes FOR EACH ROW"
        " WHEN (NEW.entity = 'incident' AND NEW.field = 'declared' AND NEW.payload ? 'dedup')"
        " EXECUTE FUNCTION sitrep_trouble_declared()",
        // An escalation's key starts with its incident: an alias's steps are paged by nobody.
        R"(CREATE OR REPLACE FUNCTION sitrep_claim(what text, key text, console uuid)
RETURNS TABLE (won boolean, holder text, holder_console uuid)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    IF $1 = 'escalation' AND EXISTS (SELECT 1 FROM sitrep_aliases a
                                     WHERE a.incident::text = split_part($2, '/', 1)) THEN
        RETURN QUERY SELECT false, 'sitrep'::text, NULL::uuid;
        RETURN;
    END IF;
    DELETE FROM sitrep_claims c WHERE c.claimed_at < now() - interval '7 days';
    INSERT INTO sitrep_claims (what, key, console, login)
    VALUES ($1, $2, $3, session_user) ON CONFLICT DO NOTHING;
    RETURN QUERY SELECT c.console = $3, c.login, c.console FROM sitrep_claims c
                 WHERE c.what = $1 AND c.key = $2;
END
$$)",
        // Also in version 6: the team's outbox forgets a message 90 days after it reached the
        // server (by the server's clock, not a console's), once it is delivered or cancelled
        // (every console has long heard by then), so it does not grow with every message ever
        // sent. Pruned as messages are put.
        "ALTER TABLE sitrep_outbox ADD COLUMN put_at timestamptz NOT NULL DEFAULT now()",
        "CREATE INDEX sitrep_outbox_settled ON sitrep_outbox (put_at)"
        " WHERE state IN ('delivered', 'cancelled')",
        R"(CREATE FUNCTION sitrep_outbox_prune() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    DELETE FROM sitrep_outbox o
    WHERE o.state IN ('delivered', 'cancelled') AND o.put_at < now() - interval '90 days';
    RETURN NULL;
END
$$)",
        "CREATE TRIGGER sitrep_outbox_prune AFTER INSERT ON sitrep_outbox"
        " FOR EACH STATEMENT EXECUTE FUNCTION sitrep_outbox_prune()",
        // And: every console's outbox panel shows the team's messages, read in the outbox's
        // order after the last one a console has (without their bodies for the receivers).
        R"(CREATE FUNCTION sitrep_outbox_since(after bigint, n integer)
RETURNS TABLE (key text, channel text, incident uuid, kind text, body text, seq bigint,
               created_ms bigint, state text, attempts integer, answer text,
               delivered_ms bigint, delivered_by text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT o.key, o.channel, o.incident, o.kind, o.body, o.seq, sitrep_ms(o.created_at),
           o.state, o.attempts, o.last_answer, sitrep_ms(o.delivered_at), o.delivered_by
    FROM sitrep_outbox o WHERE o.seq > after ORDER BY o.seq LIMIT n
$$)",
        R"(DO $$
BEGIN
    REVOKE ALL ON sitrep_troubles, sitrep_aliases FROM PUBLIC;
    REVOKE ALL ON FUNCTION sitrep_trouble_take(uuid, text), sitrep_trouble_declared(),
        sitrep_outbox_prune(), sitrep_outbox_since(bigint, integer) FROM PUBLIC;
    EXECUTE format('GRANT SELECT ON sitrep_aliases TO %I', sitrep_group('viewer'));
    EXECUTE format('GRANT EXECUTE ON FUNCTION sitrep_outbox_since(bigint, integer) TO %I',
                   sitrep_group('viewer'));
END
$$)",
};

} // namespace

TeamSchemaStep teamTroubleStep()
{
    return {statements, std::size(statements)};
}

} // namespace sitrep
