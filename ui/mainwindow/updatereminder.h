#pragma once

#include "domain/incident.h"

#include <QObject>
#include <QSet>

class QLabel;
class QSystemTrayIcon;

namespace sitrep {

class IncidentTableModel;
class IncidentService;

// Tells the commander when an open incident's next status update falls due (the severity's
// cadence): a desktop notification where the desktop has a system tray, and always a banner in
// the window listing what is overdue, with links to the workspaces. Each due time is notified
// once; posting an update moves it.
class UpdateReminder : public QObject
{
    Q_OBJECT
public:
    UpdateReminder(IncidentTableModel &incidents, IncidentService &service, QLabel &banner,
                   QObject *parent = nullptr);

    // Looks at the clock; called once a second.
    void check();
    [[nodiscard]] bool usesTray() const { return m_tray != nullptr; }

Q_SIGNALS:
    // A newly overdue incident (also shown as a desktop notification when there is a tray).
    void reminded(sitrep::IncidentId incident, const QString &text);

private:
    IncidentTableModel &m_incidents;
    IncidentService &m_service;
    QLabel &m_banner;
    QSystemTrayIcon *m_tray = nullptr;
    QSet<std::pair<IncidentId, qint64>> m_told; // (incident, due time)
};

} // namespace sitrep
