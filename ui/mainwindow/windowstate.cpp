#include "windowstate.h"

#include "mainwindow.h"
#include "postmortem/postmortemform.h"
#include "postmortem/postmortemsview.h"

#include <QTabWidget>

namespace sitrep {

MainWindowState MainWindowState::of(const MainWindow &window)
{
    MainWindowState state;
    state.geometry = window.saveGeometry();
    state.currentTab = window.tabs()->currentIndex();
    for (const IncidentWorkspace *workspace : window.workspaces()) {
        state.workspaces << workspace->incidentId();
        state.drafts << workspace->draft();
    }
    // Its pending edits are saved as the old window goes (the editor saves when destroyed).
    // A view never looked at has no postmortem open.
    if (window.hasPostmortemsView()) {
        const PostmortemEditor &postmortem = window.postmortems()->form()->editor();
        if (postmortem.isLoaded())
            state.postmortem = postmortem.postmortem().incident;
    }
    state.warnings = window.warnings();
    return state;
}

void MainWindowState::restoreInto(MainWindow &window) const
{
    window.restoreGeometry(geometry);
    if (!warnings.isEmpty())
        window.showWarnings(warnings);
    if (postmortem != 0)
        window.postmortems()->openPostmortem(postmortem);
    for (qsizetype index = 0; index < workspaces.size(); ++index)
        if (IncidentWorkspace *workspace = window.openWorkspace(workspaces.at(index)))
            workspace->restoreDraft(drafts.at(index));
    // The same tabs in the same order: the fixed views first, then the workspaces.
    if (currentTab < window.tabs()->count())
        window.tabs()->setCurrentIndex(currentTab);
}

} // namespace sitrep
