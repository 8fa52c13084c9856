#include "alertstore.h"

#include "database.h"
#include "sqlerrors.h"
#include "sqlitehandle.h"
#include "sqlvalues.h"

#include <array>
#include <sqlite3.h>

#include <QJsonArray>
#include <QJsonDocument>

namespace sitrep {

namespace {

// Silences and inhibitions, stored as JSON arrays of strings; nearly always empty.
QStringList listFrom(const QByteArray &json)
{
    QStringList list;
    if (json.isEmpty() || json == "[]")
        return list;
    for (const QJsonValue &item : QJsonDocument::fromJson(json).array())
        list << item.toString();
    return list;
}

constexpr char selectAlerts[]
        = "SELECT a.fingerprint, a.group_key, a.labels, a.annotations, a.starts_at, a.ends_at,"
          " a.state, a.silenced_by, a.inhibited_by, a.generator_url, a.endpoint, l.incident_id,"
          " a.first_seen, a.resolved_at"
          " FROM alerts a LEFT JOIN alert_incidents l ON l.alert_id = a.id";

// A row through the Qt driver (single incidents' alerts, and non-SQLite drivers).
class QueryRow
{
public:
    explicit QueryRow(const QSqlQuery &query) : m_query(query) { }
    QString text(int column) const { return m_query.value(column).toString(); }
    QByteArray bytes(int column) const { return m_query.value(column).toByteArray(); }
    qint64 integer(int column) const { return m_query.value(column).toLongLong(); }
    QDateTime time(int column) const { return sqlvalues::timeAt(m_query, column); }

private:
    const QSqlQuery &m_query;
};

// A row straight from SQLite: reading a storm's 100,000 alerts back through QVariants cost
// more than SQLite did.
class StatementRow
{
public:
    explicit StatementRow(sqlite3_stmt *statement) : m_statement(statement) { }
    QString text(int column) const { return QString::fromUtf8(sqliteText(m_statement, column)); }
    QByteArray bytes(int column) const { return sqliteText(m_statement, column).toByteArray(); }
    qint64 integer(int column) const { return sqlite3_column_int64(m_statement, column); }
    QDateTime time(int column) const
    {
        return sqlite3_column_type(m_statement, column) == SQLITE_NULL
                ? QDateTime()
                : QDateTime::fromMSecsSinceEpoch(integer(column), Qt::UTC);
    }

private:
    sqlite3_stmt *m_statement;
};

template<typename Row>
CachedAlert readAlert(const Row &row, const QHash<QString, CachedAlert> &known = {})
{
    CachedAlert cached;
    Alert &alert = cached.alert;
    alert.fingerprint = row.text(0);
    cached.groupKey = row.text(1);
    if (const auto held = known.constFind(alert.fingerprint); held != known.cend()) {
        alert.labels = held->alert.labels;
        alert.annotations = held->alert.annotations;
    } else {
        alert.labels = AlertJson::labelsFromJson(row.bytes(2));
        alert.annotations = AlertJson::labelsFromJson(row.bytes(3));
    }
    alert.startsAt = row.time(4);
    alert.endsAt = row.time(5);
    alert.state = parseAlertState(row.text(6)).value_or(Alert::State::Active);
    alert.silencedBy = listFrom(row.bytes(7));
    alert.inhibitedBy = listFrom(row.bytes(8));
    alert.generatorUrl = row.text(9);
    cached.endpoint = row.text(10);
    cached.incidentId = row.integer(11);
    cached.firstSeen = row.time(12);
    cached.resolvedAt = row.time(13);
    return cached;
}

// An ingest's write over the row it read (see saveOver): the last three values say whether the
// row was read open. Plain placeholders, once per use: Qt's driver counts them.
constexpr char saveOverSql[]
        = "INSERT INTO alerts (fingerprint, group_key, labels, annotations, starts_at, ends_at,"
          " state, silenced_by, inhibited_by, generator_url, endpoint, first_seen,"
          " resolved_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
          " ON CONFLICT (fingerprint) DO UPDATE SET labels = excluded.labels,"
          " annotations = excluded.annotations, starts_at = excluded.starts_at,"
          " ends_at = excluded.ends_at, state = excluded.state,"
          " silenced_by = excluded.silenced_by, inhibited_by = excluded.inhibited_by,"
          " generator_url = excluded.generator_url, endpoint = excluded.endpoint,"
          " resolved_at = excluded.resolved_at,"
          " group_key = CASE WHEN ? THEN alerts.group_key ELSE excluded.group_key END,"
          " first_seen = CASE WHEN ? THEN alerts.first_seen ELSE excluded.first_seen END"
          " WHERE (alerts.resolved_at IS NULL) = ?";
// No RETURNING above: SQLite hands its rows back through a table of their own, which cost a
// storm's 100,000 writes about 500 ms (a third more than the write alone). A new row's number
// is SQLite's last insert; an updated row's, which is rare in an ingest, is looked up.
constexpr char numberSql[] = "SELECT id FROM alerts WHERE fingerprint = ?";

// An alert's incident, set (its only write in an attach) …
constexpr char linkSql[] = "INSERT INTO alert_incidents (alert_id, incident_id) VALUES (?, ?)"
                           " ON CONFLICT (alert_id) DO UPDATE SET"
                           " incident_id = excluded.incident_id";
// … or none.
constexpr char unlinkSql[] = "DELETE FROM alert_incidents WHERE alert_id = ?";

// Values bound through the Qt driver (positions from 0) …
class QueryBinder
{
public:
    explicit QueryBinder(QSqlQuery &query) : m_query(query) { }
    void text(int column, const QString &value) const
    {
        m_query.bindValue(column - 1, value.isNull() ? QStringLiteral("") : value);
    }
    void utf8(int column, const QByteArray &value) const { text(column, QString::fromUtf8(value)); }
    void integer(int column, qint64 value) const { m_query.bindValue(column - 1, value); }
    void null(int column) const { m_query.bindValue(column - 1, QVariant()); }

private:
    QSqlQuery &m_query;
};

// … or straight to SQLite (from 1). The texts are kept until the binder goes, which is after
// the step: SQLite reads them where they are instead of copying each (a storm binds a million).
class StatementBinder
{
public:
    explicit StatementBinder(sqlite3_stmt *statement) : m_statement(statement) { }
    ~StatementBinder() { sqlite3_clear_bindings(m_statement); } // no pointer outlives its text
    StatementBinder(const StatementBinder &) = delete;
    StatementBinder &operator=(const StatementBinder &) = delete;

    void text(int column, const QString &value) { utf8(column, value.toUtf8()); }
    void utf8(int column, QByteArray value)
    {
        const QByteArray &kept = m_kept.at(column) = std::move(value);
        sqlite3_bind_text(m_statement, column, kept.constData(), int(kept.size()), SQLITE_STATIC);
    }
    void integer(int column, qint64 value) { sqlite3_bind_int64(m_statement, column, value); }
    void null(int column) { sqlite3_bind_null(m_statement, column); }

private:
    sqlite3_stmt *m_statement;
    std::array<QByteArray, 17> m_kept; // by column, from 1 (an alert has 16)
};

template<typename Binder> void bindAlert(Binder &bind, const CachedAlert &cached, bool readOpen)
{
    const auto time = [&bind](int column, const QDateTime &value) {
        if (value.isValid())
            bind.integer(column, value.toMSecsSinceEpoch());
        else
            bind.null(column);
    };
    const Alert &alert = cached.alert;
    bind.text(1, alert.fingerprint);
    bind.text(2, cached.groupKey);
    bind.utf8(3, AlertJson::labelsToJson(alert.labels));
    bind.utf8(4, AlertJson::labelsToJson(alert.annotations));
    time(5, alert.startsAt);
    time(6, alert.endsAt);
    bind.text(7, alertStateKey(alert.state));
    bind.text(8, sqlvalues::list(alert.silencedBy));
    bind.text(9, sqlvalues::list(alert.inhibitedBy));
    bind.text(10, alert.generatorUrl);
    bind.text(11, cached.endpoint);
    time(12, cached.firstSeen);
    time(13, cached.resolvedAt);
    for (int column = 14; column <= 16; ++column)
        bind.integer(column, readOpen ? 1 : 0);
}

// The link of alert number `alertId` to its incident, or its removal (see linkSql).
template<typename Binder> void bindLink(Binder &bind, qint64 alertId, const CachedAlert &cached)
{
    bind.integer(1, alertId);
    if (cached.incidentId > 0)
        bind.integer(2, cached.incidentId);
}

} // namespace

// The store's prepared write, kept across the slices of an ingest.
struct SqliteStatement
{
    explicit SqliteStatement(sqlite3_stmt *prepared) : statement(prepared) { }
    ~SqliteStatement() { sqlite3_finalize(statement); }
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;
    sqlite3_stmt *statement;
};

AlertStore::AlertStore(Database &database) : m_database(database) { }

AlertStore::~AlertStore() = default;

AlertStore::Statement::Statement() = default;

AlertStore::Statement::~Statement() = default;

Result<QHash<QString, CachedAlert>> AlertStore::all()
{
    return all({});
}

Result<QHash<QString, CachedAlert>> AlertStore::all(const QHash<QString, CachedAlert> &known)
{
    QHash<QString, CachedAlert> alerts;
    alerts.reserve(known.size());
    const auto keep = [&alerts](CachedAlert alert) {
        alerts.insert(alert.alert.fingerprint, std::move(alert));
    };
    if (sqlite3 *handle = sqliteHandle(m_database.connection())) {
        const QString problem = forEachSqliteRow(
                handle, selectAlerts, [](sqlite3_stmt *) {},
                [&](sqlite3_stmt *statement) { keep(readAlert(StatementRow(statement), known)); });
        if (!problem.isEmpty())
            return Error {tr("Could not read the cached alerts: %1").arg(problem)};
        return alerts;
    }
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QString::fromUtf8(selectAlerts)))
        return SqlErrors::describe(tr("Could not read the cached alerts"), query.lastError());
    while (query.next())
        keep(readAlert(QueryRow(query), known));
    return alerts;
}

Result<QList<CachedAlert>> AlertStore::forIncident(qint64 incidentId)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QString::fromUtf8(selectAlerts)
                  + QStringLiteral(" WHERE l.incident_id = ? ORDER BY a.starts_at, a.fingerprint"));
    query.addBindValue(incidentId);
    if (!query.exec())
        return SqlErrors::describe(tr("Could not read the alerts of incident #%1").arg(incidentId),
                                   query.lastError());
    QList<CachedAlert> alerts;
    while (query.next())
        alerts.append(readAlert(QueryRow(query)));
    return alerts;
}

Result<int> AlertStore::saveOver(const CachedAlert &cached, bool readOpen)
{
    const Result<Written> saved = write(m_save, saveOverSql, cached,
                                        [&](auto &binder) { bindAlert(binder, cached, readOpen); });
    if (!saved)
        return Error {saved.error()};
    // A row read open keeps its incident; one written afresh takes the ingest's.
    if (saved.value().changes == 0 || readOpen)
        return saved.value().changes;
    const Result<qint64> alertId
            = saved.value().inserted ? *saved.value().inserted : numberOf(cached);
    if (!alertId)
        return Error {alertId.error()};
    const bool linked = cached.incidentId > 0;
    const Result<Written> link
            = write(linked ? m_link : m_unlink, linked ? linkSql : unlinkSql, cached,
                    [&](auto &binder) { bindLink(binder, alertId.value(), cached); });
    if (!link)
        return Error {link.error()};
    return 1 + link.value().changes;
}

template<typename Bind>
Result<AlertStore::Written> AlertStore::write(Statement &statement, const char *sql,
                                              const CachedAlert &cached, Bind bind)
{
    const auto failed = [&](const QString &why) {
        return Error {tr("Could not save alert %1: %2").arg(cached.alert.fingerprint, why)};
    };
    Written written;
    if (sqlite3 *handle = sqliteHandle(m_database.connection())) {
        if (!statement.direct) {
            sqlite3_stmt *prepared = nullptr;
            if (sqlite3_prepare_v3(handle, sql, -1, SQLITE_PREPARE_PERSISTENT, &prepared, nullptr)
                != SQLITE_OK)
                return failed(QString::fromUtf8(sqlite3_errmsg(handle)));
            statement.direct = std::make_unique<SqliteStatement>(prepared);
        }
        sqlite3_stmt *prepared = statement.direct->statement;
        StatementBinder binder(prepared);
        bind(binder);
        // Row numbers start at 1, so a zero left after the step means nothing was inserted.
        sqlite3_set_last_insert_rowid(handle, 0);
        int stepped = SQLITE_ROW;
        while ((stepped = sqlite3_step(prepared)) == SQLITE_ROW)
            written.returned = sqlite3_column_int64(prepared, 0);
        written.changes = sqlite3_changes(handle);
        if (const sqlite3_int64 inserted = sqlite3_last_insert_rowid(handle); inserted != 0)
            written.inserted = inserted;
        sqlite3_reset(prepared);
        if (stepped != SQLITE_DONE)
            return failed(QString::fromUtf8(sqlite3_errmsg(handle)));
        return written;
    }
    if (!statement.query) {
        statement.query.emplace(m_database.connection());
        statement.query->prepare(QString::fromUtf8(sql));
    }
    QSqlQuery &query = *statement.query;
    QueryBinder binder(query);
    bind(binder);
    if (!query.exec())
        return SqlErrors::describe(tr("Could not save alert %1").arg(cached.alert.fingerprint),
                                   query.lastError());
    while (query.next())
        written.returned = query.value(0).toLongLong();
    written.changes = query.numRowsAffected();
    return written;
}

Result<qint64> AlertStore::numberOf(const CachedAlert &cached)
{
    const Result<Written> found = write(m_number, numberSql, cached, [&](auto &binder) {
        binder.text(1, cached.alert.fingerprint);
    });
    if (!found)
        return Error {found.error()};
    if (!found.value().returned)
        return Error {tr("Could not save alert %1: its row is gone").arg(cached.alert.fingerprint)};
    return *found.value().returned;
}

Result<qint64> AlertStore::setIncident(const QStringList &fingerprints, qint64 incidentId)
{
    QSqlQuery query(m_database.connection());
    // The fingerprints travel as one JSON array: a bulk action on ten thousand alerts is one
    // statement, not ten thousand. Only alerts in the table are linked.
    if (incidentId > 0) {
        query.prepare(QStringLiteral(
                "INSERT INTO alert_incidents (alert_id, incident_id) SELECT id, ?"
                " FROM alerts WHERE fingerprint IN (SELECT value FROM json_each(?))"
                " ON CONFLICT (alert_id) DO UPDATE SET incident_id = excluded.incident_id"));
        query.addBindValue(incidentId);
    } else {
        query.prepare(QStringLiteral(
                "DELETE FROM alert_incidents WHERE alert_id IN"
                " (SELECT id FROM alerts WHERE fingerprint IN (SELECT value FROM json_each(?)))"));
    }
    query.addBindValue(sqlvalues::list(fingerprints));
    const PageCacheSize cache(sqliteHandle(m_database.connection()), PageCacheSize::bulkWrite);
    if (!query.exec())
        return SqlErrors::describe(tr("Could not move %1 alerts").arg(fingerprints.size()),
                                   query.lastError());
    return qint64(query.numRowsAffected());
}

Result<qint64> AlertStore::writeCount()
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT count FROM alert_writes")))
        return SqlErrors::describe(tr("Could not read how often the alerts were written"),
                                   query.lastError());
    if (!query.next())
        return Error {tr("The database has lost its count of the alerts' writes.")};
    return query.value(0).toLongLong();
}

Result<std::optional<AlertGroup>> AlertStore::group(const QString &key)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT labels, incident_id, created_at FROM alert_groups"
                                 " WHERE group_key = ?"));
    query.addBindValue(key);
    if (!query.exec())
        return SqlErrors::describe(tr("Could not read alert group %1").arg(key), query.lastError());
    if (!query.next())
        return std::optional<AlertGroup>();
    return std::optional<AlertGroup>(
            AlertGroup {key, AlertJson::labelsFromJson(query.value(0).toByteArray()),
                        query.value(1).toLongLong(), sqlvalues::timeAt(query, 2)});
}

Result<QHash<QString, AlertGroup>> AlertStore::groups()
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral(
                "SELECT group_key, labels, incident_id, created_at FROM alert_groups")))
        return SqlErrors::describe(tr("Could not read the alert groups"), query.lastError());
    QHash<QString, AlertGroup> groups;
    while (query.next()) {
        const QString key = query.value(0).toString();
        groups.insert(key,
                      AlertGroup {key, AlertJson::labelsFromJson(query.value(1).toByteArray()),
                                  query.value(2).toLongLong(), sqlvalues::timeAt(query, 3)});
    }
    return groups;
}

Result<void> AlertStore::saveGroup(const AlertGroup &group)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO alert_groups (group_key, labels,"
                                 " incident_id, created_at) VALUES (?, ?, ?, ?)"));
    query.addBindValue(group.key);
    query.addBindValue(QString::fromUtf8(AlertJson::labelsToJson(group.labels)));
    query.addBindValue(sqlvalues::id(group.incidentId));
    query.addBindValue(group.createdAt.toMSecsSinceEpoch());
    if (!query.exec())
        return SqlErrors::describe(tr("Could not save alert group %1").arg(group.key),
                                   query.lastError());
    return {};
}

Result<QList<Silence>> AlertStore::silences()
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT id, endpoint, matchers, starts_at, ends_at, created_by,"
                                   " comment, state FROM silences ORDER BY starts_at")))
        return SqlErrors::describe(tr("Could not read the silences"), query.lastError());
    QList<Silence> silences;
    while (query.next())
        silences.append({query.value(0).toString(), query.value(1).toString(),
                         AlertJson::labelsFromJson(query.value(2).toByteArray()),
                         sqlvalues::timeAt(query, 3), sqlvalues::timeAt(query, 4),
                         query.value(5).toString(), query.value(6).toString(),
                         query.value(7).toString()});
    return silences;
}

Result<void> AlertStore::saveSilence(const Silence &silence)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO silences (id, endpoint, matchers,"
                                 " starts_at, ends_at, created_by, comment, state)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(silence.id);
    query.addBindValue(silence.endpoint);
    query.addBindValue(QString::fromUtf8(AlertJson::labelsToJson(silence.matchers)));
    query.addBindValue(silence.startsAt.toMSecsSinceEpoch());
    query.addBindValue(silence.endsAt.toMSecsSinceEpoch());
    query.addBindValue(silence.createdBy);
    query.addBindValue(silence.comment);
    query.addBindValue(silence.state);
    if (!query.exec())
        return SqlErrors::describe(tr("Could not save silence %1").arg(silence.id),
                                   query.lastError());
    return {};
}

} // namespace sitrep
