#include "oncallimport.h"

#include "domain/zonetime.h"

#include <QJsonArray>

namespace sitrep {

namespace {

QString peopleText(const QStringList &people)
{
    return people.isEmpty() ? OnCallImportReport::tr("nobody") : people.join(u", ");
}

QString zoneTime(const QTimeZone &zone, qint64 ms)
{
    return ZoneTime::wallClock(zone, ms).toString(u"yyyy-MM-dd HH:mm");
}

QString isoTime(const QTimeZone &zone, qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, zone).toString(Qt::ISODate);
}

} // namespace

void ImportedSchedule::prove(qint64 fromMs, qint64 toMs)
{
    comparedFromMs = fromMs;
    comparedToMs = toMs - fromMs > longestComparisonMs ? fromMs + longestComparisonMs : toMs;
    differences = ScheduleComparison::compare(
            providerShifts, OnCallShifts::compute(schedule, comparedFromMs, comparedToMs),
            comparedFromMs, comparedToMs);
}

bool OnCallImport::proved() const
{
    return std::all_of(schedules.begin(), schedules.end(), [](const ImportedSchedule &s) {
        return s.compared() && s.differences.isEmpty();
    });
}

QString OnCallImportReport::text(const OnCallImport &import)
{
    QString text;
    for (const ImportedSchedule &imported : import.schedules) {
        const OnCallSchedule &schedule = imported.schedule;
        const QString zone = QString::fromUtf8(schedule.zone.id());
        text += tr("Schedule \"%1\" (%2): %n layer(s), %3, %4.\n", nullptr,
                   int(schedule.layers.size()))
                        .arg(schedule.name, zone,
                             tr("%n person(s)", nullptr, int(schedule.people().size())),
                             tr("%n override(s)", nullptr, int(schedule.overrides.size())));
        if (!imported.compared()) {
            text += tr("  Not compared: the files hold no shifts %1 computed for it.\n")
                            .arg(import.provider);
            continue;
        }
        const QString stretch = tr("%1 to %2")
                                        .arg(zoneTime(schedule.zone, imported.comparedFromMs),
                                             zoneTime(schedule.zone, imported.comparedToMs));
        if (imported.differences.isEmpty()) {
            text += tr("  Same as %1's own shifts from %2.\n").arg(import.provider, stretch);
            continue;
        }
        text += tr("  %n difference(s) from %1's own shifts from %2:\n", nullptr,
                   int(imported.differences.size()))
                        .arg(import.provider, stretch);
        for (const ScheduleDifference &difference : imported.differences)
            text += tr("    %1 to %2: %3 has %4, Sitrep has %5.\n")
                            .arg(zoneTime(schedule.zone, difference.startMs),
                                 zoneTime(schedule.zone, difference.endMs), import.provider,
                                 peopleText(difference.provider), peopleText(difference.sitrep));
    }
    if (!import.notCarried.isEmpty()) {
        text += tr("Not carried over:\n");
        for (const QString &item : import.notCarried)
            text += QStringLiteral("  - %1\n").arg(item);
    }
    return text;
}

QJsonObject OnCallImportReport::json(const OnCallImport &import)
{
    QJsonArray schedules;
    for (const ImportedSchedule &imported : import.schedules) {
        const QTimeZone &zone = imported.schedule.zone;
        QJsonArray differences;
        for (const ScheduleDifference &difference : imported.differences)
            differences.append(QJsonObject {
                    {QStringLiteral("from"), isoTime(zone, difference.startMs)},
                    {QStringLiteral("to"), isoTime(zone, difference.endMs)},
                    {QStringLiteral("provider"), QJsonArray::fromStringList(difference.provider)},
                    {QStringLiteral("sitrep"), QJsonArray::fromStringList(difference.sitrep)}});
        QJsonObject entry {
                {QStringLiteral("name"), imported.schedule.name},
                {QStringLiteral("timezone"), QString::fromUtf8(zone.id())},
                {QStringLiteral("layers"), imported.schedule.layers.size()},
                {QStringLiteral("people"), QJsonArray::fromStringList(imported.schedule.people())},
                {QStringLiteral("compared"), imported.compared()},
                {QStringLiteral("differences"), differences}};
        if (imported.compared()) {
            entry.insert(QStringLiteral("compared_from"), isoTime(zone, imported.comparedFromMs));
            entry.insert(QStringLiteral("compared_to"), isoTime(zone, imported.comparedToMs));
        }
        schedules.append(entry);
    }
    return {{QStringLiteral("provider"), import.provider},
            {QStringLiteral("schedules"), schedules},
            {QStringLiteral("proved"), import.proved()},
            {QStringLiteral("not_carried"), QJsonArray::fromStringList(import.notCarried)}};
}

} // namespace sitrep
