#pragma once

#include "services/slocalculation.h"

#include <QWidget>

class QLabel;
class QListView;
class QPushButton;
class QTableView;

namespace sitrep {

class RefreshWhenShown;
class SloChartsPanel;
class SloMonitor;
class SloOverviewModel;
class SlaTableModel;

// The manager's view: a card per SLO, least budget left first, the SLA table below, and the
// selected SLO's charts beside them. Everything comes from SloMonitor's snapshots; charts are
// computed on a worker when an SLO is picked.
class SloView : public QWidget
{
    Q_OBJECT
public:
    explicit SloView(SloMonitor &slos, QWidget *parent = nullptr);

    [[nodiscard]] SloOverviewModel &overview() const { return *m_overview; }
    [[nodiscard]] SlaTableModel &sla() const { return *m_sla; }
    [[nodiscard]] QListView *cards() const { return m_cards; }
    [[nodiscard]] SloChartsPanel *charts() const { return m_charts; }
    void showSnapshot(const SloSnapshot &snapshot);
    void select(const QString &slo);
    // Exports: the charts as a picture, their data at full resolution as CSV. The problem, if any.
    QString exportPng(const QString &file) const;
    QString exportCsv(const QString &file) const;
    void importFiles(const QStringList &files);
    // Asks for OpenSLO or Sloth files and imports them.
    void askImport();
    // The selected SLO's charts are drawn.
    [[nodiscard]] bool chartReady() const;

Q_SIGNALS:
    // The selected SLO's charts are drawn (or could not be).
    void chartShown();

private:
    // Selects the SLO whose chart is shown, drawn now if on screen, else when next shown.
    void showChartOf(const QString &slo);
    void loadChart(const QString &slo);
    // Asks where to save and writes there with `write`; a problem goes to the status line.
    void askExport(const QString &title, const QString &suffix, const QString &filter,
                   QString (SloView::*write)(const QString &) const);

    SloMonitor &m_slos;
    SloOverviewModel *m_overview;
    SlaTableModel *m_sla;
    QLabel *m_status;
    QLabel *m_empty;
    QListView *m_cards;
    QTableView *m_slaTable;
    SloChartsPanel *m_charts;
    QPushButton *m_exportPng;
    QPushButton *m_exportCsv;
    QString m_selected;
    QDateTime m_at;
    RefreshWhenShown *m_chartRefresh;
};

} // namespace sitrep
