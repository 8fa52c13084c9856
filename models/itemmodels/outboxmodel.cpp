#include "outboxmodel.h"

#include "services/messagingservice.h"
#include "tone.h"

#include <QBrush>
#include <QColor>

namespace sitrep {

namespace {

QString utcTime(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
}

} // namespace

OutboxModel::OutboxModel(MessagingService &messaging, QObject *parent)
    : KeyedTableModel(parent), m_messaging(messaging)
{
    m_reload.setSingleShot(true);
    m_reload.setInterval(200);
    connect(&m_reload, &QTimer::timeout, this, &OutboxModel::reload);
    connect(&messaging.dispatcher(), &OutboxDispatcher::messageChanged, this,
            &OutboxModel::changed);
}

QString OutboxModel::reload()
{
    const Result<QList<OutboxMessage>> recent = m_messaging.recentMessages(shownMessages);
    if (!recent)
        return recent.error();
    // Only the messages that came, went or changed: the selection stays on what was chosen.
    replaceRows(m_rows, recent.value(), [](const OutboxMessage &message) { return message.id; });
    return {};
}

void OutboxModel::reloadSoon()
{
    m_reload.start();
}

void OutboxModel::changed(const OutboxMessage &message)
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].id != message.id)
            continue;
        m_rows[row] = message;
        Q_EMIT dataChanged(index(int(row), 0), index(int(row), ColumnCount - 1));
        return;
    }
    reloadSoon(); // not shown yet: a new message
}

int OutboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OutboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OutboxModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OutboxMessage &message = m_rows.at(index.row());
    if (role == IdRole)
        return message.id;
    if (role == StateRole)
        return int(message.state);
    if (role == Qt::ToolTipRole && index.column() == MessageColumn)
        return message.text;
    if (role == Qt::ForegroundRole && index.column() == StateColumn) {
        if (message.state == OutboxMessage::State::Failed)
            return QBrush(Tones::colour(Tone::Danger));
        if (message.state == OutboxMessage::State::Delivered)
            return QBrush(Tones::colour(Tone::Success));
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case CreatedColumn:
        return utcTime(message.createdAt);
    case ChannelColumn:
        return message.channel;
    case IncidentColumn:
        return message.incidentLabel;
    case MessageColumn:
        return message.text.simplified(); // the headline and the update's message on one line
    case StateColumn:
        switch (message.state) {
        case OutboxMessage::State::Pending:
            return message.attempts == 0 ? tr("pending")
                                         : tr("retry at %1")
                                                   .arg(message.nextAttemptAt.toUTC().toString(
                                                           QStringLiteral("HH:mm:ss")));
        case OutboxMessage::State::Delivered:
            return tr("delivered %1")
                    .arg(message.deliveredAt.toUTC().toString(QStringLiteral("HH:mm:ss")));
        case OutboxMessage::State::Failed:
            return tr("failed");
        case OutboxMessage::State::Cancelled:
            return tr("cancelled");
        }
        return {};
    case AttemptsColumn:
        return message.attempts;
    case AnswerColumn:
        return message.lastAnswer;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant OutboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case CreatedColumn:
        return tr("Queued (UTC)");
    case ChannelColumn:
        return tr("Channel");
    case IncidentColumn:
        return tr("Incident");
    case MessageColumn:
        return tr("Message");
    case StateColumn:
        return tr("State");
    case AttemptsColumn:
        return tr("Attempts");
    case AnswerColumn:
        return tr("Receiver's answer");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace sitrep
