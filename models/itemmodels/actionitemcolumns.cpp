#include "actionitemcolumns.h"

#include "tone.h"

#include <QBrush>
#include <QColor>

namespace sitrep {

QVariant ActionItemColumns::data(const Postmortem::ActionItem &item, int column, int role,
                                 const QDate &today)
{
    const bool overdue = item.isOverdue(today);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (column) {
        case Action:
            return item.action;
        case Owner:
            return role == Qt::DisplayRole && !item.owner.isEmpty() ? u'@' + item.owner
                                                                    : item.owner;
        case Due:
            if (role == Qt::EditRole)
                return item.due.isValid() ? item.due : today;
            return item.due.isValid() ? item.due.toString(Qt::ISODate) : QString();
        case Status:
            return role == Qt::DisplayRole ? statusLabel(item.status)
                                           : actionStatusText(item.status);
        }
        break;
    case Qt::ForegroundRole:
        if (overdue)
            return QBrush(Tones::colour(Tone::Danger));
        break;
    case Qt::ToolTipRole:
        if (overdue)
            return tr("Overdue: due %1 and not done").arg(item.due.toString(Qt::ISODate));
        break;
    case StatusChoicesRole:
    case StatusLabelsRole:
        if (column == Status) {
            QStringList choices;
            using S = Postmortem::ActionItem::Status;
            for (S status : {S::Planned, S::InProgress, S::Done})
                choices << (role == StatusLabelsRole ? statusLabel(status)
                                                     : actionStatusText(status));
            return choices;
        }
        break;
    default:
        break;
    }
    return {};
}

QString ActionItemColumns::statusLabel(Postmortem::ActionItem::Status status)
{
    switch (status) {
    case Postmortem::ActionItem::Status::InProgress:
        return tr("In Progress");
    case Postmortem::ActionItem::Status::Done:
        return tr("Done");
    case Postmortem::ActionItem::Status::Planned:
        break;
    }
    return tr("Planned");
}

QString ActionItemColumns::postmortemStatusLabel(Postmortem::Status status)
{
    switch (status) {
    case Postmortem::Status::InReview:
        return tr("In review");
    case Postmortem::Status::Complete:
        return tr("Complete");
    case Postmortem::Status::Draft:
        break;
    }
    return tr("Draft");
}

QVariant ActionItemColumns::header(int column)
{
    switch (column) {
    case Action:
        return tr("Action", "postmortem action item");
    case Owner:
        return tr("Owner");
    case Due:
        return tr("Due date");
    case Status:
        return tr("Status");
    }
    return {};
}

bool ActionItemColumns::setData(Postmortem::ActionItem &item, int column, const QVariant &value)
{
    switch (column) {
    case Action:
        item.action = value.toString().trimmed();
        return true;
    case Owner:
        item.owner = value.toString().trimmed();
        if (item.owner.startsWith(u'@'))
            item.owner.remove(0, 1);
        return true;
    case Due: {
        const QDate due = value.typeId() == QMetaType::QDate
                ? value.toDate()
                : QDate::fromString(value.toString(), Qt::ISODate);
        if (!due.isValid() && !value.toString().isEmpty())
            return false;
        item.due = due;
        return true;
    }
    case Status:
        if (const auto status = parseActionStatus(value.toString())) {
            item.status = *status;
            return true;
        }
        return false;
    }
    return false;
}

} // namespace sitrep
