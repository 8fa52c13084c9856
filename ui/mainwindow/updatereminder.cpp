#include "updatereminder.h"

#include "itemmodels/incidenttablemodel.h"
#include "services/incidentservice.h"

#include <QLabel>

namespace sitrep {

UpdateReminder::UpdateReminder(IncidentTableModel &incidents, IncidentService &service,
                               QLabel &banner, QObject *parent)
    : QObject(parent), m_incidents(incidents), m_service(service), m_banner(banner)
{ }

void UpdateReminder::check()
{
    const QDateTime now = m_service.clock().now();
    const SeverityPolicy &policy = m_service.policy();
    QStringList overdue;
    int urgent = 0;
    // A copy: a reminder's receiver may change the rows.
    const QList<int> open = m_incidents.openRows();
    for (int row : open) {
        const BoardIncident &incident = m_incidents.incidentAt(row);
        if (incident.severity == Severity::Sev1 || incident.severity == Severity::Sev2)
            ++urgent;
        if (!policy.isUpdateOverdue(incident, now))
            continue;
        const QDateTime due = policy.nextUpdateDue(incident);
        overdue << tr("<a href=\"incident:%1\">%2 %3</a> (%4, due %5)")
                           .arg(incident.id)
                           .arg(incident.label(), incident.title.toHtmlEscaped(),
                                severityCode(incident.severity),
                                due.toUTC().toString(QStringLiteral("HH:mm 'UTC'")));
        if (m_told.contains({incident.id, due.toMSecsSinceEpoch()}))
            continue;
        m_told.insert({incident.id, due.toMSecsSinceEpoch()});
        const QString text
                = tr("Status update due for %1 %2 (%3): stakeholders expect one "
                     "now.")
                          .arg(incident.label(), incident.title, severityCode(incident.severity));
        Q_EMIT reminded(incident.id, text);
    }
    if (const std::pair counts {urgent, int(overdue.size())}; counts != m_counts) {
        m_counts = counts;
        Q_EMIT countsChanged(counts.first, counts.second);
    }
    m_banner.setVisible(!overdue.isEmpty());
    if (!overdue.isEmpty())
        m_banner.setText(tr("Status update overdue: %1. Post one from the incident's "
                            "Update tab.")
                                 .arg(overdue.join(QStringLiteral("; "))));
}

} // namespace sitrep
