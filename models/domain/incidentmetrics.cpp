#include "incidentmetrics.h"

#include <QHash>

namespace sitrep {

namespace {

// A running mean.
struct Mean
{
    double sum = 0;
    int count = 0;
    void add(double value)
    {
        sum += value;
        ++count;
    }
    [[nodiscard]] std::optional<double> value() const
    {
        return count > 0 ? std::optional(sum / count) : std::nullopt;
    }
};

double minutesBetween(const QDateTime &from, const QDateTime &to)
{
    return double(from.msecsTo(to)) / 60'000.0;
}

QDate mondayOf(const QDate &day)
{
    return day.addDays(1 - day.dayOfWeek());
}

} // namespace

std::optional<double> SeverityFigures::responseCompliance() const
{
    return responseMeasured > 0 ? std::optional(double(responseMet) / responseMeasured)
                                : std::nullopt;
}

QString IncidentMetricsMath::normalisedCause(const QString &rootCause)
{
    QString words;
    words.reserve(rootCause.size());
    bool space = false;
    for (const QChar c : rootCause) {
        if (c.isLetterOrNumber()) {
            if (space && !words.isEmpty())
                words += u' ';
            words += c.toLower();
            space = false;
        } else {
            space = true;
        }
    }
    return words;
}

QDateTime IncidentMetricsMath::responseDue(const Incident &incident)
{
    const QDateTime detected = incident.detectedAt.toUTC();
    switch (incident.severity) {
    case Severity::Sev1:
        return detected.addSecs(15 * 60);
    case Severity::Sev2:
        return detected.addSecs(3600);
    case Severity::Sev3:
        return detected.addSecs(4 * 3600);
    case Severity::Sev4:
        break;
    }
    // The next business day, at the same time.
    QDateTime next = detected.addDays(1);
    while (next.date().dayOfWeek() > 5)
        next = next.addDays(1);
    return next;
}

MetricsPeriod IncidentMetricsMath::previous(const MetricsPeriod &period)
{
    const qint64 length = period.from.msecsTo(period.to);
    return {period.from.addMSecs(-length), period.from, period.service};
}

IncidentMetrics IncidentMetricsMath::compute(const QList<Incident> &incidents,
                                             const MetricsPeriod &period, const QDateTime &now,
                                             const QStringList &earlierRootCauses,
                                             const QSet<IncidentId> &sameCause)
{
    IncidentMetrics metrics;
    metrics.period = period;
    QList<const Incident *> inPeriod;
    for (const Incident &incident : incidents) {
        if (incident.startedAt < period.from || incident.startedAt >= period.to)
            continue;
        if (!period.service.isEmpty() && !incident.services.contains(period.service))
            continue;
        inPeriod.append(&incident);
    }
    // Oldest first: a repeat is a cause seen before.
    std::sort(inPeriod.begin(), inPeriod.end(), [](const Incident *a, const Incident *b) {
        return a->startedAt != b->startedAt ? a->startedAt < b->startedAt : a->id < b->id;
    });
    QSet<QString> seenCauses;
    for (const QString &cause : earlierRootCauses)
        if (const QString normal = normalisedCause(cause); !normal.isEmpty())
            seenCauses.insert(normal);

    std::array<Mean, 4> mttr;
    std::array<Mean, 4> mtta;
    Mean mttdAutomated;
    Mean mttdManual;
    Mean allMtta;
    struct WeekMeans
    {
        Mean mtta, automated, manual;
    };
    QMap<QDate, std::pair<MetricsWeek, WeekMeans>> weeks;
    for (QDate monday = mondayOf(period.from.toUTC().date());
         QDateTime(monday, QTime(0, 0), Qt::UTC) < period.to; monday = monday.addDays(7))
        weeks[monday].first.start = monday;

    for (const Incident *incident : std::as_const(inPeriod)) {
        const std::size_t level = std::size_t(incident->severity) - 1;
        SeverityFigures &figures = metrics.bySeverity[level];
        ++metrics.total;
        ++figures.count;
        auto &[week, means] = weeks[mondayOf(incident->startedAt.toUTC().date())];
        ++week.bySeverity[level];
        if (incident->isOpen()) {
            ++metrics.open;
            ++figures.open;
        } else if (incident->resolvedAt.isValid()) {
            mttr[level].add(minutesBetween(incident->startedAt, incident->resolvedAt));
        }
        if (incident->detectedAt.isValid()) {
            const double detect = minutesBetween(incident->startedAt, incident->detectedAt);
            (incident->detection == DetectionSource::Automated ? mttdAutomated : mttdManual)
                    .add(detect);
            (incident->detection == DetectionSource::Automated ? means.automated : means.manual)
                    .add(detect);
        }
        if (incident->acknowledgedAt.isValid()) {
            const double acknowledge
                    = minutesBetween(incident->detectedAt, incident->acknowledgedAt);
            mtta[level].add(acknowledge);
            allMtta.add(acknowledge);
            means.mtta.add(acknowledge);
        } else {
            ++metrics.unacknowledged;
        }
        const QDateTime due = responseDue(*incident);
        if (incident->acknowledgedAt.isValid() || due <= now) {
            ++figures.responseMeasured;
            if (incident->acknowledgedAt.isValid() && incident->acknowledgedAt <= due)
                ++figures.responseMet;
        }
        const QString cause = normalisedCause(incident->rootCause);
        const bool repeat = sameCause.contains(incident->id)
                || (!cause.isEmpty() && seenCauses.contains(cause));
        metrics.repeatIncidents += repeat ? 1 : 0;
        if (!cause.isEmpty())
            seenCauses.insert(cause);
    }
    for (std::size_t level = 0; level < 4; ++level) {
        metrics.bySeverity[level].mttrMinutes = mttr[level].value();
        metrics.bySeverity[level].mttaMinutes = mtta[level].value();
    }
    metrics.mttdAutomatedMinutes = mttdAutomated.value();
    metrics.mttdManualMinutes = mttdManual.value();
    metrics.mttaMinutes = allMtta.value();
    metrics.repeatRatePercent
            = metrics.total > 0 ? 100.0 * metrics.repeatIncidents / metrics.total : 0.0;
    for (auto &[week, means] : weeks) {
        week.mttaMinutes = means.mtta.value();
        week.mttdAutomatedMinutes = means.automated.value();
        week.mttdManualMinutes = means.manual.value();
        metrics.weeks.append(week);
    }
    return metrics;
}

} // namespace sitrep
