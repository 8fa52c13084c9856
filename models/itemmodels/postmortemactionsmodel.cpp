#include "postmortemactionsmodel.h"

#include "actionitemcolumns.h"
#include "postmortemeditor.h"

namespace sitrep {

PostmortemActionsModel::PostmortemActionsModel(PostmortemEditor &editor, QObject *parent)
    : QAbstractTableModel(parent),
      m_editor(editor),
      m_rows(int(editor.postmortem().actionItems.size()))
{
    connect(&m_editor, &PostmortemEditor::changed, this, &PostmortemActionsModel::onChanged);
}

void PostmortemActionsModel::onChanged()
{
    const int rows = int(m_editor.postmortem().actionItems.size());
    if (rows != m_rows) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    } else if (rows > 0) {
        Q_EMIT dataChanged(index(0, 0), index(rows - 1, ActionItemColumns::Count - 1));
    }
}

void PostmortemActionsModel::addItem()
{
    m_editor.edit(tr("Add action item"),
                  [](Postmortem &p) { p.actionItems.append(Postmortem::ActionItem {}); });
}

void PostmortemActionsModel::removeItem(int row)
{
    m_editor.edit(tr("Remove action item"), [row](Postmortem &p) {
        if (row >= 0 && row < p.actionItems.size())
            p.actionItems.removeAt(row);
    });
}

int PostmortemActionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int PostmortemActionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ActionItemColumns::Count;
}

QVariant PostmortemActionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QDate today = m_editor.today();
    return ActionItemColumns::data(m_editor.postmortem().actionItems.at(index.row()),
                                   index.column(), role, today);
}

QVariant PostmortemActionsModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return ActionItemColumns::header(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

Qt::ItemFlags PostmortemActionsModel::flags(const QModelIndex &index) const
{
    return QAbstractTableModel::flags(index)
            | (index.isValid() ? Qt::ItemIsEditable : Qt::NoItemFlags);
}

bool PostmortemActionsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Postmortem::ActionItem item = m_editor.postmortem().actionItems.at(index.row());
    if (!ActionItemColumns::setData(item, index.column(), value))
        return false;
    const int row = index.row();
    // Per cell, so that typing merges but changing the owner after the action is its own step.
    m_editor.edit(tr("Edit %1 of action item %2")
                          .arg(ActionItemColumns::header(index.column()).toString())
                          .arg(row + 1),
                  [row, item](Postmortem &p) { p.actionItems[row] = item; });
    return true;
}

} // namespace sitrep
