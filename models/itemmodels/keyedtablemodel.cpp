#include "keyedtablemodel.h"

namespace sitrep {

void KeyedTableModel::emitChangedRuns(const QList<Run> &runs)
{
    // Scattered changes (every other alert silenced) would be thousands of signals, each
    // walked by every proxy and view: past a few dozen, one span is cheaper.
    constexpr qsizetype mostRuns = 32;
    if (runs.size() > mostRuns) {
        Q_EMIT dataChanged(index(int(runs.first().first), 0),
                           index(int(runs.last().second), columnCount() - 1));
        return;
    }
    for (const Run &run : runs)
        Q_EMIT dataChanged(index(int(run.first), 0), index(int(run.second), columnCount() - 1));
}

} // namespace sitrep
