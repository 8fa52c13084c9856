#pragma once

#include "domain/outboxmessage.h"
#include "keyedtablemodel.h"

#include <QTimer>

namespace sitrep {

class MessagingService;

// The outbox as a table, newest first: what was sent where, its state, attempts, when it is
// tried next and the receiver's answer. Rows change in place as the dispatcher reports; new
// messages appear when the outbox is read again (after incident changes, debounced).
class OutboxModel : public KeyedTableModel
{
    Q_OBJECT
public:
    enum Column {
        CreatedColumn,
        ChannelColumn,
        IncidentColumn,
        MessageColumn,
        StateColumn,
        AttemptsColumn,
        AnswerColumn,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1, StateRole };
    static constexpr int shownMessages = 500;

    explicit OutboxModel(MessagingService &messaging, QObject *parent = nullptr);

    // Reads the newest messages again; returns the problem, if any.
    QString reload();
    // Reads again soon (many changes in a burst read once).
    void reloadSoon();
    [[nodiscard]] const OutboxMessage &messageAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void changed(const OutboxMessage &message);

    MessagingService &m_messaging;
    QList<OutboxMessage> m_rows;
    QTimer m_reload;
};

} // namespace sitrep
