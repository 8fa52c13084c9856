#include "escalation.h"

namespace sitrep {

QString escalationStateKey(Escalation::State state)
{
    switch (state) {
    case Escalation::State::Running:
        return QStringLiteral("running");
    case Escalation::State::Acknowledged:
        return QStringLiteral("acknowledged");
    case Escalation::State::Resolved:
        return QStringLiteral("resolved");
    case Escalation::State::Exhausted:
        return QStringLiteral("exhausted");
    }
    return {};
}

std::optional<Escalation::State> parseEscalationState(QStringView key)
{
    for (auto state : {Escalation::State::Running, Escalation::State::Acknowledged,
                       Escalation::State::Resolved, Escalation::State::Exhausted})
        if (key == escalationStateKey(state))
            return state;
    return std::nullopt;
}

std::optional<EscalationStep> EscalationRules::next(const EscalationPolicy &policy, qint64 startMs,
                                                    const QList<EscalationPage> &pages)
{
    const int levels = int(policy.levels.size());
    const int step = int(pages.size());
    if (levels == 0 || step >= qint64(levels) * (qint64(policy.repeat) + 1))
        return std::nullopt;
    EscalationStep next;
    next.step = step;
    next.round = step / levels;
    next.level = policy.levels.at(step % levels);
    if (pages.isEmpty()) {
        next.dueMs = startMs;
    } else {
        const EscalationPage &last = pages.last();
        const EscalationLevel &lastLevel = policy.levels.at(last.step % levels);
        // A level with nobody on call does not wait.
        next.dueMs = last.person.isEmpty() ? last.atMs
                                           : last.atMs + lastLevel.timeoutMinutes * 60'000LL;
    }
    return next;
}

std::optional<qint64> EscalationRules::exhaustedAt(const EscalationPolicy &policy,
                                                   const QList<EscalationPage> &pages)
{
    const int levels = int(policy.levels.size());
    if (levels == 0 || pages.size() < qint64(levels) * (qint64(policy.repeat) + 1))
        return std::nullopt;
    const EscalationPage &last = pages.last();
    return last.person.isEmpty()
            ? last.atMs
            : last.atMs + policy.levels.at(last.step % levels).timeoutMinutes * 60'000LL;
}

QString EscalationRules::person(const QString &target, const std::optional<OnCallShift> &shift)
{
    if (target.compare(u"primary", Qt::CaseInsensitive) == 0) {
        if (!shift)
            return {};
        return !shift->primary.isEmpty() ? shift->primary : shift->added.value(0);
    }
    if (target.compare(u"secondary", Qt::CaseInsensitive) == 0)
        return shift ? shift->secondary : QString();
    return target;
}

QList<EscalationPage> EscalationRules::due(const EscalationPolicy &policy,
                                           const OnCallSchedule &schedule, qint64 startMs,
                                           const QList<EscalationPage> &pages, qint64 nowMs)
{
    QList<EscalationPage> done = pages;
    QList<EscalationPage> made;
    while (const std::optional<EscalationStep> step = next(policy, startMs, done)) {
        if (step->dueMs > nowMs)
            break;
        EscalationPage page;
        page.step = step->step;
        page.level = step->level.level;
        page.round = step->round;
        page.target = step->level.target;
        page.person = person(step->level.target, OnCallShifts::at(schedule, step->dueMs));
        page.atMs = step->dueMs;
        done << page;
        made << page;
    }
    return made;
}

QString EscalationRules::levelText(const EscalationPage &page)
{
    return page.round == 0
            ? tr("level %1 (%2)").arg(page.level).arg(page.target)
            : tr("level %1 (%2), round %3").arg(page.level).arg(page.target).arg(page.round + 1);
}

} // namespace sitrep
