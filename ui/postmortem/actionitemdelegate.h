#pragma once

#include <QStyledItemDelegate>

namespace sitrep {

// Edits an action item's status with a combo box of the model's status words (shown in the
// user's language) and its due date with a calendar; every other cell as Qt would.
class ActionItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
};

} // namespace sitrep
