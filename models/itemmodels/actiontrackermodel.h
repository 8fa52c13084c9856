#pragma once

#include "domain/actionitemfilter.h"
#include "domain/trackedactionitem.h"

#include <QAbstractTableModel>

namespace sitrep {

class PostmortemService;

// Every action item of every postmortem, filtered by owner, status and overdue, editable in
// place (each edit saved into its postmortem through the service, the row changed where it
// is). Follows changes made elsewhere while live (shown); otherwise reads them when it is.
// Reads happen on a worker (modelReset says when one has arrived); a read overtaken by a newer
// one or by an edit here is dropped.
class ActionTrackerModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        IncidentColumn,
        PostmortemColumn,
        ColumnCount = 2 + 4
    }; // then the ActionItemColumns

    explicit ActionTrackerModel(PostmortemService &postmortems, QObject *parent = nullptr);

    void setOwner(const QString &owner);
    void setStatus(std::optional<Postmortem::ActionItem::Status> status);
    void setOverdueOnly(bool overdueOnly);
    void reload();
    // Whether someone is looking: a tracker not shown reads nothing until it is (it starts
    // not live and empty).
    void setLive(bool live);
    [[nodiscard]] const TrackedActionItem &item(int row) const { return m_items.at(row); }
    // Everyone who owns an item, for the owner filter.
    [[nodiscard]] QStringList owners() const { return m_owners; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

Q_SIGNALS:
    void failed(const QString &problem);

private:
    void onItemsChanged(IncidentId incident);
    // A filter changed: read now if shown, else once shown.
    void readWhenLive();

    PostmortemService &m_postmortems;
    // Not live and empty until someone looks: building the console reads no action items.
    bool m_live = false;
    bool m_stale = true;
    // The postmortem saved by this model's own edit: its row is already up to date.
    IncidentId m_editedHere = 0;
    int m_readsAsked = 0; // the latest read asked for; earlier answers are dropped
    bool m_reading = false;
    ActionItemFilter m_filter;
    bool m_overdueOnly = false;
    QList<TrackedActionItem> m_items;
    QStringList m_owners;
    QDate m_today;
};

} // namespace sitrep
