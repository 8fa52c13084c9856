#pragma once

#include "domain/oncallschedule.h"

#include <QAbstractTableModel>

namespace sitrep {

// A schedule's escalation levels as an editable table: who each level pages (primary,
// secondary or a person) and how long it waits for an acknowledgement. Levels are numbered by
// their row.
class EscalationPolicyModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Level, Target, Timeout, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;
    void setPolicy(const EscalationPolicy &policy);
    [[nodiscard]] EscalationPolicy policy() const;
    void addLevel();
    void removeLevel(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<EscalationLevel> m_levels;
    int m_repeat = 0;
};

} // namespace sitrep
