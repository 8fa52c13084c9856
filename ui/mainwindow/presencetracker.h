#pragma once

#include "domain/teampresence.h"

#include <functional>

#include <QObject>

class QTabWidget;

namespace sitrep {

class IncidentDetailPane;
class IncidentWorkspace;
class TeamSync;

// Presence in the war room (team mode): tells the team which incidents this console has open
// and where an update is being drafted, and shows who else is in each: in the workspace's
// header and among the board's details. Lives as long as the sync it follows.
class PresenceTracker : public QObject
{
    Q_OBJECT
public:
    PresenceTracker(TeamSync &sync, QTabWidget &tabs, IncidentDetailPane &detail);

    // A workspace tab was opened: it shows presence, and its drafting is told.
    void follow(IncidentWorkspace &workspace);
    // The open workspaces changed (one closed): the team hears where this console is now.
    void publish();
    // "Also here: alice · erin is writing an update…" for `incident`; empty when nobody else.
    [[nodiscard]] QString describe(const QUuid &incident) const;

private:
    void show(const QList<Presence> &presence);
    [[nodiscard]] std::function<QString(const QUuid &)> describer();

    TeamSync &m_sync;
    QTabWidget &m_tabs;
    IncidentDetailPane &m_detail;
    QList<Presence> m_presence;
};

} // namespace sitrep
