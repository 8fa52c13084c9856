#include "timelinedelegate.h"

#include "domain/timelineevent.h"
#include "itemmodels/timelinemodel.h"

#include <QComboBox>
#include <QDateTimeEdit>

namespace sitrep {

QWidget *TimelineDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                        const QModelIndex &index) const
{
    if (index.column() == TimelineModel::TimeColumn) {
        auto *editor = new QDateTimeEdit(parent);
        editor->setObjectName(QStringLiteral("timeEditor"));
        editor->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        return editor;
    }
    if (index.column() == TimelineModel::KindColumn) {
        auto *editor = new QComboBox(parent);
        editor->setObjectName(QStringLiteral("kindEditor"));
        for (int kind = 0; kind <= static_cast<int>(TimelineKind::Hypothesis); ++kind)
            editor->addItem(timelineKindName(static_cast<TimelineKind>(kind)), kind);
        return editor;
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void TimelineDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *timeEditor = qobject_cast<QDateTimeEdit *>(editor)) {
        const QDateTime at = index.data(Qt::EditRole).toDateTime();
        // The editor keeps the zone of the time it is given, so what is typed is read in the
        // zone the column header names.
        timeEditor->setTimeSpec(at.timeSpec());
        timeEditor->setDateTime(at);
        return;
    }
    if (auto *kindEditor = qobject_cast<QComboBox *>(editor)) {
        kindEditor->setCurrentIndex(kindEditor->findData(index.data(Qt::EditRole)));
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void TimelineDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                    const QModelIndex &index) const
{
    if (auto *timeEditor = qobject_cast<QDateTimeEdit *>(editor)) {
        if (timeEditor->dateTime() != index.data(Qt::EditRole).toDateTime())
            model->setData(index, timeEditor->dateTime());
        return;
    }
    if (auto *kindEditor = qobject_cast<QComboBox *>(editor)) {
        if (kindEditor->currentData() != index.data(Qt::EditRole))
            model->setData(index, kindEditor->currentData());
        return;
    }
    const QVariant text = editor->property("text");
    if (text.isValid() && text.toString() == index.data(Qt::EditRole).toString())
        return; // unchanged text: no edit, no history entry
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace sitrep
