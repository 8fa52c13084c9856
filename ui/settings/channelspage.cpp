#include "channelspage.h"

#include "common/tonestyle.h"
#include "domain/announcement.h"
#include "services/messagingservice.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sitrep {

namespace {

QString severitiesText(const QList<Severity> &severities)
{
    QStringList codes;
    for (Severity severity : severities)
        codes << severityCode(severity);
    return codes.isEmpty() ? QStringLiteral("–") : codes.join(QStringLiteral(", "));
}

} // namespace

ChannelsPage::ChannelsPage(MessagingService &messaging, QWidget *parent)
    : QWidget(parent), m_messaging(messaging)
{
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("channelsTable"));
    m_table->setAccessibleName(tr("Channels"));
    m_table->setHorizontalHeaderLabels(
            {tr("Name"), tr("Kind"), tr("Role"), tr("Updates heard for")});
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    auto *test = new QPushButton(tr("Send test"), this);
    test->setObjectName(QStringLiteral("testChannel"));
    connect(test, &QPushButton::clicked, this, &ChannelsPage::testSelected);
    auto *remove = new QPushButton(tr("Remove"), this);
    connect(remove, &QPushButton::clicked, this, &ChannelsPage::removeSelected);

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("channelKind"));
    m_kind->addItem(tr("Slack incoming webhook"), int(Channel::Kind::SlackWebhook));
    m_kind->addItem(tr("Slack Web API (bot token)"), int(Channel::Kind::SlackApi));
    m_kind->addItem(tr("Mattermost incoming webhook"), int(Channel::Kind::Mattermost));
    m_kind->addItem(tr("Microsoft Teams incoming webhook"), int(Channel::Kind::Teams));
    m_kind->addItem(tr("Generic JSON webhook"), int(Channel::Kind::Webhook));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("channelName"));
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("channelRole"));
    m_role->addItem(tr("Chat"), int(Channel::Role::Chat));
    m_role->addItem(tr("Status page"), int(Channel::Role::StatusPage));
    m_role->addItem(tr("Executive email"), int(Channel::Role::ExecutiveEmail));
    m_role->addItem(tr("Paging"), int(Channel::Role::Paging));
    m_role->addItem(tr("Other"), int(Channel::Role::Other));
    m_secret = new QLineEdit(this);
    m_secret->setObjectName(QStringLiteral("channelSecret"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_slackChannel = new QLineEdit(this);
    m_slackChannel->setPlaceholderText(QStringLiteral("C0123ABCD"));
    m_severities = new QLineEdit(this);
    m_severities->setObjectName(QStringLiteral("channelSeverities"));
    m_severities->setPlaceholderText(tr("Empty: the role's defaults (e.g. SEV-1, SEV-2)"));
    m_template = new QLineEdit(this);
    m_template->setPlaceholderText(ChannelRules::defaultTemplate());
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("channelResult"));
    m_result->setWordWrap(true);
    m_result->hide();
    m_save = new QPushButton(tr("Save channel"), this);
    m_save->setObjectName(QStringLiteral("saveChannel"));
    connect(m_save, &QPushButton::clicked, this, &ChannelsPage::save);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ChannelsPage::updateFields);

    auto *form = new QFormLayout;
    form->addRow(tr("Kind"), m_kind);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Role"), m_role);
    form->addRow(tr("Webhook URL or token"), m_secret);
    form->addRow(tr("Slack channel"), m_slackChannel);
    form->addRow(tr("Severities"), m_severities);
    form->addRow(tr("Body template"), m_template);
    auto *side = new QVBoxLayout;
    side->addWidget(test);
    side->addWidget(remove);
    side->addStretch();
    auto *tableRow = new QHBoxLayout;
    tableRow->addWidget(m_table, 1);
    tableRow->addLayout(side);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Declarations go to chat and status-page channels; updates "
                                    "to status pages, SEV-1/2 also to chat, SEV-1 also to "
                                    "executives; resolutions to all three."),
                                 this));
    layout->addLayout(tableRow);
    layout->addWidget(new QLabel(tr("Add or change a channel (the same name changes it):"), this));
    layout->addLayout(form);
    layout->addWidget(m_result);
    layout->addWidget(m_save, 0, Qt::AlignRight);
    updateFields();
    refresh();
}

void ChannelsPage::updateFields()
{
    const auto kind = static_cast<Channel::Kind>(m_kind->currentData().toInt());
    m_slackChannel->setEnabled(kind == Channel::Kind::SlackApi);
    m_template->setEnabled(kind == Channel::Kind::Webhook);
    m_secret->setPlaceholderText(kind == Channel::Kind::SlackApi
                                         ? tr("Bot token (xoxb-…), kept in the keychain only")
                                         : tr("https://… webhook URL, kept in the keychain only"));
}

void ChannelsPage::refresh()
{
    const Result<QList<Channel>> channels = m_messaging.channels();
    if (!channels)
        return showResult(channels.error(), true);
    m_table->setRowCount(int(channels.value().size()));
    for (int row = 0; row < channels.value().size(); ++row) {
        const Channel &channel = channels.value().at(row);
        const QStringList cells {
                channel.name, channelKindKey(channel.kind), channelRoleKey(channel.role),
                severitiesText(channel.severities
                                       ? *channel.severities
                                       : AnnouncementRouting::defaults(
                                               channel.role, Announcement::Kind::Update))};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
}

void ChannelsPage::save()
{
    Channel channel;
    channel.kind = static_cast<Channel::Kind>(m_kind->currentData().toInt());
    channel.name = m_name->text().trimmed();
    channel.role = static_cast<Channel::Role>(m_role->currentData().toInt());
    channel.slackChannel = m_slackChannel->text().trimmed();
    channel.bodyTemplate = m_template->text().trimmed();
    if (!m_severities->text().trimmed().isEmpty()) {
        if (auto problem = ChannelRules::apply(
                    channel, QStringLiteral("severities=") + m_severities->text().trimmed())) {
            showResult(*problem, true);
            Q_EMIT finishedSaving(*problem);
            return;
        }
    }
    m_save->setEnabled(false);
    m_messaging.addChannel(channel, m_secret->text(), [this](const QString &problem) {
        m_save->setEnabled(true);
        showResult(problem, true);
        if (problem.isEmpty()) {
            m_secret->clear(); // not kept in the form once it is in the keychain
            refresh();
        }
        Q_EMIT finishedSaving(problem);
    });
}

void ChannelsPage::testSelected()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return showResult(tr("Select the channel to test."), true);
    const QString name = m_table->item(row, 0)->text();
    showResult(tr("Sending a test message to %1…").arg(name), false);
    m_messaging.testChannel(name, [this, name](const QString &answer, bool ok) {
        showResult(ok ? tr("%1 took the test message: %2").arg(name, answer)
                      : tr("%1 did not take the test message: %2").arg(name, answer),
                   !ok);
        Q_EMIT tested(answer, ok);
    });
}

void ChannelsPage::removeSelected()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    m_messaging.removeChannel(m_table->item(row, 0)->text(), [this](const QString &problem) {
        showResult(problem, true);
        refresh();
    });
}

void ChannelsPage::showResult(const QString &text, bool problem)
{
    m_result->setText(text);
    if (problem)
        ToneStyle::text(m_result, Tone::Danger, true);
    else
        ToneStyle::text(m_result, Tone::Success);
    m_result->setVisible(!text.isEmpty());
}

} // namespace sitrep
