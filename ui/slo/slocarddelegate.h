#pragma once

#include "domain/burnalert.h"
#include "itemmodels/tone.h"

#include <QStyledItemDelegate>

namespace sitrep {

// Paints an SLO overview row as a card: a bar in the alert's colour, the name and target, the
// budget left in large type, the last hour's burn rate, and a sparkline of the budget over
// the window.
class SloCardDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Red to page, amber for a ticket, green when the budget is safe: the charts' colours.
    [[nodiscard]] static QColor alertColor(BurnAlert::State state, ColourScheme scheme);
};

} // namespace sitrep
