#include "runbookspage.h"

#include "common/tonestyle.h"
#include "services/runbooklibrary.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace sitrep {

namespace {

bool isShipped(const QString &fileName)
{
    return fileName.startsWith(QStringLiteral(":/"));
}

} // namespace

RunbooksPage::RunbooksPage(const RunbookLibrary &library, const QString &folder, QWidget *parent)
    : QWidget(parent),
      m_library(library),
      m_folder(folder),
      m_table(new QTableWidget(0, 4, this)),
      m_problem(new QLabel(this))
{
    auto *about = new QLabel(tr("Runbooks are Markdown files with the template's sections. "
                                "Yours are in %1; one with the name of a shipped runbook "
                                "replaces it.")
                                     .arg(folder),
                             this);
    about->setWordWrap(true);
    about->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table->setObjectName(QStringLiteral("runbookList"));
    m_table->setAccessibleName(tr("Runbooks"));
    m_table->setHorizontalHeaderLabels({tr("Title"), tr("Services"), tr("From"), tr("File")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    ToneStyle::text(m_problem, Tone::Danger, true);
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto *open = new QPushButton(tr("&Open in editor"), this);
    open->setToolTip(tr("Open the selected runbook in the desktop's editor; a shipped one is "
                        "copied into your folder first."));
    auto *openFolder = new QPushButton(tr("Open &folder"), this);
    auto *reload = new QPushButton(tr("&Reload"), this);
    reload->setToolTip(tr("Read the folder again after editing."));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(open);
    buttons->addWidget(openFolder);
    buttons->addStretch(1);
    buttons->addWidget(reload);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(about);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_problem);
    layout->addLayout(buttons);

    connect(open, &QPushButton::clicked, this, &RunbooksPage::openSelected);
    connect(m_table, &QTableWidget::cellActivated, this, &RunbooksPage::openSelected);
    connect(openFolder, &QPushButton::clicked, this, [this] {
        QDir().mkpath(m_folder);
        QDesktopServices::openUrl(QUrl::fromLocalFile(m_folder));
    });
    connect(reload, &QPushButton::clicked, this, [this] {
        Q_EMIT reloadRequested();
        refresh();
    });
    refresh();
}

void RunbooksPage::refresh()
{
    const QList<Runbook> &runbooks = m_library.runbooks();
    m_table->setRowCount(int(runbooks.size()));
    for (int row = 0; row < runbooks.size(); ++row) {
        const Runbook &runbook = runbooks.at(row);
        const QStringList cells {runbook.title, runbook.services.join(QStringLiteral(", ")),
                                 isShipped(runbook.fileName) ? tr("shipped") : tr("yours"),
                                 QFileInfo(runbook.fileName).fileName()};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_table->resizeColumnsToContents();
    const QStringList &warnings = m_library.warnings();
    m_problem->setText(warnings.join(u'\n'));
    m_problem->setVisible(!warnings.isEmpty());
}

QString RunbooksPage::editableCopy(int row, QString *path)
{
    if (row < 0 || row >= m_library.runbooks().size())
        return tr("Pick a runbook first.");
    const QString file = m_library.runbooks().at(row).fileName;
    if (!isShipped(file)) {
        *path = file;
        return {};
    }
    *path = QDir(m_folder).filePath(QFileInfo(file).fileName());
    if (QFile::exists(*path))
        return {};
    if (!QDir().mkpath(m_folder))
        return tr("Could not create %1.").arg(m_folder);
    if (!QFile::copy(file, *path))
        return tr("Could not copy the runbook to %1.").arg(*path);
    // Resources are read-only; the copy must not be.
    QFile::setPermissions(
            *path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    return {};
}

void RunbooksPage::openSelected()
{
    QString path;
    const QString problem = editableCopy(m_table->currentRow(), &path);
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    if (problem.isEmpty())
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

} // namespace sitrep
