#include "mainwindow.h"

#include "board/boardview.h"
#include "board/declareincidentdialog.h"
#include "board/incidentdetailpane.h"
#include "itemmodels/incidenttablemodel.h"
#include "services/incidentloader.h"
#include "services/incidentservice.h"
#include "shortcutsdialog.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QVBoxLayout>

namespace sitrep {

MainWindow::MainWindow(IncidentService &incidents, IncidentLoader &loader, const QString &author,
                       QWidget *parent)
    : QMainWindow(parent), m_service(incidents), m_author(author)
{
    setWindowTitle(tr("Sitrep — Incident board"));
    setWindowIcon(QIcon(QStringLiteral(":/sitrep/icons/sitrep.svg")));

    m_model = new IncidentTableModel(incidents, incidents.clock(), this);
    m_model->beginLoading();
    m_board = new BoardView(incidents, *m_model, author, this);

    m_warnings = new QLabel(this);
    m_warnings->setObjectName(QStringLiteral("warnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setStyleSheet(QStringLiteral(
            "background: #fef3c7; color: #78350f; border: 1px solid #f59e0b; padding: 6px;"));
    m_warnings->hide();

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->addWidget(m_warnings);
    layout->addWidget(m_board, 1);
    setCentralWidget(central);

    m_counts = new QLabel(tr("Loading incidents…"), this);
    m_clock = new QLabel(this);
    m_clock->setObjectName(QStringLiteral("utcClock"));
    statusBar()->addWidget(m_counts, 1);
    statusBar()->addPermanentWidget(m_clock);
    connect(m_board, &BoardView::countsChanged, this, [this](int shown, int total) {
        m_counts->setText(tr("%1 of %2 incidents shown").arg(shown).arg(total));
    });

    connect(&loader, &IncidentLoader::loaded, this, [this](const SearchableIncidents &history) {
        m_model->setIncidents(history);
        Q_EMIT incidentsLoaded();
    });
    connect(&loader, &IncidentLoader::failed, this, [this](const QString &error) {
        m_model->setIncidents(QList<Incident>());
        showWarnings({tr("Could not load the incident history: %1").arg(error)});
        Q_EMIT incidentsLoaded();
    });

    createActions();
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &MainWindow::tick);
    m_ticker.start();
    tick();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *incidentMenu = menuBar()->addMenu(tr("&Incident"));
    QAction *declare
            = incidentMenu->addAction(tr("&Declare incident…"), this, &MainWindow::declareIncident);
    declare->setObjectName(QStringLiteral("declareAction"));
    declare->setShortcut(QKeySequence::New);
    QAction *resolve = incidentMenu->addAction(tr("&Resolve selected…"), m_board->detailPane(),
                                               &IncidentDetailPane::askToResolve);
    resolve->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    QMenu *severityMenu = incidentMenu->addMenu(tr("Set &severity"));
    for (Severity severity : allSeverities) {
        QAction *action = severityMenu->addAction(
                tr("Set %1").arg(severityCode(severity)), this,
                [this, severity] { m_board->detailPane()->changeSeverity(severity); });
        action->setShortcut(QKeySequence(Qt::CTRL | (Qt::Key_0 + static_cast<int>(severity))));
    }
    incidentMenu->addSeparator();
    QAction *quit = incidentMenu->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *find = viewMenu->addAction(tr("&Filter incidents"), m_board, &BoardView::focusFilter);
    find->setShortcuts({QKeySequence::Find, QKeySequence(Qt::Key_Slash)});
    QAction *next = viewMenu->addAction(tr("&Next incident"), this,
                                        [this] { m_board->moveSelection(1); });
    next->setShortcuts({QKeySequence(Qt::Key_J), QKeySequence(Qt::ALT | Qt::Key_Down)});
    QAction *previous = viewMenu->addAction(tr("&Previous incident"), this,
                                            [this] { m_board->moveSelection(-1); });
    previous->setShortcuts({QKeySequence(Qt::Key_K), QKeySequence(Qt::ALT | Qt::Key_Up)});

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *shortcuts
            = helpMenu->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showShortcuts);
    shortcuts->setObjectName(QStringLiteral("shortcutsAction"));
    shortcuts->setShortcuts({QKeySequence::HelpContents, QKeySequence(Qt::CTRL | Qt::Key_Slash)});
    helpMenu->addAction(tr("&About Sitrep"), this, [this] {
        QMessageBox::about(this, tr("About Sitrep"),
                           tr("<b>Sitrep %1</b><p>Incident command console.</p>")
                                   .arg(QCoreApplication::applicationVersion()));
    });
}

void MainWindow::declareIncident()
{
    auto *dialog = new DeclareIncidentDialog(m_service, m_author, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DeclareIncidentDialog::declared, m_board, &BoardView::selectIncident);
    dialog->open();
}

void MainWindow::showShortcuts()
{
    QList<QAction *> actions;
    for (QAction *menu : menuBar()->actions()) {
        if (!menu->menu())
            continue;
        for (QAction *action : menu->menu()->actions()) {
            if (action->menu())
                actions << action->menu()->actions();
            else
                actions << action;
        }
    }
    auto *dialog = new ShortcutsDialog(actions, this);
    dialog->setObjectName(QStringLiteral("shortcutsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showWarnings(const QStringList &warnings)
{
    m_warnings->setText(warnings.join(u'\n'));
    m_warnings->setVisible(!warnings.isEmpty());
}

void MainWindow::showStatus(const QString &message)
{
    statusBar()->showMessage(message, 10000);
}

void MainWindow::tick()
{
    m_model->refreshTimes();
    m_clock->setText(m_service.clock().now().toString(QStringLiteral("HH:mm:ss 'UTC'")));
}

} // namespace sitrep
