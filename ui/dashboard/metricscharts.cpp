#include "metricscharts.h"

#include "common/severitystyle.h"
#include "itemmodels/metricstrendmodel.h"
#include "itemmodels/severitymetricsmodel.h"
#include "itemmodels/weeklyincidentsmodel.h"

#include <cmath>

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QLineSeries>
#include <QLocale>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

namespace sitrep {

namespace {

QStringList categories(const QAbstractItemModel &model, int column)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names << model.index(row, column).data().toString();
    return names;
}

QBarSet *barSet(const QAbstractItemModel &model, int column, const QColor &colour)
{
    auto *set = new QBarSet(model.headerData(column, Qt::Horizontal).toString());
    for (int row = 0; row < model.rowCount(); ++row)
        set->append(model.index(row, column).data().toDouble());
    set->setColor(colour);
    set->setBorderColor(colour);
    return set;
}

// From 0 to a little above the highest value, at least 1: an empty chart (no incidents yet)
// gets a real range instead of Qt Charts' "invalid range for value axis: [nan - nan]".
void fit(QValueAxis *axis, double highest)
{
    axis->setRange(0, std::isfinite(highest) && highest > 0 ? highest * 1.1 : 1.0);
    axis->applyNiceNumbers();
}

// Whole counts: ticks on whole numbers (0, 1 for an empty chart; never 0, 0, 0, 1).
void fitCounts(QValueAxis *axis, double highest)
{
    const int top = std::max(1, int(std::ceil(highest)));
    const int step = std::max(1, int(std::ceil(top / 5.0)));
    axis->setRange(0, step * (top / step + 1)); // headroom above the tallest bar
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
}

// The highest of the sets' values, stacked (summed per category) or side by side.
double highestOf(const QAbstractBarSeries &series, bool stacked)
{
    const QList<QBarSet *> sets = series.barSets();
    const int categories = sets.isEmpty() ? 0 : sets.first()->count();
    double highest = 0;
    for (int index = 0; index < categories; ++index) {
        double sum = 0;
        for (const QBarSet *set : sets)
            sum = stacked ? sum + set->at(index) : std::max(sum, set->at(index));
        highest = std::max(highest, sum);
    }
    return highest;
}

} // namespace

MetricsChart::MetricsChart(Kind kind, QAbstractItemModel &model, const QString &title,
                           QWidget *parent)
    : QChartView(new QChart, parent),
      m_kind(kind),
      m_model(model),
      m_scheme(Tones::schemeOf(palette()))
{
    // Before anything asks for this chart's accessible interface (setting its name does).
    ChartTableAccessible::follow(this, model);
    ChartStyle::theme(chart(), palette());
    chart()->setTitle(title);
    setAccessibleName(title);
    chart()->legend()->setAlignment(Qt::AlignBottom);
    chart()->setMargins(QMargins(2, 2, 2, 2));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
    connect(&m_model, &QAbstractItemModel::modelReset, this, &MetricsChart::rebuild);
    rebuild();
}

void MetricsChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    // The desktop switched scheme: the theme resets every series' colour, so build again.
    if (event->type() == QEvent::PaletteChange && Tones::schemeOf(palette()) != m_scheme) {
        m_scheme = Tones::schemeOf(palette());
        ChartStyle::theme(chart(), palette());
        rebuild();
    }
}

QColor MetricsChart::colour(Series series) const
{
    return ChartStyle::colour(series, Tones::schemeOf(palette()));
}

void MetricsChart::rebuild()
{
    chart()->removeAllSeries();
    // removeAxis hands the axis back instead of deleting it (removeAllSeries deletes): each
    // rebuild leaked the old axes until ASan said so.
    for (QAbstractAxis *axis : chart()->axes()) {
        chart()->removeAxis(axis);
        delete axis;
    }
    switch (m_kind) {
    case Kind::WeeklyBySeverity:
        buildWeekly();
        break;
    case Kind::MttrBySeverity:
        buildMttr();
        break;
    case Kind::Trends:
        buildTrends();
        break;
    }
}

void MetricsChart::buildWeekly()
{
    auto *series = new QStackedBarSeries;
    for (Severity severity : allSeverities)
        series->append(barSet(m_model, WeeklyIncidentsModel::Sev1Column + int(severity) - 1,
                              SeverityStyle::foreground(severity, Tones::schemeOf(palette()))));
    chart()->addSeries(series);
    auto *weeks = new QBarCategoryAxis;
    weeks->append(categories(m_model, WeeklyIncidentsModel::WeekColumn));
    auto *counts = new QValueAxis;
    counts->setLabelFormat(QStringLiteral("%d"));
    chart()->addAxis(weeks, Qt::AlignBottom);
    chart()->addAxis(counts, Qt::AlignLeft);
    series->attachAxis(weeks);
    series->attachAxis(counts);
    fitCounts(counts, highestOf(*series, true));
    connect(series, &QStackedBarSeries::hovered, this, [this](bool state, int index, QBarSet *set) {
        if (!state)
            return QToolTip::hideText();
        QToolTip::showText(QCursor::pos(),
                           tr("%1, week of %2: %3")
                                   .arg(set->label(),
                                        m_model.index(index, WeeklyIncidentsModel::WeekColumn)
                                                .data()
                                                .toString())
                                   .arg(set->at(index)),
                           this);
    });
}

void MetricsChart::buildMttr()
{
    auto *series = new QBarSeries;
    // The period before, pale behind; this period in the severity colours is the story.
    QBarSet *before
            = barSet(m_model, SeverityMetricsModel::PreviousMttrColumn, colour(Series::Previous));
    QBarSet *now = barSet(m_model, SeverityMetricsModel::MttrColumn, colour(Series::Primary));
    series->append(before);
    series->append(now);
    chart()->addSeries(series);
    auto *levels = new QBarCategoryAxis;
    levels->append(categories(m_model, SeverityMetricsModel::SeverityColumn));
    auto *minutes = new QValueAxis;
    minutes->setTitleText(tr("minutes"));
    chart()->addAxis(levels, Qt::AlignBottom);
    chart()->addAxis(minutes, Qt::AlignLeft);
    series->attachAxis(levels);
    series->attachAxis(minutes);
    fit(minutes, highestOf(*series, false));
    connect(series, &QBarSeries::hovered, this, [this](bool state, int index, QBarSet *set) {
        if (!state)
            return QToolTip::hideText();
        QToolTip::showText(QCursor::pos(),
                           tr("%1, %2: %3 min")
                                   .arg(m_model.index(index, SeverityMetricsModel::SeverityColumn)
                                                .data()
                                                .toString(),
                                        set->label(), QLocale().toString(set->at(index), 'f', 1)),
                           this);
    });
}

void MetricsChart::buildTrends()
{
    // Weeks by their Monday, one label per week.
    auto *weeks = new QCategoryAxis;
    weeks->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (int row = 0; row < m_model.rowCount(); ++row)
        weeks->append(m_model.index(row, MetricsTrendModel::WeekColumn).data().toString(), row + 1);
    auto *minutes = new QValueAxis;
    minutes->setTitleText(tr("minutes"));
    chart()->addAxis(weeks, Qt::AlignBottom);
    chart()->addAxis(minutes, Qt::AlignLeft);
    const std::array<std::pair<int, QColor>, 3> lines {
            {{MetricsTrendModel::MttaColumn, colour(Series::Primary)},
             {MetricsTrendModel::MttdAutomatedColumn, colour(Series::Good)},
             {MetricsTrendModel::MttdManualColumn, colour(Series::Alternate)}}};
    double highest = 0;
    for (const auto &[column, colour] : lines) {
        auto *series = new QLineSeries;
        series->setName(m_model.headerData(column, Qt::Horizontal).toString());
        series->setColor(colour);
        series->setPointsVisible(true);
        // A week without a figure leaves a gap in the data, not a fall to zero.
        for (int row = 0; row < m_model.rowCount(); ++row) {
            const QVariant value = m_model.index(row, column).data();
            if (value.isValid()) {
                series->append(row + 1, value.toDouble());
                highest = std::max(highest, value.toDouble());
            }
        }
        chart()->addSeries(series);
        series->attachAxis(weeks);
        series->attachAxis(minutes);
        connect(series, &QLineSeries::hovered, this,
                [this, series](const QPointF &point, bool state) {
                    if (!state)
                        return QToolTip::hideText();
                    const int row = std::clamp(int(std::lround(point.x())) - 1, 0,
                                               std::max(0, m_model.rowCount() - 1));
                    QToolTip::showText(
                            QCursor::pos(),
                            tr("%1, week of %2: %3 min")
                                    .arg(series->name(),
                                         m_model.index(row, MetricsTrendModel::WeekColumn)
                                                 .data()
                                                 .toString(),
                                         QLocale().toString(point.y(), 'f', 1)),
                            this);
                });
    }
    weeks->setRange(0.7, std::max(1, m_model.rowCount()) + 0.3);
    fit(minutes, highest);
}

} // namespace sitrep
