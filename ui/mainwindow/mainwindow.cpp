#include "mainwindow.h"

#include "services/incidentservice.h"

#include <QLabel>

namespace sitrep {

MainWindow::MainWindow(IncidentService &incidents, QWidget *parent)
    : QMainWindow(parent), m_incidents(incidents)
{
    setWindowTitle(tr("Sitrep"));
    setCentralWidget(new QLabel(tr("Sitrep"), this));
}

} // namespace sitrep
