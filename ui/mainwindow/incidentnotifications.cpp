#include "incidentnotifications.h"

#include "desktopnotifier.h"
#include "services/escalationservice.h"
#include "services/incidentservice.h"
#include "updatereminder.h"

#include <QWidget>

namespace sitrep {

IncidentNotifications::IncidentNotifications(IncidentService &service,
                                             EscalationService &escalations,
                                             UpdateReminder &reminder, DesktopNotifier &notifier,
                                             QString author, QWidget *window)
    : QObject(window),
      m_service(service),
      m_notifier(notifier),
      m_author(std::move(author)),
      m_window(window)
{
    // A group's Open shows the board, whose banner lists them (incident 0).
    connect(&reminder, &UpdateReminder::reminded, this,
            [this](IncidentId incident, int count, const QString &text) {
                m_notifier.notify(count == 1 ? tr("Update overdue")
                                             : tr("%n status updates overdue", nullptr, count),
                                  text, DesktopNotifier::Urgency::Normal, incident,
                                  {{QStringLiteral("open"), tr("Open")}});
            });
    connect(&service, &IncidentService::incidentDeclared, this, &IncidentNotifications::declared);
    connect(&escalations, &EscalationService::paged, this, &IncidentNotifications::paged);
    connect(&notifier, &DesktopNotifier::actionInvoked, this, &IncidentNotifications::act);
}

bool IncidentNotifications::isSamePerson(const QString &person, const QString &author)
{
    const auto name = [](const QString &text) { return text.section(u'@', 0, 0).trimmed(); };
    return !author.trimmed().isEmpty()
            && name(person).compare(name(author), Qt::CaseInsensitive) == 0;
}

void IncidentNotifications::paged(IncidentId incident, const QString &person)
{
    if (!isSamePerson(person, m_author))
        return;
    const Result<Incident> found = m_service.incident(incident);
    if (!found)
        return Q_EMIT problem(found.error());
    m_notifier.notify(
            tr("You are paged for %1 — %2").arg(found.value().label(), found.value().title),
            tr("%1, %2").arg(severityCode(found.value().severity),
                             found.value().services.join(QStringLiteral(", "))),
            DesktopNotifier::Urgency::Critical, incident,
            {{QStringLiteral("acknowledge"), tr("Acknowledge")},
             {QStringLiteral("open"), tr("Open")}});
}

void IncidentNotifications::teamConnection(bool connected, const QString &problem)
{
    if (connected == m_teamReached)
        return;
    m_teamReached = connected;
    if (connected)
        return; // the status bar says it is back; nothing to act on
    m_notifier.notify(tr("Team server out of reach"),
                      tr("Working from this console's copy; what you change is kept and goes "
                         "to the team when the server is back. %1")
                              .arg(problem),
                      DesktopNotifier::Urgency::Normal, 0);
}

void IncidentNotifications::declared(const Incident &incident)
{
    // Declared here, in front of the person: they know.
    if (incident.severity != Severity::Sev1 || m_window->isActiveWindow())
        return;
    m_notifier.notify(tr("SEV-1 declared: %1 %2").arg(incident.label(), incident.title),
                      incident.impact.isEmpty() ? incident.services.join(QStringLiteral(", "))
                                                : incident.impact,
                      DesktopNotifier::Urgency::Critical, incident.id,
                      {{QStringLiteral("open"), tr("Open")},
                       {QStringLiteral("acknowledge"), tr("Acknowledge")}});
}

void IncidentNotifications::act(IncidentId incident, const QString &action)
{
    if (action == u"acknowledge") {
        if (const Result<Incident> done = m_service.acknowledge(incident, m_author); !done)
            Q_EMIT problem(done.error());
        return;
    }
    // "open", and "default": the notification itself was clicked.
    Q_EMIT openRequested(incident);
}

} // namespace sitrep
