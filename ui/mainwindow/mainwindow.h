#pragma once

#include <QMainWindow>
#include <QTimer>

class QLabel;

namespace sitrep {

class BoardView;
class IncidentLoader;
class IncidentService;
class IncidentTableModel;

// Composes the views, menus, shortcuts and status bar. It changes no data itself: the views
// call the services.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(IncidentService &incidents, IncidentLoader &loader, const QString &author,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] BoardView *board() const { return m_board; }
    [[nodiscard]] IncidentTableModel &incidentModel() const { return *m_model; }
    // Problems the user must know about (an invalid policy file, a failed backup).
    void showWarnings(const QStringList &warnings);
    void showStatus(const QString &message);

    void declareIncident();
    void showShortcuts();

Q_SIGNALS:
    void incidentsLoaded();

private:
    void createActions();
    void tick();

    IncidentService &m_service;
    QString m_author;
    IncidentTableModel *m_model;
    BoardView *m_board;
    QLabel *m_warnings;
    QLabel *m_counts;
    QLabel *m_clock;
    QTimer m_ticker;
};

} // namespace sitrep
