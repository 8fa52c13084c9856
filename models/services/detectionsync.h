#pragma once

#include "detector.h"
#include "endpointloop.h"

namespace sitrep {

// Evaluates the detection rules against one Prometheus on its interval. The endpoint counts as
// failing only when no query got an answer; a rule's own problem (no value, NaN) is in its
// report.
class DetectionSync : public EndpointLoop
{
    Q_OBJECT
public:
    DetectionSync(Endpoint endpoint, Detector &detector,
                  std::function<QList<DetectionRule>()> rules, EndpointStore &endpoints,
                  SecretStore &secrets, const Clock &clock, QObject *parent = nullptr);

    [[nodiscard]] const QList<DetectionReport> &lastReports() const { return m_lastReports; }

protected:
    void request(const QString &secret) override;

private:
    Detector &m_detector;
    std::function<QList<DetectionRule>()> m_rules;
    QList<DetectionReport> m_lastReports;
};

} // namespace sitrep
