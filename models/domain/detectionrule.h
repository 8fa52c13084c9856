#pragma once

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
};

// What one evaluation of a rule (or a check) found.
struct RuleOutcome
{
    std::optional<double> value;
    std::optional<double> expected;
    bool fired = false;
    QString problem; // in words; a rule with a problem never fires
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
    // The seed's three rules for `service`: error rate > 5 % (SEV-2), p99 latency > 5 s (SEV-2),
    // requests per minute < 50 % of the same time a week earlier (SEV-1).
    [[nodiscard]] static QList<DetectionRule> seedDefaults(const QString &service);
};

} // namespace sitrep
