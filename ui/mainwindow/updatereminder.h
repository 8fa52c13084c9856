#pragma once

#include "domain/incident.h"

#include <QObject>
#include <QSet>

class QLabel;

namespace sitrep {

class IncidentTableModel;
class IncidentService;

// Tells the commander when an open incident's next status update falls due (the severity's
// cadence): reminded() once per due time (the window sends it to the desktop's notifications),
// and always a banner in the window listing what is overdue, with links to the workspaces.
// Posting an update moves the due time.
class UpdateReminder : public QObject
{
    Q_OBJECT
public:
    UpdateReminder(IncidentTableModel &incidents, IncidentService &service, QLabel &banner,
                   QObject *parent = nullptr);

    // Looks at the clock; called once a second.
    void check();

Q_SIGNALS:
    // A newly overdue incident.
    void reminded(sitrep::IncidentId incident, const QString &text);
    // The open SEV-1 and SEV-2 incidents and the overdue updates, when either count changed.
    void countsChanged(int urgentOpen, int overdue);

private:
    IncidentTableModel &m_incidents;
    IncidentService &m_service;
    QLabel &m_banner;
    QSet<std::pair<IncidentId, qint64>> m_told; // (incident, due time)
    std::pair<int, int> m_counts {-1, -1};      // as last announced
};

} // namespace sitrep
