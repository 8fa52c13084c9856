#include "oncallcalendardelegate.h"

#include "itemmodels/oncallcalendarmodel.h"
#include "personcolours.h"

#include <QPainter>

namespace sitrep {

namespace {

// The "now" line: the danger tone, bright enough on either scheme's cells.
QColor nowColour(const QPalette &palette)
{
    return Tones::colour(Tone::Danger, Tones::schemeOf(palette));
}

QString shortName(const QString &person)
{
    return person.section(u'@', 0, 0);
}

void fillSegment(QPainter *painter, const QRectF &rect, int colour, bool overridden,
                 ColourScheme scheme)
{
    painter->fillRect(rect, PersonColours::fill(colour, scheme));
    if (overridden) // hatched, so an override shows without reading
        painter->fillRect(rect, QBrush(PersonColours::edge(colour, scheme), Qt::BDiagPattern));
}

void drawLabel(QPainter *painter, const QRectF &rect, const QString &text, ColourScheme scheme)
{
    if (rect.width() < 24 || text.isEmpty())
        return;
    const QRectF inner = rect.adjusted(4, 0, -2, 0);
    painter->setPen(PersonColours::text(scheme));
    painter->drawText(inner, Qt::AlignVCenter | Qt::AlignLeft,
                      painter->fontMetrics().elidedText(text, Qt::ElideRight, int(inner.width())));
}

void drawSelection(QPainter *painter, const QStyleOptionViewItem &option)
{
    if (!(option.state & QStyle::State_Selected))
        return;
    QColor highlight = option.palette.highlight().color();
    highlight.setAlpha(70);
    painter->fillRect(option.rect, highlight);
    painter->setPen(QPen(option.palette.highlight().color(), 2));
    painter->drawRect(QRectF(option.rect).adjusted(1, 1, -1, -1));
}

} // namespace

QSize OnCallCalendarDelegate::sizeHint(const QStyleOptionViewItem &option,
                                       const QModelIndex &index) const
{
    const auto *model = qobject_cast<const OnCallCalendarModel *>(index.model());
    const int line = option.fontMetrics.height();
    if (model && model->mode() == OnCallCalendarModel::Mode::Week)
        return {120, line + 6};
    return {140, line * 4 + 12};
}

void OnCallCalendarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    const auto *model = qobject_cast<const OnCallCalendarModel *>(index.model());
    if (!model)
        return QStyledItemDelegate::paint(painter, option, index);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    if (model->mode() == OnCallCalendarModel::Mode::Month)
        paintDay(painter, option, index);
    else
        paintHour(painter, option, index);
    drawSelection(painter, option);
    painter->restore();
}

void OnCallCalendarDelegate::paintDay(QPainter *painter, const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    const QRectF cell = QRectF(option.rect).adjusted(0, 0, -1, -1);
    const bool inMonth = index.data(OnCallCalendarModel::InPeriodRole).toBool();
    const double now = index.data(OnCallCalendarModel::NowRole).toDouble();
    const QPalette &palette = option.palette;
    const ColourScheme scheme = Tones::schemeOf(palette);
    painter->fillRect(cell, palette.color(inMonth ? QPalette::Base : QPalette::Window));
    painter->setPen(palette.color(QPalette::Mid));
    painter->drawRect(cell);

    const int line = option.fontMetrics.height();
    QFont dayFont = option.font;
    dayFont.setBold(now >= 0);
    painter->setFont(dayFont);
    painter->setPen(now >= 0 ? nowColour(palette)
                             : (inMonth ? palette.color(QPalette::Text)
                                        : Tones::colour(Tone::Faint, scheme)));
    painter->drawText(cell.adjusted(6, 3, -4, 0), Qt::AlignLeft | Qt::AlignTop,
                      index.data(Qt::DisplayRole).toString());
    painter->setFont(option.font);

    const QRectF bars = cell.adjusted(3, line + 6, -3, -3);
    const QRectF primaryRow(bars.left(), bars.top(), bars.width(), bars.height() * 0.6);
    const QRectF secondaryRow(bars.left(), primaryRow.bottom() + 2, bars.width(),
                              bars.bottom() - primaryRow.bottom() - 2);
    const QStringList people = qobject_cast<const OnCallCalendarModel *>(index.model())->people();
    if (index.data(OnCallCalendarModel::GapRole).toBool()) {
        painter->fillRect(primaryRow, PersonColours::gap(scheme));
        painter->setPen(PersonColours::gapText(scheme));
        painter->drawText(primaryRow.adjusted(4, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft,
                          tr("gap"));
    }
    const auto segments
            = index.data(OnCallCalendarModel::SegmentsRole).value<QList<CalendarSegment>>();
    for (const CalendarSegment &segment : segments) {
        const double left = bars.left() + segment.from * bars.width();
        const double width = (segment.to - segment.from) * bars.width();
        const QRectF primary(left, primaryRow.top(), width, primaryRow.height());
        fillSegment(painter, primary, segment.colour, segment.overridden, scheme);
        QString label = segment.primary.isEmpty() ? tr("nobody") : shortName(segment.primary);
        if (!segment.added.isEmpty())
            label += tr(" + %1").arg(shortName(segment.added.first()));
        drawLabel(painter, primary, label, scheme);
        if (!segment.secondary.isEmpty()) {
            const QRectF secondary(left, secondaryRow.top(), width, secondaryRow.height());
            fillSegment(painter, secondary, int(people.indexOf(segment.secondary)), false, scheme);
            drawLabel(painter, secondary, tr("2nd %1").arg(shortName(segment.secondary)), scheme);
        }
        // A handoff inside the day.
        if (segment.from > 0) {
            painter->setPen(QPen(PersonColours::text(scheme), 1));
            painter->drawLine(QPointF(left, bars.top()), QPointF(left, bars.bottom()));
        }
    }
    if (now >= 0) {
        const double x = bars.left() + now * bars.width();
        painter->setPen(QPen(nowColour(palette), 2));
        painter->drawLine(QPointF(x, cell.top() + line + 2), QPointF(x, cell.bottom()));
    }
}

void OnCallCalendarDelegate::paintHour(QPainter *painter, const QStyleOptionViewItem &option,
                                       const QModelIndex &index) const
{
    const QRectF cell = QRectF(option.rect).adjusted(0, 0, -1, 0);
    const QPalette &palette = option.palette;
    const ColourScheme scheme = Tones::schemeOf(palette);
    painter->fillRect(cell,
                      index.data(OnCallCalendarModel::GapRole).toBool()
                              ? PersonColours::gap(scheme)
                              : palette.color(QPalette::Base));
    const QStringList people = qobject_cast<const OnCallCalendarModel *>(index.model())->people();
    const auto segments
            = index.data(OnCallCalendarModel::SegmentsRole).value<QList<CalendarSegment>>();
    const double strip = 6;
    for (const CalendarSegment &segment : segments) {
        const QRectF part(cell.left(), cell.top() + segment.from * cell.height(),
                          cell.width() - strip, (segment.to - segment.from) * cell.height());
        fillSegment(painter, part, segment.colour, segment.overridden, scheme);
        if (!segment.secondary.isEmpty())
            painter->fillRect(QRectF(part.right(), part.top(), strip, part.height()),
                              PersonColours::edge(int(people.indexOf(segment.secondary)), scheme));
        // The name where a shift starts, and at the top of each day.
        const QModelIndex above = index.siblingAtRow(index.row() - 1);
        const QString before = above.isValid() ? above.data(OnCallCalendarModel::SegmentsRole)
                                                         .value<QList<CalendarSegment>>()
                                                         .value(0)
                                                         .primary
                                               : QString();
        if (segment.from > 0 || !above.isValid() || before != segment.primary) {
            QString label = segment.primary.isEmpty() ? tr("nobody") : shortName(segment.primary);
            if (!segment.added.isEmpty())
                label += tr(" + %1").arg(shortName(segment.added.first()));
            if (!segment.secondary.isEmpty())
                label += tr("  (2nd %1)").arg(shortName(segment.secondary));
            drawLabel(painter, part, label, scheme);
            painter->setPen(QPen(PersonColours::text(scheme), 1));
            painter->drawLine(part.topLeft(), part.topRight());
        }
    }
    painter->setPen(palette.color(QPalette::Midlight));
    painter->drawLine(cell.bottomLeft(), cell.bottomRight());
    painter->drawLine(cell.topRight(), cell.bottomRight());
    const double now = index.data(OnCallCalendarModel::NowRole).toDouble();
    if (now >= 0) {
        const double y = cell.top() + now * cell.height();
        painter->setPen(QPen(nowColour(palette), 2));
        painter->drawLine(QPointF(cell.left(), y), QPointF(cell.right(), y));
    }
}

} // namespace sitrep
