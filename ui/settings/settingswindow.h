#pragma once

#include "domain/preferences.h"
#include "domain/teamurl.h"
#include "services/workspaceservices.h"

#include <optional>

#include <QDialog>

class QListWidget;
class QStackedWidget;

namespace sitrep {

class ConflictCopyService;
class TeamService;

// Where the files edited in Settings are (the same files Sitrep reads at start-up).
struct SettingsFiles
{
    QString severityPolicy;
    QString checklists;
    QString detectionRules;
    QString runbooks; // a folder
};

// What the Settings window needs beyond the services: the files, the person's preferences
// and, when the application offers it, the team.
struct SettingsContext
{
    SettingsFiles files;
    Preferences preferences;
    QString systemName; // the person as the operating system knows them
    TeamService *team = nullptr;
    std::optional<TeamUrl> teamUrl;
    ConflictCopyService *conflicts = nullptr; // the copies the team's merge kept, to settle

    // The person at this console: the team's login, else the name chosen, else the system's.
    [[nodiscard]] QString person() const
    {
        if (teamUrl)
            return teamUrl->user;
        return preferences.name.isEmpty() ? systemName : preferences.name;
    }
};

// Settings → Configure Sitrep… (Ctrl+Shift+,): every setting that otherwise needs a
// hand-edited file, in pages on the left as KDE's applications lay them out. What is changed
// here is written to the same files and tables as before and is in force at once.
class SettingsWindow : public QDialog
{
    Q_OBJECT
public:
    enum class Page {
        General,
        Endpoints,
        Channels,
        Team,
        SeverityPolicy,
        DetectionRules,
        Checklists,
        Runbooks,
        ReviewLeads,
    };
    SettingsWindow(WorkspaceServices services, const SettingsContext &context,
                   QWidget *parent = nullptr);

    void showPage(Page page);
    [[nodiscard]] Page currentPage() const;
    // The page's widget (GeneralPage, EndpointsPage, … RunbooksPage, ReviewLeadsPage), if shown.
    [[nodiscard]] QWidget *pageWidget(Page page) const;

Q_SIGNALS:
    void preferencesChanged(const sitrep::Preferences &preferences);
    void endpointsChanged();
    void teamJoined(const sitrep::TeamUrl &url);
    void teamLeft();
    void runbooksReloadRequested();

private:
    void addPage(Page page, const QString &title, QWidget *widget);

    QListWidget *m_pages;
    QStackedWidget *m_stack;
    QList<Page> m_order;        // the pages in the list's order
    QList<QWidget *> m_widgets; // and their widgets
};

} // namespace sitrep
