// sitrepctl ack and escalation show: acknowledging stops the paging; show lists the levels
// paged with their times and people, and whether the expectations were met.
#include "escalationcommands.h"

#include "common/appcontext.h"
#include "ctlhelpers.h"
#include "ctlregistry.h"

namespace sitrep {

using namespace ctl;

namespace {

// Empty for "not yet" (0).
QString utcText(qint64 ms)
{
    return ms > 0 ? isoUtc(ms) : QString();
}

QJsonValue utcJson(qint64 ms)
{
    return ms > 0 ? QJsonValue(utcText(ms)) : QJsonValue();
}

} // namespace

int EscalationCommands::acknowledge(AppContext &context, const QStringList &arguments)
{
    CommandLine line;
    if (!line.parse(QStringLiteral("ack"), arguments))
        return fail(line.error, BadArguments);
    const Result<IncidentId> id = incidentId(context, line.parser);
    if (!id)
        return failIncident(id, tr("ack needs one incident number."));
    const Result<Incident> acknowledged
            = context.incidents().acknowledge(id.value(), currentUserName());
    if (!acknowledged)
        return fail(acknowledged.error());
    m_out << tr("Acknowledged incident #%1; its escalation stopped.")
                     .arg(acknowledged.value().reference())
          << Qt::endl;
    return Done;
}

int EscalationCommands::showEscalation(AppContext &context, const QStringList &arguments)
{
    CommandLine line;
    line.parser.addOption(jsonOption());
    if (!line.parse(QStringLiteral("escalation show"), arguments))
        return fail(line.error, BadArguments);
    const Result<IncidentId> id = incidentId(context, line.parser);
    if (!id)
        return failIncident(id, tr("escalation show needs one incident number."));
    EscalationService &escalations = context.escalations();
    // What fell due while nothing ran is paged now, so the answer is current.
    escalations.tick();
    const Result<std::optional<Escalation>> found = escalations.escalation(id.value());
    if (!found)
        return fail(found.error());
    if (!found.value())
        return fail(tr("Incident #%1 has no escalation (no on-call schedule pages for it).")
                            .arg(id.value()));
    const Escalation &escalation = *found.value();
    const Result<ExpectationCheck> check = escalations.expectations(escalation);
    if (!check)
        return fail(check.error());
    const std::optional<EscalationStep> next = escalation.state == Escalation::State::Running
            ? EscalationRules::next(escalation.policy, escalation.startedMs, escalation.pages)
            : std::nullopt;
    if (line.parser.isSet(QStringLiteral("json"))) {
        QJsonArray pages;
        for (const EscalationPage &page : escalation.pages)
            pages.append(QJsonObject {
                    {QStringLiteral("level"), page.level},
                    {QStringLiteral("round"), page.round + 1},
                    {QStringLiteral("target"), page.target},
                    {QStringLiteral("person"),
                     page.person.isEmpty() ? QJsonValue() : QJsonValue(page.person)},
                    {QStringLiteral("paged_at"), utcText(page.atMs)},
                    {QStringLiteral("skipped"), page.person.isEmpty()},
            });
        m_out << json(QJsonObject {
                {QStringLiteral("incident_id"), escalation.incident},
                {QStringLiteral("schedule"), escalation.schedule},
                {QStringLiteral("state"), escalationStateKey(escalation.state)},
                {QStringLiteral("started_at"), utcText(escalation.startedMs)},
                {QStringLiteral("pages"), pages},
                {QStringLiteral("next_level_at"),
                 next ? QJsonValue(utcText(next->dueMs)) : QJsonValue()},
                {QStringLiteral("acknowledged"), check.value().acknowledgedMs > 0},
                {QStringLiteral("acknowledged_at"), utcJson(check.value().acknowledgedMs)},
                {QStringLiteral("acknowledged_by"),
                 escalation.state == Escalation::State::Acknowledged
                         ? QJsonValue(escalation.endedBy)
                         : QJsonValue()},
                {QStringLiteral("acknowledge_due"), utcText(check.value().acknowledgeDueMs)},
                {QStringLiteral("acknowledge_breached"), check.value().acknowledgeBreached},
                {QStringLiteral("responded_at"), utcJson(check.value().respondedMs)},
                {QStringLiteral("respond_due"), utcText(check.value().respondDueMs)},
                {QStringLiteral("respond_breached"), check.value().respondBreached},
        });
        m_out.flush();
        return Done;
    }
    m_out << tr("Incident #%1, schedule %2: %3 since %4")
                     .arg(escalation.incident)
                     .arg(escalation.schedule, escalationStateKey(escalation.state),
                          utcText(escalation.startedMs))
          << '\n';
    for (const EscalationPage &page : escalation.pages)
        m_out << "  " << utcText(page.atMs) << "  "
              << (page.person.isEmpty() ? tr("nobody on call, passed on") : page.person) << "  "
              << EscalationRules::levelText(page) << '\n';
    if (next)
        m_out << tr("  next: %1 at %2")
                         .arg(EscalationRules::levelText({next->step,
                                                          next->level.level,
                                                          next->round,
                                                          next->level.target,
                                                          {},
                                                          next->dueMs}),
                              utcText(next->dueMs))
              << '\n';
    const auto verdict = [](bool breached) {
        return breached ? CtlCommands::tr("BREACHED") : CtlCommands::tr("met");
    };
    m_out << tr("Acknowledge by %1: %2 (%3)")
                     .arg(utcText(check.value().acknowledgeDueMs),
                          check.value().acknowledgedMs > 0
                                  ? tr("acknowledged %1").arg(utcText(check.value().acknowledgedMs))
                                  : tr("not acknowledged"),
                          check.value().acknowledgeBreached || check.value().acknowledgedMs > 0
                                  ? verdict(check.value().acknowledgeBreached)
                                  : tr("open"))
          << '\n';
    m_out << tr("Respond by %1: %2 (%3)")
                     .arg(utcText(check.value().respondDueMs),
                          check.value().respondedMs > 0
                                  ? tr("responded %1").arg(utcText(check.value().respondedMs))
                                  : tr("no response yet"),
                          check.value().respondBreached || check.value().respondedMs > 0
                                  ? verdict(check.value().respondBreached)
                                  : tr("open"))
          << Qt::endl;
    return Done;
}

void EscalationCommands::registerIn(CtlRegistry &registry)
{
    registry.addCommand(QStringLiteral("ack"), handler(&EscalationCommands::acknowledge));
    registry.addGroup(QStringLiteral("escalation"),
                      {{QStringLiteral("show"), handler(&EscalationCommands::showEscalation)}});
}

} // namespace sitrep
