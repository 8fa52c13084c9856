#include "postmortemsduemodel.h"

#include "actionitemcolumns.h"
#include "domain/durationtext.h"
#include "services/postmortemservice.h"
#include "tone.h"

#include <QBrush>
#include <QColor>

namespace sitrep {

PostmortemsDueModel::PostmortemsDueModel(PostmortemService &postmortems, QObject *parent)
    : QAbstractTableModel(parent), m_postmortems(postmortems)
{
    connect(&m_postmortems, &PostmortemService::postmortemSaved, this,
            &PostmortemsDueModel::onSaved, Qt::QueuedConnection);
    connect(&m_postmortems, &PostmortemService::incidentLabelChanged, this,
            [this](IncidentId incident) {
                if (const int row = rowOf(incident); row >= 0)
                    Q_EMIT dataChanged(index(row, Incident), index(row, Incident));
            });
    reload();
}

void PostmortemsDueModel::onSaved(IncidentId incident)
{
    // Typing saves often: the row of the postmortem being written is read again, not the list.
    const int row = rowOf(incident);
    const Result<std::optional<StoredPostmortem>> stored = m_postmortems.find(incident);
    if (!stored) {
        Q_EMIT failed(stored.error());
        return;
    }
    const std::optional<StoredPostmortem> &now = stored.value();
    const bool isDue = now && now->postmortem.status != Postmortem::Status::Complete;
    if (row < 0 && !isDue)
        return; // not in the list, and not to be
    if (row >= 0 && isDue && now->reviewAt == m_due.at(row).reviewAt) {
        m_due[row] = *now;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    reload(); // into or out of the list, or moved in it
}

void PostmortemsDueModel::reload()
{
    Result<QList<StoredPostmortem>> due = m_postmortems.due();
    if (!due) {
        Q_EMIT failed(due.error());
        return;
    }
    beginResetModel();
    m_now = m_postmortems.clock().now();
    m_due = std::move(due).value();
    endResetModel();
}

int PostmortemsDueModel::rowOf(IncidentId incident) const
{
    for (qsizetype row = 0; row < m_due.size(); ++row)
        if (m_due.at(row).postmortem.incident == incident)
            return int(row);
    return -1;
}

int PostmortemsDueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_due.size());
}

int PostmortemsDueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PostmortemsDueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StoredPostmortem &stored = m_due.at(index.row());
    const Postmortem &p = stored.postmortem;
    const bool late = stored.reviewAt.isValid() && stored.reviewAt < m_now;
    if (role == IncidentIdRole)
        return p.incident;
    if (role == Qt::ForegroundRole && index.column() == Review && late)
        return QBrush(Tones::colour(Tone::Danger));
    if (role == Qt::ToolTipRole && index.column() == Review && stored.reviewAt.isValid())
        return tr("Review %1 UTC with %2")
                .arg(stored.reviewAt.toUTC().toString(u"yyyy-MM-dd HH:mm"),
                     stored.attendees.join(QStringLiteral(", ")));
    if (role == Qt::ToolTipRole && index.column() == Title)
        return p.title;
    const QStringList missing = PostmortemRules::missingForComplete(p);
    if (role == Qt::ToolTipRole && index.column() == Missing && !missing.isEmpty())
        return tr("Needs %1").arg(missing.join(QStringLiteral(", ")));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Incident:
        return m_postmortems.incidentLabel(p.incident);
    case Title:
        return p.title;
    case Status:
        return ActionItemColumns::postmortemStatusLabel(p.status);
    case Review:
        if (!stored.reviewAt.isValid())
            return tr("not scheduled");
        return late ? tr("%1 ago").arg(SpanText::countdown(stored.reviewAt.msecsTo(m_now)))
                    : tr("in %1").arg(SpanText::countdown(m_now.msecsTo(stored.reviewAt)));
    case Missing:
        return missing.isEmpty() ? tr("ready to complete") : tr("%1 missing").arg(missing.size());
    }
    return {};
}

QVariant PostmortemsDueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Incident:
        return tr("Incident");
    case Title:
        return tr("Postmortem");
    case Status:
        return tr("Status");
    case Review:
        return tr("Review");
    case Missing:
        return tr("To complete");
    }
    return {};
}

} // namespace sitrep
