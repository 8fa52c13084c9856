#include "incidentdetailpane.h"

#include "common/severitystyle.h"
#include "common/tonestyle.h"
#include "common/utcminute.h"
#include "itemmodels/incidenttablemodel.h"
#include "resolvedialog.h"
#include "services/incidentservice.h"
#include "services/resolutionverifier.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sitrep {

IncidentDetailPane::IncidentDetailPane(IncidentService &service, ResolutionVerifier &verifier,
                                       IncidentTableModel &incidents, const QString &author,
                                       QWidget *parent)
    : QWidget(parent),
      m_service(service),
      m_verifier(verifier),
      m_incidents(incidents),
      m_author(author)
{
    setObjectName(QStringLiteral("incidentDetail"));
    setMinimumWidth(320);
    m_placeholder = new QLabel(tr("Select an incident to see its details."), this);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);

    m_body = new QWidget(this);
    m_heading = new QLabel(m_body);
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::RichText);

    m_severity = new QComboBox(m_body);
    m_severity->setObjectName(QStringLiteral("detailSeverity"));
    for (Severity severity : allSeverities)
        m_severity->addItem(severityCode(severity), static_cast<int>(severity));
    m_status = new QComboBox(m_body);
    m_status->setObjectName(QStringLiteral("detailStatus"));
    for (IncidentStatus status : allStatuses)
        m_status->addItem(statusDisplayName(status), static_cast<int>(status));
    m_commander = new QLineEdit(m_body);
    m_commander->setObjectName(QStringLiteral("detailCommander"));
    m_assign = new QPushButton(tr("Assign"), m_body);
    auto *commanderRow = new QHBoxLayout;
    commanderRow->addWidget(m_commander, 1);
    commanderRow->addWidget(m_assign);

    auto *form = new QFormLayout;
    form->addRow(tr("Severity:"), m_severity);
    form->addRow(tr("Status:"), m_status);
    form->addRow(tr("Commander:"), commanderRow);

    m_facts = new QLabel(m_body);
    m_facts->setObjectName(QStringLiteral("detailFacts"));
    m_facts->setWordWrap(true);
    m_facts->setTextFormat(Qt::RichText);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error = new QLabel(m_body);
    m_error->setObjectName(QStringLiteral("detailError"));
    m_error->setWordWrap(true);
    ToneStyle::text(m_error, Tone::Danger);
    m_acknowledge = new QPushButton(tr("Acknowledge"), m_body);
    m_acknowledge->setObjectName(QStringLiteral("acknowledgeIncident"));
    m_acknowledge->setToolTip(tr("Stops the paging and records who acknowledged, and when."));
    m_resolve = new QPushButton(tr("Resolve…"), m_body);
    m_reopen = new QPushButton(tr("Reopen…"), m_body);
    m_postmortem = new QPushButton(tr("Postmortem"), m_body);
    m_postmortem->setObjectName(QStringLiteral("openPostmortem"));
    m_postmortem->setToolTip(tr("Write or read the incident's postmortem (Postmortems tab)."));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_acknowledge);
    buttons->addWidget(m_resolve);
    buttons->addWidget(m_reopen);
    buttons->addWidget(m_postmortem);
    buttons->addStretch();

    auto *body = new QVBoxLayout(m_body);
    body->setContentsMargins(0, 0, 0, 0);
    body->addWidget(m_heading);
    body->addLayout(form);
    body->addWidget(m_facts);
    body->addWidget(m_error);
    body->addLayout(buttons);
    body->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_placeholder);
    layout->addWidget(m_body);
    m_body->hide();

    connect(m_severity, &QComboBox::activated, this,
            [this] { changeSeverity(static_cast<Severity>(m_severity->currentData().toInt())); });
    connect(m_status, &QComboBox::activated, this, [this] {
        const auto status = static_cast<IncidentStatus>(m_status->currentData().toInt());
        if (status == IncidentStatus::Resolved) {
            refresh();
            askToResolve();
            return;
        }
        run([&] { return m_service.changeStatus(m_id, status, m_author); });
    });
    connect(m_assign, &QPushButton::clicked, this, [this] {
        run([&] { return m_service.changeCommander(m_id, m_commander->text(), m_author); });
    });
    connect(m_commander, &QLineEdit::returnPressed, m_assign, &QPushButton::click);
    connect(m_acknowledge, &QPushButton::clicked, this, &IncidentDetailPane::acknowledge);
    connect(m_resolve, &QPushButton::clicked, this, &IncidentDetailPane::askToResolve);
    connect(m_reopen, &QPushButton::clicked, this, &IncidentDetailPane::askToReopen);
    connect(m_postmortem, &QPushButton::clicked, this,
            [this] { Q_EMIT postmortemRequested(m_id); });
    connect(&m_incidents, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                const int row = m_incidents.rowOf(m_id);
                if (row >= topLeft.row() && row <= bottomRight.row())
                    refresh();
            });
    connect(&m_incidents, &QAbstractItemModel::modelReset, this, &IncidentDetailPane::refresh);
    connect(&m_service, &IncidentService::incidentChanged, this, [this](const Incident &changed) {
        if (changed.id != m_id)
            return;
        m_whole = changed;
        refresh(); // the board's row may have been shown before this arrived
    });
    ToneStyle::redrawOnSchemeChange(this, [this] { refresh(); });
}

void IncidentDetailPane::acknowledge()
{
    run([&] { return m_service.acknowledge(m_id, m_author); });
}

void IncidentDetailPane::showIncident(IncidentId id)
{
    if (id != m_id)
        m_error->clear();
    m_id = id;
    refresh();
}

void IncidentDetailPane::refresh()
{
    const int row = m_incidents.rowOf(m_id);
    m_placeholder->setVisible(row < 0);
    m_body->setVisible(row >= 0);
    if (row < 0)
        return;
    if (!m_whole || m_whole->id != m_id) {
        const Result<Incident> whole = m_service.incident(m_id);
        if (whole)
            m_whole = whole.value();
        else
            m_error->setText(whole.error());
    }
    // Until the whole incident is read, the board's row: its other fields show as not known.
    const Incident incident
            = m_whole && m_whole->id == m_id ? *m_whole : Incident(m_incidents.incidentAt(row));
    const QDateTime now = m_service.clock().now();
    m_heading->setText(QStringLiteral("<p style='font-size:large'><span style='background:%1;"
                                      "color:white;font-weight:bold'>&nbsp;%2&nbsp;</span> "
                                      "<b>#%3 %4</b></p>")
                               .arg(SeverityStyle::background(incident.severity).name(),
                                    severityCode(incident.severity))
                               .arg(incident.reference(), incident.title.toHtmlEscaped()));
    m_severity->setCurrentIndex(static_cast<int>(incident.severity) - 1);
    m_status->setCurrentIndex(static_cast<int>(incident.status));
    if (!m_commander->hasFocus())
        m_commander->setText(incident.commander);
    m_severity->setEnabled(incident.isOpen());
    m_status->setEnabled(incident.isOpen());
    m_commander->setEnabled(incident.isOpen());
    m_assign->setEnabled(incident.isOpen());
    m_acknowledge->setVisible(incident.isOpen() && !incident.acknowledgedAt.isValid());
    m_resolve->setVisible(incident.isOpen());
    m_reopen->setVisible(!incident.isOpen());
    m_postmortem->setVisible(!incident.isOpen());

    const QDateTime due = m_service.policy().nextUpdateDue(incident);
    const bool overdue = m_service.policy().isUpdateOverdue(incident, now);
    QString facts = QStringLiteral("<table cellspacing='4'>");
    auto row_ = [&facts](const QString &label, const QString &value) {
        facts += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>")
                         .arg(ToneStyle::span(label.toHtmlEscaped(), Tone::Secondary), value);
    };
    row_(tr("Services"), incident.services.join(QStringLiteral(", ")).toHtmlEscaped());
    row_(tr("Started"), utcMinute(incident.startedAt));
    row_(tr("Detected"),
         tr("%1 (%2)").arg(utcMinute(incident.detectedAt),
                           incident.detection == DetectionSource::Automated ? tr("automated")
                                                                            : tr("manual")));
    row_(tr("Acknowledged"), utcMinute(incident.acknowledgedAt));
    if (incident.isOpen()) {
        const QString dueText = utcMinute(due);
        row_(tr("Next update"),
             overdue ? ToneStyle::span(tr("overdue since %1").arg(dueText), Tone::Danger, true)
                     : dueText);
    } else {
        row_(tr("Resolved"), utcMinute(incident.resolvedAt));
        row_(tr("Resolution"), incident.resolution.toHtmlEscaped());
        row_(tr("Root cause"), incident.rootCause.toHtmlEscaped());
    }
    if (!incident.impact.isEmpty())
        row_(tr("Impact"), incident.impact.toHtmlEscaped());
    if (const QString here = m_presence ? m_presence(incident.uid) : QString(); !here.isEmpty())
        row_(tr("Team", "who else has the incident open"),
             QStringLiteral("<i>%1</i>").arg(here.toHtmlEscaped()));
    if (incident.affectedUsers > 0)
        row_(tr("Affected users"), QLocale().toString(incident.affectedUsers));
    facts += QStringLiteral("</table>");
    m_facts->setText(facts);
}

void IncidentDetailPane::report(const QString &error)
{
    m_error->setText(error);
    refresh(); // put the controls back to what is true
}

template<typename Call> void IncidentDetailPane::run(Call &&call)
{
    if (m_id == 0)
        return;
    const Result<Incident> outcome = call();
    report(outcome ? QString() : outcome.error());
}

void IncidentDetailPane::changeSeverity(Severity severity)
{
    run([&] { return m_service.changeSeverity(m_id, severity, m_author); });
}

void IncidentDetailPane::askToResolve()
{
    if (m_id == 0)
        return;
    auto *dialog = new ResolveDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const IncidentId id = m_id;
    if (m_verifier.required()) {
        const Result<ResolutionVerification> state = m_verifier.state(id);
        if (!state)
            return report(state.error());
        if (!state.value().resolvable)
            dialog->requireOverride(
                    ResolutionChecks::summary(state.value(), m_service.clock().now()));
    }
    connect(dialog, &ResolveDialog::resolutionGiven, this,
            [this, id](const QString &resolution, const QString &rootCause,
                       const QString &overrideReason) {
                const Result<Incident> outcome
                        = m_verifier.resolve(id, resolution, rootCause, overrideReason, m_author);
                report(outcome ? QString() : outcome.error());
            });
    dialog->open();
}

void IncidentDetailPane::askToReopen()
{
    if (m_id == 0)
        return;
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Reopen incident"));
    dialog->setLabelText(tr("Why is incident #%1 open again?")
                                 .arg(m_whole && m_whole->id == m_id ? m_whole->reference()
                                                                     : QString::number(m_id)));
    dialog->setOption(QInputDialog::UsePlainTextEditForTextInput);
    const IncidentId id = m_id;
    connect(dialog, &QInputDialog::textValueSelected, this, [this, id](const QString &reason) {
        const Result<Incident> outcome = m_service.reopen(id, reason, m_author);
        report(outcome ? QString() : outcome.error());
    });
    dialog->open();
}

} // namespace sitrep
