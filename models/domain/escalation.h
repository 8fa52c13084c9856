#pragma once

#include "incident.h"
#include "oncallshifts.h"

#include <QCoreApplication>

namespace sitrep {

// One page of an escalation, made or passed over: level `level` of round `round` (0 is the
// first pass through the levels), the person paged at `atMs`, or nobody (the level had nobody
// on call and passed straight on).
struct EscalationPage
{
    int step = 0; // 0, 1, 2, ... across rounds
    int level = 1;
    int round = 0;
    QString target; // primary, secondary or a person
    QString person; // empty: skipped
    qint64 atMs = 0;
    bool operator==(const EscalationPage &) const = default;
};

// An incident's escalation: the policy it started with (later edits do not change it), its
// pages so far, and how it ended.
struct Escalation
{
    enum class State { Running, Acknowledged, Resolved, Exhausted };
    IncidentId incident = 0;
    QString schedule;
    EscalationPolicy policy;
    OnCallExpectations expectations;
    qint64 startedMs = 0;
    State state = State::Running;
    qint64 endedMs = 0;
    QString endedBy;
    QList<EscalationPage> pages;
    bool operator==(const Escalation &) const = default;
};

[[nodiscard]] QString escalationStateKey(Escalation::State state); // running, acknowledged, ...
[[nodiscard]] std::optional<Escalation::State> parseEscalationState(QStringView key);

// What comes next in an escalation.
struct EscalationStep
{
    int step = 0;
    int round = 0;
    EscalationLevel level;
    qint64 dueMs = 0;
};

// The escalation rules. Level 1 is paged when the incident is declared; every level waits its
// timeout for an acknowledgement before the next is paged; a level with nobody on call passes
// to the next at once; after the last level the policy starts again `repeat` more times, and
// then the escalation is exhausted once the last level's timeout ran out.
class EscalationRules
{
    Q_DECLARE_TR_FUNCTIONS(EscalationRules)
public:
    // The next step after `pages` (an escalation that started at `startMs`), or nullopt when
    // every level of every round was paged.
    [[nodiscard]] static std::optional<EscalationStep>
    next(const EscalationPolicy &policy, qint64 startMs, const QList<EscalationPage> &pages);
    // When the last page's wait runs out with nobody acknowledging, if every step was paged.
    [[nodiscard]] static std::optional<qint64> exhaustedAt(const EscalationPolicy &policy,
                                                           const QList<EscalationPage> &pages);
    // Who `target` is at a moment of the schedule: the primary (or, where a removal left none,
    // someone added), the secondary, or the person named.
    [[nodiscard]] static QString person(const QString &target,
                                        const std::optional<OnCallShift> &shift);
    // Pages everything due by `nowMs` (several when the console was closed meanwhile, each at
    // the time it fell due), asking the schedule who is on call at each time.
    [[nodiscard]] static QList<EscalationPage> due(const EscalationPolicy &policy,
                                                   const OnCallSchedule &schedule, qint64 startMs,
                                                   const QList<EscalationPage> &pages,
                                                   qint64 nowMs);
    // "level 2 (secondary)"
    [[nodiscard]] static QString levelText(const EscalationPage &page);
};

} // namespace sitrep
