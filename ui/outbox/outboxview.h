#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace sitrep {

class MessagingService;
class OutboxModel;

// The outbox panel: pending, delivered and failed messages with the receiver's answer; retry
// now and cancel for the selected ones.
class OutboxView : public QWidget
{
    Q_OBJECT
public:
    explicit OutboxView(MessagingService &messaging, QWidget *parent = nullptr);

    [[nodiscard]] OutboxModel &model() const { return *m_model; }
    [[nodiscard]] QTableView *table() const { return m_table; }
    void retrySelected();
    void cancelSelected();

private:
    QList<qint64> selectedIds() const;
    void updateButtons();
    void report(const QStringList &problems);

    MessagingService &m_messaging;
    OutboxModel *m_model;
    QTableView *m_table;
    QPushButton *m_retry;
    QPushButton *m_cancel;
    QLabel *m_problem;
};

} // namespace sitrep
