#pragma once

#include "services/teamsync.h"

#include <QDateTime>
#include <QLabel>

namespace sitrep {

class ConflictCopyService;

// The team server in the status bar: "Team: live", "Team: offline since 14:02 · 12 changes
// waiting", "Team: read-only (…)", and "· 2 conflict copies to settle" while the merge keeps
// any; the details (server, cursor, last sync, why) in its tooltip.
class TeamStatusLabel : public QLabel
{
    Q_OBJECT
public:
    TeamStatusLabel(QString server, ConflictCopyService &conflicts, QWidget *parent = nullptr);

    void show(const TeamSyncState &state, const QDateTime &now);

private:
    void countConflicts();
    void render();

    QString m_server;
    ConflictCopyService &m_conflicts;
    QString m_state;       // what the sync said, without the conflicts
    QStringList m_details; // the tooltip's lines, without the conflicts
    int m_conflictCount = 0;
    QDateTime m_offlineSince; // when it was last seen connected, or first tried
};

} // namespace sitrep
