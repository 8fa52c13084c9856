#include "migrations.h"

#include "domain/uuidv7.h"
#include "sqlerrors.h"
#include "storagelog.h"
#include "transaction.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QUuid>

namespace sitrep {

QSqlError Migrations::execAll(QSqlDatabase &database,
                              std::initializer_list<const char *> statements)
{
    QSqlQuery query(database);
    for (const char *statement : statements) {
        if (!query.exec(QString::fromUtf8(statement))) {
            qCWarning(lcStorage) << "migration statement failed:" << query.lastError().text();
            return query.lastError();
        }
    }
    return {};
}

// v1: the incidents themselves.
QSqlError Migrations::upgradeToV1(QSqlDatabase &database)
{
    return execAll(database,
                   {
                           "PRAGMA application_id = 1397314642",
                           "CREATE TABLE incidents ("
                           " id INTEGER PRIMARY KEY,"
                           " title TEXT NOT NULL,"
                           " severity INTEGER NOT NULL CHECK (severity BETWEEN 1 AND 4),"
                           " status TEXT NOT NULL,"
                           " services TEXT NOT NULL DEFAULT '[]',"
                           " commander TEXT NOT NULL DEFAULT '',"
                           " responders TEXT NOT NULL DEFAULT '[]',"
                           " impact TEXT NOT NULL DEFAULT '',"
                           " affected_users INTEGER NOT NULL DEFAULT 0,"
                           " revenue_impact_per_hour REAL NOT NULL DEFAULT 0,"
                           " detection TEXT NOT NULL,"
                           " started_at INTEGER NOT NULL,"
                           " detected_at INTEGER NOT NULL,"
                           " acknowledged_at INTEGER,"
                           " resolved_at INTEGER,"
                           " last_update_at INTEGER,"
                           " root_cause TEXT NOT NULL DEFAULT '',"
                           " resolution TEXT NOT NULL DEFAULT '')",
                           "CREATE INDEX incidents_by_status ON incidents (status)",
                   });
}

// v2: every incident gets a timeline; existing incidents get their declaration and, if
// resolved, their resolution as the first entries, so no history starts empty.
QSqlError Migrations::upgradeToV2(QSqlDatabase &database)
{
    return execAll(
            database,
            {
                    "CREATE TABLE timeline_events ("
                    " id INTEGER PRIMARY KEY,"
                    " incident_id INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,"
                    " at INTEGER NOT NULL,"
                    " author TEXT NOT NULL DEFAULT '',"
                    " kind TEXT NOT NULL,"
                    " text TEXT NOT NULL DEFAULT '')",
                    "CREATE INDEX timeline_events_by_incident ON timeline_events (incident_id, at)",
                    "INSERT INTO timeline_events (incident_id, at, author, kind, text)"
                    " SELECT id, detected_at, commander, 'declared', title FROM incidents",
                    "INSERT INTO timeline_events (incident_id, at, author, kind, text)"
                    " SELECT id, resolved_at, commander, 'resolved', resolution FROM incidents"
                    " WHERE status = 'resolved' AND resolved_at IS NOT NULL",
            });
}

// v3: the war-room workspace. Roles besides the commander; timeline entries get a key-event
// flag, an automatic flag (every entry before v3 was written by Sitrep), recoverable deletion
// and an edit history that keeps what they said before; ticked checklist items.
QSqlError Migrations::upgradeToV3(QSqlDatabase &database)
{
    return execAll(
            database,
            {
                    "ALTER TABLE incidents ADD COLUMN scribe TEXT NOT NULL DEFAULT ''",
                    "ALTER TABLE incidents ADD COLUMN communications_lead TEXT NOT NULL DEFAULT ''",
                    "ALTER TABLE timeline_events ADD COLUMN key_event INTEGER NOT NULL DEFAULT 0",
                    "ALTER TABLE timeline_events ADD COLUMN automatic INTEGER NOT NULL DEFAULT 0",
                    "ALTER TABLE timeline_events ADD COLUMN deleted_at INTEGER",
                    "UPDATE timeline_events SET automatic = 1",
                    "UPDATE timeline_events SET key_event = 1"
                    " WHERE kind IN ('declared', 'severity_changed', 'resolved', 'reopened')",
                    "CREATE TABLE timeline_revisions ("
                    " id INTEGER PRIMARY KEY,"
                    " event_id INTEGER NOT NULL REFERENCES timeline_events (id) ON DELETE CASCADE,"
                    " edited_at INTEGER NOT NULL,"
                    " editor TEXT NOT NULL DEFAULT '',"
                    " at INTEGER NOT NULL,"
                    " kind TEXT NOT NULL,"
                    " text TEXT NOT NULL DEFAULT '')",
                    "CREATE INDEX timeline_revisions_by_event ON timeline_revisions (event_id, id)",
                    "CREATE TABLE checklist_ticks ("
                    " incident_id INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,"
                    " item_key TEXT NOT NULL,"
                    " at INTEGER NOT NULL,"
                    " ticked_by TEXT NOT NULL DEFAULT '',"
                    " PRIMARY KEY (incident_id, item_key))",
            });
}

// v4: monitoring. Endpoints (their secrets stay in the keychain) and their health; every alert
// seen, keyed by fingerprint so that several endpoints reporting one alert store it once; alert
// groups, each tied to the incident it opened; silences.
QSqlError Migrations::upgradeToV4(QSqlDatabase &database)
{
    return execAll(database,
                   {
                           "CREATE TABLE endpoints ("
                           " name TEXT PRIMARY KEY,"
                           " kind TEXT NOT NULL,"
                           " url TEXT NOT NULL,"
                           " auth TEXT NOT NULL DEFAULT 'none',"
                           " username TEXT NOT NULL DEFAULT '',"
                           " ca_file TEXT NOT NULL DEFAULT '',"
                           " poll_seconds INTEGER NOT NULL DEFAULT 15,"
                           " timeout_seconds INTEGER NOT NULL DEFAULT 10,"
                           " last_attempt INTEGER,"
                           " last_success INTEGER,"
                           " failure TEXT NOT NULL DEFAULT '',"
                           " failing_since INTEGER)",
                           "CREATE TABLE alert_groups ("
                           " group_key TEXT PRIMARY KEY,"
                           " labels TEXT NOT NULL,"
                           " incident_id INTEGER REFERENCES incidents (id) ON DELETE SET NULL,"
                           " created_at INTEGER NOT NULL)",
                           "CREATE TABLE alerts ("
                           " fingerprint TEXT PRIMARY KEY,"
                           " group_key TEXT NOT NULL,"
                           " labels TEXT NOT NULL,"
                           " annotations TEXT NOT NULL,"
                           " starts_at INTEGER NOT NULL,"
                           " ends_at INTEGER,"
                           " state TEXT NOT NULL,"
                           " silenced_by TEXT NOT NULL DEFAULT '[]',"
                           " inhibited_by TEXT NOT NULL DEFAULT '[]',"
                           " generator_url TEXT NOT NULL DEFAULT '',"
                           " endpoint TEXT NOT NULL,"
                           " incident_id INTEGER REFERENCES incidents (id) ON DELETE SET NULL,"
                           " first_seen INTEGER NOT NULL,"
                           " resolved_at INTEGER)",
                           "CREATE INDEX alerts_by_group ON alerts (group_key)",
                           "CREATE INDEX alerts_by_incident ON alerts (incident_id)",
                           "CREATE TABLE silences ("
                           " id TEXT PRIMARY KEY,"
                           " endpoint TEXT NOT NULL,"
                           " matchers TEXT NOT NULL,"
                           " starts_at INTEGER NOT NULL,"
                           " ends_at INTEGER NOT NULL,"
                           " created_by TEXT NOT NULL DEFAULT '',"
                           " comment TEXT NOT NULL DEFAULT '',"
                           " state TEXT NOT NULL DEFAULT 'active')",
                   });
}

// v5: detection. Which rule opened which incident, with the values that fired it (a rule
// opens no second incident while its incident is open); each incident's resolution checks.
QSqlError Migrations::upgradeToV5(QSqlDatabase &database)
{
    return execAll(database,
                   {
                           "CREATE TABLE detections ("
                           " id INTEGER PRIMARY KEY,"
                           " rule TEXT NOT NULL,"
                           " incident_id INTEGER NOT NULL REFERENCES incidents (id)"
                           "  ON DELETE CASCADE,"
                           " fired_at INTEGER NOT NULL,"
                           " value REAL,"
                           " expected REAL,"
                           " threshold REAL,"
                           " endpoint TEXT NOT NULL DEFAULT '')",
                           "CREATE INDEX detections_by_rule ON detections (rule, incident_id)",
                           "CREATE INDEX detections_by_incident ON detections (incident_id)",
                           "CREATE TABLE resolution_checks ("
                           " incident_id INTEGER PRIMARY KEY REFERENCES incidents (id)"
                           "  ON DELETE CASCADE,"
                           " checked_at INTEGER NOT NULL,"
                           " monitoring_until INTEGER,"
                           " resolvable INTEGER NOT NULL DEFAULT 0,"
                           " checks TEXT NOT NULL DEFAULT '[]')",
                   });
}

// v6: announcements. Chat and webhook channels (their URLs and tokens stay in the keychain),
// the outbox of messages to deliver (written with the timeline entry that caused them), and
// the Slack thread each incident's messages go under.
QSqlError Migrations::upgradeToV6(QSqlDatabase &database)
{
    return execAll(database,
                   {
                           "CREATE TABLE channels ("
                           " name TEXT PRIMARY KEY,"
                           " kind TEXT NOT NULL,"
                           " role TEXT NOT NULL,"
                           " settings TEXT NOT NULL DEFAULT '{}')",
                           "CREATE TABLE outbox ("
                           " id INTEGER PRIMARY KEY,"
                           " key TEXT NOT NULL UNIQUE,"
                           " channel TEXT NOT NULL,"
                           " incident_id INTEGER REFERENCES incidents (id) ON DELETE SET NULL,"
                           " kind TEXT NOT NULL,"
                           " text TEXT NOT NULL,"
                           " payload BLOB NOT NULL,"
                           " created_at INTEGER NOT NULL,"
                           " state TEXT NOT NULL DEFAULT 'pending',"
                           " attempts INTEGER NOT NULL DEFAULT 0,"
                           " next_attempt_at INTEGER NOT NULL,"
                           " first_attempt_at INTEGER,"
                           " last_answer TEXT NOT NULL DEFAULT '',"
                           " delivered_at INTEGER,"
                           " thread_ts TEXT NOT NULL DEFAULT '')",
                           "CREATE INDEX outbox_by_state ON outbox (state, channel, id)",
                           "CREATE TABLE channel_threads ("
                           " channel TEXT NOT NULL,"
                           " incident_id INTEGER NOT NULL,"
                           " thread_ts TEXT NOT NULL,"
                           " PRIMARY KEY (channel, incident_id))",
                   });
}

// v7: the Slack channel opened for each incident (its own war room), per announcing channel.
QSqlError Migrations::upgradeToV7(QSqlDatabase &database)
{
    return execAll(database,
                   {
                           "CREATE TABLE incident_rooms ("
                           " channel TEXT NOT NULL,"
                           " incident_id INTEGER NOT NULL REFERENCES incidents (id)"
                           "  ON DELETE CASCADE,"
                           " room_id TEXT NOT NULL,"
                           " room_name TEXT NOT NULL,"
                           " PRIMARY KEY (channel, incident_id))",
                   });
}

// v8: SLO definitions and their per-minute events, the cache the SLO reports and charts read.
QSqlError Migrations::upgradeToV8(QSqlDatabase &database)
{
    return execAll(database,
                   {
                           "CREATE TABLE slos ("
                           " name TEXT PRIMARY KEY,"
                           " service TEXT NOT NULL,"
                           " description TEXT NOT NULL DEFAULT '',"
                           " kind TEXT NOT NULL,"
                           " target REAL NOT NULL,"
                           " window_seconds INTEGER NOT NULL,"
                           " calendar_month INTEGER NOT NULL DEFAULT 0,"
                           " good_query TEXT NOT NULL DEFAULT '',"
                           " bad_query TEXT NOT NULL DEFAULT '',"
                           " total_query TEXT NOT NULL DEFAULT '',"
                           " error_ratio_query TEXT NOT NULL DEFAULT '',"
                           " minimum_events REAL NOT NULL DEFAULT 0)",
                           // NULL where Prometheus gave no number (SQLite stores NaN as NULL).
                           "CREATE TABLE slo_events ("
                           " slo TEXT NOT NULL REFERENCES slos (name) ON DELETE CASCADE,"
                           " at_ms INTEGER NOT NULL,"
                           " bad REAL,"
                           " total REAL,"
                           " PRIMARY KEY (slo, at_ms)) WITHOUT ROWID",
                   });
}

// v9: postmortems (the document as JSON) and their action items, one row each so the tracker
// can filter them.
QSqlError Migrations::upgradeToV9(QSqlDatabase &database)
{
    return execAll(database,
                   {
                           "CREATE TABLE postmortems ("
                           " incident_id INTEGER PRIMARY KEY REFERENCES incidents (id)"
                           "  ON DELETE CASCADE,"
                           " status TEXT NOT NULL,"
                           " document TEXT NOT NULL,"
                           " review_at INTEGER,"
                           " attendees TEXT NOT NULL DEFAULT '[]',"
                           " updated_at INTEGER NOT NULL)",
                           "CREATE TABLE action_items ("
                           " incident_id INTEGER NOT NULL REFERENCES postmortems (incident_id)"
                           "  ON DELETE CASCADE,"
                           " position INTEGER NOT NULL,"
                           " action TEXT NOT NULL,"
                           " owner TEXT NOT NULL DEFAULT '',"
                           " due TEXT,"
                           " status TEXT NOT NULL,"
                           " PRIMARY KEY (incident_id, position))",
                           "CREATE INDEX action_items_by_owner ON action_items (owner)",
                   });
}

// v10: on-call schedules, each kept as its schedule file (the canonical form, exported as is),
// and what the on-call calendars published, so a changed shift gets the next SEQUENCE and a
// removed one is sent as cancelled.
QSqlError Migrations::upgradeToV10(QSqlDatabase &database)
{
    return execAll(database,
                   {
                           "CREATE TABLE oncall_schedules ("
                           " name TEXT PRIMARY KEY,"
                           " document TEXT NOT NULL,"
                           " updated_at INTEGER NOT NULL)",
                           "CREATE TABLE oncall_published ("
                           " uid TEXT PRIMARY KEY,"
                           " calendar TEXT NOT NULL,"
                           " start_ms INTEGER NOT NULL,"
                           " end_ms INTEGER NOT NULL,"
                           " summary TEXT NOT NULL,"
                           " description TEXT NOT NULL,"
                           " sequence INTEGER NOT NULL,"
                           " cancelled INTEGER NOT NULL)",
                           "CREATE INDEX oncall_published_by_calendar"
                           " ON oncall_published (calendar, start_ms)",
                   });
}

// v11: escalations (the policy they started with, how they ended) and their pages.
QSqlError Migrations::upgradeToV11(QSqlDatabase &database)
{
    return execAll(database,
                   {
                           "CREATE TABLE escalations ("
                           " incident_id INTEGER PRIMARY KEY REFERENCES incidents (id)"
                           "  ON DELETE CASCADE,"
                           " schedule TEXT NOT NULL,"
                           " policy TEXT NOT NULL,"
                           " started_at INTEGER NOT NULL,"
                           " state TEXT NOT NULL,"
                           " ended_at INTEGER,"
                           " ended_by TEXT NOT NULL DEFAULT '')",
                           "CREATE TABLE escalation_pages ("
                           " incident_id INTEGER NOT NULL REFERENCES escalations (incident_id)"
                           "  ON DELETE CASCADE,"
                           " step INTEGER NOT NULL,"
                           " level INTEGER NOT NULL,"
                           " round INTEGER NOT NULL,"
                           " target TEXT NOT NULL,"
                           " person TEXT NOT NULL,"
                           " paged_at INTEGER NOT NULL,"
                           " PRIMARY KEY (incident_id, step))",
                           "CREATE INDEX escalations_running ON escalations (state)",
                   });
}

// v12: the on-call handoff checklists ticked per shift and person, and the handoff notes.
QSqlError Migrations::upgradeToV12(QSqlDatabase &database)
{
    return execAll(database,
                   {
                           "CREATE TABLE handoff_ticks ("
                           " schedule TEXT NOT NULL,"
                           " shift_start INTEGER NOT NULL,"
                           " person TEXT NOT NULL,"
                           " phase TEXT NOT NULL,"
                           " item INTEGER NOT NULL,"
                           " ticked_at INTEGER NOT NULL,"
                           " PRIMARY KEY (schedule, shift_start, person, phase, item))",
                           "CREATE TABLE handoff_notes ("
                           " schedule TEXT NOT NULL,"
                           " handoff_at INTEGER NOT NULL,"
                           " author TEXT NOT NULL,"
                           " text TEXT NOT NULL,"
                           " written_at INTEGER NOT NULL,"
                           " PRIMARY KEY (schedule, handoff_at))",
                   });
}

// v13: the leads invited to every postmortem review, in the order they were given.
QSqlError Migrations::upgradeToV13(QSqlDatabase &database)
{
    return execAll(database,
                   {
                           "CREATE TABLE review_leads ("
                           " position INTEGER PRIMARY KEY,"
                           " lead TEXT NOT NULL)",
                           "INSERT INTO review_leads VALUES (0, 'engineering-leads@example.com')",
                   });
}

// v14: the postmortem's title beside its document, so the action-item tracker lists items
// under it without reading every document.
QSqlError Migrations::upgradeToV14(QSqlDatabase &database)
{
    return execAll(database,
                   {
                           "ALTER TABLE postmortems ADD COLUMN title TEXT NOT NULL DEFAULT ''",
                           "UPDATE postmortems SET title = coalesce(json_extract(document,"
                           " '$.title'), '') WHERE json_valid(document)",
                   });
}

// v15, team mode: the changes made here and not yet pushed (in the order they were made), the
// team's log as pulled (in the server's order), and the cursor and clock that survive a
// restart.
QSqlError Migrations::upgradeToV15(QSqlDatabase &database)
{
    return execAll(database,
                   {
                           "CREATE TABLE team_queue ("
                           " position INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " uid TEXT NOT NULL UNIQUE,"
                           " entity TEXT NOT NULL,"
                           " entity_uid TEXT NOT NULL,"
                           " field TEXT NOT NULL,"
                           " payload TEXT NOT NULL,"
                           " hlc_ms INTEGER NOT NULL,"
                           " hlc_counter INTEGER NOT NULL)",
                           "CREATE TABLE team_log ("
                           " seq INTEGER PRIMARY KEY,"
                           " uid TEXT NOT NULL UNIQUE,"
                           " entity TEXT NOT NULL,"
                           " entity_uid TEXT NOT NULL,"
                           " field TEXT NOT NULL,"
                           " payload TEXT NOT NULL,"
                           " hlc_ms INTEGER NOT NULL,"
                           " hlc_counter INTEGER NOT NULL,"
                           " author TEXT NOT NULL,"
                           " committed_at INTEGER NOT NULL)",
                           "CREATE TABLE team_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
                   });
}

// v16, team mode: every synced row gets a uid that all consoles know it by (rows made before
// keep theirs from here on, so joining a team twice, or from a copy of the file, adds nothing
// twice), incidents their team-wide number once the server gives one, and the console keeps
// each field's winning change (last writer wins) and every change it has applied.
QSqlError Migrations::upgradeToV16(QSqlDatabase &database)
{
    if (QSqlError error = execAll(database,
                                  {
                                          "ALTER TABLE incidents ADD COLUMN uid TEXT",
                                          "ALTER TABLE incidents ADD COLUMN team_number INTEGER",
                                          "ALTER TABLE timeline_events ADD COLUMN uid TEXT",
                                  });
        error.type() != QSqlError::NoError)
        return error;
    for (const char *table : {"incidents", "timeline_events"}) {
        if (QSqlError error = giveUids(database, QString::fromLatin1(table));
            error.type() != QSqlError::NoError)
            return error;
    }
    return execAll(
            database,
            {
                    "CREATE UNIQUE INDEX incidents_by_uid ON incidents (uid)",
                    "CREATE UNIQUE INDEX incidents_by_team_number ON incidents (team_number)",
                    "CREATE UNIQUE INDEX timeline_events_by_uid ON timeline_events (uid)",
                    "CREATE TABLE team_fields ("
                    " entity_uid TEXT NOT NULL,"
                    " field TEXT NOT NULL,"
                    " change_uid TEXT NOT NULL,"
                    " hlc_ms INTEGER NOT NULL,"
                    " hlc_counter INTEGER NOT NULL,"
                    " author TEXT NOT NULL,"
                    " payload TEXT NOT NULL,"
                    " PRIMARY KEY (entity_uid, field))",
                    "CREATE TABLE team_seen (uid TEXT PRIMARY KEY) WITHOUT ROWID",
            });
}

// v17, team mode: the outbox's messages are the team's. Each row says whether it was made here
// (only those go out while the server is out of reach) and whether the team has its current
// state; rows from before are this console's history, which the team need not hear of.
QSqlError Migrations::upgradeToV17(QSqlDatabase &database)
{
    return execAll(database,
                   {
                           "ALTER TABLE outbox ADD COLUMN origin TEXT NOT NULL DEFAULT 'here'",
                           "ALTER TABLE outbox ADD COLUMN team_synced INTEGER NOT NULL DEFAULT 1",
                           "CREATE INDEX outbox_unsynced ON outbox (id) WHERE team_synced = 0",
                   });
}

// v18: an SLO keeps the burn tiers its spec gave (Sloth's AlertWindows), as BurnAlert::text()
// writes them (empty for the Workbook's), and calendar windows other than a month: the
// calendar_month column says which (0 rolling, 1 month as before, 2 week, 3 quarter, 4 year),
// counted from calendar_start (local ISO 8601, empty for the default) in calendar_zone.
QSqlError Migrations::upgradeToV18(QSqlDatabase &database)
{
    return execAll(database,
                   {"ALTER TABLE slos ADD COLUMN burn_tiers TEXT NOT NULL DEFAULT ''",
                    "ALTER TABLE slos ADD COLUMN calendar_start TEXT NOT NULL DEFAULT ''",
                    "ALTER TABLE slos ADD COLUMN calendar_zone TEXT NOT NULL DEFAULT ''"});
}

// v19: OpenSLO's thresholdMetric (its query, and "lt 0.5" as sloThresholdText() writes it)
// and budgeting by time slices ("timeslices 0.95 5m" as sloBudgetingText() writes it, empty
// for Occurrences).
QSqlError Migrations::upgradeToV19(QSqlDatabase &database)
{
    return execAll(database,
                   {"ALTER TABLE slos ADD COLUMN threshold_query TEXT NOT NULL DEFAULT ''",
                    "ALTER TABLE slos ADD COLUMN threshold TEXT NOT NULL DEFAULT ''",
                    "ALTER TABLE slos ADD COLUMN budgeting TEXT NOT NULL DEFAULT ''"});
}

// v20: incidents by start time. The dashboard reads the incidents that started in two periods;
// without the index that is a scan of the whole history and a sort, however short the periods.
QSqlError Migrations::upgradeToV20(QSqlDatabase &database)
{
    return execAll(database, {"CREATE INDEX incidents_by_start ON incidents (started_at)"});
}

// v21: the conflict copies a team's merge kept, by what they are a copy of and whose version
// they keep, so the console can show them as conflicts to settle rather than as just a name.
QSqlError Migrations::upgradeToV21(QSqlDatabase &database)
{
    return execAll(database,
                   {"CREATE TABLE team_conflict_copies ("
                    " kind TEXT NOT NULL,"
                    " name TEXT NOT NULL,"
                    " original TEXT NOT NULL,"
                    " author TEXT NOT NULL,"
                    " written_at INTEGER NOT NULL," // ms since the epoch, UTC
                    " PRIMARY KEY (kind, name))"});
}

QSqlError Migrations::giveUids(QSqlDatabase &database, const QString &table)
{
    QSqlQuery rows(database);
    rows.setForwardOnly(true);
    if (!rows.exec(QStringLiteral("SELECT id FROM %1").arg(table)))
        return rows.lastError();
    QSqlQuery update(database);
    update.prepare(QStringLiteral("UPDATE %1 SET uid = ? WHERE id = ?").arg(table));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    while (rows.next()) {
        update.addBindValue(UuidV7::make(now).toString(QUuid::WithoutBraces));
        update.addBindValue(rows.value(0));
        if (!update.exec())
            return update.lastError();
    }
    return {};
}

Result<void> Migrations::migrate(QSqlDatabase database, int fromVersion, int toVersion)
{
    using Step = QSqlError (*)(QSqlDatabase &);
    static constexpr Step steps[]
            = {&upgradeToV1,  &upgradeToV2,  &upgradeToV3,  &upgradeToV4,  &upgradeToV5,
               &upgradeToV6,  &upgradeToV7,  &upgradeToV8,  &upgradeToV9,  &upgradeToV10,
               &upgradeToV11, &upgradeToV12, &upgradeToV13, &upgradeToV14, &upgradeToV15,
               &upgradeToV16, &upgradeToV17, &upgradeToV18, &upgradeToV19, &upgradeToV20,
               &upgradeToV21, &upgradeToV22, &upgradeToV23};
    static_assert(std::size(steps) == currentVersion);

    for (int version = fromVersion + 1; version <= toVersion; ++version) {
        Transaction transaction(database);
        if (auto begun = transaction.begun(); !begun)
            return Error {begun.error()};
        QSqlError error = steps[version - 1](database);
        QSqlQuery setVersion(database);
        if (error.type() == QSqlError::NoError
            && !setVersion.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)))
            error = setVersion.lastError();
        if (error.type() != QSqlError::NoError) {
            return SqlErrors::describe(
                    tr("Could not upgrade the database to schema version %1").arg(version), error);
        }
        if (auto committed = transaction.commit(); !committed)
            return Error {committed.error()};
        qCInfo(lcStorage) << "database upgraded to schema version" << version;
    }
    return {};
}

} // namespace sitrep
