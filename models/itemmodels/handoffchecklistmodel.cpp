#include "handoffchecklistmodel.h"

#include <QFont>

namespace sitrep {

HandoffChecklistModel::HandoffChecklistModel(HandoffService &service, QObject *parent)
    : QAbstractListModel(parent), m_service(service)
{ }

void HandoffChecklistModel::setHandoff(const std::optional<Handoff> &handoff)
{
    m_handoff = handoff;
    reload();
}

void HandoffChecklistModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_problem.clear();
    if (m_handoff) {
        const Result<QList<HandoffItem>> items = m_service.checklist(*m_handoff);
        if (!items) {
            m_problem = items.error();
        } else {
            std::optional<HandoffPhase> phase;
            for (const HandoffItem &item : items.value()) {
                if (phase != item.phase) {
                    phase = item.phase;
                    m_rows << Row {
                            std::nullopt,
                            tr("%1 (%2)").arg(HandoffChecklist::title(item.phase), item.person)};
                }
                m_rows << Row {item, {}};
            }
        }
    }
    endResetModel();
}

int HandoffChecklistModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant HandoffChecklistModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return row.item ? row.item->text : row.heading;
    case Qt::CheckStateRole:
        if (!row.item)
            return {};
        return row.item->ticked ? Qt::Checked : Qt::Unchecked;
    case Qt::FontRole:
        if (!row.item) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default:
        return {};
    }
}

Qt::ItemFlags HandoffChecklistModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return m_rows.at(index.row()).item
            ? Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable
            : Qt::ItemIsEnabled;
}

bool HandoffChecklistModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !m_handoff
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Row &row = m_rows[index.row()];
    if (!row.item)
        return false;
    const bool ticked = value.value<Qt::CheckState>() == Qt::Checked;
    if (const Result<void> saved = m_service.tick(*m_handoff, *row.item, ticked); !saved) {
        m_problem = saved.error();
        return false;
    }
    row.item->ticked = ticked;
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
    return true;
}

} // namespace sitrep
