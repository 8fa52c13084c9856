#pragma once

// The data the benchmarks share: a generated incident history, a company's on-call schedules and
// an Alertmanager reply of a fleet's alerts, each the same in every benchmark that uses it.
#include "domain/clock.h"
#include "domain/oncallschedule.h"
#include "services/incidentservice.h"
#include "services/policyloader.h"
#include "storage/database.h"

#include <cstdio>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTimeZone>

namespace bench {

using namespace sitrep;
using namespace Qt::StringLiterals;

// `count` incidents over the last count × 15 minutes, the newest 200 open, written into `file`.
// Returns 0, or 1 with the reason on standard error.
inline int generateIncidents(const QString &file, int count)
{
    auto database = Database::open(file);
    if (!database) {
        std::fprintf(stderr, "%s\n", qPrintable(database.error()));
        return 1;
    }
    SystemClock clock;
    IncidentService service(*database.value(), PolicyLoader::load({}).policy, clock);
    const QStringList services = {u"checkout"_s, u"payments"_s, u"search"_s, u"api"_s,
                                  u"auth"_s,     u"web"_s,      u"orders"_s, u"media"_s};
    const QStringList problems
            = {u"returning 500s"_s, u"latency above SLO"_s,   u"traffic drop"_s,
               u"queue backlog"_s,  u"certificate expired"_s, u"connection pool exhausted"_s,
               u"disk full"_s};
    const QStringList people = {u"alice"_s, u"bob"_s, u"carol"_s, u"dave"_s, u"erin"_s};
    QRandomGenerator random(7);
    const QDateTime now = clock.now();
    QList<Incident> batch;
    for (int i = 0; i < count; ++i) {
        Incident incident;
        const QString serviceName = services.at(random.bounded(services.size()));
        incident.title
                = u"%1 %2 (%3)"_s.arg(serviceName, problems.at(random.bounded(problems.size())))
                          .arg(i);
        incident.severity = static_cast<Severity>(1 + random.bounded(4));
        const bool open = i >= count - 200;
        incident.status
                = open ? static_cast<IncidentStatus>(random.bounded(3)) : IncidentStatus::Resolved;
        incident.services = {serviceName};
        incident.commander = people.at(random.bounded(people.size()));
        incident.detection = DetectionSource::Automated;
        incident.startedAt = now.addSecs(-qint64(count - i) * 900);
        incident.detectedAt = incident.startedAt.addSecs(120);
        incident.lastUpdateAt = incident.detectedAt;
        if (!open) {
            incident.resolvedAt = incident.detectedAt.addSecs(3600);
            incident.resolution = u"Mitigated"_s;
        }
        batch.append(incident);
        if (batch.size() == 10000 || i == count - 1) {
            if (auto imported = service.importHistory(batch, u"bench"_s); !imported) {
                std::fprintf(stderr, "%s\n", qPrintable(imported.error()));
                return 1;
            }
            batch.clear();
        }
    }
    return 0;
}

// 100 schedules in ten time zones: weekly, daily and 12-hour rotations of 4 to 8 people, a
// business-hours layer on every fifth, and six overrides each over the past year.
inline QList<OnCallSchedule> onCallSchedules(const QDateTime &now)
{
    constexpr qint64 hourMs = 3'600'000;
    constexpr qint64 yearMs = 365 * 24 * hourMs;
    const QList<QByteArray> zones {"Europe/Berlin",    "America/Chicago",     "Asia/Tokyo",
                                   "America/Santiago", "Australia/Lord_Howe", "UTC",
                                   "America/Havana",   "Asia/Kolkata",        "Europe/London",
                                   "Pacific/Auckland"};
    QList<OnCallSchedule> list;
    for (int i = 0; i < 100; ++i) {
        OnCallSchedule schedule;
        schedule.name = u"team-%1"_s.arg(i, 3, 10, QChar(u'0'));
        schedule.zone = QTimeZone(zones.at(i % zones.size()));
        Rotation rotation;
        rotation.start = now.date().addYears(-1).addDays(-i);
        rotation.length = i % 3 == 0 ? ShiftLength {1, ShiftLength::Unit::Weeks}
                : i % 3 == 1         ? ShiftLength {1, ShiftLength::Unit::Days}
                                     : ShiftLength {12, ShiftLength::Unit::Hours};
        rotation.handoffWeekday = rotation.length.unit == ShiftLength::Unit::Weeks ? 1 : 0;
        rotation.handoffTime = QTime(9, 0);
        for (int p = 0; p < 4 + i % 5; ++p)
            rotation.participants << u"person-%1-%2@example.com"_s.arg(i).arg(p);
        schedule.layers << ScheduleLayer {{}, {rotation}, {}};
        if (i % 5 == 0) {
            Rotation day = rotation;
            day.length = {1, ShiftLength::Unit::Weeks};
            day.handoffWeekday = 1;
            day.participants = {u"day-a-%1@example.com"_s.arg(i), u"day-b-%1@example.com"_s.arg(i)};
            ScheduleLayer business {u"business hours"_s, {day}, {}};
            for (int weekday = 1; weekday <= 5; ++weekday)
                business.restrictions << Restriction {weekday, QTime(9, 0), QTime(17, 0)};
            schedule.layers << business;
        }
        for (int o = 0; o < 6; ++o) {
            const qint64 from = now.toMSecsSinceEpoch() - yearMs + (o * 60 + i) * 24 * hourMs;
            schedule.overrides << ScheduleOverride {
                    o % 3 == 0           ? ScheduleOverride::Kind::Add
                            : o % 3 == 1 ? ScheduleOverride::Kind::Remove
                                         : ScheduleOverride::Kind::Replace,
                    u"stand-in@example.com"_s, rotation.participants.first(), from,
                    from + 30 * hourMs};
        }
        list << schedule;
    }
    return list;
}

// An Alertmanager /api/v2/alerts reply of `count` firing alerts: 20 alert names × 100 services,
// 2,000 groups by the default alertname and service.
inline QByteArray alertmanagerReply(int count, const QDateTime &now)
{
    QJsonArray alerts;
    for (int i = 0; i < count; ++i) {
        // 20 alert names × 100 services: 2,000 groups by the default alertname, service.
        const QString name = u"Alert%1"_s.arg(i % 20);
        const QString service = u"svc%1"_s.arg((i / 20) % 100);
        alerts.append(QJsonObject {
                {u"fingerprint"_s, u"%1"_s.arg(i, 16, 16, QLatin1Char('0'))},
                {u"labels"_s,
                 QJsonObject {{u"alertname"_s, name},
                              {u"service"_s, service},
                              {u"instance"_s, u"host-%1:9100"_s.arg(i)},
                              {u"severity"_s, u"warning"_s}}},
                {u"annotations"_s, QJsonObject {{u"summary"_s, name + u" on "_s + service}}},
                {u"startsAt"_s, now.addSecs(-600).toString(Qt::ISODateWithMs)},
                {u"endsAt"_s, now.addSecs(300).toString(Qt::ISODateWithMs)},
                {u"updatedAt"_s, now.toString(Qt::ISODateWithMs)},
                {u"generatorURL"_s, u"http://prometheus:9090/graph"_s},
                {u"status"_s,
                 QJsonObject {{u"state"_s, u"active"_s},
                              {u"silencedBy"_s, QJsonArray()},
                              {u"inhibitedBy"_s, QJsonArray()}}},
                {u"receivers"_s, QJsonArray {QJsonObject {{u"name"_s, u"null"_s}}}},
        });
    }
    return QJsonDocument(alerts).toJson(QJsonDocument::Compact);
}

} // namespace bench
