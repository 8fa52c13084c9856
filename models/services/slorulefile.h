#pragma once

#include "domain/slo.h"

#include <QByteArray>
#include <QList>

namespace sitrep {

// SLOs handed back to Prometheus: a rule file with, for each SLO, a recording rule of its
// error ratio over each burn window (sitrep_slo:error_ratio:rate5m … rate3d, labelled
// sitrep_slo and sitrep_service) and the multi-window, multi-burn-rate alerts Sitrep raises
// (BurnAlert): SitrepSloErrorBudgetBurn with severity "page" or "ticket".
class SloRuleFile
{
public:
    [[nodiscard]] static QByteArray prometheusRules(const QList<Slo> &slos);
    // The error ratio over a window ("5m", "3d") as PromQL, label-free, as Sitrep measures it:
    // a {{.window}} query over the window itself, a counter by its increase, a raw ratio
    // averaged; with the minimum-events guard, nothing where the window has fewer events.
    [[nodiscard]] static QString errorRatio(const Slo &slo, const QString &window);
    // The recording rule's name for a window: "sitrep_slo:error_ratio:rate5m".
    [[nodiscard]] static QString recordName(const QString &window);
};

} // namespace sitrep
