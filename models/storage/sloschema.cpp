#include "migrations.h"
#include "sloeventhours.h"

#include <limits>

#include <QSqlQuery>

namespace sitrep {

// v23: an SLO's cached events an hour to a row, packed (SloEventHours): a snapshot reads every
// SLO's month, 50 × 43,200 rows as a row per minute, and stepping through them was most of its
// time. A plain rowid table, not WITHOUT ROWID: an hour is about 1.4 KB, more than an index
// b-tree keeps on its page, and a table's leaf keeps it whole.
QSqlError Migrations::upgradeToV23(QSqlDatabase &database)
{
    if (const QSqlError error
        = execAll(database,
                  {"CREATE TABLE slo_event_hours ("
                   " slo TEXT NOT NULL REFERENCES slos (name) ON DELETE CASCADE,"
                   " hour_ms INTEGER NOT NULL,"
                   " events BLOB NOT NULL,"
                   " PRIMARY KEY (slo, hour_ms))"});
        error.isValid())
        return error;
    QSqlQuery read(database);
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral(
                "SELECT slo, at_ms, bad, total FROM slo_events ORDER BY slo, at_ms")))
        return read.lastError();
    QSqlQuery write(database);
    write.prepare(
            QStringLiteral("INSERT INTO slo_event_hours (slo, hour_ms, events) VALUES (?, ?, ?)"));
    QString slo;
    qint64 hour = 0;
    QList<SloEvent> events;
    const auto writeHour = [&]() {
        write.bindValue(0, slo);
        write.bindValue(1, hour);
        write.bindValue(2, SloEventHours::pack(events));
        events.clear();
        return write.exec();
    };
    // SQLite kept NaN as NULL: the step stays unknown.
    const auto number = [&read](int column) {
        return read.value(column).isNull() ? std::numeric_limits<double>::quiet_NaN()
                                           : read.value(column).toDouble();
    };
    while (read.next()) {
        const QString rowSlo = read.value(0).toString();
        const qint64 atMs = read.value(1).toLongLong();
        const qint64 rowHour = SloEventHours::hourOf(atMs);
        if (!events.isEmpty() && (rowSlo != slo || rowHour != hour) && !writeHour())
            return write.lastError();
        slo = rowSlo;
        hour = rowHour;
        events.append({atMs, number(2), number(3)});
    }
    if (read.lastError().isValid())
        return read.lastError();
    if (!events.isEmpty() && !writeHour())
        return write.lastError();
    read.finish();
    return execAll(database, {"DROP TABLE slo_events"});
}

} // namespace sitrep
