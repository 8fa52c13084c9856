#include "actiontrackermodel.h"

#include "actionitemcolumns.h"
#include "services/postmortemservice.h"

#include <QPointer>

namespace sitrep {

namespace {
constexpr int firstItemColumn = ActionTrackerModel::PostmortemColumn + 1;
}

ActionTrackerModel::ActionTrackerModel(PostmortemService &postmortems, QObject *parent)
    : QAbstractTableModel(parent), m_postmortems(postmortems)
{
    connect(&m_postmortems, &PostmortemService::actionItemsChanged, this,
            &ActionTrackerModel::onItemsChanged);
    connect(&m_postmortems, &PostmortemService::incidentLabelChanged, this, [this] {
        if (!m_items.isEmpty())
            Q_EMIT dataChanged(index(0, IncidentColumn),
                               index(int(m_items.size()) - 1, IncidentColumn));
    });
}

void ActionTrackerModel::setOwner(const QString &owner)
{
    m_filter.owner = owner.startsWith(u'@') ? owner.mid(1) : owner;
    readWhenLive();
}

void ActionTrackerModel::setStatus(std::optional<Postmortem::ActionItem::Status> status)
{
    m_filter.status = status;
    readWhenLive();
}

void ActionTrackerModel::setOverdueOnly(bool overdueOnly)
{
    m_overdueOnly = overdueOnly;
    readWhenLive();
}

void ActionTrackerModel::readWhenLive()
{
    m_stale = true;
    if (m_live)
        reload();
}

void ActionTrackerModel::setLive(bool live)
{
    m_live = live;
    if (m_live && m_stale)
        reload();
}

void ActionTrackerModel::onItemsChanged(IncidentId incident)
{
    if (incident == m_editedHere)
        return; // setData() changed the row itself
    m_stale = true;
    // Queued: a change made while a view commits an edit is read after the commit.
    if (m_live)
        QMetaObject::invokeMethod(
                this,
                [this] {
                    if (m_stale)
                        reload();
                },
                Qt::QueuedConnection);
}

void ActionTrackerModel::reload()
{
    m_stale = false;
    m_today = m_postmortems.today();
    m_filter.overdueOn = m_overdueOnly ? m_today : QDate();
    const int asked = ++m_readsAsked;
    m_reading = true;
    m_postmortems.readActionItems(m_filter,
                                  [model = QPointer(this), asked](Result<ActionItemsRead> read) {
                                      if (!model || asked != model->m_readsAsked)
                                          return;
                                      model->m_reading = false;
                                      if (!read) {
                                          Q_EMIT model->failed(read.error());
                                          return;
                                      }
                                      model->m_owners = std::move(read.value().owners);
                                      model->beginResetModel();
                                      model->m_items = std::move(read.value().items);
                                      model->endResetModel();
                                  });
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
        return index.column() == IncidentColumn
                ? QVariant(m_postmortems.incidentLabel(tracked.incident))
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
    m_editedHere = tracked.incident;
    const Result<void> saved
            = m_postmortems.updateActionItem(tracked.incident, tracked.position, item);
    m_editedHere = 0;
    if (!saved) {
        Q_EMIT failed(saved.error());
        return false;
    }
    tracked.item = item;
    // A read on its way was asked for before this edit and would bring the old item back.
    if (m_reading)
        reload();
    Q_EMIT dataChanged(index.siblingAtColumn(0), index.siblingAtColumn(ColumnCount - 1));
    return true;
}

} // namespace sitrep
