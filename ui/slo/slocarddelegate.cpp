#include "slocarddelegate.h"

#include "common/chartstyle.h"
#include "itemmodels/slooverviewmodel.h"

#include <QPainter>
#include <QPainterPath>

namespace sitrep {

namespace {

constexpr int cardHeight = 92;
constexpr int margin = 6;
constexpr int sparklineWidth = 140;

void drawSparkline(QPainter *painter, const QRectF &area, const QList<QPointF> &points,
                   const QColor &colour)
{
    if (points.size() < 2)
        return;
    double low = 0;
    double high = 100;
    for (const QPointF &point : points) {
        low = std::min(low, point.y());
        high = std::max(high, point.y());
    }
    const double left = points.first().x();
    const double width = std::max(1.0, points.last().x() - left);
    const auto place = [&](const QPointF &point) {
        return QPointF(area.left() + (point.x() - left) / width * area.width(),
                       area.bottom() - (point.y() - low) / (high - low) * area.height());
    };
    // The zero line: below it the budget is overspent.
    QColor zero = painter->pen().color(); // the card's text colour, faded
    zero.setAlpha(90);
    painter->setPen(QPen(zero, 1, Qt::DotLine));
    const double zeroY = place({left, 0}).y();
    painter->drawLine(QPointF(area.left(), zeroY), QPointF(area.right(), zeroY));
    QPainterPath path(place(points.first()));
    for (qsizetype i = 1; i < points.size(); ++i)
        path.lineTo(place(points.at(i)));
    painter->setPen(QPen(colour, 1.6));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(path);
}

} // namespace

QColor SloCardDelegate::alertColor(BurnAlert::State state, ColourScheme scheme)
{
    switch (state) {
    case BurnAlert::State::Page:
        return ChartStyle::colour(Series::Bad, scheme);
    case BurnAlert::State::Ticket:
        return ChartStyle::colour(Series::Caution, scheme);
    case BurnAlert::State::None:
        break;
    }
    return ChartStyle::colour(Series::Good, scheme);
}

QSize SloCardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return {std::max(320, option.rect.width()), cardHeight};
}

void SloCardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF card = QRectF(option.rect).adjusted(margin, margin / 2.0, -margin, -margin / 2.0);
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette &palette = option.palette;
    painter->setPen(
            QPen(palette.color(selected ? QPalette::Highlight : QPalette::Mid), selected ? 2 : 1));
    painter->setBrush(palette.color(QPalette::Base));
    painter->drawRoundedRect(card, 6, 6);

    const auto state = BurnAlert::State(index.data(SloOverviewModel::AlertRole).toInt());
    const QColor colour = alertColor(state, Tones::schemeOf(palette));
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour);
    painter->drawRoundedRect(QRectF(card.left(), card.top(), 6, card.height()), 3, 3);

    const QRectF text = card.adjusted(16, 8, -sparklineWidth - 16, -8);
    const QAbstractItemModel *model = index.model();
    const auto cell
            = [&](int column) { return model->index(index.row(), column).data().toString(); };
    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(palette.color(QPalette::Text));
    const QFontMetricsF metrics(bold);
    painter->drawText(
            QRectF(text.left(), text.top(), text.width(), metrics.height()),
            Qt::AlignLeft | Qt::AlignVCenter,
            metrics.elidedText(cell(SloOverviewModel::NameColumn), Qt::ElideRight, text.width()));
    QFont small = option.font;
    small.setPointSizeF(option.font.pointSizeF() * 0.9);
    painter->setFont(small);
    painter->setPen(Tones::colour(Tone::Secondary, Tones::schemeOf(palette)));
    const double line = QFontMetricsF(small).height();
    painter->drawText(QRectF(text.left(), text.top() + metrics.height(), text.width(), line),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      tr("%1 · target %2")
                              .arg(cell(SloOverviewModel::ServiceColumn),
                                   cell(SloOverviewModel::TargetColumn)));

    QFont large = option.font;
    large.setPointSizeF(option.font.pointSizeF() * 1.5);
    large.setBold(true);
    painter->setFont(large);
    painter->setPen(colour);
    const double bigLine = QFontMetricsF(large).height();
    const QRectF budgetBox(text.left(), text.bottom() - bigLine, text.width(), bigLine);
    const QString budget = cell(SloOverviewModel::BudgetColumn);
    painter->drawText(budgetBox, Qt::AlignLeft | Qt::AlignVCenter, budget);
    const double budgetWidth = QFontMetricsF(large).horizontalAdvance(budget);
    painter->setFont(small);
    painter->setPen(palette.color(QPalette::Text));
    painter->drawText(
            budgetBox.adjusted(budgetWidth + 8, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
            tr("budget left · burn %1 · %2")
                    .arg(cell(SloOverviewModel::BurnColumn), cell(SloOverviewModel::AlertColumn)));

    const QRectF spark(card.right() - sparklineWidth - 10, card.top() + 14, sparklineWidth,
                       card.height() - 28);
    drawSparkline(painter, spark,
                  index.data(SloOverviewModel::SparklineRole).value<QList<QPointF>>(), colour);
    painter->restore();
}

} // namespace sitrep
