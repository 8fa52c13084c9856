#pragma once

#include "../itemmodels/boardfixture.h"
#include "mainwindow/mainwindow.h"
#include "services/incidentloader.h"

#include <QSignalSpy>
#include <QTest>

// The real main window over a fixture's database: built, shown, and its history loaded, as the
// console starts. Returns false if it did not come up.
inline bool openWindow(BoardFixture &f, std::unique_ptr<sitrep::IncidentLoader> &loader,
                       std::unique_ptr<sitrep::MainWindow> &window, QSize size = {1440, 900})
{
    loader = std::make_unique<sitrep::IncidentLoader>(
            f.dir.filePath(QStringLiteral("sitrep.sqlite")));
    window = std::make_unique<sitrep::MainWindow>(f.services(), *loader, QStringLiteral("tester"));
    // As the console's main() does.
    f.services().slos.start();
    f.services().escalations.start();
    window->resize(size);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return false;
    QSignalSpy loaded(window.get(), &sitrep::MainWindow::incidentsLoaded);
    loader->start();
    return loaded.wait();
}

// What the tests of the main window hold: the fixture, the loader and the window, let go in
// the reverse order (a test's cleanup() calls closeWindow()).
struct WindowTest
{
    std::unique_ptr<BoardFixture> f;
    std::unique_ptr<sitrep::IncidentLoader> loader;
    std::unique_ptr<sitrep::MainWindow> window;

    void closeWindow()
    {
        window.reset();
        loader.reset();
        f.reset();
    }
};
