#pragma once

#include <QAbstractTableModel>

namespace sitrep {

class PostmortemEditor;

// The action items of the postmortem being written, as the form's editable table. Every edit,
// addition and removal is an undoable step of the editor.
class PostmortemActionsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit PostmortemActionsModel(PostmortemEditor &editor, QObject *parent = nullptr);

    void addItem();
    void removeItem(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

private:
    void onChanged();

    PostmortemEditor &m_editor;
    int m_rows = 0;
};

} // namespace sitrep
