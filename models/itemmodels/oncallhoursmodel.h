#pragma once

#include "domain/oncallhours.h"

#include <QAbstractTableModel>

namespace sitrep {

// The hours report as a table: per person their on-call hours, nights, weekends, secondary
// hours and share of all on-call time.
class OnCallHoursModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Person, Hours, Nights, Weekends, Secondary, Share, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;
    void setReport(OnCallHoursReport report);
    [[nodiscard]] const OnCallHoursReport &report() const { return m_report; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    OnCallHoursReport m_report;
    qint64 m_totalMs = 0;
};

} // namespace sitrep
