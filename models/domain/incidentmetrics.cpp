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

} // namespace

std::optional<double> SeverityFigures::responseCompliance() const
{
    return responseMeasured > 0 ? std::optional(double(responseMet) / responseMeasured)
                                : std::nullopt;
}

namespace {

// Walks a root cause as its normalised form: lower-case letters and digits, one space between
// words, nothing else. `put` gets each UTF-16 unit.
template<typename Put> void walkNormalised(const QString &rootCause, Put put)
{
    bool space = false;
    bool any = false;
    for (const QChar c : rootCause) {
        const char16_t unit = c.unicode();
        // ASCII without the Unicode tables: causes are mostly English text.
        const bool ascii = unit < 128;
        const bool letterOrNumber = ascii
                ? ((unit | 0x20) >= u'a' && (unit | 0x20) <= u'z') || (unit >= u'0' && unit <= u'9')
                : c.isLetterOrNumber();
        if (!letterOrNumber) {
            space = true;
            continue;
        }
        if (space && any)
            put(u' ');
        put(ascii ? char16_t(unit >= u'A' && unit <= u'Z' ? unit | 0x20 : unit)
                  : c.toLower().unicode());
        space = false;
        any = true;
    }
}

// The normalised cause as a 64-bit FNV-1a hash, 0 when it is empty: a hundred thousand causes
// are compared without building a string for each (a collision among them is about as likely
// as one in 3·10⁹).
quint64 causeKey(const QString &rootCause)
{
    quint64 hash = 14695981039346656037ULL;
    bool any = false;
    walkNormalised(rootCause, [&](char16_t unit) {
        hash = (hash ^ unit) * 1099511628211ULL;
        any = true;
    });
    return any ? (hash == 0 ? 1 : hash) : 0;
}

} // namespace

QString IncidentMetricsMath::normalisedCause(const QString &rootCause)
{
    QString words;
    words.reserve(rootCause.size());
    walkNormalised(rootCause, [&](char16_t unit) { words += QChar(unit); });
    return words;
}

namespace {

constexpr qint64 dayMs = 86'400'000;

// Days since the epoch, and the weekday (0 Monday ... 6 Sunday); 1970-01-01 was a Thursday.
qint64 dayOf(qint64 ms)
{
    return ms >= 0 ? ms / dayMs : (ms - dayMs + 1) / dayMs;
}
int weekdayOf(qint64 day)
{
    return int(((day % 7) + 7 + 3) % 7);
}

// The SLA's support response time after detection, in milliseconds.
qint64 responseMs(Severity severity, qint64 detectedMs)
{
    switch (severity) {
    case Severity::Sev1:
        return 15 * 60'000;
    case Severity::Sev2:
        return 3'600'000;
    case Severity::Sev3:
        return 4 * 3'600'000;
    case Severity::Sev4:
        break;
    }
    // The next business day, at the same time.
    int weekday = weekdayOf(dayOf(detectedMs));
    qint64 days = 0;
    do {
        ++days;
        weekday = (weekday + 1) % 7;
    } while (weekday > 4);
    return days * dayMs;
}

} // namespace

QDateTime IncidentMetricsMath::responseDue(const Incident &incident)
{
    const qint64 detected = incident.detectedAt.toMSecsSinceEpoch();
    return QDateTime::fromMSecsSinceEpoch(detected + responseMs(incident.severity, detected),
                                          Qt::UTC);
}

MetricsPeriod IncidentMetricsMath::previous(const MetricsPeriod &period)
{
    const qint64 length = period.from.msecsTo(period.to);
    return {period.from.addMSecs(-length), period.from, period.service};
}

MetricsIncident MetricsIncident::of(const Incident &incident)
{
    const auto ms = [](const QDateTime &time) {
        return time.isValid() ? time.toMSecsSinceEpoch() : qint64(-1);
    };
    return {incident.id,
            incident.severity,
            incident.detection,
            incident.isOpen(),
            ms(incident.startedAt),
            ms(incident.detectedAt),
            ms(incident.acknowledgedAt),
            ms(incident.resolvedAt),
            incident.services,
            incident.rootCause};
}

IncidentMetrics IncidentMetricsMath::compute(const QList<Incident> &incidents,
                                             const MetricsPeriod &period, const QDateTime &now,
                                             const QStringList &earlierRootCauses,
                                             const QSet<IncidentId> &sameCause)
{
    QList<MetricsIncident> read;
    read.reserve(incidents.size());
    for (const Incident &incident : incidents)
        read.append(MetricsIncident::of(incident));
    return compute(read, period, now, earlierRootCauses, sameCause);
}

IncidentMetrics IncidentMetricsMath::compute(const QList<MetricsIncident> &incidents,
                                             const MetricsPeriod &period, const QDateTime &now,
                                             const QStringList &earlierRootCauses,
                                             const QSet<IncidentId> &sameCause)
{
    IncidentMetrics metrics;
    metrics.period = period;
    // Times as milliseconds once: a hundred thousand incidents are compared and subtracted
    // many times over.
    struct Row
    {
        const MetricsIncident *incident;
        qint64 started, detected, acknowledged, resolved; // -1: never
    };
    const qint64 fromMs = period.from.toMSecsSinceEpoch();
    const qint64 toMs = period.to.toMSecsSinceEpoch();
    const qint64 nowMs = now.toMSecsSinceEpoch();
    QList<Row> rows;
    rows.reserve(incidents.size());
    // A team has a handful of services: a list beats hashing each incident's.
    QStringList services;
    for (const MetricsIncident &incident : incidents) {
        const qint64 started = incident.startedMs;
        if (started < fromMs || started >= toMs)
            continue;
        for (const QString &service : incident.services)
            if (!services.contains(service))
                services.append(service);
        if (!period.service.isEmpty() && !incident.services.contains(period.service))
            continue;
        rows.append({&incident, started, incident.detectedMs, incident.acknowledgedMs,
                     incident.resolvedMs});
    }
    // Oldest first: a repeat is a cause seen before.
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        return a.started != b.started ? a.started < b.started : a.incident->id < b.incident->id;
    });
    QSet<quint64> seenCauses;
    seenCauses.reserve(earlierRootCauses.size() + rows.size());
    for (const QString &cause : earlierRootCauses)
        if (const quint64 key = causeKey(cause); key != 0)
            seenCauses.insert(key);

    std::array<Mean, 4> mttr;
    std::array<Mean, 4> mtta;
    Mean mttdAutomated;
    Mean mttdManual;
    Mean allMtta;
    struct Week
    {
        MetricsWeek figures;
        Mean mtta, automated, manual;
    };
    // The weeks from the Monday on or before the start, by the day their Monday is.
    const qint64 firstDay = dayOf(fromMs);
    const qint64 firstMonday = firstDay - weekdayOf(firstDay);
    QList<Week> weeks;
    for (qint64 monday = firstMonday; monday * dayMs < toMs; monday += 7)
        weeks.append({MetricsWeek {QDate(1970, 1, 1).addDays(monday), {}, {}, {}, {}}, {}, {}, {}});
    constexpr double minute = 60'000.0;

    for (const Row &row : std::as_const(rows)) {
        const MetricsIncident &incident = *row.incident;
        const std::size_t level = std::size_t(incident.severity) - 1;
        SeverityFigures &figures = metrics.bySeverity[level];
        ++metrics.total;
        ++figures.count;
        Week &week = weeks[qsizetype((dayOf(row.started) - firstMonday) / 7)];
        ++week.figures.bySeverity[level];
        if (incident.open) {
            ++metrics.open;
            ++figures.open;
        } else if (row.resolved >= 0) {
            mttr[level].add(double(row.resolved - row.started) / minute);
        }
        if (row.detected >= 0) {
            const double detect = double(row.detected - row.started) / minute;
            const bool automated = incident.detection == DetectionSource::Automated;
            (automated ? mttdAutomated : mttdManual).add(detect);
            (automated ? week.automated : week.manual).add(detect);
        }
        if (row.acknowledged >= 0) {
            const double acknowledge = double(row.acknowledged - row.detected) / minute;
            mtta[level].add(acknowledge);
            allMtta.add(acknowledge);
            week.mtta.add(acknowledge);
        } else {
            ++metrics.unacknowledged;
        }
        const qint64 due = row.detected + responseMs(incident.severity, row.detected);
        if (row.acknowledged >= 0 || due <= nowMs) {
            ++figures.responseMeasured;
            if (row.acknowledged >= 0 && row.acknowledged <= due)
                ++figures.responseMet;
        }
        const quint64 cause = causeKey(incident.rootCause);
        bool repeat = sameCause.contains(incident.id);
        if (cause != 0) {
            const qsizetype before = seenCauses.size();
            seenCauses.insert(cause);
            repeat = repeat || seenCauses.size() == before;
        }
        metrics.repeatIncidents += repeat ? 1 : 0;
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
    metrics.services = services;
    metrics.services.sort();
    for (Week &week : weeks) {
        week.figures.mttaMinutes = week.mtta.value();
        week.figures.mttdAutomatedMinutes = week.automated.value();
        week.figures.mttdManualMinutes = week.manual.value();
        metrics.weeks.append(week.figures);
    }
    return metrics;
}

} // namespace sitrep
