#include "updatecomposer.h"

#include "common/tonestyle.h"
#include "domain/announcement.h"
#include "domain/durationtext.h"
#include "services/incidentservice.h"
#include "services/messagingservice.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

namespace sitrep {

UpdateComposer::UpdateComposer(IncidentId incident, IncidentService &incidents,
                               MessagingService &messaging, const QString &author, QWidget *parent)
    : QWidget(parent),
      m_id(incident),
      m_incidents(incidents),
      m_messaging(messaging),
      m_author(author)
{
    m_rooms = new QLabel(this);
    m_rooms->setObjectName(QStringLiteral("incidentRooms"));
    m_rooms->setTextFormat(Qt::RichText);
    m_rooms->setOpenExternalLinks(true);
    m_rooms->hide();
    m_due = new QLabel(this);
    m_due->setObjectName(QStringLiteral("updateDue"));
    m_due->setWordWrap(true);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("updateStatus"));
    for (IncidentStatus status : allStatuses)
        m_status->addItem(statusDisplayName(status), int(status));
    m_templates = new QComboBox(this);
    m_templates->setObjectName(QStringLiteral("updateTemplate"));
    // The templates are whole sentences: they must not widen the side panel.
    m_templates->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_templates->setMinimumContentsLength(24);
    m_message = new QPlainTextEdit(this);
    m_message->setTabChangesFocus(true); // Tab moves on, as in every other field
    m_message->setObjectName(QStringLiteral("updateMessage"));
    // The message is what a commander comes here to write: Alt+U lands in it.
    setFocusProxy(m_message);
    m_message->setAccessibleName(tr("Update message"));
    m_message->setPlaceholderText(tr("What stakeholders should know now (Ctrl+Return posts)."));
    m_message->setMaximumHeight(120);
    m_preview = new QTextBrowser(this);
    m_preview->setObjectName(QStringLiteral("updatePreview"));
    m_preview->setAccessibleName(tr("What each channel receives"));
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("updateProblem"));
    m_problem->setWordWrap(true);
    ToneStyle::text(m_problem, Tone::Danger);
    m_post = new QPushButton(tr("&Post update"), this);
    m_post->setObjectName(QStringLiteral("postUpdate"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("&Template:"), m_templates);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_rooms);
    layout->addWidget(m_due);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(new QLabel(tr("What each channel receives:"), this));
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_post, 0, Qt::AlignLeft);

    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        refreshTemplates();
        refreshPreview();
    });
    connect(m_templates, &QComboBox::activated, this, &UpdateComposer::useTemplate);
    connect(m_message, &QPlainTextEdit::textChanged, this, &UpdateComposer::refreshPreview);
    // Typing marks the document modified; a template filled in or a post clears the mark.
    connect(m_message->document(), &QTextDocument::modificationChanged, this,
            &UpdateComposer::draftingChanged);
    connect(m_post, &QPushButton::clicked, this, &UpdateComposer::post);
    ToneStyle::redrawOnSchemeChange(this, [this] {
        if (m_incident.id != 0)
            refreshTimes();
    });
    auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), m_message);
    shortcut->setContext(Qt::WidgetShortcut);
    connect(shortcut, &QShortcut::activated, this, &UpdateComposer::post);

    // The incident's Slack channel is opened when its declaration is delivered.
    connect(&messaging.dispatcher(), &OutboxDispatcher::messageChanged, this,
            [this](const OutboxMessage &message) {
                if (message.incident == m_id)
                    refreshRooms();
            });
    if (const Result<Incident> found = m_incidents.incident(incident))
        showIncident(found.value());
}

void UpdateComposer::refreshRooms()
{
    const Result<QList<ChatRoom>> rooms = m_messaging.roomsOf(m_id);
    if (!rooms || rooms.value().isEmpty())
        return m_rooms->hide();
    QStringList links;
    for (const ChatRoom &room : rooms.value())
        links << QStringLiteral("<a href=\"https://slack.com/app_redirect?channel=%1\">#%2</a>")
                         .arg(QString::fromUtf8(QUrl::toPercentEncoding(room.id)),
                              room.name.toHtmlEscaped());
    m_rooms->setText(
            tr("Incident channel: %1 (opens Slack)").arg(links.join(QStringLiteral(", "))));
    m_rooms->show();
}

void UpdateComposer::showIncident(const Incident &incident)
{
    const bool first = m_incident.id == 0;
    m_incident = incident;
    if (first || m_message->toPlainText().isEmpty())
        m_status->setCurrentIndex(m_status->findData(int(incident.status)));
    refreshTemplates();
    refreshTimes();
    refreshPreview();
    refreshRooms(); // opened by another console of the team, perhaps
}

void UpdateComposer::refreshTimes()
{
    if (!m_incident.isOpen()) {
        m_due->setText(tr("Resolved: no more updates are due."));
        return;
    }
    const QDateTime now = m_incidents.clock().now();
    const QDateTime due = m_incidents.policy().nextUpdateDue(m_incident);
    const QString at = due.toUTC().toString(QStringLiteral("HH:mm 'UTC'"));
    if (due <= now)
        m_due->setText(ToneStyle::span(
                tr("Update overdue since %1 (%2 ago).")
                        .arg(at, durationText(std::chrono::seconds(due.secsTo(now) / 60 * 60))),
                Tone::Danger, true));
    else
        m_due->setText(
                tr("Next update due %1 (in %2).")
                        .arg(at,
                             durationText(std::chrono::seconds((now.secsTo(due) + 59) / 60 * 60))));
}

void UpdateComposer::refreshTemplates()
{
    const auto status = static_cast<IncidentStatus>(m_status->currentData().toInt());
    m_templates->clear();
    m_templates->addItem(tr("(write your own)"));
    const QString subject = m_incident.services.isEmpty()
            ? m_incident.title
            : m_incident.services.join(QStringLiteral(", "));
    Incident after = m_incident;
    after.lastUpdateAt = m_incidents.clock().now();
    const QString next = m_incidents.policy().nextUpdateDue(after).toUTC().toString(
            QStringLiteral("HH:mm 'UTC'"));
    // A resolved incident's template names no next update (no %2).
    for (const QString &text : UpdateTemplates::forStatus(status))
        m_templates->addItem(text.contains(u"%2") ? text.arg(subject, next) : text.arg(subject));
}

void UpdateComposer::useTemplate(int index)
{
    if (index > 0)
        m_message->setPlainText(m_templates->itemText(index));
}

void UpdateComposer::refreshPreview()
{
    const auto status = static_cast<IncidentStatus>(m_status->currentData().toInt());
    const auto previews = m_incidents.previewUpdate(m_id, status, m_message->toPlainText());
    if (!previews) {
        m_preview->setPlainText(previews.error());
        return;
    }
    if (previews.value().isEmpty()) {
        m_preview->setPlainText(
                tr("No channel hears this update (routing by role and severity). It is still "
                   "recorded on the timeline. Add channels with \"sitrepctl channel add\"."));
        return;
    }
    QString html;
    for (const auto &[channel, text] : previews.value())
        html += QStringLiteral("<p><b>%1</b><br>%2</p>")
                        .arg(channel.toHtmlEscaped(),
                             text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")));
    m_preview->setHtml(html);
}

void UpdateComposer::post()
{
    const auto status = static_cast<IncidentStatus>(m_status->currentData().toInt());
    const Result<Incident> result
            = m_incidents.postUpdate(m_id, status, m_message->toPlainText(), m_author);
    if (!result) {
        m_problem->setText(result.error());
        return;
    }
    m_problem->clear();
    m_message->clear();
    // Posted: the draft ends, and the team hears so (clearing the text does not say it).
    m_message->document()->setModified(false);
    Q_EMIT draftingChanged(false);
    Q_EMIT posted(tr("Update posted."));
}

bool UpdateComposer::drafting() const
{
    return m_message->document()->isModified();
}

std::pair<QString, IncidentStatus> UpdateComposer::draft() const
{
    return {m_message->toPlainText(), IncidentStatus(m_status->currentData().toInt())};
}

void UpdateComposer::restoreDraft(const QString &message, IncidentStatus status)
{
    m_message->setPlainText(message);
    // Still someone's unposted words: the team goes on seeing them drafted.
    m_message->document()->setModified(!message.isEmpty());
    if (const int index = m_status->findData(int(status)); index >= 0)
        m_status->setCurrentIndex(index);
}

} // namespace sitrep
