#pragma once

#include "domain/incident.h"

#include <QObject>

class QWidget;

namespace sitrep {

class DesktopNotifier;
class EscalationService;
class IncidentService;
class UpdateReminder;

// What the desktop is told about incidents: a status update falling overdue (Open); a page for
// the person at this console (Acknowledge, Open); and a SEV-1 declared while Sitrep is not the
// window in front, by detection or by a team mate (Open, Acknowledge); the team server going
// out of reach. Acting on one opens the workspace, or acknowledges as the person at this
// console.
class IncidentNotifications : public QObject
{
    Q_OBJECT
public:
    IncidentNotifications(IncidentService &service, EscalationService &escalations,
                          UpdateReminder &reminder, DesktopNotifier &notifier, QString author,
                          QWidget *window);
    // Whether a schedule's person is the one at this console: the same name, or the same
    // name before an e-mail address's @, in any case.
    [[nodiscard]] static bool isSamePerson(const QString &person, const QString &author);
    // The team sync's connection: going out of reach is told once per outage, with why.
    void teamConnection(bool connected, const QString &problem);

Q_SIGNALS:
    void openRequested(sitrep::IncidentId incident);
    void problem(const QString &problem);

private:
    void declared(const Incident &incident);
    void paged(IncidentId incident, const QString &person);
    void act(IncidentId incident, const QString &action);

    IncidentService &m_service;
    DesktopNotifier &m_notifier;
    QString m_author;
    QWidget *m_window;
    bool m_teamReached = true; // a console that starts offline is told too
};

} // namespace sitrep
