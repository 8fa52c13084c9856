#pragma once

#include <QObject>
#include <QString>

namespace sitrep {

class MainWindow;

// `sitrep --screenshot FILE`: lays the window out at a fixed size, renders it to a PNG once the
// incidents are on screen, and quits with 0 on success.
class Screenshot : public QObject
{
    Q_OBJECT
public:
    // `view`: "board", or "workspace" for the first incident's workspace.
    Screenshot(MainWindow &window, QString file, QString view, QObject *parent = nullptr);
    void takeWhenPainted();

private:
    void take();

    MainWindow &m_window;
    QString m_file;
    QString m_view;
    bool m_taking = false;
};

} // namespace sitrep
