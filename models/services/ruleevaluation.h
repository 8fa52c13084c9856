#pragma once

#include "domain/detectionrule.h"
#include "domain/endpoint.h"

#include <functional>

#include <QDateTime>

namespace sitrep {

class PrometheusClient;

// Evaluates rules (or resolution checks) against one Prometheus at `at`, every query in flight
// at once; `done` gets one outcome per rule, in the rules' order. A failed request (a dead
// server, a PromQL error) is that rule's problem, in words; the others still answer.
void evaluateRules(PrometheusClient &client, const Endpoint &endpoint, const QString &secret,
                   const QList<DetectionRule> &rules, const QDateTime &at,
                   std::function<void(QList<RuleOutcome>)> done);

} // namespace sitrep
