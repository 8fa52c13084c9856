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
    Screenshot(MainWindow &window, QString file, QObject *parent = nullptr);
    void takeWhenPainted();

private:
    void take();

    MainWindow &m_window;
    QString m_file;
};

} // namespace sitrep
