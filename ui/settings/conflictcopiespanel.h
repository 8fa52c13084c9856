#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeView;

namespace sitrep {

class ConflictCopiesModel;
class ConflictCopyService;

// On the Team server page: the conflict copies the team's merge kept, to be settled by a
// person. For the one chosen: keep the original (the copy goes), or use the copy (its version
// takes the original's place). Either is recorded for the team, so every console settles alike.
class ConflictCopiesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ConflictCopiesPanel(ConflictCopyService &copies, QWidget *parent = nullptr);

    void keepOriginal();
    void useCopy();

private:
    void settleChosen(bool useCopy);
    void showCount();

    ConflictCopyService &m_service;
    ConflictCopiesModel *m_model;
    QTreeView *m_view;
    QLabel *m_summary;
    QLabel *m_problem;
    QPushButton *m_keep;
    QPushButton *m_use;
};

} // namespace sitrep
