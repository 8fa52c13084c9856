#pragma once

#include "domain/clock.h"
#include "domain/detection.h"
#include "domain/detectionrule.h"
#include "domain/endpoint.h"
#include "domain/incident.h"

#include <functional>

#include <QObject>

namespace sitrep {

class Database;
class IncidentService;
class PrometheusClient;

// What one rule found in one evaluation, and the incident it opened or keeps open.
struct DetectionReport
{
    DetectionRule rule;
    RuleOutcome outcome;
    IncidentId incident = 0; // the rule's open incident, if it fired
    bool opened = false;     // this evaluation declared it
};

// The seed's detector: evaluates the rules against Prometheus and declares an incident for each
// rule that fired, unless the rule's incident from an earlier firing is still open. The values
// that fired it are stored with the incident and written on its timeline.
class Detector : public QObject
{
    Q_OBJECT
public:
    Detector(Database &database, IncidentService &incidents, PrometheusClient &prometheus,
             QObject *parent = nullptr);

    // Evaluates at `at` (the clock's now when invalid); `done` gets one report per rule.
    void evaluate(const Endpoint &endpoint, const QString &secret,
                  const QList<DetectionRule> &rules, const QDateTime &at,
                  std::function<void(QList<DetectionReport>)> done);

    // The firings that opened `incident` (with the values that fired them).
    [[nodiscard]] Result<QList<Detection>> detectionsOf(IncidentId incident);

    // "Rule high-error-rate fired: 0.2 > 0.05 for 2 min"
    [[nodiscard]] static QString firedText(const DetectionRule &rule, const RuleOutcome &outcome);

Q_SIGNALS:
    void evaluated(const QList<sitrep::DetectionReport> &reports);

private:
    // Declares the rule's incident, or finds the one still open, in one write transaction so
    // that two consoles evaluating at once still open one incident.
    Result<IncidentId> incidentFor(DetectionReport &report, const Endpoint &endpoint,
                                   const QDateTime &at);

    Database &m_database;
    IncidentService &m_incidents;
    PrometheusClient &m_prometheus;
};

} // namespace sitrep
