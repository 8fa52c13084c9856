#pragma once

#include <QMainWindow>

namespace sitrep {

class IncidentService;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(IncidentService &incidents, QWidget *parent = nullptr);

private:
    IncidentService &m_incidents;
};

} // namespace sitrep
