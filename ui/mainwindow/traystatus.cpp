#include "traystatus.h"

#include "itemmodels/tone.h"

#include <QPainter>
#include <QSystemTrayIcon>
#include <QWidget>

namespace sitrep {

namespace {
const QString appIcon = QStringLiteral(":/sitrep/icons/sitrep.svg");
}

TrayStatus::TrayStatus(QWidget &window) : QObject(&window), m_window(window)
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QIcon(appIcon), this);
        connect(m_tray, &QSystemTrayIcon::activated, this, [this] {
            m_window.showNormal();
            m_window.raise();
            m_window.activateWindow();
        });
        m_tray->show();
    }
    show(0, 0);
}

void TrayStatus::show(int urgentOpen, int overdue)
{
    const int badge = urgentOpen + overdue;
    m_text = badge == 0 ? tr("Sitrep: no SEV-1 or SEV-2 open, no update overdue")
                        : tr("Sitrep: %1, %2")
                                  .arg(tr("%n SEV-1/SEV-2 open", nullptr, urgentOpen),
                                       tr("%n update(s) overdue", nullptr, overdue));
    if (badge != m_badge) {
        m_badge = badge;
        m_icon = badged(badge);
    }
    if (m_tray) {
        m_tray->setToolTip(m_text);
        m_tray->setIcon(m_icon);
    }
}

QIcon TrayStatus::badged(int count)
{
    if (count == 0)
        return QIcon(appIcon);
    // Drawn at the tray's usual sizes; the badge takes the lower right, as in mail clients.
    QIcon icon;
    for (const int side : {16, 22, 24, 32, 48, 64}) {
        QPixmap pixmap = QIcon(appIcon).pixmap(side, side);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const QRectF circle(side * 0.4, side * 0.4, side * 0.6, side * 0.6);
        painter.setPen(Qt::NoPen);
        painter.setBrush(Tones::colour(Tone::Danger, ColourScheme::Light));
        painter.drawEllipse(circle);
        QFont font = painter.font();
        font.setBold(true);
        font.setPixelSize(std::max(6, int(side * (count > 9 ? 0.3 : 0.42))));
        painter.setFont(font);
        painter.setPen(Qt::white);
        painter.drawText(circle, Qt::AlignCenter,
                         count > 99 ? QStringLiteral("99+") : QString::number(count));
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace sitrep
