#pragma once

#include "domain/incident.h"
#include "services/workspaceservices.h"

#include <functional>

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTableView;
class QTextBrowser;
class QUndoStack;

namespace sitrep {

class ChecklistModel;
class ResolutionPanel;
class UpdateComposer;
class TimelineModel;
class WorkspaceEditor;

// What is typed in a workspace and not yet recorded: carried into a window built again (the
// language changed).
struct WorkspaceDraft
{
    QString entry;
    QString update;
    IncidentStatus updateStatus = IncidentStatus::Investigating;
};

// Where a commander works on one incident: its header, the timeline editor, the roles, the
// response checklists, its alerts, the runbooks that match it and the resolution checks. Every edit
// goes through the workspace's WorkspaceEditor and can be undone.
class IncidentWorkspace : public QWidget
{
    Q_OBJECT
public:
    IncidentWorkspace(IncidentId id, WorkspaceServices services, const QString &author,
                      const QStringList &knownPeople, QWidget *parent = nullptr);
    ~IncidentWorkspace() override;

    [[nodiscard]] IncidentId incidentId() const { return m_id; }
    [[nodiscard]] QUndoStack &undoStack() const;
    [[nodiscard]] TimelineModel &timelineModel() const { return *m_timeline; }
    [[nodiscard]] QTableView *timelineView() const { return m_timelineView; }
    [[nodiscard]] QString title() const;
    [[nodiscard]] ResolutionPanel &resolutionPanel() const { return *m_resolution; }
    [[nodiscard]] UpdateComposer &composer() const { return *m_composer; }
    [[nodiscard]] QUuid incidentUid() const { return m_incident.uid; }
    // Who else has this incident open (team mode), shown in the header.
    void setPresence(std::function<QString(const QUuid &)> describe)
    {
        m_presence = std::move(describe);
        refreshHeader();
    }

    // Ages, countdowns and checklist due times move with the clock.
    void refreshTimes();
    // The names the role fields offer, sorted; what a field shows or is being typed stays.
    void offerPeople(const QStringList &people);
    // Writes the timeline as "markdown" or "json"; returns the problem, if any.
    QString exportTimeline(const QString &path, const QString &format) const;
    void focusEntryField();
    [[nodiscard]] WorkspaceDraft draft() const;
    void restoreDraft(const WorkspaceDraft &draft);

Q_SIGNALS:
    void titleChanged(const QString &title);
    void statusMessage(const QString &message);

private:
    QWidget *createTimelinePanel();
    QWidget *createRolesPanel(const QStringList &knownPeople);
    QWidget *createChecklistPanel();
    QWidget *createRunbookPanel();
    void refreshHeader();
    void refreshRoles();
    void showRunbooks();
    void addEntry();
    void deleteOrRestoreSelected();
    void showHistory();
    void exportWithDialog(const QString &format);
    void updateButtons();
    void report(const QString &problem);

    IncidentId m_id;
    WorkspaceServices m_services;
    Incident m_incident;
    WorkspaceEditor *m_editor;
    TimelineModel *m_timeline;
    ChecklistModel *m_checklist;
    QLabel *m_header;
    QLabel *m_problem;
    QComboBox *m_entryKind;
    QLineEdit *m_entryText;
    QCheckBox *m_entryKey;
    QTableView *m_timelineView;
    QPushButton *m_deleteButton;
    QPushButton *m_historyButton;
    QList<QComboBox *> m_roleEditors;
    QListWidget *m_responders;
    QLineEdit *m_newResponder;
    QListView *m_checklistView;
    QTextBrowser *m_runbooks;
    QTabWidget *m_sideTabs;
    int m_alertsTab; // its title counts the alerts
    ResolutionPanel *m_resolution;
    UpdateComposer *m_composer;
    QStringList m_commandBlocks;
    std::function<QString(const QUuid &)> m_presence;
};

} // namespace sitrep
