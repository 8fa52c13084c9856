#pragma once

#include <QIcon>
#include <QObject>

class QSystemTrayIcon;
class QWidget;

namespace sitrep {

// The tray icon: the count of open SEV-1 and SEV-2 incidents and of overdue status updates, as
// a badge on Sitrep's icon and in words in its tooltip, so the war room's state shows while the
// window is hidden. Clicking it brings the window forward. Without a system tray (offscreen,
// some desktops) the counts are still kept, and the desktop notifier has no tray to fall back to.
class TrayStatus : public QObject
{
    Q_OBJECT
public:
    explicit TrayStatus(QWidget &window);

    void show(int urgentOpen, int overdue);
    [[nodiscard]] QString text() const { return m_text; }
    [[nodiscard]] QIcon icon() const { return m_icon; }
    // The number on the badge, 0 when there is none.
    [[nodiscard]] int badge() const { return m_badge; }
    [[nodiscard]] QSystemTrayIcon *tray() const { return m_tray; }

private:
    [[nodiscard]] static QIcon badged(int count);

    QWidget &m_window;
    QSystemTrayIcon *m_tray = nullptr;
    QString m_text;
    QIcon m_icon;
    int m_badge = -1;
};

} // namespace sitrep
