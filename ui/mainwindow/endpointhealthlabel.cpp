#include "endpointhealthlabel.h"

#include "common/tonestyle.h"
#include "domain/clock.h"
#include "services/monitoringservice.h"

namespace sitrep {

EndpointHealthLabel::EndpointHealthLabel(MonitoringService &monitoring, const Clock &clock,
                                         QWidget *parent)
    : QLabel(parent), m_monitoring(monitoring), m_clock(clock)
{
    setObjectName(QStringLiteral("endpointHealth"));
    setTextFormat(Qt::RichText);
    connect(&monitoring, &MonitoringService::healthChanged, this,
            [this](const QString &name, const EndpointHealth &health) {
                for (auto &[endpoint, known] : m_endpoints) {
                    if (endpoint.name == name)
                        known = health;
                }
                refresh();
            });
    ToneStyle::redrawOnSchemeChange(this, [this] { refresh(); });
    reload();
}

void EndpointHealthLabel::reload()
{
    m_endpoints.clear();
    m_problem.clear();
    const Result<QList<Endpoint>> endpoints = m_monitoring.endpoints();
    if (!endpoints) {
        m_problem = endpoints.error();
    } else {
        for (const Endpoint &endpoint : endpoints.value()) {
            const Result<EndpointHealth> stored = m_monitoring.health(endpoint.name);
            m_endpoints.append({endpoint, stored ? stored.value() : EndpointHealth()});
        }
    }
    refresh();
}

void EndpointHealthLabel::refresh()
{
    if (!m_problem.isEmpty())
        return setText(m_problem.toHtmlEscaped());
    const QDateTime now = m_clock.now();
    QStringList parts;
    QStringList details;
    for (const auto &[endpoint, health] : std::as_const(m_endpoints)) {
        const auto state = health.state(now, endpoint.pollInterval);
        const Tone tone = state == EndpointHealth::State::Ok ? Tone::Success
                : state == EndpointHealth::State::Failing    ? Tone::Danger
                                                             : Tone::Warning;
        parts << ToneStyle::span(QStringLiteral("●"), tone) + u' ' + endpoint.name.toHtmlEscaped();
        details << tr("%1: %2").arg(endpoint.name, health.describe(now, endpoint.pollInterval));
    }
    setText(parts.join(QStringLiteral("&nbsp;&nbsp;")));
    setToolTip(details.join(u'\n'));
}

} // namespace sitrep
