#pragma once

#include "domain/incident.h"

#include <functional>
#include <optional>

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace sitrep {

class IncidentService;
class IncidentTableModel;
class ResolutionVerifier;

// The selected incident beside the board: its facts, and the commander's controls to change
// severity, status and commander, resolve (through the resolution checks) and reopen. Every change
// goes through the service; a refusal is shown in words under the controls.
class IncidentDetailPane : public QWidget
{
    Q_OBJECT
public:
    IncidentDetailPane(IncidentService &service, ResolutionVerifier &verifier,
                       IncidentTableModel &incidents, const QString &author,
                       QWidget *parent = nullptr);

    void showIncident(IncidentId id);
    [[nodiscard]] IncidentId incidentId() const { return m_id; }
    void changeSeverity(Severity severity);
    void askToResolve();
    // Stops the escalation's paging and records the time (MTTA).
    void acknowledge();
    void askToReopen();
    // Who else has the shown incident open (team mode), among its facts.
    void setPresence(std::function<QString(const QUuid &)> describe)
    {
        m_presence = std::move(describe);
        refresh();
    }

Q_SIGNALS:
    // The postmortem of the (resolved) incident shown is wanted.
    void postmortemRequested(sitrep::IncidentId id);

private:
    void refresh();
    void report(const QString &error);
    template<typename Call> void run(Call &&call);

    IncidentService &m_service;
    ResolutionVerifier &m_verifier;
    IncidentTableModel &m_incidents;
    QString m_author;
    IncidentId m_id = 0;
    // The whole incident shown (board rows carry only the board's fields): read once when it
    // is selected, then kept current from the service's change signal, so the pane's
    // once-a-second refresh reads nothing.
    std::optional<Incident> m_whole;
    bool m_refreshing = false;
    std::function<QString(const QUuid &)> m_presence;

    QLabel *m_placeholder;
    QWidget *m_body;
    QLabel *m_heading;
    QComboBox *m_severity;
    QComboBox *m_status;
    QLineEdit *m_commander;
    QPushButton *m_assign;
    QLabel *m_facts;
    QLabel *m_error;
    QPushButton *m_acknowledge;
    QPushButton *m_resolve;
    QPushButton *m_reopen;
    QPushButton *m_postmortem;
};

} // namespace sitrep
