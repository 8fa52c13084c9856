#include "checklistmodel.h"

#include "services/checklistservice.h"
#include "tone.h"
#include "workspaceeditor.h"

#include <QColor>
#include <QFont>

namespace sitrep {

ChecklistModel::ChecklistModel(IncidentId incidentId, ChecklistService &checklists,
                               WorkspaceEditor &editor, const Clock &clock, QObject *parent)
    : QAbstractListModel(parent),
      m_incidentId(incidentId),
      m_checklists(checklists),
      m_editor(editor),
      m_clock(clock)
{
    // Ticks change state, never the shape: the rows stay and only their data changes.
    connect(&checklists, &ChecklistService::checklistChanged, this, [this](IncidentId id) {
        if (id != m_incidentId)
            return;
        const Result<QList<ChecklistEntry>> entries = m_checklists.checklist(m_incidentId);
        if (!entries)
            return;
        qsizetype next = 0;
        for (Row &row : m_rows) {
            if (row.entry && next < entries.value().size())
                row.entry = entries.value().at(next++);
        }
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0), index(rowCount() - 1));
    });
    reload();
}

QString ChecklistModel::reload()
{
    const Result<QList<ChecklistEntry>> entries = m_checklists.checklist(m_incidentId);
    beginResetModel();
    m_rows.clear();
    if (entries) {
        QString phase;
        for (const ChecklistEntry &entry : entries.value()) {
            if (entry.phase != phase) {
                phase = entry.phase;
                m_rows.append({phase, std::nullopt});
            }
            m_rows.append({{}, entry});
        }
    }
    endResetModel();
    return entries ? QString() : entries.error();
}

void ChecklistModel::refreshTimes()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1),
                           {Qt::BackgroundRole, Qt::ForegroundRole, IsOverdueRole});
}

int ChecklistModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ChecklistModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (!row.entry) {
        switch (role) {
        case Qt::DisplayRole:
            return row.phase;
        case Qt::FontRole: {
            QFont font;
            font.setBold(true);
            return font;
        }
        case IsPhaseRole:
            return true;
        }
        return {};
    }
    const ChecklistEntry &entry = *row.entry;
    const bool overdue = entry.isOverdue(m_clock.now());
    switch (role) {
    case Qt::DisplayRole:
        return entry.tick ? tr("%1 — done %2 UTC by %3")
                                    .arg(entry.item.text,
                                         entry.tick->at.toUTC().toString(QStringLiteral("HH:mm")),
                                         entry.tick->by)
                          : tr("%1 — due %2 UTC")
                                    .arg(entry.item.text,
                                         entry.dueAt.toUTC().toString(QStringLiteral("HH:mm")));
    case Qt::CheckStateRole:
        return entry.tick ? Qt::Checked : Qt::Unchecked;
    case Qt::BackgroundRole:
        return overdue ? QVariant(Tones::colour(Tone::DangerFill)) : QVariant();
    case Qt::ForegroundRole:
        if (overdue)
            return Tones::colour(Tone::Danger);
        return entry.tick ? QVariant(Tones::colour(Tone::Secondary)) : QVariant();
    case Qt::ToolTipRole:
        return overdue ? tr("Overdue: due %1 UTC")
                                 .arg(entry.dueAt.toUTC().toString(QStringLiteral("HH:mm")))
                       : QVariant();
    case ItemKeyRole:
        return entry.item.key;
    case IsPhaseRole:
        return false;
    case IsOverdueRole:
        return overdue;
    case DueRole:
        return entry.dueAt;
    }
    return {};
}

bool ChecklistModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !index.isValid() || !m_rows.at(index.row()).entry)
        return false;
    const ChecklistEntry &entry = *m_rows.at(index.row()).entry;
    return m_editor.setTicked(entry.item.key, entry.item.text, value.toInt() == Qt::Checked);
}

Qt::ItemFlags ChecklistModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (!m_rows.at(index.row()).entry)
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
}

} // namespace sitrep
