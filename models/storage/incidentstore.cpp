#include "incidentstore.h"

#include "database.h"
#include "domain/uuidv7.h"
#include "sqlerrors.h"
#include "sqlitehandle.h"
#include "sqlvalues.h"

#include <functional>
#include <sqlite3.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDriver>
#include <QSqlQuery>

namespace sitrep {

namespace {

// In team mode, until the server has numbered the incident (Incident::provisional).
constexpr auto unnumberedInTeam = "team_number IS NULL AND EXISTS (SELECT 1 FROM team_state"
                                  " WHERE key = 'team' AND value <> '')";

// The columns readBoardIncident() reads, with `uid` read as the uid.
QString boardColumns(const QString &uid)
{
    return QStringLiteral("SELECT id, title, severity, status, services, commander, detection,"
                          " started_at, resolved_at, last_update_at, %1, team_number, %2")
            .arg(uid, QLatin1String(unnumberedInTeam));
}

// The board reads a uid only where it names the incident (#P-3f2a): otherwise it costs a
// conversion per row for nothing the board shows.
QString selectBoard()
{
    return boardColumns(
                   QStringLiteral("CASE WHEN %1 THEN uid END").arg(QLatin1String(unnumberedInTeam)))
            + QStringLiteral(" FROM incidents");
}

// What readIncident() reads: the board's columns first, then the rest.
QString selectAll()
{
    return boardColumns(QStringLiteral("uid"))
            + QStringLiteral(", detected_at, responders, impact, affected_users,"
                             " revenue_impact_per_hour, acknowledged_at, root_cause, resolution,"
                             " scribe, communications_lead FROM incidents");
}

// What readMetricsIncident() reads.
constexpr auto selectMetricsColumns
        = "SELECT id, severity, status, services, detection, started_at, detected_at,"
          " acknowledged_at, resolved_at, root_cause FROM incidents";

// Lists are stored as JSON arrays of strings. Service and person names rarely need escaping,
// so plain ones are split directly and only escaped ones go through the JSON parser.
QStringList readList(const QByteArray &json)
{
    QStringList list;
    if (json.contains('\\')) {
        for (const QJsonValue &item : QJsonDocument::fromJson(json).array())
            list << item.toString();
        return list;
    }
    qsizetype open = json.indexOf('"');
    while (open >= 0) {
        const qsizetype close = json.indexOf('"', open + 1);
        if (close < 0)
            break;
        list << QString::fromUtf8(json.constData() + open + 1, close - open - 1);
        open = json.indexOf('"', close + 1);
    }
    return list;
}

// Reads a row through the Qt driver (single rows and non-SQLite drivers).
class QueryRow
{
public:
    explicit QueryRow(const QSqlQuery &query) : m_query(query) { }
    qint64 integer(int column) const { return m_query.value(column).toLongLong(); }
    double real(int column) const { return m_query.value(column).toDouble(); }
    bool isNull(int column) const { return m_query.isNull(column); }
    QString text(int column) const { return m_query.value(column).toString(); }
    QString name(int column) const { return text(column); }
    QStringList names(int column) const
    {
        return readList(m_query.value(column).toString().toUtf8());
    }

private:
    const QSqlQuery &m_query;
};

// People and services recur in almost every incident: each distinct name (or list of names)
// is decoded once per load and then shared, which saves an allocation per row and most of the
// memory a large history would spend on copies of the same few names.
struct NamePool
{
    // Keyed by the stored UTF-8; lookups use raw views of SQLite's buffer, so no copy is made
    // unless the name is new.
    QHash<QByteArray, QString> names;
    QHash<QByteArray, QStringList> lists;
};

// Reads a row straight from SQLite, without a QVariant per value: the whole history loads at
// several times the speed of QSqlQuery.
class StatementRow
{
public:
    StatementRow(sqlite3_stmt *statement, NamePool &pool) : m_statement(statement), m_pool(pool) { }
    qint64 integer(int column) const { return sqlite3_column_int64(m_statement, column); }
    double real(int column) const { return sqlite3_column_double(m_statement, column); }
    bool isNull(int column) const
    {
        return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
    }
    QString text(int column) const
    {
        // UTF-8 as stored: SQLite's own UTF-16 conversion costs more than Qt's decoder.
        const QByteArrayView raw = rawText(column);
        return raw.data() ? QString::fromUtf8(raw) : QString();
    }
    QString name(int column) const { return pooled(m_pool.names, column, &StatementRow::text); }
    QStringList names(int column) const
    {
        return pooled(m_pool.lists, column, [](const StatementRow &row, int column) {
            return readList(row.rawText(column).toByteArray());
        });
    }

private:
    QByteArrayView rawText(int column) const { return sqliteText(m_statement, column); }
    template<typename Value, typename Decode>
    Value pooled(QHash<QByteArray, Value> &pool, int column, Decode decode) const
    {
        const QByteArrayView raw = rawText(column);
        const QByteArray key = QByteArray::fromRawData(raw.data(), raw.size());
        if (const auto found = pool.constFind(key); found != pool.cend())
            return found.value();
        const Value value = std::invoke(decode, *this, column);
        pool.insert(raw.toByteArray(), value);
        return value;
    }

    sqlite3_stmt *m_statement;
    NamePool &m_pool;
};

template<typename Row> QDateTime readTime(const Row &row, int column)
{
    return row.isNull(column) ? QDateTime()
                              : QDateTime::fromMSecsSinceEpoch(row.integer(column), Qt::UTC);
}

template<typename Row> BoardIncident readBoardIncident(const Row &row)
{
    BoardIncident incident;
    incident.id = row.integer(0);
    incident.title = row.text(1);
    incident.severity = static_cast<Severity>(std::clamp<qint64>(row.integer(2), 1, 4));
    // Statuses and detection sources are a handful of words: read through the name pool, they
    // cost no allocation per row.
    incident.status = parseStatus(row.name(3)).value_or(IncidentStatus::Investigating);
    incident.services = row.names(4);
    incident.commander = row.name(5);
    incident.detection = parseDetection(row.name(6)).value_or(DetectionSource::Manual);
    incident.startedAt = readTime(row, 7);
    incident.resolvedAt = readTime(row, 8);
    incident.lastUpdateAt = readTime(row, 9);
    if (!row.isNull(10))
        incident.uid = QUuid(row.text(10));
    incident.teamNumber = row.integer(11);
    incident.provisional = row.integer(12) != 0;
    return incident;
}

template<typename Row> Incident readIncident(const Row &row)
{
    Incident incident(readBoardIncident(row));
    incident.detectedAt = readTime(row, 13);
    incident.responders = row.names(14);
    incident.impact = row.text(15);
    incident.affectedUsers = row.integer(16);
    incident.revenueImpactPerHour = row.real(17);
    incident.acknowledgedAt = readTime(row, 18);
    incident.rootCause = row.text(19);
    incident.resolution = row.text(20);
    incident.scribe = row.name(21);
    incident.communicationsLead = row.name(22);
    return incident;
}

template<typename Row> MetricsIncident readMetricsIncident(const Row &row)
{
    MetricsIncident incident;
    incident.id = row.integer(0);
    incident.severity = static_cast<Severity>(std::clamp<qint64>(row.integer(1), 1, 4));
    incident.open = parseStatus(row.name(2)).value_or(IncidentStatus::Investigating)
            != IncidentStatus::Resolved;
    incident.services = row.names(3);
    incident.detection = parseDetection(row.name(4)).value_or(DetectionSource::Manual);
    for (const auto &[column, time] :
         {std::pair {5, &incident.startedMs}, std::pair {6, &incident.detectedMs},
          std::pair {7, &incident.acknowledgedMs}, std::pair {8, &incident.resolvedMs}})
        *time = row.isNull(column) ? -1 : row.integer(column);
    incident.rootCause = row.text(9);
    return incident;
}

// Runs a SELECT with bound values and reads each row with `read`, straight from SQLite where
// that is allowed (sqliteHandle()) and through QSqlQuery otherwise.
template<typename Item, typename Read>
Result<QList<Item>> readWhere(QSqlDatabase connection, const QString &sql,
                              const QList<qint64> &values, Read read)
{
    QList<Item> items;
    if (sqlite3 *handle = sqliteHandle(connection)) {
        NamePool pool;
        const QString problem = forEachSqliteRow(
                handle, sql.toUtf8(),
                [&](sqlite3_stmt *statement) {
                    for (int i = 0; i < values.size(); ++i)
                        sqlite3_bind_int64(statement, i + 1, values.at(i));
                },
                [&](sqlite3_stmt *statement) {
                    items.append(read(StatementRow(statement, pool)));
                });
        if (!problem.isEmpty())
            return Error {IncidentStore::tr("Could not read the incidents: %1").arg(problem)};
        return items;
    }
    QSqlQuery query(connection);
    query.setForwardOnly(true);
    query.prepare(sql);
    for (qint64 value : values)
        query.addBindValue(value);
    if (!query.exec())
        return SqlErrors::describe(IncidentStore::tr("Could not read the incidents"),
                                   query.lastError());
    while (query.next())
        items.append(read(QueryRow(query)));
    if (query.lastError().type() != QSqlError::NoError)
        return SqlErrors::describe(IncidentStore::tr("Could not read the incidents"),
                                   query.lastError());
    return items;
}

// Binds every column but id, in the order of the INSERT and UPDATE statements.
void bindFields(QSqlQuery &query, const Incident &incident)
{
    query.addBindValue(sqlvalues::text(incident.title));
    query.addBindValue(static_cast<int>(incident.severity));
    query.addBindValue(statusKey(incident.status));
    query.addBindValue(sqlvalues::list(incident.services));
    query.addBindValue(sqlvalues::text(incident.commander));
    query.addBindValue(sqlvalues::list(incident.responders));
    query.addBindValue(sqlvalues::text(incident.impact));
    query.addBindValue(incident.affectedUsers);
    query.addBindValue(incident.revenueImpactPerHour);
    query.addBindValue(detectionKey(incident.detection));
    query.addBindValue(sqlvalues::time(incident.startedAt));
    query.addBindValue(sqlvalues::time(incident.detectedAt));
    query.addBindValue(sqlvalues::time(incident.acknowledgedAt));
    query.addBindValue(sqlvalues::time(incident.resolvedAt));
    query.addBindValue(sqlvalues::time(incident.lastUpdateAt));
    query.addBindValue(sqlvalues::text(incident.rootCause));
    query.addBindValue(sqlvalues::text(incident.resolution));
    query.addBindValue(sqlvalues::text(incident.scribe));
    query.addBindValue(sqlvalues::text(incident.communicationsLead));
}

} // namespace

IncidentStore::IncidentStore(Database &database)
    : m_database(database),
      m_find(database.connection(), selectAll() + QStringLiteral(" WHERE id = ?")),
      m_idOf(database.connection(), QStringLiteral("SELECT id FROM incidents WHERE uid = ?")),
      m_update(database.connection(),
               QStringLiteral(
                       "UPDATE incidents SET title = ?, severity = ?, status = ?, services = ?,"
                       " commander = ?, responders = ?, impact = ?, affected_users = ?,"
                       " revenue_impact_per_hour = ?, detection = ?, started_at = ?,"
                       " detected_at = ?, acknowledged_at = ?, resolved_at = ?,"
                       " last_update_at = ?, root_cause = ?, resolution = ?, scribe = ?,"
                       " communications_lead = ? WHERE id = ?"))
{ }

Result<IncidentId> IncidentStore::insert(const Incident &incident)
{
    QSqlQuery &query = m_database.preparedWrite(QStringLiteral(
            "INSERT INTO incidents (title, severity, status, services, commander, responders,"
            " impact, affected_users, revenue_impact_per_hour, detection, started_at, detected_at,"
            " acknowledged_at, resolved_at, last_update_at, root_cause, resolution, scribe,"
            " communications_lead, uid, team_number)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    bindFields(query, incident);
    // A new incident made here gets its uid now; one that arrived from the team keeps its own.
    const QUuid uid = incident.uid.isNull() ? UuidV7::make(QDateTime::currentMSecsSinceEpoch())
                                            : incident.uid;
    query.addBindValue(sqlvalues::uid(uid));
    query.addBindValue(incident.teamNumber > 0 ? QVariant(incident.teamNumber)
                                               : QVariant(QMetaType::fromType<qint64>()));
    if (!query.exec())
        return SqlErrors::describe(tr("Could not save the new incident"), query.lastError());
    return query.lastInsertId().toLongLong();
}

Result<void> IncidentStore::update(const Incident &incident)
{
    QSqlQuery &query = m_update.get();
    bindFields(query, incident);
    query.addBindValue(incident.id);
    if (!query.exec())
        return SqlErrors::describe(tr("Could not save incident #%1").arg(incident.id),
                                   query.lastError());
    if (query.numRowsAffected() != 1)
        return Error {tr("Incident #%1 does not exist.").arg(incident.id)};
    return {};
}

QString IncidentStore::labelOf(IncidentId id)
{
    const Result<std::optional<Incident>> found = find(id);
    return found && found.value() ? found.value()->label() : u'#' + QString::number(id);
}

Result<std::optional<Incident>> IncidentStore::find(IncidentId id)
{
    QSqlQuery &query = m_find.get();
    query.addBindValue(id);
    if (!query.exec())
        return SqlErrors::describe(tr("Could not read incident #%1").arg(id), query.lastError());
    if (!query.next())
        return std::optional<Incident>();
    std::optional<Incident> found(readIncident(QueryRow(query)));
    query.finish();
    return found;
}

Result<QUuid> IncidentStore::uidOf(IncidentId id)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT uid FROM incidents WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return SqlErrors::describe(tr("Could not read incident #%1").arg(id), query.lastError());
    if (!query.next())
        return Error {tr("There is no incident #%1.").arg(id)};
    return QUuid(query.value(0).toString());
}

Result<std::optional<IncidentId>> IncidentStore::idOf(const QUuid &uid)
{
    QSqlQuery &query = m_idOf.get();
    query.addBindValue(sqlvalues::uid(uid));
    if (!query.exec())
        return SqlErrors::describe(tr("Could not read the incidents"), query.lastError());
    if (!query.next())
        return std::optional<IncidentId>();
    const IncidentId id = query.value(0).toLongLong();
    query.finish();
    return std::optional<IncidentId>(id);
}

Result<std::optional<IncidentId>> IncidentStore::idOfNumber(qint64 number)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id FROM incidents WHERE team_number = ?"));
    query.addBindValue(number);
    if (!query.exec())
        return SqlErrors::describe(tr("Could not read the incidents"), query.lastError());
    if (!query.next())
        return std::optional<IncidentId>();
    return std::optional<IncidentId>(query.value(0).toLongLong());
}

Result<QList<IncidentId>> IncidentStore::provisionalIds(const QString &uidEnd)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id FROM incidents WHERE team_number IS NULL"
                                 " AND substr(uid, -?) = ?"));
    query.addBindValue(uidEnd.size());
    query.addBindValue(uidEnd.toLower());
    if (!query.exec())
        return SqlErrors::describe(tr("Could not read the incidents"), query.lastError());
    QList<IncidentId> ids;
    while (query.next())
        ids << query.value(0).toLongLong();
    return ids;
}

Result<void> IncidentStore::setTeamNumber(const QUuid &uid, qint64 number)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE incidents SET team_number = ? WHERE uid = ?"));
    query.addBindValue(number);
    query.addBindValue(sqlvalues::uid(uid));
    if (!query.exec())
        return SqlErrors::describe(tr("Could not save the team's number #%1").arg(number),
                                   query.lastError());
    return {};
}

Result<QList<IdRange>> IncidentStore::splitIds(int count)
{
    QSqlQuery query(m_database.connection());
    // Both ends come from the primary key's b-tree, without reading the table: a min() or max()
    // alone is one look-up, while "SELECT min(id), max(id)" scans the whole table.
    if (!query.exec(QStringLiteral("SELECT (SELECT min(id) FROM incidents),"
                                   " (SELECT max(id) FROM incidents)"))
        || !query.next())
        return SqlErrors::describe(tr("Could not read the incidents"), query.lastError());
    count = std::max(count, 1);
    const IncidentId lowest = query.value(0).toLongLong();
    const IncidentId span = query.value(1).toLongLong() - lowest + 1;
    QList<IdRange> ranges(count);
    for (int i = 1; i < count; ++i) {
        ranges[i].first = lowest + span * i / count;
        ranges[i - 1].last = ranges[i].first - 1;
    }
    return ranges;
}

namespace {

// " AND status IN (...)" with every open status: unlike "status <> 'resolved'", SQLite reads
// it from the status index, so the few open incidents of a long history cost no scan of it.
QString openStatuses()
{
    QStringList keys;
    for (IncidentStatus status : allStatuses) {
        if (status != IncidentStatus::Resolved)
            keys << u'\'' + statusKey(status) + u'\'';
    }
    return QStringLiteral(" AND status IN (%1)").arg(keys.join(u", "));
}

// The WHERE and ORDER BY of a listing of ids in a range.
QString whereIn(IncidentSelection selection)
{
    QString sql = QStringLiteral(" WHERE id BETWEEN ? AND ?");
    if (selection == IncidentSelection::Open)
        sql += openStatuses();
    else if (selection == IncidentSelection::Resolved)
        sql += QStringLiteral(" AND status = 'resolved'");
    return sql + QStringLiteral(" ORDER BY id");
}

} // namespace

Result<QList<Incident>> IncidentStore::list(IncidentSelection selection, IdRange range)
{
    return listWhere(selectAll() + whereIn(selection), {range.first, range.last});
}

Result<QList<BoardIncident>> IncidentStore::boardList(IncidentSelection selection, IdRange range)
{
    return readWhere<BoardIncident>(m_database.connection(), selectBoard() + whereIn(selection),
                                    {range.first, range.last},
                                    [](const auto &row) { return readBoardIncident(row); });
}

Result<QList<Incident>> IncidentStore::listWhere(const QString &sql, const QList<qint64> &values)
{
    return readWhere<Incident>(m_database.connection(), sql, values,
                               [](const auto &row) { return readIncident(row); });
}

Result<QList<Incident>> IncidentStore::openOrResolvedSince(const QDateTime &since)
{
    return listWhere(selectAll()
                             + QStringLiteral(" WHERE status <> 'resolved' OR resolved_at >= ?"
                                              " ORDER BY id"),
                     {since.toMSecsSinceEpoch()});
}

Result<QList<MetricsIncident>> IncidentStore::metricsBetween(const QDateTime &from,
                                                             const QDateTime &to)
{
    return readWhere<MetricsIncident>(m_database.connection(),
                                      QString::fromUtf8(selectMetricsColumns)
                                              + QStringLiteral(" WHERE started_at >= ?"
                                                               " AND started_at < ?"
                                                               " ORDER BY started_at"),
                                      {from.toMSecsSinceEpoch(), to.toMSecsSinceEpoch()},
                                      [](const auto &row) { return readMetricsIncident(row); });
}

Result<qint64> IncidentStore::countResolved()
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM incidents WHERE status = 'resolved'"))
        || !query.next())
        return SqlErrors::describe(tr("Could not count the incidents"), query.lastError());
    return query.value(0).toLongLong();
}

Result<qint64> IncidentStore::count()
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM incidents")) || !query.next())
        return SqlErrors::describe(tr("Could not count the incidents"), query.lastError());
    return query.value(0).toLongLong();
}

Result<void> IncidentStore::removeAll()
{
    QSqlQuery query(m_database.connection());
    // The chat threads name incidents without a foreign key; the rest cascade.
    for (const char *statement : {"DELETE FROM channel_threads", "DELETE FROM incidents"}) {
        if (!query.exec(QString::fromLatin1(statement)))
            return SqlErrors::describe(tr("Could not start this file over"), query.lastError());
    }
    return {};
}

Result<QList<Incident>> IncidentStore::latest(int count)
{
    return listWhere(selectAll() + QStringLiteral(" ORDER BY id DESC LIMIT ?"), {count});
}

Result<QStringList> IncidentStore::rootCausesBefore(const QDateTime &before)
{
    return texts(QStringLiteral("SELECT DISTINCT root_cause FROM incidents"
                                " WHERE started_at < ? AND root_cause <> ''"),
                 {before.toMSecsSinceEpoch()});
}

Result<QStringList> IncidentStore::services()
{
    // Few distinct lists stand for many incidents: each list is unpacked once.
    return texts(QStringLiteral("SELECT DISTINCT j.value FROM (SELECT DISTINCT services FROM"
                                " incidents WHERE services <> '[]') s, json_each(s.services) j"
                                " ORDER BY 1"),
                 {});
}

Result<QStringList> IncidentStore::people()
{
    return texts(
            QStringLiteral("SELECT commander FROM incidents WHERE commander <> ''"
                           " UNION SELECT scribe FROM incidents WHERE scribe <> ''"
                           " UNION SELECT communications_lead FROM incidents"
                           " WHERE communications_lead <> ''"
                           " UNION SELECT j.value FROM (SELECT DISTINCT responders FROM incidents"
                           " WHERE responders <> '[]') r, json_each(r.responders) j"
                           " WHERE j.value <> '' ORDER BY 1"),
            {});
}

Result<QStringList> IncidentStore::texts(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return SqlErrors::describe(tr("Could not read the incidents"), query.lastError());
    QStringList texts;
    while (query.next())
        texts << query.value(0).toString();
    return texts;
}

} // namespace sitrep
