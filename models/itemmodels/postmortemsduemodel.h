#pragma once

#include "domain/storedpostmortem.h"
#include "domain/trackedactionitem.h"

#include <QAbstractTableModel>

namespace sitrep {

class PostmortemService;

// The "Postmortems due" list: every postmortem not yet Complete, soonest review first, with
// what it still needs. Follows every save.
class PostmortemsDueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Incident, Title, Status, Review, Missing, ColumnCount };
    static constexpr int IncidentIdRole = Qt::UserRole + 1;

    explicit PostmortemsDueModel(PostmortemService &postmortems, QObject *parent = nullptr);
    void reload();
    // The row of the incident's postmortem, -1 when it is not due.
    [[nodiscard]] int rowOf(IncidentId incident) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

Q_SIGNALS:
    void failed(const QString &problem);

private:
    void onSaved(IncidentId incident);

    PostmortemService &m_postmortems;
    QList<StoredPostmortem> m_due;
    QDateTime m_now;
};

} // namespace sitrep
