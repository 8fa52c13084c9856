#include "sqlfixture.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/sloeventhours.h"
#include "storage/transaction.h"

#include <sqlite3.h>

#include <QFileInfo>
#include <QTemporaryDir>

using namespace sitrep;
using namespace Qt::StringLiterals;

class tst_Database : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void newFileGetsCurrentSchema();
    void reopenKeepsData();
    void workersWriteWithTheConsolesSettings();
    void migrationStepV1FromEmpty();
    void migrationStepV2FromV1Fixture();
    void migrationStepV3FromV2();
    void migrationStepsFromV4();
    void migrationStepV22MovesEachAlertsIncidentToItsLink();
    void migrationStepV23PacksEachHourOfSloEventsIntoOneRow();
    void olderFileIsCopiedAsideBeforeMigrating();
    void refusedFilesAreLeftUntouched_data();
    void refusedFilesAreLeftUntouched();
    void lockedFileIsReported();
    void anOpenerKilledMidOpenHoldsNoOneBack();
    void deferredCheckFindsDamageAndStopsWrites();
    void nestedTransactionsAreSavepoints();
    void verifyNamesWhatIsWrong();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_Database::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_Database::newFileGetsCurrentSchema()
{
    auto database = Database::open(path(u"new/sitrep.sqlite"_s));
    QVERIFY2(database, qPrintable(database.ok() ? QString() : database.error()));
    QVERIFY(database.value()->preMigrationCopy().isEmpty());
    RawConnection raw(path(u"new/sitrep.sqlite"_s));
    QCOMPARE(raw.scalar(u"PRAGMA user_version"_s).toInt(), Migrations::currentVersion);
    QCOMPARE(raw.scalar(u"PRAGMA application_id"_s).toInt(), Migrations::applicationId);
    QCOMPARE(raw.scalar(u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
    QSqlQuery fk(database.value()->connection());
    QVERIFY(fk.exec(u"PRAGMA foreign_keys"_s) && fk.next());
    QCOMPARE(fk.value(0).toInt(), 1);
}

void tst_Database::reopenKeepsData()
{
    const QString file = path(u"sitrep.sqlite"_s);
    {
        auto database = Database::open(file);
        QVERIFY(database);
        QSqlQuery insert(database.value()->connection());
        QVERIFY(insert.exec(u"INSERT INTO incidents (title, severity, status, detection, "
                            "started_at, detected_at) VALUES ('kept', 1, 'investigating', "
                            "'manual', 0, 0)"_s));
    }
    auto again = Database::open(file);
    QVERIFY(again);
    QSqlQuery query(again.value()->connection());
    QVERIFY(query.exec(u"SELECT title FROM incidents"_s) && query.next());
    QCOMPARE(query.value(0).toString(), u"kept"_s);
}

// A worker's writes are as durable as the console's and no slower: foreign keys enforced,
// commits not flushed (WAL with synchronous NORMAL; FULL held the lock for a flush per slice),
// statement journals in memory.
void tst_Database::workersWriteWithTheConsolesSettings()
{
    const QString file = path(u"sitrep.sqlite"_s);
    auto console = Database::open(file);
    QVERIFY(console);
    auto worker = Database::openWriter(file);
    QVERIFY(worker);
    const auto setting = [](const Database &database, const QString &pragma) {
        QSqlQuery query(database.connection());
        return query.exec(u"PRAGMA "_s + pragma) && query.next() ? query.value(0).toInt() : -1;
    };
    for (const Database *database : {console.value().get(), worker.value().get()}) {
        QCOMPARE(setting(*database, u"foreign_keys"_s), 1);
        QCOMPARE(setting(*database, u"synchronous"_s), 1); // NORMAL
        QCOMPARE(setting(*database, u"temp_store"_s), 2);  // MEMORY
    }
    // SQLite's memory statistics stay off in the process. While on, every allocation of every
    // connection takes one mutex: a worker's allocation that stalled for 250 ms while opening
    // a connection held the console's note up as long. Off, SQLite counts nothing.
    QSqlQuery insert(worker.value()->connection());
    QVERIFY(insert.exec(u"INSERT INTO incidents (title, severity, status, detection, "
                        "started_at, detected_at) VALUES ('counted?', 1, 'investigating', "
                        "'manual', 0, 0)"_s));
    QCOMPARE(sqlite3_memory_used(), 0);
    int allocations = -1;
    int highest = -1;
    QCOMPARE(sqlite3_status(SQLITE_STATUS_MALLOC_COUNT, &allocations, &highest, 0), SQLITE_OK);
    QCOMPARE(allocations, 0);
}

void tst_Database::migrationStepV1FromEmpty()
{
    RawConnection raw(path(u"step1.sqlite"_s));
    QVERIFY(Migrations::migrate(raw.database(), 0, 1));
    QCOMPARE(raw.scalar(u"PRAGMA user_version"_s).toInt(), 1);
    QCOMPARE(raw.scalar(u"SELECT count(*) FROM sqlite_master WHERE name = 'incidents'"_s).toInt(),
             1);
    QCOMPARE(raw.scalar(u"SELECT count(*) FROM sqlite_master WHERE name = 'timeline_events'"_s)
                     .toInt(),
             0);
}

void tst_Database::migrationStepV2FromV1Fixture()
{
    RawConnection raw(path(u"v1.sqlite"_s));
    QVERIFY(raw.execScript(u"" SITREP_SOURCE_DIR "/tests/fixtures/schema-v1.sql"_s));
    QCOMPARE(raw.scalar(u"PRAGMA user_version"_s).toInt(), 1);

    QVERIFY(Migrations::migrate(raw.database(), 1, 2));
    QCOMPARE(raw.scalar(u"PRAGMA user_version"_s).toInt(), 2);
    // Both incidents got their declaration; the resolved one also its resolution.
    QCOMPARE(raw.scalar(u"SELECT count(*) FROM timeline_events WHERE kind = 'declared'"_s).toInt(),
             2);
    QCOMPARE(raw.scalar(u"SELECT text FROM timeline_events WHERE kind = 'resolved'"_s).toString(),
             u"Raised pool from 100 to 300"_s);
    QCOMPARE(raw.scalar(u"SELECT at FROM timeline_events WHERE incident_id = 2"_s).toLongLong(),
             1705400600000);
}

void tst_Database::migrationStepV3FromV2()
{
    RawConnection raw(path(u"v2.sqlite"_s));
    QVERIFY(raw.execScript(u"" SITREP_SOURCE_DIR "/tests/fixtures/schema-v1.sql"_s));
    QVERIFY(Migrations::migrate(raw.database(), 1, 2));
    QVERIFY(Migrations::migrate(raw.database(), 2, 3));
    QCOMPARE(raw.scalar(u"PRAGMA user_version"_s).toInt(), 3);
    // Every entry before v3 was captured by Sitrep; declarations and resolutions are key events.
    QCOMPARE(raw.scalar(u"SELECT count(*) FROM timeline_events WHERE automatic = 0"_s).toInt(), 0);
    QCOMPARE(raw.scalar(u"SELECT count(*) FROM timeline_events WHERE key_event = 1"_s).toInt(), 3);
    QCOMPARE(raw.scalar(u"SELECT count(*) FROM timeline_events WHERE deleted_at IS NOT NULL"_s)
                     .toInt(),
             0);
    QCOMPARE(raw.scalar(u"SELECT scribe || communications_lead FROM incidents WHERE id = 1"_s)
                     .toString(),
             QString());
    QVERIFY(raw.exec(
            u"INSERT INTO checklist_ticks (incident_id, item_key, at) VALUES (1, 'ack', 0)"_s));
    QVERIFY(raw.exec(
            u"INSERT INTO timeline_revisions (event_id, edited_at, at, kind) SELECT id, 0, "
            "at, kind FROM timeline_events LIMIT 1"_s));
}

void tst_Database::migrationStepsFromV4()
{
    RawConnection raw(path(u"v4.sqlite"_s));
    QVERIFY(raw.execScript(u"" SITREP_SOURCE_DIR "/tests/fixtures/schema-v1.sql"_s));
    QVERIFY(Migrations::migrate(raw.database(), 1, 4));
    QVERIFY(Migrations::migrate(raw.database(), 4, 5));
    QCOMPARE(raw.scalar(u"PRAGMA user_version"_s).toInt(), 5);
    // Detections and resolution checks start empty and hang off existing incidents.
    QCOMPARE(raw.scalar(u"SELECT count(*) FROM detections"_s).toInt(), 0);
    QVERIFY(raw.exec(u"INSERT INTO detections (rule, incident_id, fired_at, value) VALUES"
                     " ('high-error-rate', 1, 0, 0.2)"_s));
    QVERIFY(raw.exec(u"INSERT INTO resolution_checks (incident_id, checked_at) VALUES (1, 0)"_s));
    QCOMPARE(raw.scalar(u"SELECT checks FROM resolution_checks"_s).toString(), u"[]"_s);
    QCOMPARE(raw.scalar(u"SELECT count(*) FROM incidents"_s).toInt(), 2);

    // v6 and v7: channels, the outbox, Slack threads and incident channels start empty.
    QVERIFY(Migrations::migrate(raw.database(), 5, 7));
    QCOMPARE(raw.scalar(u"PRAGMA user_version"_s).toInt(), 7);
    for (const QString &table :
         {u"channels"_s, u"outbox"_s, u"channel_threads"_s, u"incident_rooms"_s})
        QCOMPARE(raw.scalar(u"SELECT count(*) FROM "_s + table).toInt(), 0);
    QVERIFY(raw.exec(u"INSERT INTO outbox (key, channel, incident_id, kind, text, payload,"
                     " created_at, next_attempt_at) VALUES ('k', 'c', 1, 'update', 't', '{}', 0,"
                     " 0)"_s));
    QCOMPARE(raw.scalar(u"SELECT state FROM outbox"_s).toString(), u"pending"_s);

    // v8: SLOs and their cached events start empty.
    QVERIFY(Migrations::migrate(raw.database(), 7, 8));
    QCOMPARE(raw.scalar(u"PRAGMA user_version"_s).toInt(), 8);
    QVERIFY(raw.exec(u"INSERT INTO slos (name, service, kind, target, window_seconds) VALUES"
                     " ('a', 'payments', 'availability', 0.999, 2592000)"_s));
    QVERIFY(raw.exec(u"INSERT INTO slo_events (slo, at_ms, bad, total) VALUES ('a', 60000, NULL,"
                     " 10)"_s));
    QCOMPARE(raw.scalar(u"SELECT good_query FROM slos"_s).toString(), u""_s);

    // v9: postmortems and their action items hang off existing incidents.
    QVERIFY(Migrations::migrate(raw.database(), 8, 9));
    QVERIFY(raw.exec(u"INSERT INTO postmortems (incident_id, status, document, updated_at)"
                     " VALUES (1, 'Draft', '{}', 0)"_s));
    QVERIFY(raw.exec(u"INSERT INTO action_items (incident_id, position, action, status)"
                     " VALUES (1, 0, 'Fix it', 'Planned')"_s));
    QCOMPARE(raw.scalar(u"SELECT owner FROM action_items"_s).toString(), u""_s);

    // v10: on-call schedules and what their calendars published.
    QVERIFY(Migrations::migrate(raw.database(), 9, 10));
    QVERIFY(raw.exec(u"INSERT INTO oncall_schedules (name, document, updated_at)"
                     " VALUES ('platform', 'name: platform', 0)"_s));
    QVERIFY(raw.exec(u"INSERT INTO oncall_published (uid, calendar, start_ms, end_ms, summary,"
                     " description, sequence, cancelled) VALUES ('u', 'platform', 0, 1, 's', 'd',"
                     " 0, 0)"_s));
    QVERIFY(!raw.exec(u"INSERT INTO oncall_published (uid, calendar, start_ms, end_ms, summary,"
                      " description, sequence, cancelled) VALUES ('u', 'platform', 0, 1, 's', 'd',"
                      " 0, 0)"_s));

    // v11: escalations of existing incidents and their pages.
    QVERIFY(Migrations::migrate(raw.database(), 10, 11));
    QVERIFY(raw.exec(u"INSERT INTO escalations (incident_id, schedule, policy, started_at, state)"
                     " VALUES (1, 'platform', '{}', 0, 'running')"_s));
    QVERIFY(raw.exec(u"INSERT INTO escalation_pages (incident_id, step, level, round, target,"
                     " person, paged_at) VALUES (1, 0, 1, 0, 'primary', 'alice', 0)"_s));
    QCOMPARE(raw.scalar(u"SELECT ended_by FROM escalations"_s).toString(), u""_s);

    // v12: handoff checklists and notes.
    QVERIFY(Migrations::migrate(raw.database(), 11, 12));
    QVERIFY(raw.exec(
            u"INSERT INTO handoff_ticks VALUES ('platform', 0, 'alice', 'before', 0, 1)"_s));
    QVERIFY(raw.exec(u"INSERT INTO handoff_notes VALUES ('platform', 0, 'bob', 'watch db', 1)"_s));

    // v13: the review leads, seeded with the default.
    QVERIFY(Migrations::migrate(raw.database(), 12, 13));
    QCOMPARE(raw.scalar(u"SELECT lead FROM review_leads"_s).toString(),
             u"engineering-leads@example.com"_s);

    // v14: the title beside the document, taken from it.
    QVERIFY(raw.exec(u"UPDATE postmortems SET document = '{\"title\": \"Checkout down\"}'"_s));
    QVERIFY(Migrations::migrate(raw.database(), 13, 14));
    QCOMPARE(raw.scalar(u"SELECT title FROM postmortems"_s).toString(), u"Checkout down"_s);

    // v15: team mode's queue, log and state, empty; the solo history stays as it was.
    const int incidents = raw.scalar(u"SELECT count(*) FROM incidents"_s).toInt();
    QVERIFY(Migrations::migrate(raw.database(), 14, 15));
    QCOMPARE(raw.scalar(u"SELECT count(*) FROM team_queue"_s).toInt(), 0);
    QCOMPARE(raw.scalar(u"SELECT count(*) FROM team_log"_s).toInt(), 0);
    QCOMPARE(raw.scalar(u"SELECT count(*) FROM team_state"_s).toInt(), 0);
    QCOMPARE(raw.scalar(u"SELECT count(*) FROM incidents"_s).toInt(), incidents);
}

void tst_Database::migrationStepV22MovesEachAlertsIncidentToItsLink()
{
    RawConnection raw(path(u"v21.sqlite"_s));
    QVERIFY(raw.execScript(u"" SITREP_SOURCE_DIR "/tests/fixtures/schema-v1.sql"_s));
    QVERIFY(Migrations::migrate(raw.database(), 1, 21));
    const QString insert = u"INSERT INTO alerts (fingerprint, group_key, labels, annotations,"
                           " starts_at, state, endpoint, incident_id, first_seen)"
                           " VALUES ('%1', 'g', '{}', '{}', 0, 'active', 'am', %2, 0)"_s;
    QVERIFY(raw.exec(insert.arg(u"attached"_s, u"1"_s)));
    QVERIFY(raw.exec(insert.arg(u"loose"_s, u"NULL"_s)));
    const int attachedRow = raw.scalar(u"SELECT rowid FROM alerts"
                                       " WHERE fingerprint = 'attached'"_s)
                                    .toInt();

    QVERIFY(Migrations::migrate(raw.database(), 21, 22));
    // Each alert keeps its number, and only the attached one has a link.
    QCOMPARE(raw.scalar(u"SELECT id FROM alerts WHERE fingerprint = 'attached'"_s).toInt(),
             attachedRow);
    QCOMPARE(raw.scalar(u"SELECT count(*) FROM alert_incidents"_s).toInt(), 1);
    QCOMPARE(raw.scalar(u"SELECT incident_id FROM alert_incidents WHERE alert_id = %1"_s.arg(
                                attachedRow))
                     .toInt(),
             1);
    // Writes to the alerts and their links are counted, whoever makes them.
    QCOMPARE(raw.scalar(u"SELECT count FROM alert_writes"_s).toInt(), 0);
    QVERIFY(raw.exec(u"UPDATE alerts SET state = 'suppressed' WHERE fingerprint = 'loose'"_s));
    QVERIFY(raw.exec(u"DELETE FROM alert_incidents"_s));
    QCOMPARE(raw.scalar(u"SELECT count FROM alert_writes"_s).toInt(), 2);
}

void tst_Database::migrationStepV23PacksEachHourOfSloEventsIntoOneRow()
{
    RawConnection raw(path(u"v22.sqlite"_s));
    QVERIFY(raw.execScript(u"" SITREP_SOURCE_DIR "/tests/fixtures/schema-v1.sql"_s));
    QVERIFY(Migrations::migrate(raw.database(), 1, 22));
    for (const QString &slo : {u"a"_s, u"b"_s})
        QVERIFY(raw.exec(u"INSERT INTO slos (name, service, kind, target, window_seconds) VALUES"
                         " ('%1', 'payments', 'availability', 0.999, 2592000)"_s.arg(slo)));
    QVERIFY(raw.exec(u"INSERT INTO slo_events (slo, at_ms, bad, total) VALUES"
                     " ('a', 60000, NULL, 10), ('a', 3600000, 1, 10), ('a', 3660000, 2, 20),"
                     " ('b', 120000, 0, 5)"_s));

    QVERIFY(Migrations::migrate(raw.database(), 22, 23));
    QVERIFY(!raw.exec(u"SELECT count(*) FROM slo_events"_s));
    const auto hour = [&raw](const QString &slo, qint64 hourMs) {
        QList<SloEvent> events;
        const QByteArray bytes = raw.scalar(u"SELECT events FROM slo_event_hours"
                                            " WHERE slo = '%1' AND hour_ms = %2"_s.arg(slo)
                                                    .arg(hourMs))
                                         .toByteArray();
        if (!SloEventHours::unpack(bytes, std::numeric_limits<qint64>::min(),
                                   std::numeric_limits<qint64>::max(), events))
            qWarning("damaged hour");
        return events;
    };
    QCOMPARE(raw.scalar(u"SELECT count(*) FROM slo_event_hours"_s).toInt(), 3);
    // Each event in the hour it starts in; the unknown step stays unknown.
    const QList<SloEvent> first = hour(u"a"_s, 0);
    QCOMPARE(first.size(), 1);
    QCOMPARE(first.at(0).atMs, 60'000);
    QVERIFY(!first.at(0).known());
    QCOMPARE(hour(u"a"_s, 3'600'000), (QList<SloEvent> {{3'600'000, 1, 10}, {3'660'000, 2, 20}}));
    QCOMPARE(hour(u"b"_s, 0), (QList<SloEvent> {{120'000, 0, 5}}));
    // They still go with their SLO.
    QVERIFY(raw.exec(u"PRAGMA foreign_keys = ON"_s));
    QVERIFY(raw.exec(u"DELETE FROM slos WHERE name = 'a'"_s));
    QCOMPARE(raw.scalar(u"SELECT count(*) FROM slo_event_hours"_s).toInt(), 1);
}

void tst_Database::olderFileIsCopiedAsideBeforeMigrating()
{
    const QString file = path(u"old.sqlite"_s);
    {
        RawConnection raw(file);
        QVERIFY(raw.execScript(u"" SITREP_SOURCE_DIR "/tests/fixtures/schema-v1.sql"_s));
    }
    const QByteArray before = fileBytes(file);
    auto database = Database::open(file);
    QVERIFY2(database, qPrintable(database.ok() ? QString() : database.error()));
    const QString copy = database.value()->preMigrationCopy();
    QVERIFY(QFileInfo::exists(copy));
    QVERIFY(copy.contains(u"schema-v1"_s));
    RawConnection copied(copy);
    QCOMPARE(copied.scalar(u"PRAGMA user_version"_s).toInt(), 1);
    QCOMPARE(copied.scalar(u"SELECT count(*) FROM incidents"_s).toInt(), 2);
    QVERIFY(!before.isEmpty());
}

void tst_Database::refusedFilesAreLeftUntouched_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("not a database") << u"text"_s << u"damaged or is not a database"_s;
    QTest::newRow("damaged pages") << u"damaged"_s << u"damaged"_s;
    QTest::newRow("someone else's database") << u"foreign"_s << u"not one of Sitrep's"_s;
    QTest::newRow("newer version") << u"newer"_s << u"newer version of Sitrep"_s;
}

void tst_Database::refusedFilesAreLeftUntouched()
{
    QFETCH(QString, kind);
    QFETCH(QString, message);
    const QString file = path(u"refused.sqlite"_s);
    if (kind == u"text") {
        QFile text(file);
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("these are my notes, not a database\n");
    } else if (kind == u"foreign") {
        RawConnection raw(file);
        QVERIFY(raw.exec(u"CREATE TABLE photos (id INTEGER)"_s));
    } else {
        QVERIFY(Database::open(file));
        QVERIFY(fillWithIncidents(file));
        if (kind == u"newer")
            QVERIFY(RawConnection(file).exec(u"PRAGMA user_version = 99"_s));
    }
    if (kind == u"damaged")
        QVERIFY(damagePages(file));
    const QByteArray before = fileBytes(file);

    auto database = Database::open(file);
    QVERIFY(!database);
    QVERIFY2(database.error().contains(message), qPrintable(database.error()));
    QVERIFY2(database.error().contains(file), "the message names the file");
    QCOMPARE(fileBytes(file), before);
}

// The console opens without the page check and runs it afterwards: the damage must still be
// found, named, and stop every write.
void tst_Database::deferredCheckFindsDamageAndStopsWrites()
{
    const QString file = path(u"deferred.sqlite"_s);
    QVERIFY(Database::open(file));
    QVERIFY(fillWithIncidents(file));
    QVERIFY(Database::checkIntegrity(file));
    QVERIFY(damagePages(file));

    auto database = Database::open(file, IntegrityCheck::Deferred);
    QVERIFY2(database, "the cheap checks pass: the damage is inside the tables");
    const Result<void> verdict = Database::checkIntegrity(file);
    QVERIFY(!verdict);
    QVERIFY2(verdict.error().contains(u"damaged"_s), qPrintable(verdict.error()));
    QVERIFY(verdict.error().contains(file));

    QVERIFY(Transaction(*database.value()).begun());
    database.value()->markDamaged(verdict.error());
    const Result<void> refused = Transaction(*database.value()).begun();
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(u"Nothing can be saved"_s), qPrintable(refused.error()));
    QVERIFY(refused.error().contains(verdict.error()));
}

// A use case run inside another (an ingest declaring incidents) is part of it: its changes
// and its announcements stand or fall with the outer transaction.
void tst_Database::nestedTransactionsAreSavepoints()
{
    auto opened = Database::open(path(u"nested.sqlite"_s));
    QVERIFY(opened);
    Database &database = *opened.value();
    const auto count = [&database] {
        QSqlQuery query(database.connection());
        query.exec(u"SELECT count(*) FROM endpoints"_s);
        query.next();
        return query.value(0).toInt();
    };
    const auto insert = [&database](const QString &name) {
        QSqlQuery query(database.connection());
        return query.exec(u"INSERT INTO endpoints (name, kind, url) VALUES ('%1', 'alertmanager', "
                          "'http://x')"_s.arg(name));
    };
    QStringList announced;
    {
        Transaction outer(database);
        QVERIFY(outer.begun());
        QVERIFY(insert(u"kept"_s));
        {
            Transaction inner(database);
            QVERIFY(inner.begun());
            QVERIFY(insert(u"inner-kept"_s));
            database.afterCommit([&] { announced << u"inner"_s; });
            QVERIFY(inner.commit());
        }
        QVERIFY(announced.isEmpty()); // not yet: the outer change is not saved
        {
            Transaction undone(database);
            QVERIFY(insert(u"rolled-back"_s));
        } // rolled back to its savepoint only
        QVERIFY(outer.commit());
    }
    QCOMPARE(announced, QStringList {u"inner"_s});
    QCOMPARE(count(), 2);
    {
        Transaction outer(database);
        Transaction inner(database);
        QVERIFY(insert(u"lost"_s));
        database.afterCommit([&] { announced << u"never"_s; });
        QVERIFY(inner.commit());
    } // the outer one rolls back: nothing saved, nothing announced
    QCOMPARE(count(), 2);
    database.afterCommit([&] { announced << u"now"_s; });
    QCOMPARE(announced, (QStringList {u"inner"_s, u"now"_s}));
}

// A process killed while it opened the file leaves its lock file behind, possibly empty (the
// crash campaign killed one between making it and writing into it): the next opener must
// open at once, not wait the lock out and be refused meanwhile.
void tst_Database::anOpenerKilledMidOpenHoldsNoOneBack()
{
    const QString file = path(u"killed.sqlite"_s);
    QVERIFY(Database::open(file));
    QFile leftover(file + u".opening"_s);
    QVERIFY(leftover.open(QIODevice::WriteOnly));
    leftover.close();
    auto database = Database::open(file);
    QVERIFY2(database, qPrintable(database.ok() ? QString() : database.error()));
    database.value().reset();
    QVERIFY(!QFile::exists(file + u".opening"_s)); // its holder removes it
}

void tst_Database::lockedFileIsReported()
{
    const QString file = path(u"locked.sqlite"_s);
    QVERIFY(Database::open(file));
    {
        RawConnection other(file);
        QVERIFY(other.exec(u"BEGIN IMMEDIATE"_s));
        QVERIFY(other.exec(u"INSERT INTO incidents (title, severity, status, detection, "
                           "started_at, detected_at) VALUES ('theirs', 1, 'investigating', "
                           "'manual', 0, 0)"_s));
        auto database = Database::open(file);
        QVERIFY(!database);
        QVERIFY2(database.error().contains(u"locked by another program"_s),
                 qPrintable(database.error()));
        QVERIFY(other.exec(u"COMMIT"_s));
    }
    auto database = Database::open(file);
    QVERIFY(database);
}

void tst_Database::verifyNamesWhatIsWrong()
{
    const QString good = path(u"good.sqlite"_s);
    QVERIFY(Database::open(good));
    const Result<int> version = Database::verify(good);
    QVERIFY(version);
    QCOMPARE(version.value(), Migrations::currentVersion);

    QVERIFY(!Database::verify(path(u"missing.sqlite"_s)));
    const QString empty = path(u"empty.sqlite"_s);
    {
        RawConnection raw(empty);
        QVERIFY(raw.exec(u"CREATE TABLE t (x)"_s));
    }
    const Result<int> foreign = Database::verify(empty);
    QVERIFY(!foreign);
    QVERIFY2(foreign.error().contains(u"not one of Sitrep's"_s), qPrintable(foreign.error()));
}

QTEST_GUILESS_MAIN(tst_Database)
#include "tst_database.moc"
