#pragma once

#include "storage/postmortemstore.h"

#include <QAbstractTableModel>

namespace sitrep {

class PostmortemService;

// Every action item of every postmortem, filtered by owner, status and overdue, editable in
// place (each edit saved into its postmortem through the service). Follows every save.
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
    PostmortemService &m_postmortems;
    ActionItemFilter m_filter;
    bool m_overdueOnly = false;
    QList<TrackedActionItem> m_items;
    QStringList m_owners;
    QDate m_today;
};

} // namespace sitrep
