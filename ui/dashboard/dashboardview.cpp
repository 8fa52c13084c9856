#include "dashboardview.h"

#include "common/filewriting.h"
#include "common/refreshwhenshown.h"
#include "itemmodels/metricstrendmodel.h"
#include "itemmodels/modelcsv.h"
#include "itemmodels/severitymetricsmodel.h"
#include "itemmodels/slooverviewmodel.h"
#include "itemmodels/weeklyincidentsmodel.h"
#include "metricscharts.h"
#include "oncall/oncallsummary.h"
#include "services/incidentservice.h"
#include "services/oncallservice.h"
#include "services/slomonitor.h"
#include "slo/slocarddelegate.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>

namespace sitrep {

namespace {

QString minutesText(std::optional<double> minutes)
{
    return minutes ? DashboardView::tr("%1 min").arg(QLocale().toString(*minutes, 'f', 1))
                   : DashboardView::tr("–");
}

} // namespace

DashboardView::DashboardView(WorkspaceServices services, QWidget *parent)
    : QWidget(parent),
      m_services(services),
      m_weekly(new WeeklyIncidentsModel(this)),
      m_severities(new SeverityMetricsModel(this)),
      m_trends(new MetricsTrendModel(this)),
      m_slos(new SloOverviewModel(this)),
      m_range(new QComboBox(this)),
      m_from(new QDateEdit(this)),
      m_to(new QDateEdit(this)),
      m_service(new QComboBox(this)),
      m_status(new QLabel(this)),
      m_table(new QTableView(this))
{
    m_range->setObjectName(QStringLiteral("range"));
    m_range->addItem(tr("Last 7 days"), int(Range::Week));
    m_range->addItem(tr("Last 30 days"), int(Range::Month));
    m_range->addItem(tr("Last 90 days"), int(Range::Quarter));
    m_range->addItem(tr("Custom"), int(Range::Custom));
    m_range->setCurrentIndex(1);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setEnabled(false);
    }
    m_from->setObjectName(QStringLiteral("from"));
    m_from->setAccessibleName(tr("Period from"));
    m_to->setObjectName(QStringLiteral("to"));
    m_to->setAccessibleName(tr("Period to"));
    m_service->setObjectName(QStringLiteral("service"));
    m_service->addItem(tr("All services"), QString());
    m_status->setObjectName(QStringLiteral("dashboardStatus"));
    auto *pngButton = new QPushButton(tr("Export PNG…"), this);
    auto *csvButton = new QPushButton(tr("Export CSV…"), this);
    connect(pngButton, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getSaveFileName(this, tr("Export the dashboard"),
                                                          QStringLiteral("dashboard.png"),
                                                          tr("PNG images (*.png)"));
        if (!file.isEmpty())
            if (const QString problem = exportPng(file); !problem.isEmpty())
                m_status->setText(problem);
    });
    connect(csvButton, &QPushButton::clicked, this, [this] {
        const QString folder
                = QFileDialog::getExistingDirectory(this, tr("Export the tables to a folder"));
        if (!folder.isEmpty())
            if (const QString problem = exportCsv(folder); !problem.isEmpty())
                m_status->setText(problem);
    });
    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Period:"), this));
    controls->addWidget(m_range);
    controls->addWidget(m_from);
    controls->addWidget(new QLabel(tr("to"), this));
    controls->addWidget(m_to);
    controls->addSpacing(12);
    controls->addWidget(new QLabel(tr("Service:"), this));
    controls->addWidget(m_service);
    controls->addWidget(m_status, 1);
    controls->addWidget(pngButton);
    controls->addWidget(csvButton);

    auto *cards = new QListView(this);
    cards->setObjectName(QStringLiteral("dashboardSloCards"));
    cards->setAccessibleName(tr("SLOs, worst first"));
    cards->setModel(m_slos);
    cards->setItemDelegate(new SloCardDelegate(cards));
    cards->setFlow(QListView::LeftToRight);
    cards->setWrapping(false);
    cards->setUniformItemSizes(true);
    cards->setGridSize(QSize(430, 96));
    cards->setFixedHeight(118);
    cards->setSelectionMode(QAbstractItemView::NoSelection);
    const auto showSlos = [this](const SloSnapshot &snapshot) {
        m_slos->setSnapshot(snapshot);
        m_slosShown = true;
        Q_EMIT updated();
    };
    connect(&m_services.slos, &SloMonitor::updated, this, showSlos);
    if (m_services.slos.latest())
        showSlos(*m_services.slos.latest());

    auto *figures = new QHBoxLayout;
    figures->addWidget(figure(tr("Incidents"),
                              tr("Started in the period; open ones are counted but left out of "
                                 "MTTR."),
                              &m_incidents));
    figures->addWidget(figure(tr("MTTA"),
                              tr("Mean time to acknowledge: acknowledged − detected, over the "
                                 "acknowledged incidents."),
                              &m_mtta));
    figures->addWidget(figure(tr("MTTD"),
                              tr("Mean time to detect: detected − started, for automated and "
                                 "manual detection apart."),
                              &m_mttd));
    figures->addWidget(figure(tr("Repeat rate"),
                              tr("Incidents whose root cause (case and punctuation aside) an "
                                 "earlier incident had, as a share of all."),
                              &m_repeats));
    figures->addWidget(
            figure(tr("On call now"), tr("Who is paged first for a new incident."), &m_onCall));
    m_onCall->setObjectName(QStringLiteral("dashboardOnCall"));
    m_onCall->setWordWrap(true);
    const auto showOnCall = [this] {
        m_onCall->setText(OnCallSummary::text(m_services.oncall, QStringLiteral("\n")));
    };
    connect(&m_services.oncall, &OnCallService::changed, this, showOnCall);
    showOnCall();
    m_mttd->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("severityTable"));
    m_table->setAccessibleName(tr("Figures per severity"));
    m_table->setModel(m_severities);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setMinimumHeight(150);

    auto *charts = new QGridLayout;
    charts->addWidget(new MetricsChart(MetricsChart::Kind::WeeklyBySeverity, *m_weekly,
                                       tr("Incidents per week by severity"), this),
                      0, 0);
    charts->addWidget(new MetricsChart(MetricsChart::Kind::MttrBySeverity, *m_severities,
                                       tr("MTTR per severity: resolved − started (grey: the "
                                          "period before)"),
                                       this),
                      0, 1);
    charts->addWidget(new MetricsChart(MetricsChart::Kind::Trends, *m_trends,
                                       tr("MTTA and MTTD per week"), this),
                      1, 0);
    charts->addWidget(m_table, 1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(cards);
    layout->addLayout(figures);
    layout->addLayout(charts, 1);

    connect(m_range, &QComboBox::currentIndexChanged, this, [this] {
        const bool custom = Range(m_range->currentData().toInt()) == Range::Custom;
        m_from->setEnabled(custom);
        m_to->setEnabled(custom);
        refresh();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &DashboardView::refresh);
    connect(m_to, &QDateEdit::dateChanged, this, &DashboardView::refresh);
    connect(m_service, &QComboBox::currentIndexChanged, this, &DashboardView::refresh);
    // An alert storm changes many incidents at once: read the history again once it settles,
    // and only while the dashboard is on screen (else when it next is).
    m_refreshSoon.setSingleShot(true);
    m_refreshSoon.setInterval(500);
    auto *refreshShown = new RefreshWhenShown(this, [this] { refresh(); });
    connect(&m_refreshSoon, &QTimer::timeout, refreshShown, &RefreshWhenShown::request);
    connect(&m_services.incidents, &IncidentService::incidentChanged, &m_refreshSoon,
            qOverload<>(&QTimer::start));
    connect(&m_services.incidents, &IncidentService::incidentDeclared, &m_refreshSoon,
            qOverload<>(&QTimer::start));
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const QSignalBlocker fromBlocker(m_from);
    const QSignalBlocker toBlocker(m_to);
    m_from->setDate(today.addDays(-30));
    m_to->setDate(today);
    // The first figures are computed when the dashboard is first looked at: a decade of history
    // costs the console's start nothing.
    refreshShown->request();
}

QWidget *DashboardView::figure(const QString &name, const QString &definition, QLabel **value)
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(8, 4, 8, 4);
    auto *title = new QLabel(QStringLiteral("<b>%1</b>").arg(name.toHtmlEscaped()), box);
    *value = new QLabel(tr("–"), box);
    QFont large = (*value)->font();
    large.setPointSizeF(large.pointSizeF() * 1.4);
    large.setBold(true);
    (*value)->setFont(large);
    (*value)->setObjectName(name);
    auto *explanation = new QLabel(definition, box);
    explanation->setWordWrap(true);
    explanation->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(title);
    layout->addWidget(*value);
    layout->addWidget(explanation);
    layout->addStretch();
    return box;
}

void DashboardView::setRange(Range range)
{
    m_range->setCurrentIndex(m_range->findData(int(range)));
}

void DashboardView::setCustomPeriod(const QDate &from, const QDate &to)
{
    const QSignalBlocker fromBlocker(m_from);
    const QSignalBlocker toBlocker(m_to);
    m_from->setDate(from);
    m_to->setDate(to);
    if (Range(m_range->currentData().toInt()) == Range::Custom)
        refresh();
    else
        setRange(Range::Custom);
}

void DashboardView::setService(const QString &service)
{
    int index = m_service->findData(service);
    if (index < 0) {
        m_service->addItem(service, service);
        index = m_service->count() - 1;
    }
    m_service->setCurrentIndex(index);
}

MetricsPeriod DashboardView::period() const
{
    MetricsPeriod period;
    period.service = m_service->currentData().toString();
    const Range range = Range(m_range->currentData().toInt());
    if (range == Range::Custom) {
        period.from = QDateTime(m_from->date(), QTime(0, 0), Qt::UTC);
        // The last day is included.
        period.to = QDateTime(m_to->date().addDays(1), QTime(0, 0), Qt::UTC);
        return period;
    }
    const int days = range == Range::Week ? 7 : range == Range::Month ? 30 : 90;
    period.to = QDateTime::currentDateTimeUtc();
    period.from = period.to.addDays(-days);
    return period;
}

void DashboardView::refresh()
{
    m_onCall->setText(OnCallSummary::text(m_services.oncall, QStringLiteral("\n")));
    const MetricsPeriod wanted = period();
    if (wanted.from >= wanted.to) {
        m_status->setText(tr("The period's start must be before its end."));
        Q_EMIT updated();
        return;
    }
    m_status->setText(tr("Computing…"));
    const int request = ++m_request;
    m_services.metrics.request(wanted, [this, request](Result<MetricsReport> report) {
        if (request != m_request)
            return; // a newer period was asked for meanwhile
        if (!report) {
            m_status->setText(tr("Could not compute the metrics: %1").arg(report.error()));
        } else {
            m_status->clear();
            showReport(report.value());
        }
        Q_EMIT updated();
    });
}

void DashboardView::showReport(const MetricsReport &report)
{
    m_report = report;
    const IncidentMetrics &metrics = report.current;
    m_weekly->setReport(report);
    m_severities->setReport(report);
    m_trends->setReport(report);
    m_incidents->setText(tr("%1 (%2 open)").arg(metrics.total).arg(metrics.open));
    m_mtta->setText(minutesText(metrics.mttaMinutes));
    m_mttd->setText(tr("%1 automated\n%2 manual")
                            .arg(minutesText(metrics.mttdAutomatedMinutes),
                                 minutesText(metrics.mttdManualMinutes)));
    m_repeats->setText(tr("%1 % (%2 of %3)")
                               .arg(QLocale().toString(metrics.repeatRatePercent, 'f', 1))
                               .arg(metrics.repeatIncidents)
                               .arg(metrics.total));
    updateServices(metrics.services);
}

void DashboardView::updateServices(const QStringList &services)
{
    const QSignalBlocker blocker(m_service);
    for (const QString &service : services)
        if (m_service->findData(service) < 0)
            m_service->addItem(service, service);
}

QString DashboardView::exportPng(const QString &file)
{
    return grab().save(file, "PNG") ? QString() : tr("Could not write %1.").arg(file);
}

QString DashboardView::exportCsv(const QString &folder) const
{
    const QDir dir(folder);
    for (const auto &[name, model] : {std::pair<QString, const QAbstractItemModel *> {
                                              QStringLiteral("incidents-per-week.csv"), m_weekly},
                                      {QStringLiteral("severities.csv"), m_severities},
                                      {QStringLiteral("trends.csv"), m_trends}})
        if (const QString problem = FileWriting::write(dir.filePath(name), ModelCsv::write(*model));
            !problem.isEmpty())
            return problem;
    return {};
}

} // namespace sitrep
