#pragma once

#include "services/teamsync.h"

#include <QDateTime>
#include <QLabel>

namespace sitrep {

// The team server in the status bar: "Team: live", "Team: offline since 14:02 · 12 changes
// waiting", "Team: read-only (…)"; the details (server, cursor, last sync, why) in its tooltip.
class TeamStatusLabel : public QLabel
{
    Q_OBJECT
public:
    TeamStatusLabel(QString server, QWidget *parent = nullptr);

    void show(const TeamSyncState &state, const QDateTime &now);

private:
    QString m_server;
    QDateTime m_offlineSince; // when it was last seen connected, or first tried
};

} // namespace sitrep
