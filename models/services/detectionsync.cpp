#include "detectionsync.h"

namespace sitrep {

DetectionSync::DetectionSync(Endpoint endpoint, Detector &detector,
                             std::function<QList<DetectionRule>()> rules, EndpointStore &endpoints,
                             SecretStore &secrets, const Clock &clock, QObject *parent)
    : EndpointLoop(std::move(endpoint), endpoints, secrets, clock, parent),
      m_detector(detector),
      m_rules(std::move(rules))
{ }

void DetectionSync::request(const QString &secret)
{
    m_detector.evaluate(
            endpoint(), secret, m_rules(), clock().now(), [this](QList<DetectionReport> reports) {
                m_lastReports = std::move(reports);
                const bool anyAnswered = std::any_of(
                        m_lastReports.begin(), m_lastReports.end(),
                        [](const DetectionReport &report) { return report.outcome.answered; });
                completed(anyAnswered || m_lastReports.isEmpty()
                                  ? QString()
                                  : m_lastReports.first().outcome.problem);
            });
}

} // namespace sitrep
