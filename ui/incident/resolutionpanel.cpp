#include "resolutionpanel.h"

#include "itemmodels/resolutioncheckmodel.h"
#include "services/incidentservice.h"
#include "services/monitoringservice.h"
#include "services/resolutionverifier.h"

#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace sitrep {

ResolutionPanel::ResolutionPanel(IncidentId incident, MonitoringService &monitoring,
                                 QWidget *parent)
    : QWidget(parent), m_incident(incident), m_monitoring(monitoring)
{
    m_model = new ResolutionCheckModel(incident, monitoring.verifier(), this);
    m_detected = new QLabel(this);
    m_detected->setObjectName(QStringLiteral("detectedBy"));
    m_detected->setWordWrap(true);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("resolutionSummary"));
    m_summary->setWordWrap(true);
    m_summary->setStyleSheet(QStringLiteral("font-weight: bold;"));
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("resolutionChecks"));
    m_table->setAccessibleName(tr("Resolution checks"));
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->horizontalHeader()->setSectionResizeMode(ResolutionCheckModel::CheckColumn,
                                                      QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ResolutionCheckModel::ValueColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ResolutionCheckModel::ThresholdColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ResolutionCheckModel::ResultColumn,
                                                      QHeaderView::ResizeToContents);
    m_run = new QPushButton(tr("&Run checks"), this);
    m_run->setObjectName(QStringLiteral("runChecks"));
    m_run->setToolTip(tr("Ask Prometheus now whether the metrics are back to normal."));
    connect(m_run, &QPushButton::clicked, this, &ResolutionPanel::runChecks);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_detected);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_run, 0, Qt::AlignLeft);

    connect(m_model, &ResolutionCheckModel::stateChanged, this, &ResolutionPanel::refreshTimes);
    connect(&monitoring.verifier(), &ResolutionVerifier::requiredChanged, this,
            &ResolutionPanel::refreshAvailability);
    if (const QString problem = m_model->reload(); !problem.isEmpty())
        Q_EMIT failed(problem);
    showDetections();
    refreshAvailability();
}

void ResolutionPanel::showDetections()
{
    const Result<QList<Detection>> detections = m_monitoring.detector().detectionsOf(m_incident);
    if (!detections || detections.value().isEmpty()) {
        m_detected->setText(tr("Declared by hand or from an alert, not by a detection rule."));
        return;
    }
    QStringList lines;
    for (const Detection &detection : detections.value()) {
        lines << tr("Opened by rule %1 at %2: value %3, threshold %4 (%5).")
                         .arg(detection.rule,
                              detection.firedAt.toUTC().toString(QStringLiteral("HH:mm 'UTC'")),
                              DetectionRules::valueText(detection.value),
                              DetectionRules::valueText(detection.threshold), detection.endpoint);
    }
    m_detected->setText(lines.join(u'\n'));
}

void ResolutionPanel::refreshAvailability()
{
    const bool available = m_monitoring.verifier().required();
    m_run->setEnabled(available && !m_running);
    refreshTimes();
}

void ResolutionPanel::refreshTimes()
{
    if (!m_monitoring.verifier().required()) {
        m_summary->setText(tr("No Prometheus endpoint is configured, so there are no resolution "
                              "checks: resolve is offered at once. Add one under Settings → "
                              "Monitoring endpoints."));
        return;
    }
    m_summary->setText(
            ResolutionChecks::summary(m_model->state(), m_monitoring.verifier().clock().now()));
}

void ResolutionPanel::runChecks()
{
    if (m_running)
        return;
    m_running = true;
    m_run->setEnabled(false);
    m_run->setText(tr("Checking…"));
    m_monitoring.verify(
            m_incident, std::nullopt, {},
            [guard = QPointer<ResolutionPanel>(this)](Result<ResolutionVerification> state) {
                if (!guard)
                    return;
                guard->m_running = false;
                guard->m_run->setText(tr("&Run checks"));
                guard->refreshAvailability();
                if (!state)
                    Q_EMIT guard->failed(state.error());
            });
}

} // namespace sitrep
