#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QPointF>

namespace sitrep {

// A time chart's lines as a table, for those who cannot see the chart (a screen reader reads
// it): one row per moment any line has a point, the time first, then each line's value at
// that moment (empty where the line has none). x is milliseconds since the epoch, shown in
// local time. The rows are merged on first read, so a chart that nobody reads costs nothing.
class ChartLinesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    struct Line
    {
        QString name;
        QList<QPointF> points; // sorted by x, as the charts draw them
    };
    // Replaces every line at once: one reset for a chart drawn anew, however many lines.
    void setLines(QList<Line> lines);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void merge() const;

    QList<Line> m_lines;
    // Filled by merge(): the union of the lines' x, and per line the index of its point at
    // each of them (-1: none).
    mutable QList<qint64> m_times;
    mutable QList<QList<qsizetype>> m_at;
    mutable bool m_merged = true;
};

} // namespace sitrep
