#include "desktopnotifier.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QIcon>
#include <QSystemTrayIcon>

namespace sitrep {

namespace {

const QString service = QStringLiteral("org.freedesktop.Notifications");
const QString path = QStringLiteral("/org/freedesktop/Notifications");

} // namespace

DesktopNotifier::DesktopNotifier(QObject *parent) : QObject(parent)
{
    QDBusConnection::sessionBus().connect(service, path, service, QStringLiteral("ActionInvoked"),
                                          this, SLOT(onActionInvoked(uint, QString)));
}

void DesktopNotifier::notify(const QString &summary, const QString &body, Urgency urgency,
                             IncidentId incident, const QList<Action> &actions)
{
    QStringList flatActions; // the specification's pairs: key, label, key, label…
    for (const Action &action : actions)
        flatActions << action.key << action.label;
    const QVariantMap hints {{QStringLiteral("urgency"), QVariant::fromValue(uchar(urgency))},
                             {QStringLiteral("desktop-entry"), QStringLiteral("org.sitrep.Sitrep")},
                             {QStringLiteral("category"), QStringLiteral("im.received")}};
    QDBusMessage call
            = QDBusMessage::createMethodCall(service, path, service, QStringLiteral("Notify"));
    // Critical stays until dismissed (-1 lets the server choose for the others).
    call << QStringLiteral("Sitrep") << uint(0) << QStringLiteral("sitrep") << summary << body
         << flatActions << hints << int(urgency == Urgency::Critical ? 0 : -1);
    // Asynchronous: the GUI thread never waits on another process.
    auto *watcher
            = new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, watcher, summary, body, urgency, incident] {
                watcher->deleteLater();
                const QDBusPendingReply<uint> reply = *watcher;
                if (reply.isError())
                    return fallBack(summary, body, urgency);
                m_sent.insert(reply.value(), incident);
                Q_EMIT shown(true);
            });
}

void DesktopNotifier::fallBack(const QString &summary, const QString &body, Urgency urgency)
{
    if (m_tray)
        m_tray->showMessage(summary, body,
                            urgency == Urgency::Critical ? QSystemTrayIcon::Critical
                                                         : QSystemTrayIcon::Warning);
    Q_EMIT shown(false);
}

void DesktopNotifier::onActionInvoked(uint id, const QString &action)
{
    // Other applications' notifications come through the same signal.
    const auto sent = m_sent.constFind(id);
    if (sent != m_sent.cend())
        Q_EMIT actionInvoked(*sent, action);
}

} // namespace sitrep
