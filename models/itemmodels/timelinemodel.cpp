#include "timelinemodel.h"

#include "services/checklistservice.h"
#include "services/incidentservice.h"
#include "services/timelineservice.h"
#include "tone.h"
#include "workspaceeditor.h"

#include <utility>

#include <QColor>
#include <QFont>
#include <QTimeZone>

namespace sitrep {

TimelineModel::TimelineModel(IncidentId incidentId, IncidentService &incidents,
                             TimelineService &timeline, ChecklistService &checklists,
                             WorkspaceEditor &editor, QObject *parent)
    : QAbstractTableModel(parent), m_incidentId(incidentId), m_timeline(timeline), m_editor(editor)
{
    connect(&incidents, &IncidentService::timelineEntryAdded, this, &TimelineModel::onAdded);
    connect(&checklists, &ChecklistService::timelineEntryAdded, this, &TimelineModel::onAdded);
    connect(&timeline, &TimelineService::entryAdded, this, &TimelineModel::onAdded);
    connect(&timeline, &TimelineService::entryChanged, this, &TimelineModel::onChanged);
    reload();
}

void TimelineModel::reload()
{
    m_loading = true;
    const int read = ++m_read;
    m_timeline.readTimeline(this, m_incidentId, m_showDeleted,
                            [this, read](Result<QList<TimelineEvent>> entries) {
                                if (read == m_read) // else a newer read is on its way
                                    onRead(std::move(entries));
                            });
}

void TimelineModel::onRead(Result<QList<TimelineEvent>> entries)
{
    m_loading = false;
    // What could not be read leaves the rows as they were; the workspace says why.
    if (entries) {
        beginResetModel();
        m_entries = std::move(entries).value();
        endResetModel();
    }
    // The read may have begun before or after each of these: replayed in the order heard, by
    // the entry's id, they end where the rows would be had nothing been read meanwhile.
    const auto heard = std::exchange(m_heardWhileLoading, {});
    for (const auto &[added, entry] : heard) {
        if (added)
            onAdded(entry);
        else
            onChanged(entry);
    }
    Q_EMIT loaded(entries ? QString() : entries.error());
}

void TimelineModel::setShowDeleted(bool show)
{
    if (show == m_showDeleted)
        return;
    m_showDeleted = show;
    reload();
}

void TimelineModel::setLocalTime(bool local)
{
    if (local == m_localTime)
        return;
    m_localTime = local;
    Q_EMIT headerDataChanged(Qt::Horizontal, TimeColumn, TimeColumn);
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, TimeColumn), index(rowCount() - 1, TimeColumn));
}

QString TimelineModel::zoneName() const
{
    if (!m_localTime)
        return QStringLiteral("UTC");
    const QTimeZone zone = QTimeZone::systemTimeZone();
    const QString abbreviation = zone.abbreviation(QDateTime::currentDateTimeUtc());
    return abbreviation.isEmpty() ? QString::fromUtf8(zone.id()) : abbreviation;
}

QDateTime TimelineModel::shownTime(const QDateTime &utc) const
{
    return m_localTime ? utc.toLocalTime() : utc.toUTC();
}

int TimelineModel::rowOf(qint64 eventId) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).id == eventId)
            return row;
    }
    return -1;
}

int TimelineModel::insertionRow(const TimelineEvent &entry) const
{
    return int(std::upper_bound(m_entries.begin(), m_entries.end(), entry, timelineBefore)
               - m_entries.begin());
}

void TimelineModel::onAdded(const TimelineEvent &entry)
{
    if (entry.incidentId != m_incidentId)
        return;
    if (m_loading)
        return m_heardWhileLoading.append({true, entry});
    if (rowOf(entry.id) >= 0)
        return;
    const int row = insertionRow(entry);
    beginInsertRows({}, row, row);
    m_entries.insert(row, entry);
    endInsertRows();
}

void TimelineModel::onChanged(const TimelineEvent &entry)
{
    if (entry.incidentId != m_incidentId)
        return;
    if (m_loading)
        return m_heardWhileLoading.append({false, entry});
    const int row = rowOf(entry.id);
    const bool shown = m_showDeleted || !entry.isDeleted();
    if (row < 0) {
        if (shown) // restored
            onAdded(entry);
        return;
    }
    if (!shown) {
        beginRemoveRows({}, row, row);
        m_entries.removeAt(row);
        endRemoveRows();
        return;
    }
    // Its time may have changed: find its place among the others.
    QList<TimelineEvent> others = m_entries;
    others.removeAt(row);
    const int newRow = int(std::upper_bound(others.begin(), others.end(), entry, timelineBefore)
                           - others.begin());
    if (newRow != row) {
        beginMoveRows({}, row, row, {}, newRow > row ? newRow + 1 : newRow);
        m_entries.move(row, newRow);
        endMoveRows();
    }
    m_entries[newRow] = entry;
    Q_EMIT dataChanged(index(newRow, 0), index(newRow, ColumnCount - 1));
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int TimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TimelineEvent &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return shownTime(entry.at).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case KindColumn:
            return timelineKindName(entry.kind);
        case TextColumn:
            return entry.text;
        case AuthorColumn:
            return entry.author;
        }
        return {};
    case Qt::EditRole:
        switch (index.column()) {
        case TimeColumn:
            return shownTime(entry.at);
        case KindColumn:
            return static_cast<int>(entry.kind);
        case TextColumn:
            return entry.text;
        }
        return {};
    case Qt::CheckStateRole:
        if (index.column() == TimeColumn)
            return entry.key ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn)
            return tr("Tick to mark as a key event for the postmortem.");
        if (entry.isDeleted())
            return tr("Deleted %1 UTC")
                    .arg(entry.deletedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        if (entry.edited)
            return tr("Corrected; the edit history keeps what it said before.");
        return entry.automatic ? tr("Captured by Sitrep") : QVariant();
    case Qt::AccessibleDescriptionRole:
        // What the struck-through or bold row says to those who cannot see it.
        if (entry.isDeleted())
            return tr("Deleted");
        return entry.key ? tr("Key event") : QVariant();
    case Qt::FontRole:
        if (entry.isDeleted() || entry.key) {
            QFont font;
            font.setStrikeOut(entry.isDeleted());
            font.setBold(entry.key && index.column() != TextColumn);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (entry.isDeleted())
            return Tones::colour(Tone::Faint);
        if (entry.automatic && index.column() != TextColumn)
            return Tones::colour(Tone::Secondary);
        return {};
    case EventIdRole:
        return entry.id;
    case KindRole:
        return static_cast<int>(entry.kind);
    case AutomaticRole:
        return entry.automatic;
    case EditedRole:
        return entry.edited;
    case DeletedRole:
        return entry.isDeleted();
    case KeyRole:
        return entry.key;
    }
    return {};
}

bool TimelineModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const TimelineEvent entry = m_entries.at(index.row());
    if (role == Qt::CheckStateRole && index.column() == TimeColumn)
        return m_editor.setKey(entry, value.toInt() == Qt::Checked);
    if (role != Qt::EditRole)
        return false;
    switch (index.column()) {
    case TimeColumn: {
        QDateTime at = value.toDateTime();
        // An editor shows the zone of the column; a bare time is read in that zone.
        if (at.timeSpec() == Qt::LocalTime && !m_localTime)
            at = QDateTime(at.date(), at.time(), Qt::UTC);
        return m_editor.editEntry(entry, at.toUTC(), entry.kind, entry.text);
    }
    case KindColumn:
        return m_editor.editEntry(entry, entry.at, static_cast<TimelineKind>(value.toInt()),
                                  entry.text);
    case TextColumn:
        return m_editor.editEntry(entry, entry.at, entry.kind, value.toString());
    }
    return false;
}

Qt::ItemFlags TimelineModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (!index.isValid() || m_entries.at(index.row()).isDeleted())
        return flags;
    if (index.column() == TimeColumn)
        flags |= Qt::ItemIsUserCheckable;
    if (index.column() != AuthorColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time (%1)").arg(zoneName());
    case KindColumn:
        return tr("Kind");
    case TextColumn:
        return tr("What happened");
    case AuthorColumn:
        return tr("By");
    }
    return {};
}

} // namespace sitrep
