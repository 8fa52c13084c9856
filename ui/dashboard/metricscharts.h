#pragma once

#include "common/chartaccessible.h"
#include "common/chartstyle.h"

#include <QChartView>

class QAbstractItemModel;

namespace sitrep {

// The dashboard's charts, each a view over one of the metrics table models: rebuilt when the
// model resets, with hover tooltips giving the exact value. A screen reader reads the model as
// a table.
class MetricsChart : public QChartView, public ChartDataSource
{
    Q_OBJECT
public:
    enum class Kind {
        WeeklyBySeverity, // stacked bars, one set per severity (WeeklyIncidentsModel)
        MttrBySeverity,   // MTTR bars with the period before as a ghost (SeverityMetricsModel)
        Trends,           // MTTA and MTTD lines per week (MetricsTrendModel)
    };
    MetricsChart(Kind kind, QAbstractItemModel &model, const QString &title,
                 QWidget *parent = nullptr);

    [[nodiscard]] const QAbstractItemModel &dataTable() const override { return m_model; }

protected:
    void changeEvent(QEvent *event) override;

private:
    [[nodiscard]] QColor colour(Series series) const;
    void rebuild();
    void buildWeekly();
    void buildMttr();
    void buildTrends();

    Kind m_kind;
    QAbstractItemModel &m_model;
    ColourScheme m_scheme; // drawn in: a palette change within it needs no rebuild
};

} // namespace sitrep
