#include "teamschemasteps.h"

#include <iterator>

namespace sitrep {

namespace {

// Version 5. The outbox in the team store: each message once across the team. A console delivers a
// channel's messages only while it holds the channel's lease, one at a time, oldest first; a
// lease taken over after its expiry bumps the message's fence, so the late answer of a console
// that lost it counts for nothing.
const char *const statements[] = {
        "CREATE TABLE sitrep_outbox (seq bigserial PRIMARY KEY, key text NOT NULL UNIQUE,"
        " channel text NOT NULL, incident uuid, kind text NOT NULL, body text NOT NULL,"
        " payload bytea NOT NULL, created_at timestamptz NOT NULL, created_by text NOT NULL,"
        " state text NOT NULL CHECK (state IN ('pending', 'delivered', 'failed', 'cancelled')),"
        " attempts integer NOT NULL DEFAULT 0, next_attempt_at timestamptz NOT NULL,"
        " first_attempt_at timestamptz, last_answer text NOT NULL DEFAULT '',"
        " delivered_at timestamptz, delivered_by text, thread_ts text NOT NULL DEFAULT '',"
        " fence integer NOT NULL DEFAULT 0)",
        "CREATE INDEX sitrep_outbox_pending ON sitrep_outbox (channel, seq) WHERE state = "
        "'pending'",
        "CREATE TABLE sitrep_outbox_leases (channel text PRIMARY KEY, console uuid, login text,"
        " message text, until timestamptz)",
        // What an incident's first message made at a receiver (a Slack thread), per channel.
        "CREATE TABLE sitrep_outbox_threads (channel text NOT NULL, incident uuid NOT NULL,"
        " thread_ts text NOT NULL, PRIMARY KEY (channel, incident))",
        R"(CREATE FUNCTION sitrep_ms(t timestamptz) RETURNS bigint
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, public AS $$
    SELECT (extract(epoch FROM t) * 1000)::bigint
$$)",
        R"(CREATE FUNCTION sitrep_outbox_put(messages jsonb) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
#variable_conflict use_column
DECLARE
    m jsonb;
BEGIN
    FOR m IN SELECT * FROM jsonb_array_elements(messages) LOOP
        INSERT INTO sitrep_outbox AS o (key, channel, incident, kind, body, payload, created_at,
            created_by, state, attempts, next_attempt_at, first_attempt_at, last_answer,
            delivered_at, delivered_by, thread_ts)
        VALUES (m->>'key', m->>'channel', (m->>'incident')::uuid, m->>'kind', m->>'text',
            decode(m->>'payload', 'base64'), to_timestamp((m->>'created_ms')::bigint / 1000.0),
            session_user, m->>'state', (m->>'attempts')::integer,
            to_timestamp((m->>'next_ms')::bigint / 1000.0),
            to_timestamp((m->>'first_ms')::bigint / 1000.0), coalesce(m->>'answer', ''),
            to_timestamp((m->>'delivered_ms')::bigint / 1000.0),
            CASE WHEN m->>'state' = 'delivered' THEN session_user END,
            coalesce(m->>'thread_ts', ''))
        -- A message the team has already: what a console says of it without a lease (delivered
        -- or cancelled while apart, or sent again by hand). Delivered stays delivered.
        ON CONFLICT (key) DO UPDATE SET state = excluded.state,
            attempts = greatest(o.attempts, excluded.attempts),
            next_attempt_at = excluded.next_attempt_at, last_answer = excluded.last_answer,
            delivered_at = excluded.delivered_at, delivered_by = excluded.delivered_by,
            thread_ts = CASE WHEN excluded.thread_ts <> '' THEN excluded.thread_ts
                             ELSE o.thread_ts END
        WHERE o.state <> 'delivered' AND o.state <> excluded.state;
        IF m->>'state' = 'delivered' AND coalesce(m->>'thread_ts', '') <> ''
           AND m->>'incident' IS NOT NULL THEN
            INSERT INTO sitrep_outbox_threads
            VALUES (m->>'channel', (m->>'incident')::uuid, m->>'thread_ts') ON CONFLICT DO NOTHING;
        END IF;
    END LOOP;
    PERFORM pg_notify('sitrep_outbox', '');
END
$$)",
        R"(CREATE FUNCTION sitrep_outbox_lease(console uuid, channels jsonb)
RETURNS TABLE (key text, channel text, incident uuid, kind text, body text, payload text,
               created_ms bigint, attempts integer, first_ms bigint, thread_ts text,
               fence integer)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
#variable_conflict use_column
DECLARE
    wanted jsonb;
    c text;
    m sitrep_outbox;
BEGIN
    FOR wanted IN SELECT * FROM jsonb_array_elements(channels) LOOP
        c := wanted->>'channel';
        INSERT INTO sitrep_outbox_leases (channel) VALUES (c) ON CONFLICT DO NOTHING;
        -- Free, expired, or this console's own: a held lease is skipped, never waited for.
        PERFORM 1 FROM sitrep_outbox_leases l WHERE l.channel = c
            AND (l.console IS NULL OR l.console = $1 OR l.until < clock_timestamp())
            FOR UPDATE SKIP LOCKED;
        CONTINUE WHEN NOT FOUND;
        SELECT * INTO m FROM sitrep_outbox o WHERE o.channel = c AND o.state = 'pending'
            ORDER BY o.seq LIMIT 1;
        IF FOUND AND m.next_attempt_at <= clock_timestamp() THEN
            UPDATE sitrep_outbox o SET fence = o.fence + 1
            WHERE o.key = m.key AND o.state = 'pending' RETURNING o.fence INTO m.fence;
        END IF;
        IF NOT FOUND OR m.next_attempt_at > clock_timestamp() THEN
            UPDATE sitrep_outbox_leases l
            SET console = NULL, login = NULL, message = NULL, until = NULL WHERE l.channel = c;
            CONTINUE;
        END IF;
        UPDATE sitrep_outbox_leases l SET console = $1, login = session_user, message = m.key,
            until = clock_timestamp() + make_interval(secs => (wanted->>'seconds')::integer)
        WHERE l.channel = c;
        RETURN QUERY SELECT m.key, m.channel, m.incident, m.kind, m.body,
            encode(m.payload, 'base64'), sitrep_ms(m.created_at), m.attempts,
            sitrep_ms(m.first_attempt_at),
            coalesce((SELECT t.thread_ts FROM sitrep_outbox_threads t
                      WHERE t.channel = c AND t.incident = m.incident), ''),
            m.fence;
    END LOOP;
END
$$)",
        R"(CREATE FUNCTION sitrep_outbox_settle(message text, console uuid, fence integer,
                                    state text, answer text, next_ms bigint, thread text)
RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
#variable_conflict use_column
DECLARE
    settled sitrep_outbox;
BEGIN
    -- Fenced: only the lease's holder, with the attempt it was given, settles a message.
    UPDATE sitrep_outbox o SET state = $4, attempts = o.attempts + 1, last_answer = $5,
        next_attempt_at = coalesce(to_timestamp($6 / 1000.0), o.next_attempt_at),
        first_attempt_at = coalesce(o.first_attempt_at, clock_timestamp()),
        delivered_at = CASE WHEN $4 = 'delivered' THEN clock_timestamp() END,
        delivered_by = CASE WHEN $4 = 'delivered' THEN session_user END,
        thread_ts = coalesce($7, '')
    WHERE o.key = $1 AND o.fence = $3 AND o.state = 'pending'
      AND EXISTS (SELECT 1 FROM sitrep_outbox_leases l
                  WHERE l.channel = o.channel AND l.console = $2 AND l.message = $1)
    RETURNING * INTO settled;
    IF NOT FOUND THEN
        RETURN false;
    END IF;
    UPDATE sitrep_outbox_leases l SET console = NULL, login = NULL, message = NULL, until = NULL
    WHERE l.channel = settled.channel;
    IF coalesce($7, '') <> '' AND settled.incident IS NOT NULL THEN
        INSERT INTO sitrep_outbox_threads VALUES (settled.channel, settled.incident, $7)
        ON CONFLICT DO NOTHING;
    END IF;
    PERFORM pg_notify('sitrep_outbox', settled.channel);
    RETURN true;
END
$$)",
        R"(CREATE FUNCTION sitrep_outbox_states(keys jsonb)
RETURNS TABLE (key text, state text, attempts integer, answer text, delivered_ms bigint,
               delivered_by text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT o.key, o.state, o.attempts, o.last_answer, sitrep_ms(o.delivered_at), o.delivered_by
    FROM sitrep_outbox o WHERE o.key IN (SELECT jsonb_array_elements_text(keys))
$$)",
        // Claims are kept a week (an escalation is long over by then), so the table stays small.
        R"(CREATE OR REPLACE FUNCTION sitrep_claim(what text, key text, console uuid)
RETURNS TABLE (won boolean, holder text, holder_console uuid)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    DELETE FROM sitrep_claims c WHERE c.claimed_at < now() - interval '7 days';
    INSERT INTO sitrep_claims (what, key, console, login)
    VALUES ($1, $2, $3, session_user) ON CONFLICT DO NOTHING;
    RETURN QUERY SELECT c.console = $3, c.login, c.console FROM sitrep_claims c
                 WHERE c.what = $1 AND c.key = $2;
END
$$)",
        R"(DO $$
BEGIN
    REVOKE ALL ON sitrep_outbox, sitrep_outbox_leases, sitrep_outbox_threads FROM PUBLIC;
    REVOKE ALL ON FUNCTION sitrep_outbox_put(jsonb), sitrep_outbox_lease(uuid, jsonb),
        sitrep_outbox_settle(text, uuid, integer, text, text, bigint, text),
        sitrep_outbox_states(jsonb) FROM PUBLIC;
    EXECUTE format('GRANT EXECUTE ON FUNCTION sitrep_outbox_states(jsonb) TO %I',
                   sitrep_group('viewer'));
    EXECUTE format('GRANT EXECUTE ON FUNCTION sitrep_outbox_put(jsonb),'
                   ' sitrep_outbox_lease(uuid, jsonb),'
                   ' sitrep_outbox_settle(text, uuid, integer, text, text, bigint, text) TO %I',
                   sitrep_group('responder'));
END
$$)",
};

} // namespace

TeamSchemaStep teamOutboxStep()
{
    return {statements, std::size(statements)};
}

} // namespace sitrep
