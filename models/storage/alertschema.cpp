#include "migrations.h"

namespace sitrep {

// v22: alerts for a storm.
// - Which incident an alert belongs to moves to a table of its own: attaching 50,000 alerts
//   then writes 50,000 short rows, not 50,000 alerts with their labels and annotations (SQLite
//   rewrites a whole row to change one column). The link is keyed by the alert's number, not
//   its fingerprint: a storm's new alerts are numbered in order, so their links are appended
//   rather than scattered over the pages of an index that each slice's commit writes again.
//   The alerts table is built again with a number (kept by VACUUM, unlike a bare rowid) and
//   without the column; no alert is ever deleted, so no link outlives its alert.
// - How many row writes the alerts and their links have seen, counted by the database itself:
//   a console whose cache mirrors them at a count skips reading a storm's 100,000 rows again
//   on every poll while the count stands; triggers count every program's writes.
QSqlError Migrations::upgradeToV22(QSqlDatabase &database)
{
    return execAll(
            database,
            {"CREATE TABLE alert_incidents ("
             " alert_id INTEGER PRIMARY KEY,"
             " incident_id INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE)",
             "INSERT INTO alert_incidents (alert_id, incident_id)"
             " SELECT rowid, incident_id FROM alerts WHERE incident_id IS NOT NULL",
             "CREATE INDEX alert_incidents_by_incident ON alert_incidents (incident_id)",
             "CREATE TABLE alerts_v22 ("
             " id INTEGER PRIMARY KEY,"
             " fingerprint TEXT NOT NULL UNIQUE,"
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
             " first_seen INTEGER NOT NULL,"
             " resolved_at INTEGER)",
             "INSERT INTO alerts_v22 SELECT rowid, fingerprint, group_key, labels, annotations,"
             " starts_at, ends_at, state, silenced_by, inhibited_by, generator_url, endpoint,"
             " first_seen, resolved_at FROM alerts",
             "DROP TABLE alerts", "ALTER TABLE alerts_v22 RENAME TO alerts",
             "CREATE INDEX alerts_by_group ON alerts (group_key)",
             "CREATE TABLE alert_writes (count INTEGER NOT NULL)",
             "INSERT INTO alert_writes (count) VALUES (0)",
             "CREATE TRIGGER alerts_count_inserts AFTER INSERT ON alerts"
             " BEGIN UPDATE alert_writes SET count = count + 1; END",
             "CREATE TRIGGER alerts_count_updates AFTER UPDATE ON alerts"
             " BEGIN UPDATE alert_writes SET count = count + 1; END",
             "CREATE TRIGGER alerts_count_deletes AFTER DELETE ON alerts"
             " BEGIN UPDATE alert_writes SET count = count + 1; END",
             "CREATE TRIGGER alert_incidents_count_inserts AFTER INSERT ON alert_incidents"
             " BEGIN UPDATE alert_writes SET count = count + 1; END",
             "CREATE TRIGGER alert_incidents_count_updates AFTER UPDATE ON alert_incidents"
             " BEGIN UPDATE alert_writes SET count = count + 1; END",
             "CREATE TRIGGER alert_incidents_count_deletes AFTER DELETE ON alert_incidents"
             " BEGIN UPDATE alert_writes SET count = count + 1; END"});
}

} // namespace sitrep
