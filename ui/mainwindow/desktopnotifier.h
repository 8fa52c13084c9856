#pragma once

#include "domain/incident.h"

#include <QHash>
#include <QObject>

class QDBusPendingCallWatcher;
class QSystemTrayIcon;

namespace sitrep {

// Tells the person at this console through the desktop's notifications: the freedesktop
// Notifications service on the session bus (KDE, GNOME, XFCE, dunst, mako), with an urgency
// and actions such as Open. Where no such service answers, the tray's balloon says it without
// actions; on a console with neither, the window's banner and status bar still tell.
class DesktopNotifier : public QObject
{
    Q_OBJECT
public:
    enum class Urgency : uchar { Low = 0, Normal = 1, Critical = 2 };
    struct Action
    {
        QString key;
        QString label;
    };

    explicit DesktopNotifier(QObject *parent = nullptr);
    // Where a notification goes when no service answers; none: nowhere (the window's banner
    // and status bar still tell).
    void setTray(QSystemTrayIcon *tray) { m_tray = tray; }

    // `incident` comes back with the action the person picks.
    void notify(const QString &summary, const QString &body, Urgency urgency, IncidentId incident,
                const QList<Action> &actions = {});

Q_SIGNALS:
    void actionInvoked(sitrep::IncidentId incident, const QString &action);
    // Shown by the desktop's service (true) or by the tray, or by nothing (false).
    void shown(bool byTheDesktop);

private Q_SLOTS:
    void onActionInvoked(uint id, const QString &action);

private:
    void fallBack(const QString &summary, const QString &body, Urgency urgency);

    QHash<uint, IncidentId> m_sent; // the service's id → the incident
    QSystemTrayIcon *m_tray = nullptr;
};

} // namespace sitrep
