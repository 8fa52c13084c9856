#include "slochartview.h"

#include "common/chartstyle.h"
#include "domain/lttb.h"
#include "itemmodels/chartlinesmodel.h"

#include <QAreaSeries>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QToolTip>
#include <QValueAxis>
#include <QWheelEvent>

namespace sitrep {

SloChartView::SloChartView(const QString &title, QWidget *parent)
    : QChartView(new QChart, parent),
      m_time(new QDateTimeAxis(this)),
      m_values(new QValueAxis(this)),
      m_table(new ChartLinesModel(this))
{
    ChartTableAccessible::follow(this, *m_table);
    ChartStyle::theme(chart(), palette());
    chart()->setTitle(title);
    setAccessibleName(title);
    chart()->legend()->setAlignment(Qt::AlignRight);
    chart()->legend()->setVisible(true);
    chart()->setMargins(QMargins(4, 4, 4, 4));
    m_time->setFormat(QStringLiteral("dd MMM"));
    m_time->setTickCount(7);
    chart()->addAxis(m_time, Qt::AlignBottom);
    chart()->addAxis(m_values, Qt::AlignLeft);
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::HorizontalRubberBand);
    setFocusPolicy(Qt::StrongFocus);
    setToolTip(tr("Drag or turn the wheel to zoom, arrow keys to move, double-click for the "
                  "whole window."));
    connect(m_time, &QDateTimeAxis::rangeChanged, this, [this] { redraw(); });
}

void SloChartView::reset(qint64 fromMs, qint64 toMs, double low, double high, const QString &unit)
{
    chart()->removeAllSeries();
    m_full.clear();
    m_fromMs = fromMs;
    m_toMs = toMs;
    m_unit = unit;
    m_values->setRange(low, high);
    m_values->applyNiceNumbers();
    m_time->setRange(QDateTime::fromMSecsSinceEpoch(fromMs, Qt::UTC),
                     QDateTime::fromMSecsSinceEpoch(toMs, Qt::UTC));
}

void SloChartView::setLines(const QList<Line> &lines)
{
    QList<ChartLinesModel::Line> table;
    for (const Line &line : lines) {
        auto *series = new QLineSeries;
        series->setName(line.name);
        series->setPen(line.pen);
        chart()->addSeries(series);
        series->attachAxis(m_time);
        series->attachAxis(m_values);
        m_full.insert(series, line.points);
        table.append({line.name, line.points});
        connect(series, &QLineSeries::hovered, this,
                [this, series](const QPointF &point, bool state) {
                    showValue(series, point, state);
                });
    }
    m_table->setLines(std::move(table));
    // Qt Charts 6.4 does not lay out a legend again when its series were replaced after it was
    // first drawn (picking another SLO, a scheme switch): the names vanish. Showing it afresh
    // lays it out.
    chart()->legend()->setVisible(false);
    chart()->legend()->setVisible(true);
    redraw();
}

const QAbstractItemModel &SloChartView::dataTable() const
{
    return *m_table;
}

void SloChartView::addSpan(qint64 fromMs, qint64 toMs, const QColor &colour, const QString &tooltip)
{
    // An area series does not own its bounding lines: as its children they go with it when the
    // chart's series are removed, where they leaked before (LeakSanitizer, tst_sloview).
    auto *area = new QAreaSeries;
    auto *upper = new QLineSeries(area);
    auto *lower = new QLineSeries(area);
    const double top = m_values->max();
    const double bottom = m_values->min();
    upper->append({{double(fromMs), top}, {double(toMs), top}});
    lower->append({{double(fromMs), bottom}, {double(toMs), bottom}});
    area->setUpperSeries(upper);
    area->setLowerSeries(lower);
    area->setPen(Qt::NoPen);
    area->setBrush(colour);
    chart()->addSeries(area);
    area->attachAxis(m_time);
    area->attachAxis(m_values);
    // Spans explain the lines; one legend entry per incident would crowd them out.
    chart()->legend()->markers(area).first()->setVisible(false);
    connect(area, &QAreaSeries::hovered, this, [tooltip](const QPointF &, bool state) {
        if (state)
            QToolTip::showText(QCursor::pos(), tooltip);
        else
            QToolTip::hideText();
    });
}

void SloChartView::redraw()
{
    const double from = double(m_time->min().toMSecsSinceEpoch());
    const double to = double(m_time->max().toMSecsSinceEpoch());
    const int wanted = std::max(16, int(2 * chart()->plotArea().width()));
    for (auto it = m_full.cbegin(); it != m_full.cend(); ++it) {
        const QList<QPointF> &all = it.value();
        // The points in view and one either side, so the line reaches the edges.
        const auto first = std::lower_bound(all.cbegin(), all.cend(), from,
                                            [](const QPointF &p, double x) { return p.x() < x; });
        const auto last = std::upper_bound(first, all.cend(), to,
                                           [](double x, const QPointF &p) { return x < p.x(); });
        const qsizetype begin = std::max<qsizetype>(0, (first - all.cbegin()) - 1);
        const qsizetype end = std::min<qsizetype>(all.size(), (last - all.cbegin()) + 1);
        const QList<QPointF> visible = all.mid(begin, end - begin);
        it.key()->replace(m_downsampling ? Lttb::downsample(visible, wanted) : visible);
    }
}

qsizetype SloChartView::drawnPoints() const
{
    qsizetype count = 0;
    for (auto it = m_full.cbegin(); it != m_full.cend(); ++it)
        count += it.key()->count();
    return count;
}

void SloChartView::showValue(QLineSeries *series, const QPointF &point, bool state)
{
    if (!state) {
        QToolTip::hideText();
        return;
    }
    // The nearest real point, not the position on the drawn line.
    const QList<QPointF> &all = m_full.value(series);
    auto nearest = std::lower_bound(all.cbegin(), all.cend(), point.x(),
                                    [](const QPointF &p, double x) { return p.x() < x; });
    if (nearest == all.cend())
        --nearest;
    if (nearest == all.cend())
        return;
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(qint64(nearest->x()), Qt::UTC);
    QToolTip::showText(
            QCursor::pos(),
            tr("%1\n%2: %3%4")
                    .arg(QLocale().toString(at, QStringLiteral("dd MMM yyyy HH:mm 'UTC'")),
                         series->name(), QLocale().toString(nearest->y(), 'f', 3), m_unit),
            this);
}

void SloChartView::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    redraw();
}

void SloChartView::wheelEvent(QWheelEvent *event)
{
    // Only time zooms: the value axis keeps the thresholds in view.
    const double factor = event->angleDelta().y() > 0 ? 1.25 : 0.8;
    const QRectF area = chart()->plotArea();
    const double width = area.width() / factor;
    const double centre = std::clamp(event->position().x(), area.left(), area.right());
    chart()->zoomIn(QRectF(centre - width / 2, area.top(), width, area.height()));
    event->accept();
}

void SloChartView::keyPressEvent(QKeyEvent *event)
{
    const double step = chart()->plotArea().width() / 10;
    if (event->key() == Qt::Key_Left)
        chart()->scroll(-step, 0);
    else if (event->key() == Qt::Key_Right)
        chart()->scroll(step, 0);
    else
        return QChartView::keyPressEvent(event);
}

void SloChartView::mouseDoubleClickEvent(QMouseEvent *event)
{
    chart()->zoomReset();
    const double low = m_values->min();
    const double high = m_values->max();
    m_time->setRange(QDateTime::fromMSecsSinceEpoch(m_fromMs, Qt::UTC),
                     QDateTime::fromMSecsSinceEpoch(m_toMs, Qt::UTC));
    m_values->setRange(low, high);
    event->accept();
}

} // namespace sitrep
