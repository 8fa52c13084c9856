#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace sitrep {

class RunbookLibrary;

// Settings, page Runbooks: the folder of the user's runbooks, every runbook in force (the
// user's and the shipped ones), and opening one in the desktop's editor. A shipped runbook is
// copied into the folder first, so the edited copy replaces it.
class RunbooksPage : public QWidget
{
    Q_OBJECT
public:
    RunbooksPage(const RunbookLibrary &library, const QString &folder, QWidget *parent = nullptr);

    void refresh();
    // The runbook on `row` as a file in the user's folder (copied there if shipped); the
    // problem in words, or empty.
    [[nodiscard]] QString editableCopy(int row, QString *path);

Q_SIGNALS:
    // Read the folder again: the application reloads the library, then the page shows it.
    void reloadRequested();

private:
    void openSelected();

    const RunbookLibrary &m_library;
    QString m_folder;
    QTableWidget *m_table;
    QLabel *m_problem;
};

} // namespace sitrep
