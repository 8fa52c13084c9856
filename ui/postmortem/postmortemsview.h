#pragma once

#include "domain/incident.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTabWidget;
class QTableView;

namespace sitrep {

class ActionTrackerModel;
class IncidentService;
class PostmortemForm;
class PostmortemService;
class PostmortemsDueModel;

// The Postmortems tab: the postmortems due (soonest review first) beside the form of the
// one selected, and the tracker of every action item, filtered by owner, status and overdue
// and edited in place. The leads invited to every review are shown; Settings changes them.
class PostmortemsView : public QWidget
{
    Q_OBJECT
public:
    PostmortemsView(PostmortemService &postmortems, IncidentService &incidents,
                    QWidget *parent = nullptr);

    [[nodiscard]] PostmortemForm *form() const { return m_form; }
    [[nodiscard]] QTableView *dueList() const { return m_due; }
    [[nodiscard]] QTableView *tracker() const { return m_tracker; }
    [[nodiscard]] ActionTrackerModel *trackerModel() const { return m_trackerModel; }
    // Opens the incident's postmortem in the form (even a Complete one, not in the list).
    void openPostmortem(IncidentId incident);
    // The keyboard on the list of postmortems due (Enter writes the one selected).
    void focusDueList();
    void showTracker();

Q_SIGNALS:
    void statusMessage(const QString &message);
    // "Change…" beside the review leads: Settings → Postmortem reviews.
    void leadsSettingsRequested();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    // The tracker reads the cache only while it is on screen.
    void updateTrackerLive();
    QWidget *createWritingPage();
    QWidget *createTrackerPage();
    void reloadLeads();
    void refillOwners();

    PostmortemService &m_postmortems;
    PostmortemsDueModel *m_dueModel;
    ActionTrackerModel *m_trackerModel;
    QTabWidget *m_pages;
    QTableView *m_due;
    PostmortemForm *m_form;
    QLabel *m_leads;
    QTableView *m_tracker;
    QComboBox *m_owner;
    QComboBox *m_status;
    QCheckBox *m_overdue;
};

} // namespace sitrep
