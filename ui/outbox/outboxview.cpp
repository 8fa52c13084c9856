#include "outboxview.h"

#include "common/tonestyle.h"
#include "itemmodels/outboxmodel.h"
#include "services/messagingservice.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace sitrep {

OutboxView::OutboxView(MessagingService &messaging, QWidget *parent)
    : QWidget(parent), m_messaging(messaging)
{
    m_model = new OutboxModel(messaging, this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("outboxTable"));
    m_table->setAccessibleName(tr("Outgoing messages"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(OutboxModel::AnswerColumn,
                                                      QHeaderView::Stretch);
    m_table->setColumnWidth(OutboxModel::CreatedColumn, 150);
    m_table->setColumnWidth(OutboxModel::ChannelColumn, 140);
    m_table->setColumnWidth(OutboxModel::IncidentColumn, 70);
    m_table->setColumnWidth(OutboxModel::MessageColumn, 320);
    m_table->setColumnWidth(OutboxModel::StateColumn, 150);
    m_table->setColumnWidth(OutboxModel::AttemptsColumn, 70);
    m_retry = new QPushButton(tr("&Retry now"), this);
    m_retry->setObjectName(QStringLiteral("retryNow"));
    m_cancel = new QPushButton(tr("&Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelMessage"));
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    ToneStyle::text(m_problem, Tone::Danger);
    auto *hint = new QLabel(tr("Messages to each channel go out in order, retried with backoff "
                               "until the receiver takes them; errors that retrying cannot fix "
                               "(a revoked webhook, a bad token) stop and show here."),
                            this);
    hint->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_retry);
    buttons->addWidget(m_cancel);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_problem);
    layout->addLayout(buttons);

    connect(m_retry, &QPushButton::clicked, this, &OutboxView::retrySelected);
    connect(m_cancel, &QPushButton::clicked, this, &OutboxView::cancelSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &OutboxView::updateButtons);
    connect(m_model, &KeyedTableModel::rowSetChanged, this, &OutboxView::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &OutboxView::updateButtons);
    if (const QString problem = m_model->reload(); !problem.isEmpty())
        report({problem});
    updateButtons();
}

QList<qint64> OutboxView::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &row : m_table->selectionModel()->selectedRows())
        ids << row.data(OutboxModel::IdRole).toLongLong();
    return ids;
}

void OutboxView::updateButtons()
{
    bool anyUndelivered = false;
    for (const QModelIndex &row : m_table->selectionModel()->selectedRows())
        anyUndelivered = anyUndelivered
                || row.data(OutboxModel::StateRole).toInt() != int(OutboxMessage::State::Delivered);
    m_retry->setEnabled(anyUndelivered);
    m_cancel->setEnabled(anyUndelivered);
}

void OutboxView::retrySelected()
{
    QStringList problems;
    for (qint64 id : selectedIds())
        if (const QString problem = m_messaging.dispatcher().retryNow(id); !problem.isEmpty())
            problems << problem;
    report(problems);
}

void OutboxView::cancelSelected()
{
    QStringList problems;
    for (qint64 id : selectedIds())
        if (const QString problem = m_messaging.dispatcher().cancel(id); !problem.isEmpty())
            problems << problem;
    report(problems);
}

void OutboxView::report(const QStringList &problems)
{
    m_problem->setText(problems.join(u'\n'));
}

} // namespace sitrep
