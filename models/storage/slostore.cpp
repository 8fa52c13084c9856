#include "slostore.h"

#include "database.h"
#include "sloeventhours.h"
#include "sqlerrors.h"
#include "sqlvalues.h"
#include "transaction.h"
#include "writeslices.h"

#include <algorithm>
#include <limits>

#include <QSqlQuery>
#include <QTimeZone>

namespace sitrep {

namespace {

constexpr auto selectSlos
        = "SELECT name, service, description, kind, target, window_seconds, calendar_month,"
          " good_query, bad_query, total_query, error_ratio_query, minimum_events, burn_tiers,"
          " calendar_start, calendar_zone, threshold_query, threshold, budgeting FROM slos";

constexpr auto selectHours = "SELECT hour_ms, events FROM slo_event_hours"
                             " WHERE slo = ? AND hour_ms >= ? AND hour_ms <= ? ORDER BY hour_ms";

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
        query.prepare(QStringLiteral("DELETE FROM slo_event_hours WHERE slo = ?"));
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
    // A month is 720 hours: in slices, so that the console's own writes get in between. Each
    // hour stands alone, and they go in in time order, so a store stopped halfway leaves the
    // month's first part cached (cachedSpan) and the next fetch asks for the rest.
    QList<SloEvent> ordered = events;
    const auto earlier = [](const SloEvent &a, const SloEvent &b) { return a.atMs < b.atMs; };
    if (!std::is_sorted(ordered.cbegin(), ordered.cend(), earlier))
        std::stable_sort(ordered.begin(), ordered.end(), earlier);
    WriteSlices slices(m_database);
    QSqlQuery read(m_database.connection());
    read.prepare(
            QStringLiteral("SELECT events FROM slo_event_hours WHERE slo = ? AND hour_ms = ?"));
    QSqlQuery write(m_database.connection());
    write.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO slo_event_hours (slo, hour_ms, events) VALUES (?, ?, ?)"));
    for (qsizetype first = 0; first < ordered.size();) {
        const qint64 hour = SloEventHours::hourOf(ordered[first].atMs);
        qsizetype end = first + 1;
        while (end < ordered.size() && SloEventHours::hourOf(ordered[end].atMs) == hour)
            ++end;
        const QList<SloEvent> newer = ordered.mid(first, end - first);
        const Result<bool> written = slices.write([&]() -> Result<void> {
            read.bindValue(0, slo);
            read.bindValue(1, hour);
            if (!read.exec())
                return SqlErrors::describe(tr("Could not store the events of SLO %1").arg(slo),
                                           read.lastError());
            QList<SloEvent> stored;
            // An hour whose bytes are damaged is replaced by what was fetched for it.
            if (read.next()
                && !SloEventHours::unpack(read.value(0).toByteArray(),
                                          std::numeric_limits<qint64>::min(),
                                          std::numeric_limits<qint64>::max(), stored))
                stored.clear();
            read.finish();
            write.bindValue(0, slo);
            write.bindValue(1, hour);
            write.bindValue(2, SloEventHours::pack(SloEventHours::merged(stored, newer)));
            if (!write.exec())
                return SqlErrors::describe(tr("Could not store the events of SLO %1").arg(slo),
                                           write.lastError());
            return {};
        });
        if (!written)
            return Error {written.error()};
        first = end;
    }
    if (const Result<bool> ended = slices.end(); !ended)
        return Error {ended.error()};
    return {};
}

Result<void> SloStore::readHours(const QString &slo, qint64 fromMs, qint64 toMs, Hours hours,
                                 QList<SloEvent> &into)
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QString::fromUtf8(selectHours)
                  + (hours == Hours::NewestWithOne ? QStringLiteral(" DESC") : QString()));
    query.addBindValue(slo);
    query.addBindValue(SloEventHours::hourOf(fromMs));
    query.addBindValue(SloEventHours::hourOf(toMs));
    if (!query.exec())
        return SqlErrors::describe(tr("Could not read the events of SLO %1").arg(slo),
                                   query.lastError());
    while ((hours == Hours::All || into.isEmpty()) && query.next()) {
        if (!SloEventHours::unpack(query.value(1).toByteArray(), fromMs, toMs, into))
            return Error {tr("Could not read the events of SLO %1: the cached hour from %2 is "
                             "damaged; fetching it again replaces it.")
                                  .arg(slo,
                                       QDateTime::fromMSecsSinceEpoch(query.value(0).toLongLong(),
                                                                      Qt::UTC)
                                               .toString(Qt::ISODate))};
    }
    return {};
}

Result<QList<SloEvent>> SloStore::events(const QString &slo, qint64 fromMs, qint64 toMs)
{
    QList<SloEvent> events;
    if (toMs <= fromMs)
        return events;
    // A cached span holds one event per step; reserved so that a month is not copied as the
    // list grows, and bounded, since the span is the caller's.
    const double steps = (double(toMs) - double(fromMs))
            / double(std::chrono::milliseconds(SloEvents::step).count());
    events.reserve(qsizetype(std::min(steps + 1, 200'000.0)));
    if (const Result<void> read = readHours(slo, fromMs, toMs, Hours::All, events); !read)
        return Error {read.error()};
    return events;
}

Result<TimeSpan> SloStore::cachedSpan(const QString &slo, qint64 fromMs, qint64 toMs)
{
    // The console asks on its own thread for every SLO: only the hours at either end are
    // read, from each end until one holds an event in the span.
    QList<SloEvent> oldest;
    QList<SloEvent> newest;
    if (const Result<void> read = readHours(slo, fromMs, toMs, Hours::OldestWithOne, oldest); !read)
        return Error {read.error()};
    if (oldest.isEmpty())
        return TimeSpan {};
    if (const Result<void> read = readHours(slo, fromMs, toMs, Hours::NewestWithOne, newest); !read)
        return Error {read.error()};
    return TimeSpan {oldest.first().atMs, newest.last().atMs};
}

Result<void> SloStore::forgetBefore(const QString &slo, qint64 beforeMs)
{
    if (beforeMs == std::numeric_limits<qint64>::min())
        return {}; // nothing is older
    const QString failed = tr("Could not forget old events of SLO %1").arg(slo);
    Transaction transaction(m_database);
    if (auto begun = transaction.begun(); !begun)
        return begun;
    // Whole hours before the one `beforeMs` falls in, then that hour's earlier events.
    const qint64 hour = SloEventHours::hourOf(beforeMs);
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM slo_event_hours WHERE slo = ? AND hour_ms < ?"));
    query.addBindValue(slo);
    query.addBindValue(hour);
    if (!query.exec())
        return SqlErrors::describe(failed, query.lastError());
    query.prepare(
            QStringLiteral("SELECT events FROM slo_event_hours WHERE slo = ? AND hour_ms = ?"));
    query.addBindValue(slo);
    query.addBindValue(hour);
    if (!query.exec())
        return SqlErrors::describe(failed, query.lastError());
    QList<SloEvent> kept;
    // A damaged hour stays: events() names it, and fetching it again replaces it.
    if (!query.next()
        || !SloEventHours::unpack(query.value(0).toByteArray(), beforeMs - 1,
                                  std::numeric_limits<qint64>::max(), kept))
        return transaction.commit();
    query.finish();
    query.prepare(kept.isEmpty() ? QStringLiteral(
                          "DELETE FROM slo_event_hours WHERE slo = ? AND hour_ms = ?")
                                 : QStringLiteral("UPDATE slo_event_hours SET events = ?"
                                                  " WHERE slo = ? AND hour_ms = ?"));
    if (!kept.isEmpty())
        query.addBindValue(SloEventHours::pack(kept));
    query.addBindValue(slo);
    query.addBindValue(hour);
    if (!query.exec())
        return SqlErrors::describe(failed, query.lastError());
    return transaction.commit();
}

} // namespace sitrep
