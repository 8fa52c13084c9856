#include "actionitemdelegate.h"

#include "itemmodels/actionitemcolumns.h"

#include <QComboBox>
#include <QDateEdit>

namespace sitrep {

QWidget *ActionItemDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                          const QModelIndex &index) const
{
    const QStringList words = index.data(ActionItemColumns::StatusChoicesRole).toStringList();
    if (!words.isEmpty()) {
        auto *combo = new QComboBox(parent);
        const QStringList labels = index.data(ActionItemColumns::StatusLabelsRole).toStringList();
        for (qsizetype i = 0; i < words.size(); ++i)
            combo->addItem(labels.value(i, words.at(i)), words.at(i));
        return combo;
    }
    QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
    if (auto *date = qobject_cast<QDateEdit *>(editor)) {
        date->setCalendarPopup(true);
        date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    return editor;
}

void ActionItemDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole)));
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void ActionItemDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                      const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentData(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace sitrep
