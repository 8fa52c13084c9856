#pragma once

#include "common/chartaccessible.h"

#include <QChartView>
#include <QHash>
#include <QPen>

class QLineSeries;
class QDateTimeAxis;
class QValueAxis;

namespace sitrep {
class ChartLinesModel;
}

namespace sitrep {

// A time chart that keeps each line's full data and draws it downsampled with LTTB to about
// two points per pixel of what is in view, so a month of minutes redraws in a frame and
// zooming in shows the detail. Zoom: drag a range, or the wheel; pan: the arrow keys;
// double-click: the whole window again. Hovering a line shows its exact value. A screen reader
// reads the lines as a table.
class SloChartView : public QChartView, public ChartDataSource
{
    Q_OBJECT
public:
    explicit SloChartView(const QString &title, QWidget *parent = nullptr);

    struct Line
    {
        QString name;
        QList<QPointF> points; // the full data, x in milliseconds since the epoch
        QPen pen;
    };

    // A chart is drawn anew in three steps: reset() forgets every series and sets the time
    // and value ranges, addSpan() shades what lies beneath the lines, and setLines() adds
    // the lines and their table at once, drawn once.
    void reset(qint64 fromMs, qint64 toMs, double low, double high, const QString &unit);
    // A shaded span of time (an incident), with what the tooltip says about it.
    void addSpan(qint64 fromMs, qint64 toMs, const QColor &colour, const QString &tooltip);
    void setLines(const QList<Line> &lines);
    // Draws every line again for the range in view.
    void redraw();
    // How many points the lines draw now (for tests and the benchmark).
    [[nodiscard]] qsizetype drawnPoints() const;
    // Draw every point, not a downsampled line (the benchmark's baseline).
    void setDownsampling(bool on) { m_downsampling = on; }
    [[nodiscard]] const QAbstractItemModel &dataTable() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;

private:
    void showValue(QLineSeries *series, const QPointF &point, bool state);

    QDateTimeAxis *m_time;
    QValueAxis *m_values;
    QString m_unit;
    qint64 m_fromMs = 0;
    qint64 m_toMs = 0;
    QHash<QLineSeries *, QList<QPointF>> m_full;
    bool m_downsampling = true;
    ChartLinesModel *m_table;
};

} // namespace sitrep
