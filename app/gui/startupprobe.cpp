#include "startupprobe.h"

#include <cstdio>

#include <QAbstractItemView>
#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>

namespace sitrep {

namespace {

// A "VmRSS:" or "VmHWM:" figure of /proc/self/status, in kB.
qint64 statusFigure(const QByteArray &status, QByteArrayView key)
{
    const qsizetype at = status.indexOf(key);
    if (at < 0)
        return -1;
    const qsizetype end = status.indexOf('\n', at);
    return status.mid(at + key.size(), end - at - key.size())
            .trimmed()
            .split(' ')
            .first()
            .toLongLong();
}

} // namespace

StartupProbe::StartupProbe(QAbstractItemView &board) : QObject(&board), m_board(board)
{
    board.viewport()->installEventFilter(this);
}

void StartupProbe::watchIfAsked(QAbstractItemView &board)
{
    if (qEnvironmentVariableIntValue("SITREP_STARTUP_PROBE") == 1)
        new StartupProbe(board);
}

bool StartupProbe::eventFilter(QObject *watched, QEvent *event)
{
    // The paint event arrives before the rows are drawn: report once it has been handled.
    if (event->type() == QEvent::Paint && !m_reported && m_board.model()
        && m_board.model()->rowCount() > 0) {
        m_reported = true;
        QTimer::singleShot(0, this, &StartupProbe::report);
    }
    return QObject::eventFilter(watched, event);
}

void StartupProbe::report()
{
    QFile status(QStringLiteral("/proc/self/status"));
    const QByteArray figures = status.open(QIODevice::ReadOnly) ? status.readAll() : QByteArray();
    std::fprintf(stderr, "sitrep-startup rows=%d rss_kb=%lld hwm_kb=%lld\n",
                 m_board.model()->rowCount(), statusFigure(figures, "VmRSS:"),
                 statusFigure(figures, "VmHWM:"));
    std::fflush(stderr);
    QCoreApplication::exit(0);
}

} // namespace sitrep
