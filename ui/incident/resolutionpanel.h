#pragma once

#include "domain/incident.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace sitrep {

class MonitoringService;
class ResolutionCheckModel;

// The workspace's view of detection and resolution checks: which rule opened the incident and
// with what values; the checks with their values and thresholds; where the monitoring window
// stands and how long is left. "Run checks" asks Prometheus without blocking the window.
class ResolutionPanel : public QWidget
{
    Q_OBJECT
public:
    ResolutionPanel(IncidentId incident, MonitoringService &monitoring, QWidget *parent = nullptr);

    [[nodiscard]] ResolutionCheckModel &model() const { return *m_model; }
    void runChecks();
    // The time left in the monitoring window moves with the clock.
    void refreshTimes();

Q_SIGNALS:
    // A run that could not happen, in words.
    void failed(const QString &problem);

private:
    void showDetections();
    void refreshAvailability();

    IncidentId m_incident;
    MonitoringService &m_monitoring;
    ResolutionCheckModel *m_model;
    QLabel *m_detected;
    QLabel *m_summary;
    QTableView *m_table;
    QPushButton *m_run;
    bool m_running = false;
};

} // namespace sitrep
