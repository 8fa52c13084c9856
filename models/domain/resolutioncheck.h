#pragma once

#include "detectionrule.h"

#include <QDateTime>

namespace sitrep {

// One resolution check as last run: it holds when its condition does and it had no problem.
struct CheckResult
{
    QString name;
    RuleOutcome outcome;
    bool recheck = true;

    [[nodiscard]] bool holds() const { return outcome.problem.isEmpty() && outcome.fired; }
    bool operator==(const CheckResult &other) const
    {
        return name == other.name && outcome.value == other.outcome.value
                && outcome.threshold == other.outcome.threshold
                && outcome.fired == other.outcome.fired && outcome.problem == other.outcome.problem
                && recheck == other.recheck;
    }
};

// Where an incident's resolution verification stands (the seed's verifyResolution): the checks
// must hold, then keep holding through the monitoring window, before resolve is offered.
struct ResolutionVerification
{
    QList<CheckResult> checks;
    QDateTime checkedAt;       // invalid: never checked
    QDateTime monitoringUntil; // invalid: the window has not started
    bool resolvable = false;

    [[nodiscard]] bool allHold() const;
    [[nodiscard]] bool monitoring(const QDateTime &now) const
    {
        return monitoringUntil.isValid() && !resolvable && now < monitoringUntil;
    }
};

class ResolutionChecks
{
    Q_DECLARE_TR_FUNCTIONS(ResolutionChecks)
public:
    enum class Step { Unchanged, WindowStarted, WindowReset, Passed };
    struct Advance
    {
        ResolutionVerification state;
        Step step = Step::Unchanged;
    };

    // The next state after running the checks at `at`:
    //  - not monitoring yet: when every check holds, the window starts (ends at + window);
    //  - inside the window: a check that fails ends the window; it starts again once they hold;
    //  - the window is over: the checks marked `recheck` must still hold, and then resolve is
    //    offered; otherwise the window ends and starts again once they hold.
    [[nodiscard]] static Advance advance(const ResolutionVerification &previous,
                                         QList<CheckResult> checks, const QDateTime &at,
                                         std::chrono::seconds window);

    // One line for the workspace and the timeline: "error-rate-normal 0.004 < 0.01 ✔".
    [[nodiscard]] static QString describe(const CheckResult &check);
    // The state in a sentence: "Monitoring until 03:00 UTC (12 min left)", "Resolve is offered".
    [[nodiscard]] static QString summary(const ResolutionVerification &state, const QDateTime &now);
    // The timeline entry for a step (empty for Unchanged).
    [[nodiscard]] static QString timelineText(const Advance &advance);
};

} // namespace sitrep
