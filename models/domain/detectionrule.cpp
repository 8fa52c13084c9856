#include "detectionrule.h"

namespace sitrep {

namespace {

bool compares(Comparison comparison, double left, double right)
{
    return comparison == Comparison::Above ? left > right : left < right;
}

QString badValue(double value)
{
    if (std::isnan(value))
        return DetectionRules::tr("NaN");
    return value > 0 ? DetectionRules::tr("+Inf") : DetectionRules::tr("-Inf");
}

} // namespace

RuleOutcome DetectionRules::evaluate(const DetectionRule &rule, std::optional<double> value,
                                     std::optional<double> expected)
{
    RuleOutcome outcome {value, expected, false, {}};
    const auto refuse = [&outcome](const QString &problem) {
        outcome.problem = problem;
        return outcome;
    };
    if (!value)
        return refuse(tr("%1: the query returned no value.").arg(rule.name));
    if (!std::isfinite(*value))
        return refuse(tr("%1: the query returned %2.").arg(rule.name, badValue(*value)));
    if (rule.expected.isEmpty()) {
        outcome.fired = compares(rule.comparison, *value, rule.threshold);
        return outcome;
    }
    if (!expected)
        return refuse(tr("%1: the expected query returned no value (no history a week back?).")
                              .arg(rule.name));
    if (!std::isfinite(*expected))
        return refuse(
                tr("%1: the expected query returned %2.").arg(rule.name, badValue(*expected)));
    if (*expected == 0)
        return refuse(tr("%1: the expected value is zero, so no share of it can be compared.")
                              .arg(rule.name));
    outcome.fired = compares(rule.comparison, *value, rule.thresholdRatio * *expected);
    return outcome;
}

QList<DetectionRule> DetectionRules::seedDefaults(const QString &service)
{
    const QString selector = QStringLiteral("service=\"%1\"").arg(service);
    DetectionRule errors;
    errors.name = QStringLiteral("high-error-rate");
    errors.title = QStringLiteral("High Error Rate Detected");
    errors.severity = Severity::Sev2;
    errors.services = {service};
    errors.query = QStringLiteral("sum(rate(http_requests_total{%1,code=~\"5..\"}[5m])) / "
                                  "sum(rate(http_requests_total{%1}[5m]))")
                           .arg(selector);
    errors.comparison = Comparison::Above;
    errors.threshold = 0.05;
    errors.holdFor = std::chrono::minutes(2);

    DetectionRule latency;
    latency.name = QStringLiteral("high-latency");
    latency.title = QStringLiteral("High Latency Detected");
    latency.severity = Severity::Sev2;
    latency.services = {service};
    latency.query = QStringLiteral("histogram_quantile(0.99, sum by (le) "
                                   "(rate(http_request_duration_seconds_bucket{%1}[5m])))")
                            .arg(selector);
    latency.comparison = Comparison::Above;
    latency.threshold = 5;
    latency.holdFor = std::chrono::minutes(2);

    DetectionRule traffic;
    traffic.name = QStringLiteral("traffic-drop");
    traffic.title = QStringLiteral("Significant Traffic Drop");
    traffic.severity = Severity::Sev1;
    traffic.services = {service};
    traffic.query = QStringLiteral("sum(rate(http_requests_total{%1}[5m])) * 60").arg(selector);
    traffic.expected
            = QStringLiteral("sum(rate(http_requests_total{%1}[5m] offset 1w)) * 60").arg(selector);
    traffic.comparison = Comparison::Below;
    traffic.thresholdRatio = 0.5;
    return {errors, latency, traffic};
}

} // namespace sitrep
