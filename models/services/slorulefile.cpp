#include "slorulefile.h"

#include "domain/burnalert.h"
#include "domain/durationtext.h"

#include <yaml-cpp/yaml.h>

namespace sitrep {

namespace {

const QString windowPlaceholder = QStringLiteral("{{.window}}");

// Sums of a query's values over the window, label-free (queries answer one series).
QString over(const QString &query, const QString &window)
{
    if (query.contains(windowPlaceholder))
        return QStringLiteral("sum(%1)").arg(QString(query).replace(windowPlaceholder, window));
    // A counter: its increase, read every minute as Sitrep does.
    return QStringLiteral("sum(increase((%1)[%2:1m]))").arg(query, window);
}

// The events Sitrep counts in the window: its per-minute values, summed.
QString eventsOver(const QString &query, const QString &window)
{
    if (!query.contains(windowPlaceholder))
        return over(query, window);
    return QStringLiteral("sum(sum_over_time((%1)[%2:1m]))")
            .arg(QString(query).replace(windowPlaceholder, QStringLiteral("1m")), window);
}

std::string text(const QString &value)
{
    return value.toStdString();
}

QString number(double value)
{
    return QString::number(value, 'g', 12);
}

// A selector of one SLO's recording rule for a window.
QString recorded(const Slo &slo, const QString &window)
{
    return QStringLiteral("%1{sitrep_slo=\"%2\"}").arg(SloRuleFile::recordName(window), slo.name);
}

// A tier's two windows both burn faster than its factor times the budget.
QString burning(const Slo &slo, const BurnAlert::Tier &tier)
{
    const QString threshold = number(tier.factor * (1.0 - slo.target));
    return QStringLiteral("(%1 > %3 and %2 > %3)")
            .arg(recorded(slo, tier.longWindow), recorded(slo, tier.shortWindow), threshold);
}

void labels(YAML::Emitter &out, const Slo &slo, const char *severity = nullptr)
{
    out << YAML::Key << "labels" << YAML::Value << YAML::BeginMap;
    if (severity)
        out << YAML::Key << "severity" << YAML::Value << severity;
    out << YAML::Key << "sitrep_service" << YAML::Value << text(slo.service);
    out << YAML::Key << "sitrep_slo" << YAML::Value << text(slo.name);
    out << YAML::EndMap;
}

void alert(YAML::Emitter &out, const Slo &slo, const char *severity, const QString &expr,
           const QString &summary)
{
    out << YAML::BeginMap;
    out << YAML::Key << "alert" << YAML::Value << "SitrepSloErrorBudgetBurn";
    out << YAML::Key << "expr" << YAML::Value << text(expr);
    labels(out, slo, severity);
    out << YAML::Key << "annotations" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "summary" << YAML::Value << text(summary);
    out << YAML::EndMap << YAML::EndMap;
}

} // namespace

QString SloRuleFile::recordName(const QString &window)
{
    return QStringLiteral("sitrep_slo:error_ratio:rate") + window;
}

namespace {

// The share of events that failed in the window, counted as Sitrep counts occurrences.
QString occurrencesErrorRatio(const Slo &slo, const QString &window)
{
    // A threshold's value per minute is one event, bad when it misses the threshold.
    if (!slo.thresholdQuery.isEmpty())
        return QStringLiteral("1 - avg_over_time((sum(%1) %2 bool %3)[%4:1m])")
                .arg(slo.thresholdQuery, sloThresholdComparison(slo.threshold.op),
                     number(slo.threshold.value), window);
    QString ratio;
    if (!slo.errorRatioQuery.isEmpty())
        ratio = slo.errorRatioQuery.contains(windowPlaceholder)
                ? over(slo.errorRatioQuery, window)
                : QStringLiteral("sum(avg_over_time((%1)[%2:1m]))")
                          .arg(slo.errorRatioQuery, window);
    else if (!slo.badQuery.isEmpty())
        ratio = QStringLiteral("%1 / %2").arg(over(slo.badQuery, window),
                                              over(slo.totalQuery, window));
    else
        ratio = QStringLiteral("1 - %1 / %2")
                        .arg(over(slo.goodQuery, window), over(slo.totalQuery, window));
    if (slo.minimumEvents <= 0 || !slo.errorRatioQuery.isEmpty())
        return ratio;
    return QStringLiteral("(%1) and on() (%2 >= %3)")
            .arg(ratio, eventsOver(slo.totalQuery, window), number(slo.minimumEvents));
}

} // namespace

QString SloRuleFile::errorRatio(const Slo &slo, const QString &window)
{
    if (slo.budgeting.method == SloBudgeting::Method::Occurrences)
        return occurrencesErrorRatio(slo, window);
    // Each slice's error ratio at the slice's end; a subquery stepped by the slice length is
    // evaluated at the same epoch-aligned ends Sitrep counts (SloSlices), and a slice without
    // enough events has no value, so it is not counted.
    const QString slice = durationText(slo.budgeting.sliceLength);
    const QString sliceError = occurrencesErrorRatio(slo, slice);
    if (slo.budgeting.method == SloBudgeting::Method::RatioTimeslices)
        return QStringLiteral("avg_over_time((%1)[%2:%3])").arg(sliceError, window, slice);
    return QStringLiteral("avg_over_time(((1 - (%1)) < bool %4)[%2:%3])")
            .arg(sliceError, window, slice, number(slo.budgeting.sliceTarget));
}

QByteArray SloRuleFile::prometheusRules(const QList<Slo> &slos)
{
    YAML::Emitter out;
    out.SetIndent(2);
    out << YAML::Comment("Written by sitrepctl slo rules: the error ratios and burn-rate alerts "
                         "Sitrep computes, for Prometheus to evaluate.");
    out << YAML::BeginMap << YAML::Key << "groups" << YAML::Value << YAML::BeginSeq;
    for (const Slo &slo : slos) {
        out << YAML::BeginMap;
        out << YAML::Key << "name" << YAML::Value << text(QStringLiteral("sitrep-slo-") + slo.name);
        out << YAML::Key << "rules" << YAML::Value << YAML::BeginSeq;
        for (const QString &window : BurnAlert::windows(slo.tiers())) {
            out << YAML::BeginMap;
            out << YAML::Key << "record" << YAML::Value << text(recordName(window));
            out << YAML::Key << "expr" << YAML::Value << text(errorRatio(slo, window));
            labels(out, slo);
            out << YAML::EndMap;
        }
        // One alert per severity: any of its tiers raises it, as in BurnAlert::state().
        for (const BurnAlert::State severity : {BurnAlert::State::Page, BurnAlert::State::Ticket}) {
            QStringList expressions;
            QStringList said;
            for (const BurnAlert::Tier &tier : slo.tiers()) {
                if (tier.severity != severity)
                    continue;
                expressions << burning(slo, tier);
                said << QStringLiteral("%1 and %2 above %3×")
                                .arg(tier.longWindow, tier.shortWindow, number(tier.factor));
            }
            if (expressions.isEmpty())
                continue;
            const bool page = severity == BurnAlert::State::Page;
            alert(out, slo, page ? "page" : "ticket", expressions.join(QStringLiteral(" or ")),
                  QStringLiteral("%1 burns its error budget%2: %3")
                          .arg(slo.name, page ? QStringLiteral(" fast") : QString(),
                               said.join(QStringLiteral(", or "))));
        }
        out << YAML::EndSeq << YAML::EndMap;
    }
    out << YAML::EndSeq << YAML::EndMap;
    return QByteArray(out.c_str()) + '\n';
}

} // namespace sitrep
