#include "updatereminder.h"

#include "itemmodels/incidenttablemodel.h"
#include "services/incidentservice.h"

#include <algorithm>
#include <optional>

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
    QList<std::pair<const BoardIncident *, QDateTime>> overdue; // with its due time
    QList<const BoardIncident *> newlyDue;
    int urgent = 0;
    for (int row : m_incidents.openRows()) {
        const BoardIncident &incident = m_incidents.incidentAt(row);
        if (incident.severity == Severity::Sev1 || incident.severity == Severity::Sev2)
            ++urgent;
        if (!policy.isUpdateOverdue(incident, now))
            continue;
        const QDateTime due = policy.nextUpdateDue(incident);
        overdue.append({&incident, due});
        if (!m_told.contains({incident.id, due.toMSecsSinceEpoch()})) {
            m_told.insert({incident.id, due.toMSecsSinceEpoch()});
            newlyDue.append(&incident);
        }
    }
    // Everything is read from the rows before anyone is told: a receiver may change them.
    const std::pair counts {urgent, int(overdue.size())};
    showBanner(std::move(overdue));
    const std::optional<Reminder> reminder = reminderFor(std::move(newlyDue));
    if (counts != m_counts) {
        m_counts = counts;
        Q_EMIT countsChanged(counts.first, counts.second);
    }
    if (reminder)
        Q_EMIT reminded(reminder->incident, reminder->count, reminder->text);
}

QString UpdateReminder::withRest(const QStringList &named, qsizetype of)
{
    const QString list = named.join(QStringLiteral("; "));
    const int rest = int(of - named.size());
    return rest > 0 ? tr("%1 and %n more", nullptr, rest).arg(list) : list;
}

std::optional<UpdateReminder::Reminder>
UpdateReminder::reminderFor(QList<const BoardIncident *> due)
{
    if (due.isEmpty())
        return std::nullopt;
    if (due.size() == 1) {
        const BoardIncident &incident = *due.first();
        return Reminder {
                incident.id, 1,
                tr("Status update due for %1 %2 (%3): stakeholders expect one now.")
                        .arg(incident.label(), incident.title, severityCode(incident.severity))};
    }
    // The most severe are named.
    const auto named = due.begin() + std::min<qsizetype>(due.size(), namedInReminder);
    std::partial_sort(due.begin(), named, due.end(),
                      [](const auto *a, const auto *b) { return a->severity < b->severity; });
    QStringList names;
    for (const BoardIncident *incident : due.first(named - due.begin()))
        names << tr("%1 %2 (%3)")
                         .arg(incident->label(), incident->title, severityCode(incident->severity));
    return Reminder {0, int(due.size()),
                     tr("Status updates due for %1: stakeholders expect them now.")
                             .arg(withRest(names, due.size()))};
}

void UpdateReminder::showBanner(QList<std::pair<const BoardIncident *, QDateTime>> overdue)
{
    m_banner.setVisible(!overdue.isEmpty());
    if (overdue.isEmpty())
        return;
    // The most severe first, then the longest overdue: what to update first.
    const auto shown = overdue.begin() + std::min<qsizetype>(overdue.size(), namedInBanner);
    std::partial_sort(overdue.begin(), shown, overdue.end(), [](const auto &a, const auto &b) {
        return std::pair(a.first->severity, a.second) < std::pair(b.first->severity, b.second);
    });
    QStringList links;
    for (auto it = overdue.begin(); it != shown; ++it) {
        const BoardIncident &incident = *it->first;
        links << tr("<a href=\"incident:%1\">%2 %3</a> (%4, due %5)")
                         .arg(incident.id)
                         .arg(incident.label(), incident.title.toHtmlEscaped(),
                              severityCode(incident.severity),
                              it->second.toUTC().toString(QStringLiteral("HH:mm 'UTC'")));
    }
    m_banner.setText(tr("Status update overdue: %1. Post one from the incident's Update tab.")
                             .arg(withRest(links, overdue.size())));
}

} // namespace sitrep
