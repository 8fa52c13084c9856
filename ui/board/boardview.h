#pragma once

#include "domain/incident.h"

#include <QWidget>

class QLabel;
class QTableView;
class QVBoxLayout;

namespace sitrep {

class BoardFilterBar;
class IncidentBoardModel;
class IncidentDetailPane;
class IncidentService;
class ResolutionVerifier;
class IncidentTableModel;

// The war-room board: filters on top, the live incident table, and the selected incident's
// details beside it.
class BoardView : public QWidget
{
    Q_OBJECT
public:
    BoardView(IncidentService &service, ResolutionVerifier &verifier, IncidentTableModel &incidents,
              const QString &author, QWidget *parent = nullptr);

    [[nodiscard]] QTableView *table() const { return m_table; }
    [[nodiscard]] IncidentBoardModel &boardModel() const { return *m_board; }
    [[nodiscard]] IncidentDetailPane *detailPane() const { return m_detail; }
    [[nodiscard]] BoardFilterBar *filterBar() const { return m_filterBar; }
    [[nodiscard]] IncidentId currentIncident() const;

    // What takes the board's place while there are no incidents at all (Get started); the
    // board keeps it.
    void setWelcome(QWidget *welcome);
    void focusFilter();
    void selectIncident(IncidentId id);
    // Moves the selection by `step` rows (1 next, -1 previous), wrapping at the ends.
    void moveSelection(int step);

Q_SIGNALS:
    void countsChanged(int shown, int total);
    // Enter or a double click on an incident: open its workspace.
    void openRequested(sitrep::IncidentId id);
    // The detail pane's Postmortem button.
    void postmortemRequested(sitrep::IncidentId id);
    // The filters ask for resolved incidents that are not loaded yet.
    void historyWanted();

private:
    void emitCounts();

    IncidentTableModel &m_incidents;
    IncidentBoardModel *m_board;
    BoardFilterBar *m_filterBar;
    QTableView *m_table;
    IncidentDetailPane *m_detail;
    QLabel *m_empty;
    QWidget *m_welcome = nullptr;
    QVBoxLayout *m_leftColumn; // the filters, the table, and the empty state or the welcome
};

} // namespace sitrep
