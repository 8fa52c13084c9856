#pragma once

#include "domain/oncallschedule.h"
#include "domain/schedulecomparison.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace sitrep {

// One schedule brought over from another on-call tool, with the tool's own answer to "who is
// on call" over a stretch of time, and where Sitrep's computed shifts disagree with it.
struct ImportedSchedule
{
    OnCallSchedule schedule;
    QList<ProviderShift> providerShifts;
    qint64 comparedFromMs = 0;
    qint64 comparedToMs = 0;
    QList<ScheduleDifference> differences;

    // The proof covers at most this much of the provider's answer (from its first shift): a
    // quarter is far more than the four weeks asked for, and bounds the work a file can ask.
    static constexpr qint64 longestComparisonMs = 92LL * 24 * 3600 * 1000;

    [[nodiscard]] bool compared() const { return comparedToMs > comparedFromMs; }
    // Sets the stretch the provider's answer covers (cut to the longest comparison) and
    // compares it with Sitrep's shifts.
    void prove(qint64 fromMs, qint64 toMs);
};

// What an import of another tool's schedules found: the schedules, and everything that could
// not be carried over, by name.
struct OnCallImport
{
    QString provider; // "PagerDuty", "Opsgenie"
    QList<ImportedSchedule> schedules;
    QStringList notCarried;

    // Every schedule was compared with the provider's answer and agrees with it.
    [[nodiscard]] bool proved() const;
};

// The import report in words (times in each schedule's zone) and as JSON for sitrepctl --json.
class OnCallImportReport
{
    Q_DECLARE_TR_FUNCTIONS(OnCallImportReport)
public:
    [[nodiscard]] static QString text(const OnCallImport &import);
    [[nodiscard]] static QJsonObject json(const OnCallImport &import);
};

} // namespace sitrep
