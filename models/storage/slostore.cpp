#include "slostore.h"

#include "database.h"
#include "sqlerrors.h"
#include "sqlitehandle.h"
#include "sqlvalues.h"
#include "transaction.h"
#include "writeslices.h"

#include <algorithm>
#include <cmath>
#include <sqlite3.h>

#include <QSqlQuery>
#include <QTimeZone>

namespace sitrep {

namespace {

constexpr auto selectSlos
        = "SELECT name, service, description, kind, target, window_seconds, calendar_month,"
          " good_query, bad_query, total_query, error_ratio_query, minimum_events, burn_tiers,"
          " calendar_start, calendar_zone, threshold_query, threshold, budgeting FROM slos";

constexpr char selectEvents[] = "SELECT at_ms, bad, total FROM slo_events"
                                " WHERE slo = ? AND at_ms > ? AND at_ms <= ? ORDER BY at_ms";

// The calendar_month column: 0 and 1 as before v18 (rolling, month), then the others.
constexpr std::pair<Slo::Calendar, int> calendarCodes[] {{Slo::Calendar::Rolling, 0},
                                                         {Slo::Calendar::Month, 1},
                                                         {Slo::Calendar::Week, 2},
                                                         {Slo::Calendar::Quarter, 3},
                                                         {Slo::Calendar::Year, 4}};

int calendarCode(Slo::Calendar calendar)
{
    for (const auto &[known, code] : calendarCodes)
        if (known == calendar)
            return code;
    return 0;
}

Slo::Calendar calendarOf(int code)
{
    for (const auto &[calendar, known] : calendarCodes)
        if (known == code)
            return calendar;
    return Slo::Calendar::Rolling;
}

Slo readSlo(const QSqlQuery &query)
{
    Slo slo;
    slo.name = query.value(0).toString();
    slo.service = query.value(1).toString();
    slo.description = query.value(2).toString();
    slo.kind = parseSloKind(query.value(3).toString()).value_or(Slo::Kind::Availability);
    slo.target = query.value(4).toDouble();
    slo.window = std::chrono::seconds(query.value(5).toLongLong());
    slo.calendar = calendarOf(query.value(6).toInt());
    slo.goodQuery = query.value(7).toString();
    slo.badQuery = query.value(8).toString();
    slo.totalQuery = query.value(9).toString();
    slo.errorRatioQuery = query.value(10).toString();
    slo.minimumEvents = query.value(11).toDouble();
    // Written by save(); a text that does not read leaves the Workbook's tiers.
    slo.burnTiers = BurnAlert::parse(query.value(12).toString()).value_or(QList<BurnAlert::Tier>());
    if (const QString start = query.value(13).toString(); !start.isEmpty()) {
        const QTimeZone zone(query.value(14).toString().toUtf8());
        const QDateTime wallClock = QDateTime::fromString(start, Qt::ISODate);
        slo.calendarStart = QDateTime(wallClock.date(), wallClock.time(),
                                      zone.isValid() ? zone : QTimeZone::utc());
    }
    slo.thresholdQuery = query.value(15).toString();
    // Both written by save(); a text that does not read leaves the defaults.
    slo.threshold = parseSloThreshold(query.value(16).toString()).value_or(SloThreshold {});
    slo.budgeting = parseSloBudgeting(query.value(17).toString()).value_or(SloBudgeting {});
    return slo;
}

bool sameQueries(const Slo &a, const Slo &b)
{
    return a.goodQuery == b.goodQuery && a.badQuery == b.badQuery && a.totalQuery == b.totalQuery
            && a.errorRatioQuery == b.errorRatioQuery && a.thresholdQuery == b.thresholdQuery
            && a.threshold == b.threshold;
}

// SQLite keeps NaN as NULL; the value stays unknown either way.
QVariant storedNumber(double value)
{
    return std::isnan(value) ? QVariant(QMetaType::fromType<double>()) : QVariant(value);
}

double readNumber(const QVariant &value)
{
    return value.isNull() ? std::numeric_limits<double>::quiet_NaN() : value.toDouble();
}

} // namespace

SloStore::SloStore(Database &database) : m_database(database) { }

Result<QList<Slo>> SloStore::list()
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QString::fromUtf8(selectSlos) + QStringLiteral(" ORDER BY name")))
        return SqlErrors::describe(tr("Could not read the SLOs"), query.lastError());
    QList<Slo> slos;
    while (query.next())
        slos.append(readSlo(query));
    return slos;
}

Result<std::optional<Slo>> SloStore::find(const QString &name)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QString::fromUtf8(selectSlos) + QStringLiteral(" WHERE name = ?"));
    query.addBindValue(name);
    if (!query.exec())
        return SqlErrors::describe(tr("Could not read SLO %1").arg(name), query.lastError());
    if (!query.next())
        return std::optional<Slo>();
    return std::optional<Slo>(readSlo(query));
}

Result<void> SloStore::save(const Slo &slo)
{
    Transaction transaction(m_database);
    if (auto begun = transaction.begun(); !begun)
        return begun;
    const Result<std::optional<Slo>> before = find(slo.name);
    if (!before)
        return Error {before.error()};
    QSqlQuery query(m_database.connection());
    if (before.value() && !sameQueries(*before.value(), slo)) {
        query.prepare(QStringLiteral("DELETE FROM slo_events WHERE slo = ?"));
        query.addBindValue(slo.name);
        if (!query.exec())
            return SqlErrors::describe(tr("Could not save SLO %1").arg(slo.name),
                                       query.lastError());
    }
    query.prepare(QStringLiteral(
            "INSERT INTO slos (name, service, description, kind, target, window_seconds,"
            " calendar_month, good_query, bad_query, total_query, error_ratio_query,"
            " minimum_events, burn_tiers, calendar_start, calendar_zone, threshold_query,"
            " threshold, budgeting)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (name) DO UPDATE SET service = excluded.service,"
            " description = excluded.description, kind = excluded.kind,"
            " target = excluded.target, window_seconds = excluded.window_seconds,"
            " calendar_month = excluded.calendar_month, good_query = excluded.good_query,"
            " bad_query = excluded.bad_query, total_query = excluded.total_query,"
            " error_ratio_query = excluded.error_ratio_query,"
            " minimum_events = excluded.minimum_events, burn_tiers = excluded.burn_tiers,"
            " calendar_start = excluded.calendar_start, calendar_zone = excluded.calendar_zone,"
            " threshold_query = excluded.threshold_query, threshold = excluded.threshold,"
            " budgeting = excluded.budgeting"));
    query.addBindValue(slo.name);
    query.addBindValue(sqlvalues::text(slo.service));
    query.addBindValue(sqlvalues::text(slo.description));
    query.addBindValue(sloKindKey(slo.kind));
    query.addBindValue(slo.target);
    query.addBindValue(qint64(slo.window.count()));
    query.addBindValue(calendarCode(slo.calendar));
    query.addBindValue(sqlvalues::text(slo.goodQuery));
    query.addBindValue(sqlvalues::text(slo.badQuery));
    query.addBindValue(sqlvalues::text(slo.totalQuery));
    query.addBindValue(sqlvalues::text(slo.errorRatioQuery));
    query.addBindValue(slo.minimumEvents);
    query.addBindValue(sqlvalues::text(BurnAlert::text(slo.burnTiers)));
    const bool anchored = slo.calendarStart.isValid();
    query.addBindValue(sqlvalues::text(
            anchored ? slo.calendarStart.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))
                     : QString()));
    query.addBindValue(sqlvalues::text(
            anchored ? QString::fromUtf8(slo.calendarStart.timeZone().id()) : QString()));
    query.addBindValue(sqlvalues::text(slo.thresholdQuery));
    query.addBindValue(sqlvalues::text(
            slo.thresholdQuery.isEmpty() ? QString() : sloThresholdText(slo.threshold)));
    query.addBindValue(sqlvalues::text(sloBudgetingText(slo.budgeting)));
    if (!query.exec())
        return SqlErrors::describe(tr("Could not save SLO %1").arg(slo.name), query.lastError());
    return transaction.commit();
}

Result<bool> SloStore::remove(const QString &name)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM slos WHERE name = ?"));
    query.addBindValue(name);
    if (!query.exec())
        return SqlErrors::describe(tr("Could not remove SLO %1").arg(name), query.lastError());
    return query.numRowsAffected() > 0;
}

Result<void> SloStore::storeEvents(const QString &slo, const QList<SloEvent> &events)
{
    // A month of minutes is 43,200 rows: in slices, so that the console's own writes get in
    // between. Each row stands alone, and they go in in time order, so a store stopped
    // halfway leaves the month's first part cached (cachedSpan) and the next fetch asks for
    // the rest.
    QList<SloEvent> ordered = events;
    const auto earlier = [](const SloEvent &a, const SloEvent &b) { return a.atMs < b.atMs; };
    if (!std::is_sorted(ordered.cbegin(), ordered.cend(), earlier))
        std::sort(ordered.begin(), ordered.end(), earlier);
    WriteSlices slices(m_database);
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO slo_events (slo, at_ms, bad, total) VALUES (?, ?, ?, ?)"));
    for (const SloEvent &event : std::as_const(ordered)) {
        const Result<bool> written = slices.write([&]() -> Result<void> {
            query.bindValue(0, slo);
            query.bindValue(1, event.atMs);
            query.bindValue(2, storedNumber(event.bad));
            query.bindValue(3, storedNumber(event.total));
            if (!query.exec())
                return SqlErrors::describe(tr("Could not store the events of SLO %1").arg(slo),
                                           query.lastError());
            return {};
        });
        if (!written)
            return Error {written.error()};
    }
    if (const Result<bool> ended = slices.end(); !ended)
        return Error {ended.error()};
    return {};
}

// A snapshot reads every SLO's month (50 × 43,200 rows); through QSqlQuery, three QVariants a
// row cost three times what SQLite does, so this path reads the columns directly.
Result<QList<SloEvent>> SloStore::eventsDirectly(sqlite3 *handle, const QString &slo, qint64 fromMs,
                                                 qint64 toMs)
{
    const QByteArray name = slo.toUtf8();
    QList<SloEvent> events;
    const QString problem = forEachSqliteRow(
            handle, selectEvents,
            [&](sqlite3_stmt *statement) {
                sqlite3_bind_text(statement, 1, name.constData(), int(name.size()), SQLITE_STATIC);
                sqlite3_bind_int64(statement, 2, fromMs);
                sqlite3_bind_int64(statement, 3, toMs);
            },
            [&](sqlite3_stmt *statement) {
                const auto number = [statement](int column) {
                    return sqlite3_column_type(statement, column) == SQLITE_NULL
                            ? std::numeric_limits<double>::quiet_NaN()
                            : sqlite3_column_double(statement, column);
                };
                events.append({sqlite3_column_int64(statement, 0), number(1), number(2)});
            });
    if (!problem.isEmpty())
        return Error {tr("Could not read the events of SLO %1: %2").arg(slo, problem)};
    return events;
}

Result<QList<SloEvent>> SloStore::events(const QString &slo, qint64 fromMs, qint64 toMs)
{
    if (sqlite3 *handle = sqliteHandle(m_database.connection()))
        return eventsDirectly(handle, slo, fromMs, toMs);
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QString::fromUtf8(selectEvents));
    query.addBindValue(slo);
    query.addBindValue(fromMs);
    query.addBindValue(toMs);
    if (!query.exec())
        return SqlErrors::describe(tr("Could not read the events of SLO %1").arg(slo),
                                   query.lastError());
    QList<SloEvent> events;
    while (query.next())
        events.append({query.value(0).toLongLong(), readNumber(query.value(1)),
                       readNumber(query.value(2))});
    return events;
}

Result<TimeSpan> SloStore::cachedSpan(const QString &slo, qint64 fromMs, qint64 toMs)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT min(at_ms), max(at_ms) FROM slo_events"
                                 " WHERE slo = ? AND at_ms > ? AND at_ms <= ?"));
    query.addBindValue(slo);
    query.addBindValue(fromMs);
    query.addBindValue(toMs);
    if (!query.exec() || !query.next())
        return SqlErrors::describe(tr("Could not read the events of SLO %1").arg(slo),
                                   query.lastError());
    return TimeSpan {query.value(0).toLongLong(), query.value(1).toLongLong()};
}

Result<void> SloStore::forgetBefore(const QString &slo, qint64 beforeMs)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM slo_events WHERE slo = ? AND at_ms < ?"));
    query.addBindValue(slo);
    query.addBindValue(beforeMs);
    if (!query.exec())
        return SqlErrors::describe(tr("Could not forget old events of SLO %1").arg(slo),
                                   query.lastError());
    return {};
}

} // namespace sitrep
