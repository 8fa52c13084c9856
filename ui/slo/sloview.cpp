#include "sloview.h"

#include "common/filewriting.h"
#include "common/refreshwhenshown.h"
#include "itemmodels/slooverviewmodel.h"
#include "services/slomonitor.h"
#include "slocarddelegate.h"
#include "slochartspanel.h"

#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace sitrep {

SloView::SloView(SloMonitor &slos, QWidget *parent)
    : QWidget(parent),
      m_slos(slos),
      m_overview(new SloOverviewModel(this)),
      m_sla(new SlaTableModel(this)),
      m_status(new QLabel(this)),
      m_empty(new QLabel(this)),
      m_cards(new QListView(this)),
      m_slaTable(new QTableView(this)),
      m_charts(new SloChartsPanel(this)),
      m_exportPng(new QPushButton(tr("Export PNG…"), this)),
      m_exportCsv(new QPushButton(tr("Export CSV…"), this))
{
    m_status->setObjectName(QStringLiteral("sloStatus"));
    m_status->setWordWrap(true);
    m_empty->setObjectName(QStringLiteral("sloEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setText(tr("No SLOs yet. Import an OpenSLO or Sloth file, or add the seed's three "
                        "for a service with: sitrepctl slo seed SERVICE"));
    m_cards->setObjectName(QStringLiteral("sloCards"));
    m_cards->setAccessibleName(tr("SLOs, worst first"));
    m_cards->setModel(m_overview);
    m_cards->setItemDelegate(new SloCardDelegate(m_cards));
    m_cards->setUniformItemSizes(true);
    m_cards->setMinimumWidth(420);
    m_cards->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_slaTable->setObjectName(QStringLiteral("slaTable"));
    m_slaTable->setAccessibleName(tr("SLA compliance"));
    m_slaTable->setModel(m_sla);
    m_slaTable->verticalHeader()->hide();
    m_slaTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_slaTable->horizontalHeader()->setStretchLastSection(true);
    m_slaTable->setSelectionMode(QAbstractItemView::NoSelection);

    auto *refresh = new QPushButton(tr("Refresh"), this);
    auto *import = new QPushButton(tr("Import…"), this);
    connect(refresh, &QPushButton::clicked, &m_slos, &SloMonitor::start);
    connect(import, &QPushButton::clicked, this, &SloView::askImport);
    connect(m_exportPng, &QPushButton::clicked, this, [this] {
        askExport(tr("Export the charts"), QStringLiteral(".png"), tr("PNG images (*.png)"),
                  &SloView::exportPng);
    });
    connect(m_exportCsv, &QPushButton::clicked, this, [this] {
        askExport(tr("Export the chart data"), QStringLiteral(".csv"), tr("CSV files (*.csv)"),
                  &SloView::exportCsv);
    });
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_status, 1);
    bar->addWidget(refresh);
    bar->addWidget(import);
    bar->addWidget(m_exportPng);
    bar->addWidget(m_exportCsv);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_empty);
    leftLayout->addWidget(m_cards, 3);
    auto *slaTitle = new QLabel(tr("<b>SLA</b>: monthly availability against 99.9 %; 10 % of "
                                   "the monthly fee back for each 0.1 % below, at most 100 %."),
                                left);
    slaTitle->setWordWrap(true);
    leftLayout->addWidget(slaTitle);
    leftLayout->addWidget(m_slaTable, 1);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_charts);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({520, 900});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    // A chart reads a month of samples: each snapshot (every minute) draws it again only
    // while the SLOs are on screen, else once they are next shown.
    m_chartRefresh = new RefreshWhenShown(this, [this] { loadChart(m_selected); });
    connect(m_cards->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    showChartOf(current.data(SloOverviewModel::NameRole).toString());
            });
    connect(&m_slos, &SloMonitor::updated, this, &SloView::showSnapshot);
    connect(&m_slos, &SloMonitor::failed, this, [this](const QString &problem) {
        m_status->setText(tr("Could not compute the SLOs: %1").arg(problem));
    });
    if (m_slos.latest())
        showSnapshot(*m_slos.latest());
    else
        m_status->setText(tr("Reading the SLOs…"));
    m_exportPng->setEnabled(false);
    m_exportCsv->setEnabled(false);
}

void SloView::showSnapshot(const SloSnapshot &snapshot)
{
    m_at = snapshot.at;
    m_overview->setSnapshot(snapshot);
    m_sla->setMonths(snapshot.sla);
    m_empty->setVisible(snapshot.reports.isEmpty());
    QString status
            = tr("As of %1.")
                      .arg(QLocale().toString(snapshot.at.toLocalTime(), QLocale::ShortFormat));
    if (!snapshot.problems.isEmpty())
        status += u' '
                + tr("Shown from the cache; fetching failed: %1")
                          .arg(snapshot.problems.join(QStringLiteral("; ")));
    m_status->setText(status);
    // Keep the SLO in view across refreshes; the worst one otherwise.
    int row = m_overview->rowOf(m_selected);
    if (row < 0 && !snapshot.reports.isEmpty())
        row = 0;
    if (row >= 0) {
        m_cards->setCurrentIndex(m_overview->index(row, 0));
        showChartOf(m_overview->reportAt(row).slo.name);
    } else {
        m_charts->clear(tr("No SLOs to chart."));
        Q_EMIT chartShown(); // there is none to draw: done as well
    }
}

void SloView::select(const QString &slo)
{
    const int row = m_overview->rowOf(slo);
    if (row >= 0)
        m_cards->setCurrentIndex(m_overview->index(row, 0));
}

void SloView::showChartOf(const QString &slo)
{
    m_selected = slo;
    m_chartRefresh->request();
}

void SloView::loadChart(const QString &slo)
{
    m_slos.chart(slo, m_at, [this, slo](Result<SloChart> chart) {
        if (slo != m_selected)
            return; // another SLO was picked meanwhile
        if (chart)
            m_charts->setChart(chart.value());
        else
            m_charts->clear(chart.error());
        m_exportPng->setEnabled(bool(chart));
        m_exportCsv->setEnabled(bool(chart));
        Q_EMIT chartShown();
    });
}

bool SloView::chartReady() const
{
    return m_charts->chart() && m_charts->chart()->report.slo.name == m_selected;
}

QString SloView::exportPng(const QString &file) const
{
    if (!m_charts->grab().save(file, "PNG"))
        return tr("Could not write %1.").arg(file);
    return {};
}

QString SloView::exportCsv(const QString &file) const
{
    if (!m_charts->chart())
        return tr("Pick an SLO first.");
    return FileWriting::write(file, SloReports::csv(m_charts->chart()->data));
}

void SloView::importFiles(const QStringList &files)
{
    const Result<SloImport> imported = m_slos.importFiles(files);
    if (!imported) {
        m_status->setText(imported.error());
        return;
    }
    QString status = tr("SLOs imported from %1: %2.")
                             .arg(files.join(QStringLiteral(", ")))
                             .arg(imported.value().slos.size());
    if (!imported.value().ignored.isEmpty())
        status += u' '
                + tr("Not used: %1").arg(imported.value().ignored.join(QStringLiteral("; ")));
    m_status->setText(status);
    m_slos.start();
}

void SloView::askImport()
{
    // Several at once: OpenSLO SLOs and the SLIs they name are often kept in separate files.
    const QStringList files = QFileDialog::getOpenFileNames(
            this, tr("Import SLOs"), {}, tr("OpenSLO or Sloth files (*.yaml *.yml)"));
    if (!files.isEmpty())
        importFiles(files);
}

void SloView::askExport(const QString &title, const QString &suffix, const QString &filter,
                        QString (SloView::*write)(const QString &) const)
{
    const QString file = QFileDialog::getSaveFileName(this, title, m_selected + suffix, filter);
    if (file.isEmpty())
        return;
    if (const QString problem = (this->*write)(file); !problem.isEmpty())
        m_status->setText(problem);
}

} // namespace sitrep
