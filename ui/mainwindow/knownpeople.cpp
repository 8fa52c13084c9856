#include "knownpeople.h"

#include "itemmodels/incidenttablemodel.h"
#include "services/oncallservice.h"

#include <QSet>

namespace sitrep {

QStringList knownPeople(const OnCallService &oncall, const QStringList &stored,
                        const IncidentTableModel &incidents)
{
    QSet<QString> people(stored.cbegin(), stored.cend());
    for (const OnCallSchedule &schedule : oncall.schedules())
        for (const ScheduleLayer &layer : schedule.layers)
            if (!layer.versions.isEmpty())
                for (const QString &person : layer.versions.last().participants)
                    people.insert(person);
    // The board's rows name their commanders only (BoardIncident).
    for (int row = 0; row < incidents.rowCount(); ++row) {
        if (const QString &commander = incidents.incidentAt(row).commander; !commander.isEmpty())
            people.insert(commander);
    }
    QStringList sorted(people.begin(), people.end());
    sorted.sort(Qt::CaseInsensitive);
    return sorted;
}

} // namespace sitrep
