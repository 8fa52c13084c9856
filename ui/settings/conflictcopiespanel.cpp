#include "conflictcopiespanel.h"

#include "common/tonestyle.h"
#include "itemmodels/conflictcopiesmodel.h"
#include "services/conflictcopyservice.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace sitrep {

ConflictCopiesPanel::ConflictCopiesPanel(ConflictCopyService &copies, QWidget *parent)
    : QWidget(parent),
      m_service(copies),
      m_model(new ConflictCopiesModel(copies, this)),
      m_view(new QTreeView(this)),
      m_summary(new QLabel(this)),
      m_problem(new QLabel(this)),
      m_keep(new QPushButton(tr("Keep the original"), this)),
      m_use(new QPushButton(tr("Use this copy"), this))
{
    auto *heading = new QLabel(tr("Conflict copies to settle"), this);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    m_summary->setObjectName(QStringLiteral("conflictSummary"));
    m_summary->setWordWrap(true);
    m_view->setObjectName(QStringLiteral("conflictCopies"));
    m_view->setAccessibleName(tr("Conflict copies to settle"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Every column but the copy's name as wide as its text; the name takes what is left.
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(ConflictCopiesModel::Copy, QHeaderView::Stretch);
    m_view->header()->setStretchLastSection(false);
    m_problem->setObjectName(QStringLiteral("conflictProblem"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    ToneStyle::text(m_problem, Tone::Danger);
    m_keep->setObjectName(QStringLiteral("keepOriginal"));
    m_keep->setToolTip(tr("The document stays as the team has it; the copy is removed."));
    m_use->setObjectName(QStringLiteral("useCopy"));
    m_use->setToolTip(tr("The copy's version replaces the original; the copy is removed."));
    connect(m_keep, &QPushButton::clicked, this, &ConflictCopiesPanel::keepOriginal);
    connect(m_use, &QPushButton::clicked, this, &ConflictCopiesPanel::useCopy);
    const auto chosen = [this] {
        const bool any = m_view->selectionModel()->hasSelection();
        m_keep->setEnabled(any);
        m_use->setEnabled(any);
    };
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, chosen);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this, chosen] {
        chosen();
        showCount();
    });
    connect(m_model, &ConflictCopiesModel::failed, this, [this](const QString &problem) {
        m_problem->setText(problem);
        m_problem->show();
    });
    chosen();
    showCount();

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_keep);
    buttons->addWidget(m_use);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading);
    layout->addWidget(m_summary);
    layout->addWidget(m_view);
    layout->addWidget(m_problem);
    layout->addLayout(buttons);
}

void ConflictCopiesPanel::showCount()
{
    const int count = m_model->rowCount();
    m_summary->setText(
            count == 0 ? tr("None: every shared schedule, channel and SLO is settled.")
                       : tr("%n shared document(s) were written on two consoles at the same "
                            "time. The later one won; the other is kept as a copy until you "
                            "choose.",
                            nullptr, count));
    m_view->setVisible(count > 0);
    m_keep->setVisible(count > 0);
    m_use->setVisible(count > 0);
}

void ConflictCopiesPanel::keepOriginal()
{
    settleChosen(false);
}

void ConflictCopiesPanel::useCopy()
{
    settleChosen(true);
}

void ConflictCopiesPanel::settleChosen(bool useCopy)
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const DocumentConflictCopy copy = m_model->copyAt(rows.first().row());
    const Result<void> settled
            = m_service.settle(copy.kind, copy.name,
                               useCopy ? ConflictCopyService::Settle::UseCopy
                                       : ConflictCopyService::Settle::KeepOriginal);
    m_problem->setVisible(!settled);
    if (!settled)
        m_problem->setText(settled.error());
}

} // namespace sitrep
