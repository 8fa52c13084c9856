#pragma once

#include "common/chartstyle.h"
#include "services/slocalculation.h"

#include <QPen>
#include <QWidget>

class QLabel;

namespace sitrep {

class SloChartView;

// One SLO's three charts, one above the other on the same time axis: the error budget left
// against the ideal straight burn-down, the burn rate against the alert thresholds, and the
// SLI against its target, with the incidents of the SLO's service shaded on each.
class SloChartsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SloChartsPanel(QWidget *parent = nullptr);

    void setChart(const SloChart &chart);
    void clear(const QString &message);
    [[nodiscard]] const std::optional<SloChart> &chart() const { return m_chart; }
    [[nodiscard]] QList<SloChartView *> views() const { return {m_budget, m_burn, m_sli}; }

protected:
    void changeEvent(QEvent *event) override;

private:
    [[nodiscard]] QPen line(Series series, qreal width = 1.6,
                            Qt::PenStyle style = Qt::SolidLine) const;
    void shadeIncidents(SloChartView *view);

    QLabel *m_caption;
    SloChartView *m_budget;
    SloChartView *m_burn;
    SloChartView *m_sli;
    std::optional<SloChart> m_chart;
    ColourScheme m_scheme; // drawn in: a palette change within it needs no redraw
};

} // namespace sitrep
