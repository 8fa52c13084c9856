#include "incidentworkspace.h"

#include "common/refreshwhenshown.h"
#include "common/severitystyle.h"
#include "common/tabkeys.h"
#include "common/tonestyle.h"
#include "common/utcminute.h"
#include "domain/timelineexport.h"
#include "incidentalertspanel.h"
#include "itemmodels/checklistmodel.h"
#include "itemmodels/timelinemodel.h"
#include "itemmodels/workspaceeditor.h"
#include "resolutionpanel.h"
#include "services/alertservice.h"
#include "services/incidentservice.h"
#include "services/monitoringservice.h"
#include "services/runbooklibrary.h"
#include "services/timelineservice.h"
#include "timelinedelegate.h"
#include "updatecomposer.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace sitrep {

namespace {

QString compactAge(qint64 seconds)
{
    if (seconds >= 86400)
        return IncidentWorkspace::tr("%1d %2h").arg(seconds / 86400).arg((seconds % 86400) / 3600);
    if (seconds >= 3600)
        return IncidentWorkspace::tr("%1h %2m")
                .arg(seconds / 3600)
                .arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
    return IncidentWorkspace::tr("%1m").arg(std::max<qint64>(seconds, 0) / 60);
}

} // namespace

IncidentWorkspace::IncidentWorkspace(IncidentId id, WorkspaceServices services,
                                     const QString &author, const QStringList &knownPeople,
                                     QWidget *parent)
    : QWidget(parent), m_id(id), m_services(services)
{
    m_editor = new WorkspaceEditor(id, services.incidents, services.timeline, services.checklists,
                                   author, this);
    m_timeline = new TimelineModel(id, services.incidents, services.timeline, services.checklists,
                                   *m_editor, this);
    m_checklist = new ChecklistModel(id, services.checklists, *m_editor, services.incidents.clock(),
                                     this);
    connect(m_editor, &WorkspaceEditor::failed, this, &IncidentWorkspace::report);
    // The timeline is read on a worker: the tab opens at once, its rows follow.
    connect(m_timeline, &TimelineModel::loaded, this, [this](const QString &problem) {
        if (!problem.isEmpty())
            report(tr("Could not read the timeline: %1").arg(problem));
        updateButtons();
    });

    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("workspaceHeader"));
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("workspaceProblem"));
    m_problem->setWordWrap(true);
    ToneStyle::text(m_problem, Tone::Danger, true);
    m_problem->hide();

    // Roles stay in sight; checklist, alerts, runbooks and checks share the rest, a tab each, so
    // each gets the height to be read.
    m_sideTabs = new QTabWidget(this);
    m_sideTabs->setObjectName(QStringLiteral("workspaceSideTabs"));
    m_sideTabs->setAccessibleName(tr("Incident tools"));
    m_composer = new UpdateComposer(id, services.incidents, services.messaging, author, this);
    connect(m_composer, &UpdateComposer::posted, this, &IncidentWorkspace::statusMessage);
    const int updateTab
            = m_sideTabs->addTab(m_composer, tr("Update", "a status update to stakeholders"));
    const int checklistTab = m_sideTabs->addTab(createChecklistPanel(), tr("Checklist"));
    auto *alertsPanel = new IncidentAlertsPanel(id, services.monitoring.alerts(), this);
    m_alertsTab = m_sideTabs->addTab(alertsPanel, tr("Alerts"));
    connect(alertsPanel, &IncidentAlertsPanel::counted, this, [this](int alerts) {
        m_sideTabs->setTabText(m_alertsTab, tr("Alerts (%1)").arg(alerts));
    });
    m_sideTabs->addTab(createRunbookPanel(), tr("Runbooks"));
    m_resolution = new ResolutionPanel(id, services.monitoring, this);
    connect(m_resolution, &ResolutionPanel::failed, this, &IncidentWorkspace::report);
    const int checksTab = m_sideTabs->addTab(m_resolution, tr("Checks"));
    m_sideTabs->setTabToolTip(updateTab, tr("Post a status update to the incident's channels"));
    m_sideTabs->setTabToolTip(checksTab, tr("Resolution checks and the monitoring window"));
    TabKeys::bind(this, m_sideTabs,
                  {Qt::ALT | Qt::Key_U, Qt::ALT | Qt::Key_L, Qt::ALT | Qt::Key_A,
                   Qt::ALT | Qt::Key_B, Qt::ALT | Qt::Key_K});
    m_sideTabs->setCurrentIndex(checklistTab);
    auto *side = new QSplitter(Qt::Vertical, this);
    side->addWidget(createRolesPanel(knownPeople));
    side->addWidget(m_sideTabs);
    side->setStretchFactor(1, 1);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(createTimelinePanel());
    split->addWidget(side);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_problem);
    layout->addWidget(split, 1);

    connect(&services.incidents, &IncidentService::incidentChanged, this,
            [this](const Incident &incident) {
                if (incident.id != m_id)
                    return;
                m_incident = incident;
                refreshHeader();
                refreshRoles();
                m_composer->showIncident(incident);
            });
    if (const Result<Incident> incident = services.incidents.incident(id))
        m_incident = incident.value();
    else
        report(incident.error());
    refreshHeader();
    refreshRoles();
    // The header's severity badge and overdue line are drawn in the scheme's colours.
    ToneStyle::redrawOnSchemeChange(this, [this] { refreshHeader(); });
    // Stakeholders are waiting: the update comes first.
    if (m_incident.isOpen()
        && services.incidents.policy().isUpdateOverdue(m_incident,
                                                       services.incidents.clock().now()))
        m_sideTabs->setCurrentWidget(m_composer);
    showRunbooks();
    alertsPanel->refresh();
    // Every ingest tells every workspace; a workspace in a background tab reads its alerts
    // again only when it is looked at.
    auto *alertsRefresh = new RefreshWhenShown(this, [alertsPanel] { alertsPanel->refresh(); });
    connect(&services.monitoring.alerts(), &AlertService::alertsChanged, alertsRefresh,
            &RefreshWhenShown::request);
    connect(&services.monitoring.alerts(), &AlertService::alertsAttached, alertsRefresh,
            &RefreshWhenShown::request);
    updateButtons();
}

IncidentWorkspace::~IncidentWorkspace() = default;

QUndoStack &IncidentWorkspace::undoStack() const
{
    return m_editor->undoStack();
}

QString IncidentWorkspace::title() const
{
    return tr("%1 %2", "an incident tab: its number and title")
            .arg(m_incident.label(), m_incident.title);
}

QWidget *IncidentWorkspace::createTimelinePanel()
{
    auto *box = new QGroupBox(tr("Timeline"), this);
    m_entryKind = new QComboBox(box);
    m_entryKind->setObjectName(QStringLiteral("entryKind"));
    for (TimelineKind kind : writtenKinds())
        m_entryKind->addItem(timelineKindName(kind), static_cast<int>(kind));
    m_entryText = new QLineEdit(box);
    m_entryText->setObjectName(QStringLiteral("entryText"));
    m_entryText->setPlaceholderText(tr("What happened, what was done or decided…"));
    m_entryKey = new QCheckBox(tr("Key event"), box);
    m_entryKey->setObjectName(QStringLiteral("entryKey"));
    auto *add = new QPushButton(tr("Add"), box);
    add->setObjectName(QStringLiteral("addEntry"));
    connect(add, &QPushButton::clicked, this, &IncidentWorkspace::addEntry);
    connect(m_entryText, &QLineEdit::returnPressed, this, &IncidentWorkspace::addEntry);
    auto *entryRow = new QHBoxLayout;
    entryRow->addWidget(m_entryKind);
    entryRow->addWidget(m_entryText, 1);
    entryRow->addWidget(m_entryKey);
    entryRow->addWidget(add);

    m_timelineView = new QTableView(box);
    m_timelineView->setObjectName(QStringLiteral("timelineView"));
    m_timelineView->setAccessibleName(tr("Timeline"));
    m_timelineView->setModel(m_timeline);
    m_timelineView->setItemDelegate(new TimelineDelegate(m_timelineView));
    m_timelineView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_timelineView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_timelineView->setEditTriggers(QAbstractItemView::DoubleClicked
                                    | QAbstractItemView::EditKeyPressed
                                    | QAbstractItemView::SelectedClicked);
    m_timelineView->setWordWrap(false);
    m_timelineView->verticalHeader()->hide();
    // Fixed row heights: a 10,000-entry timeline scrolls without measuring every row.
    m_timelineView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    QHeaderView *header = m_timelineView->horizontalHeader();
    header->setSectionResizeMode(TimelineModel::TextColumn, QHeaderView::Stretch);
    const QFontMetrics metrics = m_timelineView->fontMetrics();
    const int em = metrics.horizontalAdvance(u'M');
    // The whole time plus the key-event check box.
    header->resizeSection(TimelineModel::TimeColumn,
                          metrics.horizontalAdvance(QStringLiteral("2026-11-26 14:23:00"))
                                  + 5 * em);
    header->resizeSection(TimelineModel::KindColumn, em * 10);
    header->resizeSection(TimelineModel::AuthorColumn, em * 6);
    connect(m_timelineView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &IncidentWorkspace::updateButtons);
    connect(m_timeline, &QAbstractItemModel::dataChanged, this, &IncidentWorkspace::updateButtons);

    m_deleteButton = new QPushButton(tr("Delete"), box);
    m_deleteButton->setObjectName(QStringLiteral("deleteEntry"));
    connect(m_deleteButton, &QPushButton::clicked, this,
            &IncidentWorkspace::deleteOrRestoreSelected);
    m_historyButton = new QPushButton(tr("Edit history…"), box);
    m_historyButton->setObjectName(QStringLiteral("entryHistory"));
    connect(m_historyButton, &QPushButton::clicked, this, &IncidentWorkspace::showHistory);
    auto *showDeleted = new QCheckBox(tr("Show deleted"), box);
    showDeleted->setObjectName(QStringLiteral("showDeleted"));
    connect(showDeleted, &QCheckBox::toggled, this, [this](bool show) {
        m_timeline->setShowDeleted(show);
        updateButtons();
    });
    auto *localTime = new QCheckBox(tr("Local time"), box);
    localTime->setObjectName(QStringLiteral("localTime"));
    localTime->setToolTip(tr("The timeline is kept in UTC, as the postmortem shows it."));
    connect(localTime, &QCheckBox::toggled, m_timeline, &TimelineModel::setLocalTime);
    auto *exportMarkdown = new QPushButton(tr("Export Markdown…"), box);
    connect(exportMarkdown, &QPushButton::clicked, this,
            [this] { exportWithDialog(QStringLiteral("markdown")); });
    auto *exportJson = new QPushButton(tr("Export JSON…"), box);
    connect(exportJson, &QPushButton::clicked, this,
            [this] { exportWithDialog(QStringLiteral("json")); });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_deleteButton);
    buttons->addWidget(m_historyButton);
    buttons->addWidget(showDeleted);
    buttons->addWidget(localTime);
    buttons->addStretch(1);
    buttons->addWidget(exportMarkdown);
    buttons->addWidget(exportJson);

    auto *layout = new QVBoxLayout(box);
    layout->addLayout(entryRow);
    layout->addWidget(m_timelineView, 1);
    layout->addLayout(buttons);
    return box;
}

QWidget *IncidentWorkspace::createRolesPanel(const QStringList &knownPeople)
{
    auto *box = new QGroupBox(tr("Roles"), this);
    auto *form = new QFormLayout(box);
    for (IncidentRole role : allRoles) {
        auto *editor = new QComboBox(box);
        editor->setObjectName(QStringLiteral("role_%1").arg(roleKey(role)));
        editor->setEditable(true);
        editor->setInsertPolicy(QComboBox::NoInsert);
        editor->addItems(knownPeople);
        editor->lineEdit()->setPlaceholderText(tr("nobody"));
        // Enter or picking a name hands the role over; nothing happens while typing.
        connect(editor->lineEdit(), &QLineEdit::returnPressed, this, [this, editor, role] {
            if (editor->currentText().trimmed() != roleHolder(m_incident, role))
                m_editor->assignRole(role, editor->currentText());
        });
        connect(editor, &QComboBox::activated, this, [this, editor, role] {
            if (editor->currentText().trimmed() != roleHolder(m_incident, role))
                m_editor->assignRole(role, editor->currentText());
        });
        form->addRow(roleName(role), editor);
        m_roleEditors << editor;
    }
    m_responders = new QListWidget(box);
    m_responders->setObjectName(QStringLiteral("responders"));
    m_responders->setAccessibleName(tr("Responders"));
    m_responders->setMaximumHeight(m_responders->fontMetrics().height() * 5);
    m_newResponder = new QLineEdit(box);
    m_newResponder->setObjectName(QStringLiteral("newResponder"));
    m_newResponder->setPlaceholderText(tr("Add a responder"));
    connect(m_newResponder, &QLineEdit::returnPressed, this, [this] {
        if (m_editor->addResponder(m_newResponder->text()))
            m_newResponder->clear();
    });
    auto *remove = new QPushButton(tr("Remove"), box);
    connect(remove, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_responders->currentItem())
            m_editor->removeResponder(item->text());
    });
    auto *responderRow = new QHBoxLayout;
    responderRow->addWidget(m_newResponder, 1);
    responderRow->addWidget(remove);
    auto *responderBox = new QVBoxLayout;
    responderBox->addWidget(m_responders);
    responderBox->addLayout(responderRow);
    form->addRow(tr("Responders"), responderBox);
    return box;
}

QWidget *IncidentWorkspace::createChecklistPanel()
{
    auto *box = new QWidget(this);
    m_checklistView = new QListView(box);
    m_checklistView->setObjectName(QStringLiteral("checklistView"));
    m_checklistView->setAccessibleName(tr("Response checklist"));
    m_checklistView->setModel(m_checklist);
    m_checklistView->setWordWrap(true);
    m_checklistView->setToolTip(tr("Space ticks the selected item; overdue items are red."));
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_checklistView);
    return box;
}

QWidget *IncidentWorkspace::createRunbookPanel()
{
    auto *box = new QWidget(this);
    m_runbooks = new QTextBrowser(box);
    m_runbooks->setObjectName(QStringLiteral("runbooks"));
    m_runbooks->setAccessibleName(tr("Runbooks"));
    m_runbooks->setOpenLinks(false);
    connect(m_runbooks, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        const int block = url.path().toInt();
        if (url.scheme() == u"copy" && block >= 0 && block < m_commandBlocks.size()) {
            QGuiApplication::clipboard()->setText(m_commandBlocks.at(block));
            Q_EMIT statusMessage(tr("Commands copied to the clipboard."));
        }
    });
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_runbooks);
    return box;
}

void IncidentWorkspace::showRunbooks()
{
    QStringList alertNames;
    if (const Result<QList<CachedAlert>> alerts = m_services.monitoring.alerts().alertsOf(m_id)) {
        for (const CachedAlert &cached : alerts.value())
            alertNames << cached.alert.labels.value(QStringLiteral("alertname"));
    }
    const QList<Runbook> matching = m_services.runbooks.matching(m_incident, alertNames);
    m_commandBlocks.clear();
    if (matching.isEmpty()) {
        m_runbooks->setMarkdown(
                tr("No runbook names this incident's services (%1) or its alert. Runbooks link "
                   "themselves with a `services:` and `alerts:` header.")
                        .arg(m_incident.services.join(QStringLiteral(", "))));
        return;
    }
    // Each code block is followed by a link that copies it: one click, exact commands.
    static const QRegularExpression fence(QStringLiteral("(^```[^\\n]*\\n.*?^```)"),
                                          QRegularExpression::MultilineOption
                                                  | QRegularExpression::DotMatchesEverythingOption);
    QString markdown;
    for (const Runbook &runbook : matching) {
        QString text = runbook.markdown;
        const QStringList blocks = runbook.commandBlocks();
        qsizetype offset = 0;
        for (const QString &block : blocks) {
            const QRegularExpressionMatch match = fence.match(text, offset);
            if (!match.hasMatch())
                break;
            const QString link = QStringLiteral("\n\n[%1](copy:%2)\n")
                                         .arg(tr("Copy commands"))
                                         .arg(m_commandBlocks.size());
            text.insert(match.capturedEnd(1), link);
            offset = match.capturedEnd(1) + link.size();
            m_commandBlocks << block;
        }
        markdown += text + QStringLiteral("\n\n---\n\n");
    }
    m_runbooks->setMarkdown(markdown);
}

void IncidentWorkspace::refreshHeader()
{
    const QDateTime now = m_services.incidents.clock().now();
    const SeverityPolicy &policy = m_services.incidents.policy();
    const QDateTime due = policy.nextUpdateDue(m_incident);
    const bool overdue = policy.isUpdateOverdue(m_incident, now);
    const QString age = compactAge(
            m_incident.startedAt.secsTo(m_incident.isOpen() ? now : m_incident.resolvedAt));
    QString next;
    if (!m_incident.isOpen())
        next = tr("resolved %1").arg(utcMinute(m_incident.resolvedAt));
    else if (overdue)
        next = ToneStyle::span(tr("update overdue since %1").arg(utcMinute(due)), Tone::Danger,
                               true);
    else
        next = tr("next update due %1").arg(utcMinute(due));
    const QString here = m_presence ? m_presence(m_incident.uid) : QString();
    m_header->setText(
            QStringLiteral("<p style='font-size:x-large'><span style='background:%1;color:white;"
                           "font-weight:bold'>&nbsp;%2&nbsp;</span> <b>#%3 %4</b></p>"
                           "<p>%5 · %6 · %7 · %8</p>%9")
                    .arg(SeverityStyle::background(m_incident.severity).name(),
                         severityCode(m_incident.severity))
                    .arg(m_id)
                    .arg(m_incident.title.toHtmlEscaped(),
                         tr("Status: <b>%1</b>").arg(statusDisplayName(m_incident.status)),
                         tr("Commander: <b>%1</b>")
                                 .arg(m_incident.commander.isEmpty()
                                              ? tr("nobody")
                                              : m_incident.commander.toHtmlEscaped()),
                         tr("Age %1").arg(age), next,
                         here.isEmpty()
                                 ? QString()
                                 : QStringLiteral("<p><i>%1</i></p>").arg(here.toHtmlEscaped())));
    Q_EMIT titleChanged(title());
}

void IncidentWorkspace::refreshRoles()
{
    for (qsizetype i = 0; i < m_roleEditors.size(); ++i) {
        QComboBox *editor = m_roleEditors.at(i);
        if (!editor->hasFocus())
            editor->setEditText(roleHolder(m_incident, allRoles[i]));
    }
    m_responders->clear();
    m_responders->addItems(m_incident.responders);
}

void IncidentWorkspace::offerPeople(const QStringList &people)
{
    for (QComboBox *editor : std::as_const(m_roleEditors)) {
        const QString shown = editor->currentText();
        const int cursor = editor->lineEdit()->cursorPosition();
        editor->clear();
        editor->addItems(people);
        editor->setEditText(shown);
        editor->lineEdit()->setCursorPosition(cursor);
    }
}

void IncidentWorkspace::refreshTimes()
{
    refreshHeader();
    m_checklist->refreshTimes();
    m_resolution->refreshTimes();
    m_composer->refreshTimes();
}

void IncidentWorkspace::focusEntryField()
{
    m_entryText->setFocus();
}

WorkspaceDraft IncidentWorkspace::draft() const
{
    const auto [update, status] = m_composer->draft();
    return {m_entryText->text(), update, status};
}

void IncidentWorkspace::restoreDraft(const WorkspaceDraft &draft)
{
    m_entryText->setText(draft.entry);
    m_composer->restoreDraft(draft.update, draft.updateStatus);
}

void IncidentWorkspace::addEntry()
{
    const auto kind = static_cast<TimelineKind>(m_entryKind->currentData().toInt());
    if (m_editor->addEntry(kind, m_entryText->text(), {}, m_entryKey->isChecked())) {
        m_entryText->clear();
        m_entryKey->setChecked(false);
        m_problem->hide();
    }
}

void IncidentWorkspace::deleteOrRestoreSelected()
{
    const QModelIndex current = m_timelineView->currentIndex();
    if (!current.isValid())
        return;
    const TimelineEvent entry = m_timeline->entryAt(current.row());
    if (entry.isDeleted())
        m_editor->restoreEntry(entry);
    else
        m_editor->deleteEntry(entry);
    updateButtons();
}

void IncidentWorkspace::showHistory()
{
    const QModelIndex current = m_timelineView->currentIndex();
    if (!current.isValid())
        return;
    const TimelineEvent entry = m_timeline->entryAt(current.row());
    const Result<QList<TimelineRevision>> revisions = m_services.timeline.revisions(entry.id);
    if (!revisions)
        return report(revisions.error());
    QString html = QStringLiteral("<table cellspacing='6'><tr><th>%1</th><th>%2</th><th>%3</th>"
                                  "<th>%4</th></tr>")
                           .arg(tr("Until"), tr("Time (UTC)"), tr("Kind"), tr("Text"));
    for (const TimelineRevision &revision : revisions.value())
        html += QStringLiteral("<tr><td>%1<br><small>%2</small></td><td>%3</td><td>%4</td>"
                               "<td>%5</td></tr>")
                        .arg(utcMinute(revision.editedAt), revision.editor.toHtmlEscaped(),
                             utcMinute(revision.at), timelineKindName(revision.kind),
                             revision.text.toHtmlEscaped());
    html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td><td>%3</td><td>%4</td></tr></table>")
                    .arg(tr("Now"), utcMinute(entry.at), timelineKindName(entry.kind),
                         entry.text.toHtmlEscaped());
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("historyDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Edit history of the entry"));
    auto *browser = new QTextBrowser(dialog);
    browser->setHtml(html);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(new QLabel(tr("Corrections never overwrite: each row is what the entry said "
                                    "until it was edited."),
                                 dialog));
    layout->addWidget(browser);
    layout->addWidget(buttons);
    dialog->resize(720, 360);
    dialog->open();
}

QString IncidentWorkspace::exportTimeline(const QString &path, const QString &format) const
{
    const Result<QList<TimelineEvent>> entries = m_services.timeline.timeline(m_id);
    if (!entries)
        return entries.error();
    const QByteArray bytes = format == u"json"
            ? QJsonDocument(timelineJson(entries.value())).toJson()
            : timelineMarkdown(entries.value()).toUtf8();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return tr("Could not write %1: %2").arg(path, file.errorString());
    return {};
}

void IncidentWorkspace::exportWithDialog(const QString &format)
{
    const bool json = format == u"json";
    const QString path = QFileDialog::getSaveFileName(
            this, tr("Export the timeline"),
            QStringLiteral("incident-%1-timeline.%2").arg(m_id).arg(json ? u"json" : u"md"),
            json ? tr("JSON (*.json)") : tr("Markdown (*.md)"));
    if (path.isEmpty())
        return;
    const QString problem = exportTimeline(path, format);
    if (problem.isEmpty())
        Q_EMIT statusMessage(tr("Timeline written to %1").arg(path));
    else
        report(problem);
}

void IncidentWorkspace::updateButtons()
{
    const QModelIndex current = m_timelineView->currentIndex();
    const bool has = current.isValid();
    const bool deleted = has && m_timeline->entryAt(current.row()).isDeleted();
    m_deleteButton->setEnabled(has);
    m_deleteButton->setText(deleted ? tr("Restore") : tr("Delete"));
    m_historyButton->setEnabled(has && m_timeline->entryAt(current.row()).edited);
}

void IncidentWorkspace::report(const QString &problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

} // namespace sitrep
