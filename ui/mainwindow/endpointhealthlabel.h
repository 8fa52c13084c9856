#pragma once

#include "domain/endpoint.h"

#include <QLabel>

namespace sitrep {

class Clock;
class MonitoringService;

// The status bar's one coloured dot and word per monitoring endpoint: the war room sees at a
// glance whether monitoring is being heard; the tooltip says since when.
class EndpointHealthLabel : public QLabel
{
    Q_OBJECT
public:
    EndpointHealthLabel(MonitoringService &monitoring, const Clock &clock,
                        QWidget *parent = nullptr);

    // Reads the endpoints and their stored health (start, after the settings changed).
    void reload();
    // Redraws them against the clock, once a second.
    void refresh();

private:
    MonitoringService &m_monitoring;
    const Clock &m_clock;
    QList<std::pair<Endpoint, EndpointHealth>> m_endpoints;
    QString m_problem;
};

} // namespace sitrep
