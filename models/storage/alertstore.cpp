#include "alertstore.h"

#include "database.h"
#include "sqlerrors.h"
#include "sqlitehandle.h"
#include "sqlvalues.h"

#include <algorithm>
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
        = "SELECT fingerprint, group_key, labels, annotations, starts_at, ends_at, state,"
          " silenced_by, inhibited_by, generator_url, endpoint, incident_id, first_seen,"
          " resolved_at FROM alerts";

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

} // namespace

AlertStore::AlertStore(Database &database) : m_database(database) { }

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
                  + QStringLiteral(" WHERE incident_id = ? ORDER BY starts_at, fingerprint"));
    query.addBindValue(incidentId);
    if (!query.exec())
        return SqlErrors::describe(tr("Could not read the alerts of incident #%1").arg(incidentId),
                                   query.lastError());
    QList<CachedAlert> alerts;
    while (query.next())
        alerts.append(readAlert(QueryRow(query)));
    return alerts;
}

Result<void> AlertStore::save(const CachedAlert &cached)
{
    if (!m_saveAlert) {
        m_saveAlert.emplace(m_database.connection());
        m_saveAlert->prepare(QStringLiteral(
                "INSERT OR REPLACE INTO alerts (fingerprint, group_key, labels, annotations,"
                " starts_at, ends_at, state, silenced_by, inhibited_by, generator_url, endpoint,"
                " incident_id, first_seen, resolved_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    }
    QSqlQuery &query = *m_saveAlert;
    const Alert &alert = cached.alert;
    query.bindValue(0, alert.fingerprint);
    query.bindValue(1, cached.groupKey);
    query.bindValue(2, AlertJson::labelsToJsonText(alert.labels));
    query.bindValue(3, AlertJson::labelsToJsonText(alert.annotations));
    query.bindValue(4, alert.startsAt.toMSecsSinceEpoch());
    query.bindValue(5, sqlvalues::time(alert.endsAt));
    query.bindValue(6, alertStateKey(alert.state));
    query.bindValue(7, sqlvalues::list(alert.silencedBy));
    query.bindValue(8, sqlvalues::list(alert.inhibitedBy));
    query.bindValue(9, alert.generatorUrl.isNull() ? QStringLiteral("") : alert.generatorUrl);
    query.bindValue(10, cached.endpoint);
    query.bindValue(11, sqlvalues::id(cached.incidentId));
    query.bindValue(12, cached.firstSeen.toMSecsSinceEpoch());
    query.bindValue(13, sqlvalues::time(cached.resolvedAt));
    if (!query.exec())
        return SqlErrors::describe(tr("Could not save alert %1").arg(alert.fingerprint),
                                   query.lastError());
    return {};
}

Result<void> AlertStore::saveAll(const QList<CachedAlert> &alerts)
{
    sqlite3 *handle = sqliteHandle(m_database.connection());
    if (!handle) {
        for (const CachedAlert &alert : alerts) {
            if (auto saved = save(alert); !saved)
                return saved;
        }
        return {};
    }
    static constexpr char sql[]
            = "INSERT OR REPLACE INTO alerts (fingerprint, group_key, labels, annotations,"
              " starts_at, ends_at, state, silenced_by, inhibited_by, generator_url, endpoint,"
              " incident_id, first_seen, resolved_at)"
              " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(handle, sql, int(sizeof sql), &statement, nullptr) != SQLITE_OK)
        return Error {
                tr("Could not save the alerts: %1").arg(QString::fromUtf8(sqlite3_errmsg(handle)))};
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> guard(statement, sqlite3_finalize);
    const auto text = [statement](int column, const QString &value) {
        const QByteArray utf8 = value.toUtf8();
        sqlite3_bind_text(statement, column, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    };
    const auto time = [statement](int column, const QDateTime &value) {
        if (value.isValid())
            sqlite3_bind_int64(statement, column, value.toMSecsSinceEpoch());
        else
            sqlite3_bind_null(statement, column);
    };
    // In key order, so that the rows go into the primary key's pages one after another
    // rather than all over them.
    QList<const CachedAlert *> ordered;
    ordered.reserve(alerts.size());
    for (const CachedAlert &cached : alerts)
        ordered << &cached;
    std::sort(ordered.begin(), ordered.end(), [](const CachedAlert *a, const CachedAlert *b) {
        return a->alert.fingerprint < b->alert.fingerprint;
    });
    const BulkPageCache cache(handle);
    for (const CachedAlert *each : std::as_const(ordered)) {
        const CachedAlert &cached = *each;
        const Alert &alert = cached.alert;
        text(1, alert.fingerprint);
        text(2, cached.groupKey);
        text(3, AlertJson::labelsToJsonText(alert.labels));
        text(4, AlertJson::labelsToJsonText(alert.annotations));
        time(5, alert.startsAt);
        time(6, alert.endsAt);
        text(7, alertStateKey(alert.state));
        text(8, sqlvalues::list(alert.silencedBy));
        text(9, sqlvalues::list(alert.inhibitedBy));
        text(10, alert.generatorUrl);
        text(11, cached.endpoint);
        if (cached.incidentId > 0)
            sqlite3_bind_int64(statement, 12, cached.incidentId);
        else
            sqlite3_bind_null(statement, 12);
        time(13, cached.firstSeen);
        time(14, cached.resolvedAt);
        if (sqlite3_step(statement) != SQLITE_DONE)
            return Error {
                    tr("Could not save alert %1: %2")
                            .arg(alert.fingerprint, QString::fromUtf8(sqlite3_errmsg(handle)))};
        sqlite3_reset(statement);
    }
    return {};
}

Result<void> AlertStore::setIncident(const QStringList &fingerprints, qint64 incidentId)
{
    QSqlQuery query(m_database.connection());
    // The fingerprints travel as one JSON array: a bulk action on ten thousand alerts is one
    // statement, not ten thousand.
    query.prepare(QStringLiteral("UPDATE alerts SET incident_id = ? WHERE fingerprint IN"
                                 " (SELECT value FROM json_each(?))"));
    query.addBindValue(sqlvalues::id(incidentId));
    query.addBindValue(sqlvalues::list(fingerprints));
    const BulkPageCache cache(sqliteHandle(m_database.connection()));
    if (!query.exec())
        return SqlErrors::describe(tr("Could not move %1 alerts").arg(fingerprints.size()),
                                   query.lastError());
    return {};
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
