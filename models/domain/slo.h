#pragma once

#include "burnalert.h"

#include <chrono>
#include <optional>

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace sitrep {

// OpenSLO's thresholdMetric: a value per step (a latency quantile, a queue's length) that is
// good while it compares with `value` as `op` says.
struct SloThreshold
{
    enum class Op { Less, LessOrEqual, Greater, GreaterOrEqual };
    Op op = Op::Less;
    double value = 0;
    [[nodiscard]] bool good(double sample) const;
    bool operator==(const SloThreshold &) const = default;
};

// How the budget is counted: in events (Occurrences), or in time slices of sliceLength, where
// Timeslices counts a slice good when its share of good events is at least sliceTarget (the
// budget is in bad slices) and RatioTimeslices averages the slices' shares.
struct SloBudgeting
{
    enum class Method { Occurrences, Timeslices, RatioTimeslices };
    Method method = Method::Occurrences;
    double sliceTarget = 0;
    std::chrono::seconds sliceLength {60};
    bool operator==(const SloBudgeting &) const = default;
};

// A service level objective: which share of events must be good over which window. Queries
// are PromQL; Sloth's "{{.window}}" placeholder is kept and filled in per burn window.
struct Slo
{
    enum class Kind { Availability, Latency, ErrorRate };

    QString name;
    QString service;
    QString description;
    Kind kind = Kind::Availability;
    double target = 0.999;
    std::chrono::seconds window {std::chrono::hours(24 * 30)};
    // A rolling window of `window`, or calendar windows one after the other: a week, a month,
    // a quarter or a year, each starting at calendarStart's wall-clock time in its zone
    // (invalid: 00:00 UTC on Monday 1 January 2024 for weeks, 1 January 2000 for the others).
    // `window` is then the nominal length (7, 30, 90 or 365 days).
    enum class Calendar { Rolling, Week, Month, Quarter, Year };
    Calendar calendar = Calendar::Rolling;
    QDateTime calendarStart;
    // Either good and total, or bad and total, or one error-ratio query, or one value query
    // compared with a threshold.
    QString goodQuery;
    QString badQuery;
    QString totalQuery;
    QString errorRatioQuery;
    QString thresholdQuery;
    SloThreshold threshold;
    SloBudgeting budgeting;
    // Fewer events than this in a window give no error ratio (a quiet service does not page).
    double minimumEvents = 0;
    // The burn tiers it alerts with, when a spec gave them (Sloth's AlertWindows); else the
    // Workbook's.
    QList<BurnAlert::Tier> burnTiers;

    [[nodiscard]] const QList<BurnAlert::Tier> &tiers() const
    {
        return burnTiers.isEmpty() ? BurnAlert::workbook() : burnTiers;
    }
};

[[nodiscard]] QString sloKindKey(Slo::Kind kind); // "availability", "latency", "error-rate"
// "week", "month", "quarter", "year" (and "rolling"), and read back.
[[nodiscard]] QString sloCalendarKey(Slo::Calendar calendar);
[[nodiscard]] std::optional<Slo::Calendar> parseSloCalendar(QStringView key);
[[nodiscard]] std::optional<Slo::Kind> parseSloKind(QStringView key);

// As stored and shown: "lt 0.5", "gte 99" (OpenSLO's op names), and read back.
[[nodiscard]] QString sloThresholdText(const SloThreshold &threshold);
[[nodiscard]] std::optional<SloThreshold> parseSloThreshold(QStringView text);
[[nodiscard]] std::optional<SloThreshold::Op> parseSloThresholdOp(QStringView op);
// As PromQL compares: "<", "<=", ">", ">=".
[[nodiscard]] QString sloThresholdComparison(SloThreshold::Op op);
// As stored: "" for Occurrences, "timeslices 0.95 5m", "ratio-timeslices 5m"; and read back.
[[nodiscard]] QString sloBudgetingText(const SloBudgeting &budgeting);
[[nodiscard]] std::optional<SloBudgeting> parseSloBudgeting(QStringView text);

// How the window is written: "30d", "28d", "month", "quarter".
[[nodiscard]] QString sloWindowText(const Slo &slo);

class SloDefaults
{
    Q_DECLARE_TR_FUNCTIONS(SloDefaults)
public:
    // The seed's: availability 99.9 % over 30 days, p99 latency under 500 ms (99 % of
    // requests), error rate 0.1 %.
    [[nodiscard]] static QList<Slo> seed(const QString &service);
};

} // namespace sitrep
