#include "detector.h"

#include "declaration.h"
#include "domain/durationtext.h"
#include "incidentservice.h"
#include "ruleevaluation.h"
#include "storage/database.h"
#include "storage/detectionstore.h"
#include "storage/transaction.h"

namespace sitrep {

namespace {

const QString detectorAuthor = QStringLiteral("sitrep-detector");

} // namespace

Detector::Detector(Database &database, IncidentService &incidents, PrometheusClient &prometheus,
                   QObject *parent)
    : QObject(parent), m_database(database), m_incidents(incidents), m_prometheus(prometheus)
{ }

Result<QList<Detection>> Detector::detectionsOf(IncidentId incident)
{
    return DetectionStore(m_database).ofIncident(incident);
}

QString Detector::firedText(const DetectionRule &rule, const RuleOutcome &outcome)
{
    const QString op
            = rule.comparison == Comparison::Above ? QStringLiteral(">") : QStringLiteral("<");
    const QString held = rule.holdFor.count() > 0 ? tr(" for %1").arg(durationText(outcome.heldFor))
                                                  : QString();
    if (rule.expected.isEmpty())
        return tr("Rule %1 fired: %2 %3 %4%5.")
                .arg(rule.name, DetectionRules::valueText(outcome.value), op,
                     DetectionRules::valueText(outcome.threshold), held);
    return tr("Rule %1 fired: %2 %3 %4 × expected %5 (= %6)%7.")
            .arg(rule.name, DetectionRules::valueText(outcome.value), op,
                 DetectionRules::valueText(rule.thresholdRatio),
                 DetectionRules::valueText(outcome.expected),
                 DetectionRules::valueText(outcome.threshold), held);
}

void Detector::evaluate(const Endpoint &endpoint, const QString &secret,
                        const QList<DetectionRule> &rules, const QDateTime &at,
                        std::function<void(QList<DetectionReport>)> done)
{
    const QDateTime when = at.isValid() ? at : m_incidents.clock().now();
    evaluateRules(
            m_prometheus, endpoint, secret, rules, when,
            [this, rules, endpoint, when, done = std::move(done)](QList<RuleOutcome> outcomes) {
                QList<DetectionReport> reports;
                for (qsizetype i = 0; i < rules.size(); ++i) {
                    DetectionReport report {rules[i], outcomes[i], 0, false};
                    if (report.outcome.fired) {
                        const Result<IncidentId> incident = incidentFor(report, endpoint, when);
                        if (incident) {
                            report.incident = incident.value();
                        } else {
                            report.outcome.problem = incident.error();
                        }
                    }
                    reports.append(report);
                }
                Q_EMIT evaluated(reports);
                done(std::move(reports));
            });
}

Result<IncidentId> Detector::incidentFor(DetectionReport &report, const Endpoint &endpoint,
                                         const QDateTime &at)
{
    const DetectionRule &rule = report.rule;
    Transaction transaction(m_database, Transaction::Lock::Immediate);
    if (auto begun = transaction.begun(); !begun)
        return Error {begun.error()};
    DetectionStore store(m_database);
    const Result<std::optional<IncidentId>> open = store.openIncidentOf(rule.name);
    if (!open)
        return Error {open.error()};
    if (open.value())
        return *open.value(); // still firing: the incident it opened is still open

    IncidentDraft draft;
    draft.title = rule.title;
    draft.severity = rule.severity;
    draft.services = rule.services;
    draft.detection = DetectionSource::Automated;
    draft.detectedAt = at;
    draft.dedupKey = QStringLiteral("rule/") + rule.name;
    // The condition has held since the start of its `for` window.
    draft.startedAt = at.addSecs(-std::max<qint64>(report.outcome.heldFor.count(), 0));
    const Result<Incident> declared = Declaration::declare(m_database, draft, detectorAuthor, at);
    if (!declared)
        return Error {declared.error()};
    const IncidentId id = declared.value().id;
    const Detection detection {rule.name,
                               id,
                               at,
                               report.outcome.value,
                               report.outcome.expected,
                               report.outcome.threshold,
                               endpoint.name};
    if (auto recorded = store.record(detection); !recorded)
        return Error {recorded.error()};
    const Result<TimelineEvent> entry
            = Declaration::recordCaptured(m_database, id, TimelineKind::DetectionMetrics,
                                          firedText(rule, report.outcome), detectorAuthor, at);
    if (!entry)
        return Error {entry.error()};
    m_database.afterCommit([this, incident = declared.value(), entry = entry.value()] {
        m_incidents.announceDeclared(incident);
        m_incidents.announceTimelineEntry(entry);
    });
    if (auto committed = transaction.commit(); !committed)
        return Error {committed.error()};
    report.opened = true;
    return id;
}

} // namespace sitrep
