#include "knownpeople.h"

#include "itemmodels/incidenttablemodel.h"
#include "services/oncallservice.h"

#include <QSet>

namespace sitrep {

QStringList knownPeople(const OnCallService &oncall, const IncidentTableModel &incidents)
{
    QSet<QString> people;
    for (const OnCallSchedule &schedule : oncall.schedules())
        for (const ScheduleLayer &layer : schedule.layers)
            if (!layer.versions.isEmpty())
                for (const QString &person : layer.versions.last().participants)
                    people.insert(person);
    for (int row = 0; row < incidents.rowCount(); ++row) {
        const Incident &incident = incidents.incidentAt(row);
        if (!incident.commander.isEmpty())
            people.insert(incident.commander);
        for (const QString &responder : incident.responders)
            people.insert(responder);
    }
    QStringList sorted(people.begin(), people.end());
    sorted.sort(Qt::CaseInsensitive);
    return sorted;
}

} // namespace sitrep
