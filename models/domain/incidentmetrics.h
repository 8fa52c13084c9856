#pragma once

#include "incident.h"

#include <array>
#include <chrono>
#include <optional>

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>

namespace sitrep {

// The period the metrics cover: incidents that started in [from, to), optionally only those
// of one service.
struct MetricsPeriod
{
    QDateTime from;
    QDateTime to;
    QString service;
};

struct SeverityFigures
{
    int count = 0;
    int open = 0;
    // Means in minutes; none when nothing could be measured.
    std::optional<double> mttrMinutes;
    std::optional<double> mttaMinutes;
    // The SLA's support response: acknowledged within the severity's time.
    int responseMet = 0;
    int responseMeasured = 0;
    [[nodiscard]] std::optional<double> responseCompliance() const;
};

// One week of the period: how many incidents of each severity started, and the means of that
// week's MTTA and MTTD.
struct MetricsWeek
{
    QDate start; // a Monday
    std::array<int, 4> bySeverity {};
    std::optional<double> mttaMinutes;
    std::optional<double> mttdAutomatedMinutes;
    std::optional<double> mttdManualMinutes;
};

// The seed's incident metrics over a period, from the cache's incidents.
//  - MTTR: resolved − started, the mean over the resolved incidents; open ones are counted
//    apart and left out.
//  - MTTD: detected − started, for automated and manual detection apart.
//  - MTTA: acknowledged − detected, over the acknowledged incidents.
//  - Repeat incidents: incidents whose root cause (normalised: case, spacing and punctuation
//    ignored) is that of an incident that started earlier, or that are linked to an earlier one
//    as "same root cause"; the repeat rate is their share of all incidents, in percent.
//  - SLA support response: acknowledged within 15 min (SEV-1), 1 h (SEV-2), 4 h (SEV-3), the
//    next business day (SEV-4) of detection; an incident not yet acknowledged counts once its
//    time has passed.
struct IncidentMetrics
{
    MetricsPeriod period;
    int total = 0;
    int open = 0;
    std::array<SeverityFigures, 4> bySeverity {};
    std::optional<double> mttdAutomatedMinutes;
    std::optional<double> mttdManualMinutes;
    std::optional<double> mttaMinutes;
    int unacknowledged = 0;
    int repeatIncidents = 0;
    double repeatRatePercent = 0;
    // Every service of the incidents in the period's time, whatever the filter (the picker).
    QStringList services;
    QList<MetricsWeek> weeks;

    [[nodiscard]] const SeverityFigures &of(Severity severity) const
    {
        return bySeverity.at(std::size_t(severity) - 1);
    }
};

// What the metrics read of an incident, its times in milliseconds since the epoch (-1:
// never): a fraction of an Incident's size, so the dashboard reads years of history without
// building whole incidents.
struct MetricsIncident
{
    IncidentId id = 0;
    Severity severity = Severity::Sev4;
    DetectionSource detection = DetectionSource::Manual;
    bool open = false;
    qint64 startedMs = -1;
    qint64 detectedMs = -1;
    qint64 acknowledgedMs = -1;
    qint64 resolvedMs = -1;
    QStringList services;
    QString rootCause;

    [[nodiscard]] static MetricsIncident of(const Incident &incident);
    bool operator==(const MetricsIncident &) const = default;
};

class IncidentMetricsMath
{
    Q_DECLARE_TR_FUNCTIONS(IncidentMetricsMath)
public:
    // `incidents` may hold more than the period (they are filtered here). `earlierRootCauses`
    // are the root causes of incidents that started before the period; `sameCause` the ids
    // linked to an earlier incident as the same root cause. `now` decides which response
    // times have passed.
    [[nodiscard]] static IncidentMetrics compute(const QList<MetricsIncident> &incidents,
                                                 const MetricsPeriod &period, const QDateTime &now,
                                                 const QStringList &earlierRootCauses = {},
                                                 const QSet<IncidentId> &sameCause = {});
    [[nodiscard]] static IncidentMetrics compute(const QList<Incident> &incidents,
                                                 const MetricsPeriod &period, const QDateTime &now,
                                                 const QStringList &earlierRootCauses = {},
                                                 const QSet<IncidentId> &sameCause = {});
    // The period of the same length just before (the dashboard's ghost bars).
    [[nodiscard]] static MetricsPeriod previous(const MetricsPeriod &period);
    // "Database pool exhausted." and "database  pool exhausted" are the same cause.
    [[nodiscard]] static QString normalisedCause(const QString &rootCause);
    // When the SLA's support response for `incident` is due.
    [[nodiscard]] static QDateTime responseDue(const Incident &incident);
};

} // namespace sitrep
