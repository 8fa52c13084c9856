#pragma once

#include "promquery.h"
#include "severity.h"

#include <chrono>
#include <cmath>
#include <optional>

#include <QCoreApplication>
#include <QStringList>

namespace sitrep {

// A comparison a rule or a resolution check makes against a Prometheus value.
enum class Comparison { Above, Below }; // ">" and "<"

// One rule of the rules file (the seed's detector): a PromQL query compared with a fixed
// threshold, or with a share of an "expected" query (the same query a week earlier).
struct DetectionRule
{
    QString name;
    QString title;
    Severity severity = Severity::Sev3;
    QStringList services;
    QString query;
    QString expected; // empty: compare with `threshold`
    Comparison comparison = Comparison::Above;
    double threshold = 0;      // without `expected`
    double thresholdRatio = 0; // with `expected`: fires when query op ratio × expected
    std::chrono::seconds holdFor {0};
    // Resolution checks only: whether it runs again when the monitoring window ends (the seed
    // re-checks error rate and latency there, not traffic).
    bool recheck = true;
};

// What one evaluation of a rule (or a check) found.
struct RuleOutcome
{
    std::optional<double> value;
    std::optional<double> expected;
    // What the value was compared with: the threshold, or the ratio times the expected value.
    std::optional<double> threshold;
    bool fired = false;
    // How long the condition has held without a break, up to the evaluation time.
    std::chrono::seconds heldFor {0};
    QString problem; // in words; a rule with a problem never fires
    // Prometheus answered the queries (even if with no value or NaN): false when a request
    // failed, which is the endpoint's health, not the rule's.
    bool answered = true;
};

class DetectionRules
{
    Q_DECLARE_TR_FUNCTIONS(DetectionRules)
public:
    // Compares a value (and the expected value, for ratio rules) as the rule says. NaN, ±Inf,
    // a missing value and an expected value of zero are problems, never a firing.
    [[nodiscard]] static RuleOutcome evaluate(const DetectionRule &rule,
                                              std::optional<double> value,
                                              std::optional<double> expected = std::nullopt);
    // Evaluates a query's answer at `atMs`. A rule with a `for` duration asks Prometheus for
    // the query over that window (windowQuery()), so one evaluation answers as a loop running
    // all along would: it fires only if the condition held at every step of the window. More
    // than one series, a gap in the window, NaN or ±Inf anywhere in it are problems.
    [[nodiscard]] static RuleOutcome evaluateReply(const DetectionRule &rule,
                                                   const QList<PromSeries> &values,
                                                   const QList<PromSeries> &expected, qint64 atMs);
    // The PromQL sent for `query` (the rule's query or its expected query): a subquery over
    // the `for` window at windowStep() resolution, or the query itself.
    [[nodiscard]] static QString windowQuery(const DetectionRule &rule, const QString &query);
    [[nodiscard]] static std::chrono::seconds windowStep(const DetectionRule &rule);
    // A value as rules, checks and reports show it (four significant digits), or `none`.
    [[nodiscard]] static QString valueText(std::optional<double> value,
                                           const QString &none = QStringLiteral("–"));

    // The seed's three rules for `service`: error rate > 5 % (SEV-2), p99 latency > 5 s (SEV-2),
    // requests per minute < 50 % of the same time a week earlier (SEV-1).
    // Without a service, the queries cover all traffic.
    [[nodiscard]] static QList<DetectionRule> seedDefaults(const QString &service = {});
    // The seed's resolution checks: error rate < 1 %, p99 < 1 s, traffic > 90 % of a week
    // earlier (checked when they first hold, not again at the end of the window).
    [[nodiscard]] static QList<DetectionRule> seedVerifyChecks(const QString &service = {});
};

} // namespace sitrep
