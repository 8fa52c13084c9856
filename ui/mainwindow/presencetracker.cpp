#include "presencetracker.h"

#include "board/incidentdetailpane.h"
#include "incident/incidentworkspace.h"
#include "incident/updatecomposer.h"
#include "services/teamsync.h"

#include <QPointer>
#include <QTabWidget>

namespace sitrep {

PresenceTracker::PresenceTracker(TeamSync &sync, QTabWidget &tabs, IncidentDetailPane &detail)
    : QObject(&sync), m_sync(sync), m_tabs(tabs), m_detail(detail)
{
    connect(&sync, &TeamSync::presenceChanged, this, &PresenceTracker::show);
    m_detail.setPresence(describer());
    for (int tab = 0; tab < m_tabs.count(); ++tab)
        if (auto *workspace = qobject_cast<IncidentWorkspace *>(m_tabs.widget(tab)))
            follow(*workspace);
    publish();
}

void PresenceTracker::follow(IncidentWorkspace &workspace)
{
    workspace.setPresence(describer());
    connect(&workspace.composer(), &UpdateComposer::draftingChanged, this,
            &PresenceTracker::publish, Qt::UniqueConnection);
    publish();
}

void PresenceTracker::publish()
{
    QList<PresencePlace> places;
    for (int tab = 0; tab < m_tabs.count(); ++tab) {
        const auto *workspace = qobject_cast<IncidentWorkspace *>(m_tabs.widget(tab));
        if (workspace && !workspace->incidentUid().isNull())
            places.append({workspace->incidentUid(), workspace->composer().drafting()});
    }
    m_sync.setPlaces(places);
}

std::function<QString(const QUuid &)> PresenceTracker::describer()
{
    // Views may outlive the tracker (it goes with the sync when the team is left).
    return [tracker = QPointer(this)](const QUuid &incident) {
        return tracker ? tracker->describe(incident) : QString();
    };
}

QString PresenceTracker::describe(const QUuid &incident) const
{
    return TeamPresence::describe(m_presence, m_sync.console(), incident);
}

void PresenceTracker::show(const QList<Presence> &presence)
{
    m_presence = presence;
    m_detail.setPresence(describer());
    for (int tab = 0; tab < m_tabs.count(); ++tab)
        if (auto *workspace = qobject_cast<IncidentWorkspace *>(m_tabs.widget(tab)))
            workspace->setPresence(describer());
}

} // namespace sitrep
