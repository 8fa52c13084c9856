#pragma once

#include "services/metricsservice.h"
#include "services/workspaceservices.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QListView;
class QTableView;

namespace sitrep {

class MetricsTrendModel;
class SeverityMetricsModel;
class SloOverviewModel;
class WeeklyIncidentsModel;

// The manager's dashboard on one screen: the SLO cards on top; below, the period's figures
// with their definitions, incidents per week by severity, MTTR per severity against the period
// before, the MTTA and MTTD trends and the per-severity table. Metrics are computed on a worker
// (MetricsService) whenever the period or the service changes.
class DashboardView : public QWidget
{
    Q_OBJECT
public:
    enum class Range { Week, Month, Quarter, Custom };

    DashboardView(WorkspaceServices services, QWidget *parent = nullptr);

    void setRange(Range range);
    void setCustomPeriod(const QDate &from, const QDate &to);
    void setService(const QString &service);
    void refresh();
    [[nodiscard]] MetricsPeriod period() const;
    [[nodiscard]] const std::optional<MetricsReport> &report() const { return m_report; }
    // The metrics and the SLO cards are both shown.
    [[nodiscard]] bool ready() const { return m_report && m_slosShown; }
    [[nodiscard]] WeeklyIncidentsModel &weekly() const { return *m_weekly; }
    [[nodiscard]] SeverityMetricsModel &severities() const { return *m_severities; }
    [[nodiscard]] MetricsTrendModel &trends() const { return *m_trends; }

    // The whole dashboard as a picture; every table as CSV into a folder. The problem, if any.
    QString exportPng(const QString &file);
    QString exportCsv(const QString &folder) const;

Q_SIGNALS:
    // The figures for the current period, or the SLO cards, are shown (or the reason they
    // cannot be).
    void updated();

private:
    QWidget *figure(const QString &name, const QString &definition, QLabel **value);
    void showReport(const MetricsReport &report);
    void updateServices(const QStringList &services);

    WorkspaceServices m_services;
    WeeklyIncidentsModel *m_weekly;
    SeverityMetricsModel *m_severities;
    MetricsTrendModel *m_trends;
    SloOverviewModel *m_slos;
    QComboBox *m_range;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_service;
    QLabel *m_status;
    QLabel *m_incidents = nullptr;
    QLabel *m_mtta = nullptr;
    QLabel *m_mttd = nullptr;
    QLabel *m_repeats = nullptr;
    QLabel *m_onCall = nullptr;
    QTableView *m_table;
    std::optional<MetricsReport> m_report;
    QTimer m_refreshSoon;
    int m_request = 0;
    bool m_slosShown = false;
};

} // namespace sitrep
