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
    RuleOutcome outcome;
    outcome.value = value;
    outcome.expected = expected;
    const auto refuse = [&outcome](const QString &problem) {
        outcome.problem = problem;
        return outcome;
    };
    if (!value)
        return refuse(tr("%1: the query returned no value.").arg(rule.name));
    if (!std::isfinite(*value))
        return refuse(tr("%1: the query returned %2.").arg(rule.name, badValue(*value)));
    if (rule.expected.isEmpty()) {
        outcome.threshold = rule.threshold;
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
    outcome.threshold = rule.thresholdRatio * *expected;
    outcome.fired = compares(rule.comparison, *value, *outcome.threshold);
    return outcome;
}

QString DetectionRules::valueText(std::optional<double> value, const QString &none)
{
    return value ? QString::number(*value, 'g', 4) : none;
}

std::chrono::seconds DetectionRules::windowStep(const DetectionRule &rule)
{
    // 15 s matches a common scrape interval; long windows are capped at about 100 steps.
    return std::max(std::chrono::seconds(15), rule.holdFor / 100);
}

QString DetectionRules::windowQuery(const DetectionRule &rule, const QString &query)
{
    if (rule.holdFor.count() == 0)
        return query;
    // One step more than the window: the condition must hold from a point `for` before now,
    // whether the server's ranges include their start (Prometheus 2) or not (3).
    const std::chrono::seconds step = windowStep(rule);
    return QStringLiteral("(%1)[%2s:%3s]")
            .arg(query)
            .arg((rule.holdFor + step).count())
            .arg(step.count());
}

RuleOutcome DetectionRules::evaluateReply(const DetectionRule &rule,
                                          const QList<PromSeries> &values,
                                          const QList<PromSeries> &expected, qint64 atMs)
{
    const auto refuse = [](const QString &problem) {
        RuleOutcome outcome;
        outcome.problem = problem;
        return outcome;
    };
    if (values.size() > 1)
        return refuse(tr("%1: the query returned %2 series; aggregate it to one (with sum, max, "
                         "...).")
                              .arg(rule.name)
                              .arg(values.size()));
    if (!rule.expected.isEmpty() && expected.size() > 1)
        return refuse(tr("%1: the expected query returned %2 series; aggregate it to one.")
                              .arg(rule.name)
                              .arg(expected.size()));
    const QList<PromSample> points = values.isEmpty() ? QList<PromSample>() : values[0].samples;
    const QList<PromSample> baseline
            = expected.isEmpty() ? QList<PromSample>() : expected[0].samples;
    const auto expectedAt = [&](qint64 at) -> std::optional<double> {
        if (rule.expected.isEmpty())
            return std::nullopt;
        for (const PromSample &point : baseline)
            if (point.atMs == at)
                return point.value;
        return std::nullopt;
    };
    if (points.isEmpty())
        return evaluate(rule, std::nullopt, std::nullopt);

    const qint64 stepMs = windowStep(rule).count() * 1000;
    RuleOutcome latest;
    qint64 runStartMs = -1;
    qint64 previousMs = -1;
    for (const PromSample &point : points) {
        RuleOutcome here = evaluate(rule, point.value, expectedAt(point.atMs));
        if (!here.problem.isEmpty())
            return here;
        const bool continuous = previousMs >= 0 && point.atMs - previousMs <= stepMs;
        if (!here.fired)
            runStartMs = -1;
        else if (runStartMs < 0 || !continuous)
            runStartMs = point.atMs;
        previousMs = point.atMs;
        latest = here;
    }
    const bool recent = atMs - points.last().atMs <= stepMs;
    if (rule.holdFor.count() == 0) {
        latest.heldFor = std::chrono::seconds(0);
        latest.fired = latest.fired && recent;
        return latest;
    }
    // As Prometheus' own `for`: held from the first firing point to the last.
    const qint64 heldMs = runStartMs < 0 || !recent ? 0 : points.last().atMs - runStartMs;
    latest.heldFor = std::chrono::seconds(heldMs / 1000);
    latest.fired = heldMs >= qint64(rule.holdFor.count()) * 1000;
    return latest;
}

namespace {

// `{service="checkout"}` and `{service="checkout",code=~"5.."}`, or without the service.
QString selector(const QString &service, const QString &more = {})
{
    QStringList matchers;
    if (!service.isEmpty())
        matchers << QStringLiteral("service=\"%1\"").arg(service);
    if (!more.isEmpty())
        matchers << more;
    return matchers.isEmpty() ? QString() : u'{' + matchers.join(u',') + u'}';
}

QString errorRate(const QString &service)
{
    return QStringLiteral("sum(rate(http_requests_total%1[5m])) / "
                          "sum(rate(http_requests_total%2[5m]))")
            .arg(selector(service, QStringLiteral("code=~\"5..\"")), selector(service));
}

QString latencyP99(const QString &service)
{
    return QStringLiteral("histogram_quantile(0.99, sum by (le) "
                          "(rate(http_request_duration_seconds_bucket%1[5m])))")
            .arg(selector(service));
}

QString requestsPerMinute(const QString &service, const QString &offset = {})
{
    return QStringLiteral("sum(rate(http_requests_total%1[5m]%2)) * 60")
            .arg(selector(service), offset);
}

} // namespace

QList<DetectionRule> DetectionRules::seedVerifyChecks(const QString &service)
{
    DetectionRule errors;
    errors.name = QStringLiteral("error-rate-normal");
    errors.query = errorRate(service);
    errors.comparison = Comparison::Below;
    errors.threshold = 0.01;

    DetectionRule latency;
    latency.name = QStringLiteral("p99-normal");
    latency.query = latencyP99(service);
    latency.comparison = Comparison::Below;
    latency.threshold = 1.0;

    DetectionRule traffic;
    traffic.name = QStringLiteral("traffic-normal");
    traffic.query = requestsPerMinute(service);
    traffic.expected = requestsPerMinute(service, QStringLiteral(" offset 1w"));
    traffic.comparison = Comparison::Above;
    traffic.thresholdRatio = 0.9;
    traffic.recheck = false;
    return {errors, latency, traffic};
}

QList<DetectionRule> DetectionRules::seedDefaults(const QString &service)
{
    const QStringList services = service.isEmpty() ? QStringList() : QStringList {service};
    DetectionRule errors;
    errors.name = QStringLiteral("high-error-rate");
    errors.title = QStringLiteral("High Error Rate Detected");
    errors.severity = Severity::Sev2;
    errors.services = services;
    errors.query = errorRate(service);
    errors.comparison = Comparison::Above;
    errors.threshold = 0.05;
    errors.holdFor = std::chrono::minutes(2);

    DetectionRule latency;
    latency.name = QStringLiteral("high-latency");
    latency.title = QStringLiteral("High Latency Detected");
    latency.severity = Severity::Sev2;
    latency.services = services;
    latency.query = latencyP99(service);
    latency.comparison = Comparison::Above;
    latency.threshold = 5;
    latency.holdFor = std::chrono::minutes(2);

    DetectionRule traffic;
    traffic.name = QStringLiteral("traffic-drop");
    traffic.title = QStringLiteral("Significant Traffic Drop");
    traffic.severity = Severity::Sev1;
    traffic.services = services;
    traffic.query = requestsPerMinute(service);
    traffic.expected = requestsPerMinute(service, QStringLiteral(" offset 1w"));
    traffic.comparison = Comparison::Below;
    traffic.thresholdRatio = 0.5;
    return {errors, latency, traffic};
}

} // namespace sitrep
