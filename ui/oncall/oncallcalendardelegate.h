#pragma once

#include <QStyledItemDelegate>

namespace sitrep {

// Paints a calendar cell of OnCallCalendarModel: in the month view a day with a bar per shift
// (primary above, secondary below, width by time), in the week view an hour filled with the
// primary's colour and the secondary as a strip. Overrides are hatched, gaps red, now a red
// line.
class OnCallCalendarDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    void paintDay(QPainter *painter, const QStyleOptionViewItem &option,
                  const QModelIndex &index) const;
    void paintHour(QPainter *painter, const QStyleOptionViewItem &option,
                   const QModelIndex &index) const;
};

} // namespace sitrep
