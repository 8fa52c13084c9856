#include "resolutionverifier.h"

#include "declaration.h"
#include "incidentservice.h"
#include "ruleevaluation.h"
#include "storage/database.h"
#include "storage/detectionstore.h"
#include "storage/transaction.h"

namespace sitrep {

namespace {

const QString verifierAuthor = QStringLiteral("sitrep-verifier");

} // namespace

ResolutionVerifier::ResolutionVerifier(Database &database, IncidentService &incidents,
                                       PrometheusClient &prometheus, QObject *parent)
    : QObject(parent), m_database(database), m_incidents(incidents), m_prometheus(prometheus)
{ }

void ResolutionVerifier::setChecks(QList<DetectionRule> checks,
                                   std::chrono::seconds monitoringWindow)
{
    m_checks = std::move(checks);
    m_window = monitoringWindow;
}

void ResolutionVerifier::setRequired(bool required)
{
    if (m_required == required)
        return;
    m_required = required;
    Q_EMIT requiredChanged(required);
}

const Clock &ResolutionVerifier::clock() const
{
    return m_incidents.clock();
}

Result<ResolutionVerification> ResolutionVerifier::state(IncidentId incident)
{
    return DetectionStore(m_database).verification(incident);
}

void ResolutionVerifier::verify(IncidentId incident, const Endpoint &endpoint,
                                const QString &secret, const QDateTime &at,
                                std::function<void(Result<ResolutionVerification>)> done)
{
    const Result<Incident> found = m_incidents.incident(incident);
    if (!found)
        return done(Error {found.error()});
    if (!found.value().isOpen())
        return done(Error {tr("Incident #%1 is already resolved.").arg(incident)});
    if (m_checks.isEmpty())
        return done(Error {tr("There are no resolution checks: add them under verify: in the "
                              "rules file.")});
    const QDateTime when = at.isValid() ? at : m_incidents.clock().now();
    evaluateRules(
            m_prometheus, endpoint, secret, m_checks, when,
            [this, incident, when, checks = m_checks,
             done = std::move(done)](QList<RuleOutcome> outcomes) {
                QList<CheckResult> results;
                for (qsizetype i = 0; i < checks.size(); ++i)
                    results.append(CheckResult {checks[i].name, outcomes[i], checks[i].recheck});
                done(advance(incident, std::move(results), when));
            });
}

Result<ResolutionVerification>
ResolutionVerifier::advance(IncidentId incident, QList<CheckResult> results, const QDateTime &at)
{
    Transaction transaction(m_database, Transaction::Lock::Immediate);
    if (auto begun = transaction.begun(); !begun)
        return Error {begun.error()};
    DetectionStore store(m_database);
    const Result<ResolutionVerification> previous = store.verification(incident);
    if (!previous)
        return Error {previous.error()};
    const ResolutionChecks::Advance next
            = ResolutionChecks::advance(previous.value(), std::move(results), at, m_window);
    if (auto saved = store.saveVerification(incident, next.state); !saved)
        return Error {saved.error()};
    if (const QString text = ResolutionChecks::timelineText(next); !text.isEmpty()) {
        const Result<TimelineEvent> entry = Declaration::recordCaptured(
                m_database, incident, TimelineKind::ResolutionCheck, text, verifierAuthor, at);
        if (!entry)
            return Error {entry.error()};
        m_database.afterCommit(
                [this, entry = entry.value()] { m_incidents.announceTimelineEntry(entry); });
    }
    m_database.afterCommit(
            [this, incident, state = next.state] { Q_EMIT verificationChanged(incident, state); });
    if (auto committed = transaction.commit(); !committed)
        return Error {committed.error()};
    return next.state;
}

Result<Incident> ResolutionVerifier::resolve(IncidentId incident, const QString &resolution,
                                             const QString &rootCause,
                                             const QString &overrideReason, const QString &author)
{
    if (!required())
        return m_incidents.resolve(incident, resolution, rootCause, author);
    const Result<ResolutionVerification> verification = state(incident);
    if (!verification)
        return Error {verification.error()};
    if (verification.value().resolvable)
        return m_incidents.resolve(incident, resolution, rootCause, author);
    const QString summary
            = ResolutionChecks::summary(verification.value(), m_incidents.clock().now());
    if (overrideReason.trimmed().isEmpty())
        return Error {tr("The resolution checks are not verified yet: %1 Give a reason to "
                         "resolve anyway.")
                              .arg(summary)};
    // The override and the resolution are one change: both or neither.
    Transaction transaction(m_database);
    if (auto begun = transaction.begun(); !begun)
        return Error {begun.error()};
    const Result<TimelineEvent> entry
            = Declaration::recordCaptured(m_database, incident, TimelineKind::ResolutionCheck,
                                          tr("Resolved without verified checks (%1). Reason: %2")
                                                  .arg(summary, overrideReason.trimmed()),
                                          author, m_incidents.clock().now());
    if (!entry)
        return Error {entry.error()};
    m_database.afterCommit(
            [this, entry = entry.value()] { m_incidents.announceTimelineEntry(entry); });
    const Result<Incident> resolved = m_incidents.resolve(incident, resolution, rootCause, author);
    if (!resolved)
        return resolved;
    if (auto committed = transaction.commit(); !committed)
        return Error {committed.error()};
    return resolved;
}

} // namespace sitrep
