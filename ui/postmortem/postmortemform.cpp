#include "postmortemform.h"

#include "actionitemdelegate.h"
#include "common/tonestyle.h"
#include "domain/postmortemlines.h"
#include "itemmodels/actionitemcolumns.h"
#include "itemmodels/postmortemactionsmodel.h"
#include "markdownhighlighter.h"
#include "postmortemfiles.h"
#include "relatedincidentsedit.h"
#include "services/postmortemservice.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace sitrep {

namespace {

QStringList commaList(const QString &text)
{
    QStringList items;
    for (const QString &item : text.split(u','))
        if (!item.trimmed().isEmpty())
            items << item.trimmed();
    return items;
}

QString commaJoined(const QStringList &items)
{
    return items.join(QStringLiteral(", "));
}

QString asTyped(const QString &text)
{
    return text;
}

// How each kind of field reads and writes its part of the document.
const PostmortemForm::TextForm<QString> plainText {asTyped, asTyped};
const PostmortemForm::TextForm<QStringList> commaSeparated {commaList, commaJoined};
const PostmortemForm::TextForm<QStringList> linePerItem {PostmortemLines::split,
                                                         PostmortemLines::join};
const PostmortemForm::TextForm<QList<Postmortem::TimelineEntry>> linePerEvent {
        PostmortemLines::splitTimeline, PostmortemLines::joinTimeline};

// A layout without margins of its own in a new widget: the form's sections and rows, which
// the page's layout already spaces.
template<typename Layout> Layout *tightLayout(QWidget *&holder)
{
    holder = new QWidget;
    auto *layout = new Layout(holder);
    layout->setContentsMargins(0, 0, 0, 0);
    return layout;
}

} // namespace

PostmortemForm::PostmortemForm(PostmortemService &postmortems, IncidentService &incidents,
                               QWidget *parent)
    : QWidget(parent), m_postmortems(postmortems), m_editor(new PostmortemEditor(postmortems, this))
{
    m_actions = new PostmortemActionsModel(*m_editor, this);
    m_files = new PostmortemFiles(*m_editor, postmortems, this);
    connect(m_files, &PostmortemFiles::problem, this, &PostmortemForm::showProblem);
    connect(m_files, &PostmortemFiles::notice, this, &PostmortemForm::showNotice);
    connect(m_files, &PostmortemFiles::done, this, &PostmortemForm::statusMessage);
    m_undo = m_editor->undoStack().createUndoAction(this, tr("Undo"));
    m_undo->setObjectName(QStringLiteral("postmortemUndo"));
    m_redo = m_editor->undoStack().createRedoAction(this, tr("Redo"));
    m_redo->setObjectName(QStringLiteral("postmortemRedo"));

    auto *page = new QWidget;
    auto *form = new QVBoxLayout(page);
    form->addWidget(createHeader());
    form->addWidget(heading(tr("Summary")));
    auto *summary = longField(4, tr("What happened, the impact, and how it was resolved."));
    summary->setObjectName(QStringLiteral("summary"));
    bind(summary, tr("Summary"), &Postmortem::summary, plainText);
    form->addWidget(summary);
    form->addWidget(heading(tr("Impact")));
    form->addWidget(createImpact());
    form->addWidget(heading(tr("Timeline (UTC)")));
    auto *timeline
            = longField(8, tr("One event per line: 14:23 First alerts for increased error rates"));
    timeline->setObjectName(QStringLiteral("timeline"));
    bind(timeline, tr("Timeline"), &Postmortem::timeline, linePerEvent);
    form->addWidget(timeline);
    form->addWidget(heading(tr("Root Cause")));
    auto *rootCause = longField(4, tr("Why it happened, not only what broke."));
    rootCause->setObjectName(QStringLiteral("rootCause"));
    bind(rootCause, tr("Root cause"), &Postmortem::rootCause, plainText);
    form->addWidget(rootCause);
    const auto lines = [&](const QString &title, const QString &name, const QString &placeholder,
                           QStringList Postmortem::*member) {
        form->addWidget(heading(title));
        auto *edit = longField(4, placeholder);
        edit->setObjectName(name);
        bind(edit, title, member, linePerItem);
        form->addWidget(edit);
    };
    lines(tr("Resolution"), QStringLiteral("resolution"), tr("One step per line, in order."),
          &Postmortem::resolution);
    lines(tr("What Went Well"), QStringLiteral("wentWell"), tr("One point per line."),
          &Postmortem::wentWell);
    lines(tr("What Went Wrong"), QStringLiteral("wentWrong"), tr("One point per line."),
          &Postmortem::wentWrong);
    form->addWidget(heading(tr("Action Items")));
    form->addWidget(createActionItems());
    lines(tr("Lessons Learned"), QStringLiteral("lessons"), tr("One lesson per line."),
          &Postmortem::lessons);
    form->addWidget(heading(tr("Related Incidents")));
    m_related = new RelatedIncidentsEdit(*m_editor, incidents);
    connect(m_related, &RelatedIncidentsEdit::problem, this, &PostmortemForm::showProblem);
    m_refreshers << [this] { m_related->refresh(); };
    form->addWidget(m_related);
    form->addStretch();

    auto *scroll = new QScrollArea;
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(createToolbar());
    layout->addWidget(scroll, 1);

    connect(m_editor, &PostmortemEditor::changed, this, &PostmortemForm::refresh);
    connect(m_editor, &PostmortemEditor::failed, this, &PostmortemForm::showProblem);
    connect(m_editor, &PostmortemEditor::saved, this, [this] {
        ToneStyle::clear(m_saveState);
        m_saveState->setText(tr("Saved %1 UTC")
                                     .arg(m_postmortems.clock().now().toUTC().toString(
                                             QStringLiteral("HH:mm:ss"))));
    });
    setEnabled(false);
}

PostmortemForm::~PostmortemForm()
{
    // The editor, a child, saves what is unsaved as it goes, after this form's own part is
    // gone: its "saved" or "failed" must not reach the form by then (UBSan caught it).
    m_editor->disconnect(this);
}

QWidget *PostmortemForm::createToolbar()
{
    auto *bar = new QWidget;
    auto *row = new QHBoxLayout(bar);
    for (QAction *action : {m_undo, m_redo}) {
        auto *button = new QToolButton;
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        row->addWidget(button);
    }
    m_saveState = new QLabel;
    m_saveState->setObjectName(QStringLiteral("saveState"));
    row->addWidget(m_saveState);
    row->addStretch();
    auto *exportButton = new QToolButton;
    exportButton->setText(tr("E&xport"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(exportButton);
    const auto choose
            = [this](const QString &what) { return [this, what] { m_files->choose(this, what); }; };
    menu->addAction(tr("Markdown…"), this, choose(QStringLiteral("md")));
    menu->addAction(tr("PDF, A4…"), this, choose(QStringLiteral("a4")));
    menu->addAction(tr("PDF, Letter…"), this, choose(QStringLiteral("letter")));
    menu->addSeparator();
    menu->addAction(tr("Import Markdown…"), this, choose(QStringLiteral("import")));
    exportButton->setMenu(menu);
    row->addWidget(exportButton);
    auto *invite = new QPushButton(tr("Review invite…"));
    invite->setToolTip(tr("An iCalendar invitation to the review for the responders and leads."));
    connect(invite, &QPushButton::clicked, this, choose(QStringLiteral("ics")));
    row->addWidget(invite);

    QWidget *top = nullptr;
    auto *column = tightLayout<QVBoxLayout>(top);
    column->addWidget(bar);
    m_missing = new QLabel;
    m_missing->setObjectName(QStringLiteral("missing"));
    m_missing->setWordWrap(true);
    m_missing->setContentsMargins(8, 0, 8, 4);
    column->addWidget(m_missing);
    return top;
}

QLabel *PostmortemForm::heading(const QString &text)
{
    auto *label = new QLabel(text);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.2);
    label->setFont(font);
    label->setContentsMargins(0, 8, 0, 0);
    return label;
}

QPlainTextEdit *PostmortemForm::longField(int lines, const QString &placeholder)
{
    auto *edit = new QPlainTextEdit;
    // The form's own stack undoes across fields; the field's private one would split it.
    edit->setUndoRedoEnabled(false);
    edit->setTabChangesFocus(true);
    edit->setPlaceholderText(placeholder);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 14);
    edit->installEventFilter(this);
    new MarkdownHighlighter(edit->document());
    return edit;
}

void PostmortemForm::startWriting()
{
    m_title->setFocus(Qt::OtherFocusReason);
}

QWidget *PostmortemForm::createHeader()
{
    QWidget *box = nullptr;
    auto *layout = tightLayout<QFormLayout>(box);
    m_title = new QLineEdit;
    m_title->setObjectName(QStringLiteral("title"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    bind(m_title, tr("Title"), &Postmortem::title, plainText);
    layout->addRow(tr("Postmortem:"), m_title);

    m_date = new QDateEdit;
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    connect(m_date, &QDateEdit::dateChanged, this, [this](QDate date) {
        m_editor->edit(tr("Date"), [date](Postmortem &p) { p.date = date; });
    });
    m_refreshers << [this] {
        if (m_date->date() != m_editor->postmortem().date) {
            const QSignalBlocker blocker(m_date);
            m_date->setDate(m_editor->postmortem().date);
        }
    };
    layout->addRow(tr("Date:"), m_date);

    auto *authors = new QLineEdit;
    authors->setObjectName(QStringLiteral("authors"));
    authors->setPlaceholderText(tr("Names, separated by commas"));
    bind(authors, tr("Authors"), &Postmortem::authors, commaSeparated);
    layout->addRow(tr("Authors:"), authors);

    m_status = new QComboBox;
    m_status->setObjectName(QStringLiteral("status"));
    for (auto status :
         {Postmortem::Status::Draft, Postmortem::Status::InReview, Postmortem::Status::Complete})
        m_status->addItem(ActionItemColumns::postmortemStatusLabel(status), int(status));
    connect(m_status, &QComboBox::activated, this, [this](int index) {
        const auto status = Postmortem::Status(m_status->itemData(index).toInt());
        m_editor->edit(tr("Status"), [status](Postmortem &p) { p.status = status; });
    });
    m_refreshers << [this] {
        m_status->setCurrentIndex(m_status->findData(int(m_editor->postmortem().status)));
    };
    layout->addRow(tr("Status:"), m_status);

    m_severity = new QComboBox;
    for (Severity severity : allSeverities)
        m_severity->addItem(severityCode(severity), int(severity));
    connect(m_severity, &QComboBox::activated, this, [this](int index) {
        const auto severity = Severity(m_severity->itemData(index).toInt());
        m_editor->edit(tr("Severity"), [severity](Postmortem &p) { p.severity = severity; });
    });
    m_refreshers << [this] {
        m_severity->setCurrentIndex(m_severity->findData(int(m_editor->postmortem().severity)));
    };
    layout->addRow(tr("Severity:"), m_severity);

    m_duration = new QLineEdit;
    m_duration->setObjectName(QStringLiteral("duration"));
    m_duration->installEventFilter(this);
    connect(m_duration, &QLineEdit::textEdited, this, [this](const QString &text) {
        const auto duration = PostmortemRules::parseDuration(text);
        if (duration)
            m_editor->edit(tr("Duration"), [duration](Postmortem &p) { p.duration = *duration; });
        refreshDurationHint();
    });
    m_durationReason = new QLineEdit;
    m_durationReason->setObjectName(QStringLiteral("durationReason"));
    m_durationReason->setPlaceholderText(tr("Why it differs from the incident's own times"));
    bind(m_durationReason, tr("Duration reason"), &Postmortem::durationReason, plainText);
    m_durationHint = new QLabel;
    m_durationHint->setObjectName(QStringLiteral("durationHint"));
    m_durationHint->setWordWrap(true);
    QWidget *duration = nullptr;
    auto *durationRow = tightLayout<QHBoxLayout>(duration);
    durationRow->addWidget(m_duration, 1);
    durationRow->addWidget(m_durationReason, 2);
    m_refreshers << [this] {
        if (PostmortemRules::parseDuration(m_duration->text()) != m_editor->postmortem().duration)
            m_duration->setText(PostmortemRules::durationText(m_editor->postmortem().duration));
        refreshDurationHint();
    };
    layout->addRow(tr("Duration:"), duration);
    layout->addRow(QString(), m_durationHint);
    return box;
}

QWidget *PostmortemForm::createImpact()
{
    QWidget *box = nullptr;
    auto *layout = tightLayout<QFormLayout>(box);
    m_users = new QSpinBox;
    m_users->setObjectName(QStringLiteral("usersAffected"));
    m_users->setRange(0, std::numeric_limits<int>::max());
    m_users->setGroupSeparatorShown(true);
    connect(m_users, &QSpinBox::valueChanged, this, [this](int users) {
        m_editor->edit(tr("Users affected"), [users](Postmortem &p) { p.usersAffected = users; });
    });
    m_share = new QDoubleSpinBox;
    m_share->setRange(-1, 100);
    m_share->setDecimals(1);
    m_share->setSuffix(tr("% of active users"));
    m_share->setSpecialValueText(tr("share of active users not known"));
    connect(m_share, &QDoubleSpinBox::valueChanged, this, [this](double share) {
        m_editor->edit(tr("Share of active users"), [share](Postmortem &p) {
            p.activeUsersPercent = share < 0 ? std::nullopt : std::optional(share);
        });
    });
    m_refreshers << [this] {
        const Postmortem &p = m_editor->postmortem();
        const QSignalBlocker users(m_users);
        const QSignalBlocker share(m_share);
        m_users->setValue(int(std::min<qint64>(p.usersAffected, m_users->maximum())));
        m_share->setValue(p.activeUsersPercent.value_or(-1));
    };
    QWidget *users = nullptr;
    auto *usersRow = tightLayout<QHBoxLayout>(users);
    usersRow->addWidget(m_users, 1);
    usersRow->addWidget(m_share, 1);
    layout->addRow(tr("Users affected:"), users);
    auto *revenue = new QLineEdit;
    revenue->setPlaceholderText(tr("$15,000 estimated"));
    bind(revenue, tr("Revenue impact"), &Postmortem::revenueImpact, plainText);
    layout->addRow(tr("Revenue impact:"), revenue);
    auto *services = new QLineEdit;
    services->setPlaceholderText(tr("API, Web App, Mobile App"));
    bind(services, tr("Services affected"), &Postmortem::servicesAffected, commaSeparated);
    layout->addRow(tr("Services affected:"), services);
    return box;
}

QWidget *PostmortemForm::createActionItems()
{
    QWidget *box = nullptr;
    auto *layout = tightLayout<QVBoxLayout>(box);
    m_actionTable = new QTableView;
    m_actionTable->setObjectName(QStringLiteral("actionItems"));
    m_actionTable->setModel(m_actions);
    m_actionTable->setItemDelegate(new ActionItemDelegate(m_actionTable));
    m_actionTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_actionTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_actionTable->verticalHeader()->hide();
    // Tall enough for every item: the page scrolls, the table does not.
    const auto fitRows = [this] {
        const int rows = std::max(3, m_actions->rowCount() + 1);
        m_actionTable->setFixedHeight(m_actionTable->horizontalHeader()->sizeHint().height()
                                      + m_actionTable->verticalHeader()->defaultSectionSize() * rows
                                      + 2 * m_actionTable->frameWidth());
    };
    connect(m_actions, &QAbstractItemModel::modelReset, this, fitRows);
    fitRows();
    m_actionTable->setEditTriggers(QAbstractItemView::AllEditTriggers);
    layout->addWidget(m_actionTable);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add action item"));
    add->setObjectName(QStringLiteral("addActionItem"));
    connect(add, &QPushButton::clicked, this, [this] {
        m_actions->addItem();
        const QModelIndex added = m_actions->index(m_actions->rowCount() - 1, 0);
        m_actionTable->setCurrentIndex(added);
        m_actionTable->edit(added);
    });
    auto *remove = new QPushButton(tr("Remove"));
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_actionTable->currentIndex().isValid())
            m_actions->removeItem(m_actionTable->currentIndex().row());
    });
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    layout->addLayout(buttons);
    return box;
}

template<typename Edit, typename Value>
void PostmortemForm::bind(Edit *edit, const QString &field, Value Postmortem::*member,
                          const TextForm<Value> &form)
{
    constexpr bool line = std::is_same_v<Edit, QLineEdit>;
    const auto text = [edit] {
        if constexpr (line)
            return edit->text();
        else
            return edit->toPlainText();
    };
    edit->installEventFilter(this);
    const auto edited = [this, field, member, form, text] {
        const Value value = form.parse(text());
        m_editor->edit(field, [member, value](Postmortem &p) { p.*member = value; });
    };
    // A line edit says what the user typed; a text edit says every change, so it is blocked
    // while the form itself sets the text.
    if constexpr (line)
        connect(edit, &QLineEdit::textEdited, this, edited);
    else
        connect(edit, &QPlainTextEdit::textChanged, this, edited);
    m_refreshers << [this, edit, member, form, text] {
        const Value &value = m_editor->postmortem().*member;
        if (form.parse(text()) == value)
            return;
        const QSignalBlocker blocker(edit);
        if constexpr (line)
            edit->setText(form.format(value));
        else
            edit->setPlainText(form.format(value));
    };
}

bool PostmortemForm::load(IncidentId incident)
{
    const Result<void> loaded = m_editor->load(incident);
    if (!loaded) {
        showProblem(loaded.error());
        return false;
    }
    m_related->fillPicker();
    m_saveState->clear();
    setEnabled(true);
    return true;
}

void PostmortemForm::refresh()
{
    for (const auto &refresher : std::as_const(m_refreshers))
        refresher();
    const QStringList missing = PostmortemRules::missingForComplete(m_editor->postmortem());
    if (missing.isEmpty()) {
        m_missing->setText(tr("Ready to be Complete: everything the template needs is here."));
        ToneStyle::text(m_missing, Tone::Success);
    } else {
        m_missing->setText(
                tr("To be Complete it still needs: %1.").arg(missing.join(QStringLiteral("; "))));
        ToneStyle::text(m_missing, Tone::Warning);
    }
}

void PostmortemForm::refreshDurationHint()
{
    const Postmortem &p = m_editor->postmortem();
    const auto typed = PostmortemRules::parseDuration(m_duration->text());
    const std::chrono::minutes computed = m_editor->incidentDuration();
    QString hint;
    if (!typed)
        hint = tr("Write the duration as \"2 hours 35 minutes\"; %1 is kept until then.")
                       .arg(PostmortemRules::durationText(p.duration));
    else if (p.duration != computed && p.durationReason.trimmed().isEmpty())
        hint = tr("The incident's own times give %1: say why this differs.")
                       .arg(PostmortemRules::durationText(computed));
    else if (p.duration != computed)
        hint = tr("The incident's own times give %1.").arg(PostmortemRules::durationText(computed));
    m_durationHint->setText(hint);
    m_durationHint->setVisible(!hint.isEmpty());
    if (!typed || p.durationReason.trimmed().isEmpty())
        ToneStyle::text(m_durationHint, Tone::Danger);
    else
        ToneStyle::clear(m_durationHint);
}

void PostmortemForm::showNotice(const QString &notice)
{
    m_saveState->setText(notice);
    ToneStyle::text(m_saveState, Tone::Warning);
    Q_EMIT statusMessage(notice);
}

void PostmortemForm::showProblem(const QString &problem)
{
    m_saveState->setText(problem);
    ToneStyle::text(m_saveState, Tone::Danger);
    Q_EMIT statusMessage(problem);
}

bool PostmortemForm::eventFilter(QObject *watched, QEvent *event)
{
    // Undo and redo belong to the whole form (the window's Edit menu), not to one field.
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            event->ignore();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace sitrep
