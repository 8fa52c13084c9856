// Sloth's AlertWindows: the burn tiers for SLOs of one period, as shares of its error budget.
#include "domain/durationtext.h"
#include "sloreader.h"

namespace sitrep {

Result<void> SloReader::alertWindows(const YAML::Node &document)
{
    noteUnknown(document, {}, {"apiVersion", "kind", "metadata", "spec"});
    const YAML::Node spec = document["spec"];
    if (!spec || !spec.IsMap())
        return problem(document, QStringLiteral("spec"), tr("missing."));
    noteUnknown(spec, QStringLiteral("spec."), {"sloPeriod", "page", "ticket"});
    const QString periodText = text(spec["sloPeriod"]);
    const std::optional<std::chrono::seconds> period = parseDurationText(periodText);
    if (!period || period->count() <= 0)
        return problem(spec["sloPeriod"] ? spec["sloPeriod"] : spec,
                       QStringLiteral("spec.sloPeriod"),
                       tr("\"%1\" is not a period such as 30d.").arg(periodText));
    for (const AlertWindows &earlier : std::as_const(m_alertWindows))
        if (earlier.period == *period)
            return problem(spec["sloPeriod"], QStringLiteral("spec.sloPeriod"),
                           tr("%1 already has alert windows (%2:%3).")
                                   .arg(periodText, earlier.fileName)
                                   .arg(earlier.line));
    AlertWindows windows {*period, periodText, {}, m_fileName, YamlFields::lineOf(document)};
    for (const auto &[severityKey, severity] :
         {std::pair {"page", BurnAlert::State::Page}, {"ticket", BurnAlert::State::Ticket}}) {
        for (const char *speed : {"quick", "slow"}) {
            const QString field = QStringLiteral("spec.%1.%2")
                                          .arg(QLatin1String(severityKey), QLatin1String(speed));
            const YAML::Node window = path(spec, {severityKey, speed});
            if (!window.IsDefined() || !window.IsMap())
                return problem(spec, field,
                               tr("missing: give errorBudgetPercent, shortWindow "
                                  "and longWindow."));
            noteUnknown(window, field + u'.', {"errorBudgetPercent", "shortWindow", "longWindow"});
            bool isNumber = false;
            const double percent = text(window["errorBudgetPercent"]).toDouble(&isNumber);
            const std::optional<BurnAlert::Tier> tier = BurnAlert::fromBudget(
                    severity, text(window["shortWindow"]), text(window["longWindow"]),
                    isNumber ? percent : 0.0, *period);
            if (!tier)
                return problem(window, field,
                               tr("needs errorBudgetPercent above 0 and at most 100, and a "
                                  "shortWindow shorter than its longWindow, which is at most "
                                  "the period (%1).")
                                       .arg(periodText));
            windows.tiers << *tier;
        }
    }
    m_alertWindows << windows;
    return {};
}

void SloReader::applyAlertWindows()
{
    for (const AlertWindows &windows : std::as_const(m_alertWindows)) {
        int used = 0;
        for (Slo &slo : m_import.slos)
            if (slo.calendar == Slo::Calendar::Rolling && slo.window == windows.period) {
                slo.burnTiers = windows.tiers;
                ++used;
            }
        if (used == 0)
            m_import.ignored << tr("%1:%2: kind: AlertWindows (no SLO of period %3 in the files)")
                                        .arg(windows.fileName)
                                        .arg(windows.line)
                                        .arg(windows.periodText);
    }
}

} // namespace sitrep
