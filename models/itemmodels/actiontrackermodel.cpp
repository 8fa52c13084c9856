#include "actiontrackermodel.h"

#include "actionitemcolumns.h"
#include "services/postmortemservice.h"

namespace sitrep {

namespace {
constexpr int firstItemColumn = ActionTrackerModel::PostmortemColumn + 1;
}

ActionTrackerModel::ActionTrackerModel(PostmortemService &postmortems, QObject *parent)
    : QAbstractTableModel(parent), m_postmortems(postmortems)
{
    // Queued: a save made from setData() reloads after the view has finished its edit.
    connect(&m_postmortems, &PostmortemService::postmortemSaved, this, &ActionTrackerModel::reload,
            Qt::QueuedConnection);
    reload();
}

void ActionTrackerModel::setOwner(const QString &owner)
{
    m_filter.owner = owner.startsWith(u'@') ? owner.mid(1) : owner;
    reload();
}

void ActionTrackerModel::setStatus(std::optional<Postmortem::ActionItem::Status> status)
{
    m_filter.status = status;
    reload();
}

void ActionTrackerModel::setOverdueOnly(bool overdueOnly)
{
    m_overdueOnly = overdueOnly;
    reload();
}

void ActionTrackerModel::reload()
{
    m_today = m_postmortems.clock().now().toUTC().date();
    m_filter.overdueOn = m_overdueOnly ? m_today : QDate();
    Result<QList<TrackedActionItem>> items = m_postmortems.store().actionItems(m_filter);
    const Result<QList<TrackedActionItem>> all = m_postmortems.store().actionItems({});
    if (!items || !all) {
        Q_EMIT failed(items ? all.error() : items.error());
        return;
    }
    beginResetModel();
    m_items = std::move(items).value();
    endResetModel();
    QStringList owners;
    for (const TrackedActionItem &tracked : all.value())
        if (!tracked.item.owner.isEmpty() && !owners.contains(tracked.item.owner))
            owners << tracked.item.owner;
    owners.sort(Qt::CaseInsensitive);
    m_owners = owners;
}

int ActionTrackerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ActionTrackerModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActionTrackerModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TrackedActionItem &tracked = m_items.at(index.row());
    if (index.column() >= firstItemColumn)
        return ActionItemColumns::data(tracked.item, index.column() - firstItemColumn, role,
                                       m_today);
    if (role == Qt::DisplayRole)
        return index.column() == IncidentColumn ? QVariant(u'#' + QString::number(tracked.incident))
                                                : QVariant(tracked.postmortemTitle);
    if (role == Qt::ToolTipRole && index.column() == PostmortemColumn)
        return tracked.postmortemTitle;
    return {};
}

QVariant ActionTrackerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IncidentColumn:
        return tr("Incident");
    case PostmortemColumn:
        return tr("Postmortem");
    default:
        return ActionItemColumns::header(section - firstItemColumn);
    }
}

Qt::ItemFlags ActionTrackerModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    return index.isValid() && index.column() >= firstItemColumn ? flags | Qt::ItemIsEditable
                                                                : flags;
}

bool ActionTrackerModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() < firstItemColumn
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    TrackedActionItem &tracked = m_items[index.row()];
    Postmortem::ActionItem item = tracked.item;
    if (!ActionItemColumns::setData(item, index.column() - firstItemColumn, value))
        return false;
    if (item == tracked.item)
        return true;
    const Result<void> saved
            = m_postmortems.updateActionItem(tracked.incident, tracked.position, item);
    if (!saved) {
        Q_EMIT failed(saved.error());
        return false;
    }
    tracked.item = item;
    Q_EMIT dataChanged(index.siblingAtColumn(0), index.siblingAtColumn(ColumnCount - 1));
    return true;
}

} // namespace sitrep
