#pragma once

#include <QStyledItemDelegate>

namespace sitrep {

// Paints the severity column as a filled badge ("SEV-1" on red) and the status column as a
// coloured dot with its name, so both read at a glance from across the room.
class BadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    enum class Kind { Severity, Status };
    explicit BadgeDelegate(Kind kind, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    Kind m_kind;
};

} // namespace sitrep
