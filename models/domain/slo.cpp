#include "slo.h"

#include "durationtext.h"

#include <cmath>

#include <QLocale>

namespace sitrep {

QString sloKindKey(Slo::Kind kind)
{
    switch (kind) {
    case Slo::Kind::Latency:
        return QStringLiteral("latency");
    case Slo::Kind::ErrorRate:
        return QStringLiteral("error-rate");
    case Slo::Kind::Availability:
        break;
    }
    return QStringLiteral("availability");
}

std::optional<Slo::Kind> parseSloKind(QStringView key)
{
    for (Slo::Kind kind : {Slo::Kind::Availability, Slo::Kind::Latency, Slo::Kind::ErrorRate})
        if (key == sloKindKey(kind))
            return kind;
    return std::nullopt;
}

QString sloCalendarKey(Slo::Calendar calendar)
{
    switch (calendar) {
    case Slo::Calendar::Week:
        return QStringLiteral("week");
    case Slo::Calendar::Month:
        return QStringLiteral("month");
    case Slo::Calendar::Quarter:
        return QStringLiteral("quarter");
    case Slo::Calendar::Year:
        return QStringLiteral("year");
    case Slo::Calendar::Rolling:
        break;
    }
    return QStringLiteral("rolling");
}

std::optional<Slo::Calendar> parseSloCalendar(QStringView key)
{
    for (Slo::Calendar calendar :
         {Slo::Calendar::Rolling, Slo::Calendar::Week, Slo::Calendar::Month, Slo::Calendar::Quarter,
          Slo::Calendar::Year})
        if (key.compare(sloCalendarKey(calendar), Qt::CaseInsensitive) == 0)
            return calendar;
    return std::nullopt;
}

bool SloThreshold::good(double sample) const
{
    switch (op) {
    case Op::Less:
        return sample < value;
    case Op::LessOrEqual:
        return sample <= value;
    case Op::Greater:
        return sample > value;
    case Op::GreaterOrEqual:
        break;
    }
    return sample >= value;
}

namespace {

// Each op as OpenSLO names it and as PromQL compares.
struct ThresholdOp
{
    SloThreshold::Op op;
    const char16_t *key;
    const char16_t *comparison;
};
constexpr ThresholdOp thresholdOps[] {{SloThreshold::Op::Less, u"lt", u"<"},
                                      {SloThreshold::Op::LessOrEqual, u"lte", u"<="},
                                      {SloThreshold::Op::Greater, u"gt", u">"},
                                      {SloThreshold::Op::GreaterOrEqual, u"gte", u">="}};

} // namespace

std::optional<SloThreshold::Op> parseSloThresholdOp(QStringView op)
{
    for (const ThresholdOp &known : thresholdOps)
        if (op == QStringView(known.key))
            return known.op;
    return std::nullopt;
}

QString sloThresholdText(const SloThreshold &threshold)
{
    QString op;
    for (const ThresholdOp &known : thresholdOps)
        if (known.op == threshold.op)
            op = QString::fromUtf16(known.key);
    return op + u' ' + QString::number(threshold.value, 'g', QLocale::FloatingPointShortest);
}

QString sloThresholdComparison(SloThreshold::Op op)
{
    for (const ThresholdOp &known : thresholdOps)
        if (known.op == op)
            return QString::fromUtf16(known.comparison);
    return {};
}

std::optional<SloThreshold> parseSloThreshold(QStringView text)
{
    const QList<QStringView> parts = text.split(u' ', Qt::SkipEmptyParts);
    if (parts.size() != 2)
        return std::nullopt;
    const std::optional<SloThreshold::Op> op = parseSloThresholdOp(parts[0]);
    bool isNumber = false;
    const double value = parts[1].toDouble(&isNumber);
    if (!op || !isNumber || !std::isfinite(value))
        return std::nullopt;
    return SloThreshold {*op, value};
}

QString sloBudgetingText(const SloBudgeting &budgeting)
{
    const QString slice = durationText(budgeting.sliceLength);
    switch (budgeting.method) {
    case SloBudgeting::Method::Timeslices:
        return QStringLiteral("timeslices %1 %2")
                .arg(QString::number(budgeting.sliceTarget, 'g', QLocale::FloatingPointShortest),
                     slice);
    case SloBudgeting::Method::RatioTimeslices:
        return QStringLiteral("ratio-timeslices %1").arg(slice);
    case SloBudgeting::Method::Occurrences:
        break;
    }
    return {};
}

std::optional<SloBudgeting> parseSloBudgeting(QStringView text)
{
    const QList<QStringView> parts = text.split(u' ', Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return SloBudgeting {};
    SloBudgeting budgeting;
    const auto slice = parseDurationText(parts.last());
    if (!slice || slice->count() <= 0)
        return std::nullopt;
    budgeting.sliceLength = *slice;
    if (parts.size() == 2 && parts[0] == u"ratio-timeslices") {
        budgeting.method = SloBudgeting::Method::RatioTimeslices;
        return budgeting;
    }
    bool isNumber = false;
    budgeting.sliceTarget = parts.size() == 3 ? parts[1].toDouble(&isNumber) : 0;
    if (parts.size() != 3 || parts[0] != u"timeslices" || !isNumber
        || !(budgeting.sliceTarget > 0 && budgeting.sliceTarget <= 1))
        return std::nullopt;
    budgeting.method = SloBudgeting::Method::Timeslices;
    return budgeting;
}

QString sloWindowText(const Slo &slo)
{
    if (slo.calendar != Slo::Calendar::Rolling)
        return sloCalendarKey(slo.calendar);
    const qint64 seconds = slo.window.count();
    if (seconds % 86400 == 0)
        return QStringLiteral("%1d").arg(seconds / 86400);
    if (seconds % 3600 == 0)
        return QStringLiteral("%1h").arg(seconds / 3600);
    return QStringLiteral("%1m").arg(seconds / 60);
}

QList<Slo> SloDefaults::seed(const QString &service)
{
    const QString selector = QStringLiteral("service=\"%1\"").arg(service);
    Slo availability;
    availability.name = service + QStringLiteral("-availability");
    availability.service = service;
    availability.description = tr("99.9 % of requests succeed over 30 days");
    availability.kind = Slo::Kind::Availability;
    availability.target = 0.999;
    availability.badQuery = QStringLiteral("sum(increase(http_requests_total{%1,code=~\"5..\"}"
                                           "[{{.window}}]))")
                                    .arg(selector);
    availability.totalQuery
            = QStringLiteral("sum(increase(http_requests_total{%1}[{{.window}}]))").arg(selector);

    Slo latency;
    latency.name = service + QStringLiteral("-latency");
    latency.service = service;
    latency.description = tr("99 % of requests answer within 500 ms");
    latency.kind = Slo::Kind::Latency;
    latency.target = 0.99;
    latency.goodQuery = QStringLiteral("sum(increase(http_request_duration_seconds_bucket{%1,"
                                       "le=\"0.5\"}[{{.window}}]))")
                                .arg(selector);
    latency.totalQuery = QStringLiteral("sum(increase(http_request_duration_seconds_count{%1}"
                                        "[{{.window}}]))")
                                 .arg(selector);

    Slo errors = availability;
    errors.name = service + QStringLiteral("-error-rate");
    errors.description = tr("at most 0.1 % of requests fail");
    errors.kind = Slo::Kind::ErrorRate;
    return {availability, latency, errors};
}

} // namespace sitrep
