#pragma once

#include "domain/incident.h"
#include "incident/incidentworkspace.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace sitrep {

class MainWindow;

// What the person has in the main window, carried into a window built again when they switch
// the language: its place on screen, the view in front, the open workspaces with what is typed
// in them, the postmortem being written and the warnings shown. (Undo histories start afresh,
// as after any reload.)
struct MainWindowState
{
    QByteArray geometry;
    int currentTab = 0;
    QList<IncidentId> workspaces; // in their tabs' order
    QList<WorkspaceDraft> drafts; // one per workspace
    IncidentId postmortem = 0;    // none open: 0
    QStringList warnings;

    [[nodiscard]] static MainWindowState of(const MainWindow &window);
    void restoreInto(MainWindow &window) const;
};

} // namespace sitrep
