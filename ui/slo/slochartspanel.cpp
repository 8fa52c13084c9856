#include "slochartspanel.h"

#include "common/chartstyle.h"
#include "itemmodels/slooverviewmodel.h"
#include "slochartview.h"

#include <cmath>

#include <QLabel>
#include <QLineSeries>
#include <QVBoxLayout>

namespace sitrep {

namespace {

QList<QPointF> level(qint64 fromMs, qint64 toMs, double value)
{
    return {{double(fromMs), value}, {double(toMs), value}};
}

std::pair<double, double> spread(const QList<QPointF> &points, double low, double high)
{
    for (const QPointF &point : points) {
        low = std::min(low, point.y());
        high = std::max(high, point.y());
    }
    return {low, high};
}

} // namespace

SloChartsPanel::SloChartsPanel(QWidget *parent)
    : QWidget(parent),
      m_caption(new QLabel(this)),
      m_budget(new SloChartView(tr("Error budget left"), this)),
      m_burn(new SloChartView(tr("Burn rate (1-hour window)"), this)),
      m_sli(new SloChartView(tr("SLI (1-hour window)"), this)),
      m_scheme(Tones::schemeOf(palette()))
{
    m_caption->setWordWrap(true);
    m_caption->setObjectName(QStringLiteral("chartCaption"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_caption);
    layout->addWidget(m_budget, 1);
    layout->addWidget(m_burn, 1);
    layout->addWidget(m_sli, 1);

    m_budget->setObjectName(QStringLiteral("budgetChart"));
    m_burn->setObjectName(QStringLiteral("burnChart"));
    m_sli->setObjectName(QStringLiteral("sliChart"));
    clear(tr("Pick an SLO to see its charts."));
}

void SloChartsPanel::clear(const QString &message)
{
    m_chart.reset();
    m_caption->setText(message);
    // Empty axes dated 1970 say nothing: the message stands alone.
    for (SloChartView *view : views()) {
        view->reset(0, 1, 0, 1, {});
        view->setLines({});
        view->hide();
    }
}

void SloChartsPanel::setChart(const SloChart &chart)
{
    m_chart = chart;
    for (SloChartView *view : views())
        view->show();
    const SloReport &report = chart.report;
    const qint64 fromMs = report.windowStart.toMSecsSinceEpoch();
    const qint64 toMs = report.at.toMSecsSinceEpoch();
    m_caption->setText(
            tr("<b>%1</b> — %2. Target %3 over %4; budget %5 min, %6 left.")
                    .arg(report.slo.name.toHtmlEscaped(), report.slo.description.toHtmlEscaped(),
                         SloOverviewModel::percentText(report.slo.target, 2), report.windowText())
                    .arg(double(report.budgetTotal.count()) / 60'000.0, 0, 'f', 1)
                    .arg(SloOverviewModel::percentText(report.budgetRemaining)));

    const auto [budgetLow, budgetHigh] = spread(chart.data.budgetRemaining, 0, 100);
    m_budget->reset(fromMs, toMs, std::floor(budgetLow / 10) * 10, budgetHigh, tr(" %"));
    shadeIncidents(m_budget);
    m_budget->setLines({{tr("Ideal burn-down"), chart.data.idealBudget,
                         line(Series::Reference, 1.2, Qt::DashLine)},
                        {tr("Budget left"), chart.data.budgetRemaining, line(Series::Primary)}});

    const auto [burnLow, burnHigh] = spread(chart.data.burnRate, 0, 16);
    Q_UNUSED(burnLow);
    m_burn->reset(fromMs, toMs, 0, burnHigh * 1.05, tr("×"));
    shadeIncidents(m_burn);
    // The SLO's own tiers (the Workbook's unless its spec gave others): pages dashed in the
    // warm colours, tickets dotted in the calm ones.
    QList<SloChartView::Line> burnLines;
    int pages = 0;
    int tickets = 0;
    for (const BurnAlert::Tier &tier : report.slo.tiers()) {
        const bool page = tier.severity == BurnAlert::State::Page;
        const Series series = page ? (pages++ == 0 ? Series::Bad : Series::Alternate)
                                   : (tickets++ == 0 ? Series::Caution : Series::Good);
        const QString factor = QLocale().toString(tier.factor, 'g', 4);
        burnLines.append({page ? tr("Page: %1× (%2)").arg(factor, tier.longWindow)
                               : tr("Ticket: %1× (%2)").arg(factor, tier.longWindow),
                          level(fromMs, toMs, tier.factor),
                          line(series, 1, page ? Qt::DashLine : Qt::DotLine)});
    }
    burnLines.append({tr("Burn rate"), chart.data.burnRate, line(Series::Primary)});
    m_burn->setLines(burnLines);

    const double targetPercent = 100.0 * report.slo.target;
    const double allowed = 100.0 - targetPercent;
    const auto [sliLow, sliHigh] = spread(chart.data.sli, targetPercent - allowed, 100);
    Q_UNUSED(sliHigh);
    m_sli->reset(fromMs, toMs, std::max(0.0, sliLow), 100, tr(" %"));
    shadeIncidents(m_sli);
    m_sli->setLines(
            {{tr("Target"), level(fromMs, toMs, targetPercent), line(Series::Bad, 1, Qt::DashLine)},
             {tr("SLI"), chart.data.sli, line(Series::Primary)}});
}

void SloChartsPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // The desktop switched scheme: the theme resets every line's colour, so draw again.
    if (event->type() != QEvent::PaletteChange || Tones::schemeOf(palette()) == m_scheme)
        return;
    m_scheme = Tones::schemeOf(palette());
    for (SloChartView *view : views())
        ChartStyle::theme(view->chart(), palette());
    if (m_chart) {
        const SloChart shown = *m_chart;
        setChart(shown);
    }
}

QPen SloChartsPanel::line(Series series, qreal width, Qt::PenStyle style) const
{
    QPen pen(ChartStyle::colour(series, Tones::schemeOf(palette())), width, style);
    pen.setCosmetic(true);
    return pen;
}

void SloChartsPanel::shadeIncidents(SloChartView *view)
{
    QColor spanColour = ChartStyle::colour(Series::Bad, Tones::schemeOf(palette()));
    spanColour.setAlpha(40);
    const qint64 endMs = m_chart->report.at.toMSecsSinceEpoch();
    for (const IncidentSpan &incident : m_chart->incidents) {
        const qint64 toMs = incident.to.isValid() ? incident.to.toMSecsSinceEpoch() : endMs;
        view->addSpan(incident.from.toMSecsSinceEpoch(), toMs, spanColour,
                      tr("Incident %1: %2").arg(incident.label, incident.title));
    }
}

} // namespace sitrep
