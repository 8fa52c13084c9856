#pragma once

#include "domain/incident.h"
#include "services/workspaceservices.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QLineEdit;
class QTableView;

namespace sitrep {

class AlertFilterModel;
class RefreshWhenShown;
class AlertTableModel;

// The triage inbox: every cached alert with its state, group and incident; keyboard-first.
// Select any number and silence them (S), attach them to an incident (A) or open one
// incident for them (O). A grouping rule can be tried against the cached alerts.
class AlertsView : public QWidget
{
    Q_OBJECT
public:
    AlertsView(WorkspaceServices services, const QString &author, QWidget *parent = nullptr);

    [[nodiscard]] QTableView *table() const { return m_table; }
    [[nodiscard]] bool groupingRuleShown() const;
    [[nodiscard]] AlertTableModel &model() const { return *m_model; }
    [[nodiscard]] QStringList selectedFingerprints() const;

    void silenceSelected();
    void attachSelected();
    void openIncidentForSelected();
    // Ends the silences (created from Sitrep) that hold the selected alerts.
    void expireSilencesOfSelected();
    // Attaches the selected alerts to `incident`; returns the problem, if any.
    QString attachSelectedTo(IncidentId incident);
    // The rule typed ("alertname, service") against the cached alerts: how many incidents it
    // would give, counted on a worker and shown when counted.
    void tryGroupingRule();

Q_SIGNALS:
    void openIncident(sitrep::IncidentId id);
    // The tried rule was made the grouping rule; the executable keeps it in the settings.
    void groupingChosen(const QStringList &groupBy);
    void statusMessage(const QString &message);
    // No Alertmanager yet: Connect… asks for the endpoints' settings.
    void connectRequested();
    // The grouping rule's outcome is shown (counted on a worker).
    void groupingRuleTried();

private:
    void report(const QString &problem, const QString &success);
    // The table, or in its place what fills it: connect an Alertmanager, or that it reports
    // nothing.
    void showWhatFillsIt();
    [[nodiscard]] QStringList ruleLabels() const;

    WorkspaceServices m_services;
    QString m_author;
    AlertTableModel *m_model;
    AlertFilterModel *m_proxy;
    QLineEdit *m_filter;
    QTableView *m_table;
    QLabel *m_summary;
    QLabel *m_problem;
    QLabel *m_empty; // in place of the table while there are no alerts
    QPushButton *m_connect;
    QLineEdit *m_rule;
    QLabel *m_ruleResult;
    RefreshWhenShown *m_ruleRetry; // tries the rule again when the alerts change
    int m_ruleAsked = 0;
};

} // namespace sitrep
