#pragma once

#include <QElapsedTimer>
#include <QObject>

class QAbstractItemView;

namespace sitrep {

// A stopwatch for the whole program, asked for with SITREP_STARTUP_PROBE=1 (benchmarks only):
// when the board first paints rows, one line goes to standard error with the rows shown and
// the process's memory, and the console quits. The benchmark times the process from exec to
// that line, so nothing of the start is left out.
class StartupProbe : public QObject
{
    Q_OBJECT
public:
    // Watches `board` if the environment asks for it; otherwise does nothing.
    static void watchIfAsked(QAbstractItemView &board);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit StartupProbe(QAbstractItemView &board);
    void report();

    QAbstractItemView &m_board;
    bool m_reported = false;
};

} // namespace sitrep
