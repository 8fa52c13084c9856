#include "escalationpolicymodel.h"

namespace sitrep {

void EscalationPolicyModel::setPolicy(const EscalationPolicy &policy)
{
    beginResetModel();
    m_levels = policy.levels;
    m_repeat = policy.repeat;
    endResetModel();
}

EscalationPolicy EscalationPolicyModel::policy() const
{
    EscalationPolicy policy {m_levels, m_repeat};
    for (qsizetype i = 0; i < policy.levels.size(); ++i)
        policy.levels[i].level = int(i) + 1;
    return policy;
}

void EscalationPolicyModel::addLevel()
{
    const int row = int(m_levels.size());
    beginInsertRows({}, row, row);
    m_levels << EscalationLevel {row + 1, {}, 15};
    endInsertRows();
}

void EscalationPolicyModel::removeLevel(int row)
{
    if (row < 0 || row >= m_levels.size())
        return;
    beginRemoveRows({}, row, row);
    m_levels.removeAt(row);
    endRemoveRows();
    if (row < m_levels.size())
        Q_EMIT dataChanged(index(row, Level), index(int(m_levels.size()) - 1, Level));
}

int EscalationPolicyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_levels.size());
}

int EscalationPolicyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EscalationPolicyModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EscalationLevel &level = m_levels.at(index.row());
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Level:
        return index.row() + 1;
    case Target:
        return level.target;
    case Timeout:
        return level.timeoutMinutes;
    }
    return {};
}

bool EscalationPolicyModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    EscalationLevel &level = m_levels[index.row()];
    if (index.column() == Target)
        level.target = value.toString().trimmed();
    else if (index.column() == Timeout && value.toInt() >= 1)
        level.timeoutMinutes = value.toInt();
    else
        return false;
    Q_EMIT dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
    return true;
}

Qt::ItemFlags EscalationPolicyModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    const Qt::ItemFlags base = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return index.column() == Level ? base : base | Qt::ItemIsEditable;
}

QVariant EscalationPolicyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Level:
        return tr("Level");
    case Target:
        return tr("Pages (primary, secondary or a person)");
    case Timeout:
        return tr("Waits (min)");
    }
    return {};
}

} // namespace sitrep
