#include "slochartspanel.h"

#include "itemmodels/slooverviewmodel.h"
#include "slochartview.h"

#include <cmath>

#include <QLabel>
#include <QLineSeries>
#include <QVBoxLayout>

namespace sitrep {

namespace {

QPen line(const QColor &colour, qreal width = 1.6, Qt::PenStyle style = Qt::SolidLine)
{
    QPen pen(colour, width, style);
    pen.setCosmetic(true);
    return pen;
}

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
      m_burn(new SloChartView(tr("Burn rate over the last hour"), this)),
      m_sli(new SloChartView(tr("SLI over the last hour"), this))
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
    for (SloChartView *view : views())
        view->reset(0, 1, 0, 1, {});
}

void SloChartsPanel::setChart(const SloChart &chart)
{
    m_chart = chart;
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
    m_budget->addLine(tr("Ideal burn-down"), chart.data.idealBudget,
                      line(QColor(0x75, 0x75, 0x75), 1.2, Qt::DashLine));
    m_budget->addLine(tr("Budget left"), chart.data.budgetRemaining,
                      line(QColor(0x15, 0x65, 0xc0)));

    const auto [burnLow, burnHigh] = spread(chart.data.burnRate, 0, 16);
    Q_UNUSED(burnLow);
    m_burn->reset(fromMs, toMs, 0, burnHigh * 1.05, tr("×"));
    shadeIncidents(m_burn);
    m_burn->addLine(tr("Page: 14.4× (1 h)"), level(fromMs, toMs, 14.4),
                    line(QColor(0xc6, 0x28, 0x28), 1, Qt::DashLine));
    m_burn->addLine(tr("Page: 6× (6 h)"), level(fromMs, toMs, 6.0),
                    line(QColor(0xe6, 0x51, 0x00), 1, Qt::DashLine));
    m_burn->addLine(tr("Ticket: 3× (1 d)"), level(fromMs, toMs, 3.0),
                    line(QColor(0xb2, 0x6a, 0x00), 1, Qt::DotLine));
    m_burn->addLine(tr("Ticket: 1× (3 d)"), level(fromMs, toMs, 1.0),
                    line(QColor(0x2e, 0x7d, 0x32), 1, Qt::DotLine));
    m_burn->addLine(tr("Burn rate"), chart.data.burnRate, line(QColor(0x15, 0x65, 0xc0)));

    const double targetPercent = 100.0 * report.slo.target;
    const double allowed = 100.0 - targetPercent;
    const auto [sliLow, sliHigh] = spread(chart.data.sli, targetPercent - allowed, 100);
    Q_UNUSED(sliHigh);
    m_sli->reset(fromMs, toMs, std::max(0.0, sliLow), 100, tr(" %"));
    shadeIncidents(m_sli);
    m_sli->addLine(tr("Target"), level(fromMs, toMs, targetPercent),
                   line(QColor(0xc6, 0x28, 0x28), 1, Qt::DashLine));
    m_sli->addLine(tr("SLI"), chart.data.sli, line(QColor(0x15, 0x65, 0xc0)));
}

void SloChartsPanel::shadeIncidents(SloChartView *view)
{
    const qint64 endMs = m_chart->report.at.toMSecsSinceEpoch();
    for (const IncidentSpan &incident : m_chart->incidents) {
        const qint64 toMs = incident.to.isValid() ? incident.to.toMSecsSinceEpoch() : endMs;
        view->addSpan(incident.from.toMSecsSinceEpoch(), toMs, QColor(0xc6, 0x28, 0x28, 40),
                      tr("Incident %1: %2").arg(incident.label, incident.title));
    }
}

} // namespace sitrep
