#include "badgedelegate.h"

#include "itemmodels/incidenttablemodel.h"
#include "severitystyle.h"

#include <QApplication>
#include <QPainter>

namespace sitrep {

BadgeDelegate::BadgeDelegate(Kind kind, QObject *parent) : QStyledItemDelegate(parent), m_kind(kind)
{ }

void BadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const
{
    // The row background (selection, overdue highlight) first, without the text.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const QString text = index.data().toString();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QFont font = option.font;
    font.setBold(m_kind == Kind::Severity);
    painter->setFont(font);
    const QFontMetrics metrics(font);
    const QRect cell = option.rect.adjusted(6, 4, -6, -4);
    if (m_kind == Kind::Severity) {
        const auto severity
                = static_cast<Severity>(index.data(IncidentTableModel::SeverityRole).toInt());
        const int width = metrics.horizontalAdvance(text) + 16;
        const QRect badge(cell.left(), cell.top(), std::min(width, cell.width()), cell.height());
        painter->setPen(Qt::NoPen);
        painter->setBrush(SeverityStyle::background(severity));
        painter->drawRoundedRect(badge, 4, 4);
        painter->setPen(SeverityStyle::text());
        painter->drawText(badge, Qt::AlignCenter, text);
    } else {
        const auto status
                = static_cast<IncidentStatus>(index.data(IncidentTableModel::StatusRole).toInt());
        const int dot = 10;
        const QRect circle(cell.left(), cell.center().y() - dot / 2, dot, dot);
        painter->setPen(Qt::NoPen);
        painter->setBrush(SeverityStyle::statusColor(status, Tones::schemeOf(option.palette)));
        painter->drawEllipse(circle);
        painter->setPen(option.state & QStyle::State_Selected
                                ? option.palette.color(QPalette::HighlightedText)
                                : option.palette.color(QPalette::Text));
        painter->drawText(cell.adjusted(dot + 8, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft,
                          metrics.elidedText(text, Qt::ElideRight, cell.width() - dot - 8));
    }
    painter->restore();
}

QSize BadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    QFont font = option.font;
    font.setBold(m_kind == Kind::Severity);
    size.setWidth(QFontMetrics(font).horizontalAdvance(index.data().toString()) + 40);
    size.setHeight(std::max(size.height(), QFontMetrics(font).height() + 12));
    return size;
}

} // namespace sitrep
