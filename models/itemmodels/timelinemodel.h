#pragma once

#include "domain/result.h"
#include "domain/timelineevent.h"

#include <QAbstractTableModel>
#include <QList>

namespace sitrep {

class ChecklistService;
class IncidentService;
class TimelineService;
class WorkspaceEditor;

// One incident's timeline, always in time order, kept live from the services with exact
// insert, move and remove ranges. Time, kind and text are edited in place and the key flag is
// a check box; every edit goes through the WorkspaceEditor, so it can be undone. Times show in
// UTC unless local time is asked for; the header names the zone either way.
class TimelineModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, KindColumn, TextColumn, AuthorColumn, ColumnCount };
    enum Role {
        EventIdRole = Qt::UserRole + 1,
        KindRole,      // int TimelineKind
        AutomaticRole, // captured by Sitrep
        EditedRole,    // has an edit history
        DeletedRole,
        KeyRole,
    };

    TimelineModel(IncidentId incidentId, IncidentService &incidents, TimelineService &timeline,
                  ChecklistService &checklists, WorkspaceEditor &editor, QObject *parent = nullptr);

    // Reads the timeline again (deleted entries too, if shown) on a worker; loaded() says when
    // the rows are in. Entries added or changed meanwhile are applied on top of what was read,
    // so none is lost.
    void reload();
    [[nodiscard]] bool isLoading() const { return m_loading; }
    [[nodiscard]] bool showsDeleted() const { return m_showDeleted; }
    void setShowDeleted(bool show);
    [[nodiscard]] bool showsLocalTime() const { return m_localTime; }
    void setLocalTime(bool local);
    // "UTC", or the local zone's abbreviation ("CET").
    [[nodiscard]] QString zoneName() const;
    [[nodiscard]] QDateTime shownTime(const QDateTime &utc) const;

    [[nodiscard]] const TimelineEvent &entryAt(int row) const { return m_entries.at(row); }
    [[nodiscard]] int rowOf(qint64 eventId) const;
    [[nodiscard]] const QList<TimelineEvent> &entries() const { return m_entries; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // The rows are in; problem says why they could not be read, if so.
    void loaded(const QString &problem);

private:
    void onRead(Result<QList<TimelineEvent>> entries);
    void onAdded(const TimelineEvent &entry);
    void onChanged(const TimelineEvent &entry);
    int insertionRow(const TimelineEvent &entry) const;

    IncidentId m_incidentId;
    TimelineService &m_timeline;
    WorkspaceEditor &m_editor;
    QList<TimelineEvent> m_entries;
    // Entries heard of while a read runs, replayed on top of it: true for added.
    QList<std::pair<bool, TimelineEvent>> m_heardWhileLoading;
    int m_read = 0; // the newest read asked for; older answers are dropped
    bool m_loading = false;
    bool m_showDeleted = false;
    bool m_localTime = false;
};

} // namespace sitrep
