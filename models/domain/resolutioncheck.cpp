#include "resolutioncheck.h"

#include "durationtext.h"

#include <algorithm>

namespace sitrep {

namespace {

QString utcTime(const QDateTime &at)
{
    return at.toUTC().toString(QStringLiteral("HH:mm 'UTC'"));
}

QString checkList(const QList<CheckResult> &checks)
{
    QStringList lines;
    for (const CheckResult &check : checks)
        lines << ResolutionChecks::describe(check);
    return lines.join(QStringLiteral("; "));
}

} // namespace

bool ResolutionVerification::allHold() const
{
    return !checks.isEmpty()
            && std::all_of(checks.begin(), checks.end(),
                           [](const CheckResult &check) { return check.holds(); });
}

ResolutionChecks::Advance ResolutionChecks::advance(const ResolutionVerification &previous,
                                                    QList<CheckResult> checks, const QDateTime &at,
                                                    std::chrono::seconds window)
{
    Advance next;
    next.state.checks = std::move(checks);
    next.state.checkedAt = at;
    const bool allHold = next.state.allHold();
    const auto startWindow = [&] {
        next.state.monitoringUntil = at.addSecs(window.count());
        next.state.resolvable = window.count() == 0;
        next.step = next.state.resolvable ? Step::Passed : Step::WindowStarted;
    };
    const auto endWindow = [&] {
        next.state.monitoringUntil = QDateTime();
        next.state.resolvable = false;
        next.step = Step::WindowReset;
    };

    if (!previous.monitoringUntil.isValid()) {
        if (allHold)
            startWindow();
        return next;
    }
    next.state.monitoringUntil = previous.monitoringUntil;
    if (at < previous.monitoringUntil) {
        if (!allHold)
            endWindow();
        return next;
    }
    const bool rechecksHold
            = std::all_of(next.state.checks.begin(), next.state.checks.end(),
                          [](const CheckResult &check) { return !check.recheck || check.holds(); });
    if (!rechecksHold || next.state.checks.isEmpty()) {
        endWindow();
        return next;
    }
    next.state.resolvable = true;
    if (!previous.resolvable)
        next.step = Step::Passed;
    return next;
}

QString ResolutionChecks::describe(const CheckResult &check)
{
    if (!check.outcome.problem.isEmpty())
        return tr("%1: %2").arg(check.name, check.outcome.problem);
    const QString op = check.outcome.threshold && check.outcome.value
                    && *check.outcome.value < *check.outcome.threshold
            ? QStringLiteral("<")
            : QStringLiteral("≥");
    return tr("%1 %2 %3 %4 %5")
            .arg(check.name, DetectionRules::valueText(check.outcome.value), op,
                 DetectionRules::valueText(check.outcome.threshold),
                 check.holds() ? QStringLiteral("✔") : QStringLiteral("✘"));
}

QString ResolutionChecks::summary(const ResolutionVerification &state, const QDateTime &now)
{
    if (!state.checkedAt.isValid())
        return tr("Not checked yet. Run the checks once the fix is in.");
    if (state.resolvable)
        return tr("The checks held through the monitoring window: resolve is offered.");
    if (state.monitoring(now)) {
        const qint64 left = std::max<qint64>(0, now.secsTo(state.monitoringUntil));
        return tr("The checks hold. Monitoring until %1 (%2 left); run them again then.")
                .arg(utcTime(state.monitoringUntil),
                     durationText(std::chrono::seconds((left + 59) / 60 * 60)));
    }
    if (state.monitoringUntil.isValid())
        return tr("The monitoring window ended at %1: run the checks again to confirm.")
                .arg(utcTime(state.monitoringUntil));
    return tr("Not every check holds yet, so the monitoring window has not started.");
}

QString ResolutionChecks::timelineText(const Advance &advance)
{
    switch (advance.step) {
    case Step::Unchanged:
        return {};
    case Step::WindowStarted:
        return tr("Resolution checks hold (%1); monitoring until %2.")
                .arg(checkList(advance.state.checks), utcTime(advance.state.monitoringUntil));
    case Step::WindowReset:
        return tr("Resolution checks failed; the monitoring window starts again once they hold "
                  "(%1).")
                .arg(checkList(advance.state.checks));
    case Step::Passed:
        return tr("Resolution verified: the checks held through the monitoring window (%1).")
                .arg(checkList(advance.state.checks));
    }
    return {};
}

} // namespace sitrep
