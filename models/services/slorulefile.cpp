#include "slorulefile.h"

#include "domain/burnalert.h"

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

// Two windows that both burn faster than `factor` times the budget raise the alert.
struct WindowPair
{
    const char *longWindow;
    const char *shortWindow;
    double factor;
};

// The same pairs and factors as BurnAlert::state().
struct Tier
{
    const char *severity;
    WindowPair pairs[2];
    const char *summary;
};
constexpr Tier tiers[] {
        {"page",
         {{"1h", "5m", 14.4}, {"6h", "30m", 6.0}},
         "%1 burns its error budget fast: 1 h and 5 min above 14.4×, or 6 h and 30 min above 6×"},
        {"ticket",
         {{"1d", "2h", 3.0}, {"3d", "6h", 1.0}},
         "%1 burns its error budget: 1 d and 2 h above 3×, or 3 d and 6 h above 1×"},
};

QString burning(const Slo &slo, const WindowPair &pair)
{
    const QString threshold = number(pair.factor * (1.0 - slo.target));
    return QStringLiteral("(%1 > %3 and %2 > %3)")
            .arg(recorded(slo, QString::fromLatin1(pair.longWindow)),
                 recorded(slo, QString::fromLatin1(pair.shortWindow)), threshold);
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

QString SloRuleFile::errorRatio(const Slo &slo, const QString &window)
{
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
        for (const QString &window : BurnAlert::windows()) {
            out << YAML::BeginMap;
            out << YAML::Key << "record" << YAML::Value << text(recordName(window));
            out << YAML::Key << "expr" << YAML::Value << text(errorRatio(slo, window));
            labels(out, slo);
            out << YAML::EndMap;
        }
        for (const Tier &tier : tiers)
            alert(out, slo, tier.severity,
                  burning(slo, tier.pairs[0]) + QStringLiteral(" or ")
                          + burning(slo, tier.pairs[1]),
                  QString::fromUtf8(tier.summary).arg(slo.name));
        out << YAML::EndSeq << YAML::EndMap;
    }
    out << YAML::EndSeq << YAML::EndMap;
    return QByteArray(out.c_str()) + '\n';
}

} // namespace sitrep
