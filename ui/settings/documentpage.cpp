#include "documentpage.h"

#include "common/tonestyle.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTextBlock>
#include <QVBoxLayout>

namespace sitrep {

namespace {

// The line a loader's problem names ("detection.yaml:7: threshold: …"), or 0.
int problemLine(const QString &problem)
{
    static const QRegularExpression line(QStringLiteral(":(\\d+):"));
    const QRegularExpressionMatch match = line.match(problem);
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

} // namespace

DocumentPage::DocumentPage(ConfigDocument document, const QString &intro, QWidget *parent)
    : QWidget(parent),
      m_document(std::move(document)),
      m_editor(new QPlainTextEdit(this)),
      m_state(new QLabel(this)),
      m_save(new QPushButton(tr("&Save"), this)),
      m_extras(new QVBoxLayout)
{
    auto *about = new QLabel(intro, this);
    about->setWordWrap(true);
    auto *file = new QLabel(tr("File: %1").arg(m_document.path()), this);
    file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    ToneStyle::text(file, Tone::Secondary);
    m_editor->setObjectName(QStringLiteral("documentEditor"));
    m_editor->setAccessibleName(tr("File contents"));
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_editor->setTabChangesFocus(true);
    m_state->setObjectName(QStringLiteral("documentState"));
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_save->setObjectName(QStringLiteral("saveDocument"));
    auto *revertButton = new QPushButton(tr("Re&vert"), this);
    revertButton->setToolTip(tr("Read the file again, dropping what was typed."));
    auto *reset = new QPushButton(tr("Reset to &defaults"), this);
    reset->setObjectName(QStringLiteral("resetDocument"));
    reset->setToolTip(tr("Put what Sitrep ships in the editor; Save removes your file."));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(reset);
    buttons->addWidget(revertButton);
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(about);
    layout->addWidget(file);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_state);
    layout->addLayout(buttons);
    layout->addLayout(m_extras);

    // Checked a moment after typing stops, not on every key.
    m_typing.setSingleShot(true);
    m_typing.setInterval(250);
    connect(&m_typing, &QTimer::timeout, this, &DocumentPage::check);
    connect(m_editor, &QPlainTextEdit::textChanged, &m_typing, qOverload<>(&QTimer::start));
    connect(m_save, &QPushButton::clicked, this, &DocumentPage::save);
    connect(revertButton, &QPushButton::clicked, this, &DocumentPage::revert);
    connect(reset, &QPushButton::clicked, this, &DocumentPage::resetToDefaults);
    revert();
}

QString DocumentPage::problem() const
{
    return m_document.problem(m_editor->toPlainText().toUtf8());
}

void DocumentPage::save()
{
    m_typing.stop();
    const QString problem = m_document.save(m_editor->toPlainText().toUtf8());
    showState(problem, tr("Saved and in force."), Tone::Success);
    Q_EMIT saved(problem);
}

void DocumentPage::revert()
{
    QString unreadable;
    m_editor->setPlainText(QString::fromUtf8(m_document.text(&unreadable)));
    check();
    if (!unreadable.isEmpty())
        showProblem(unreadable);
}

void DocumentPage::resetToDefaults()
{
    m_editor->setPlainText(QString::fromUtf8(m_document.defaults()));
    check();
}

void DocumentPage::check()
{
    m_typing.stop();
    const QString found = problem();
    showState(found, tr("No problems found."), Tone::Secondary);
    m_save->setEnabled(found.isEmpty());
    Q_EMIT checked(found);
}

void DocumentPage::showState(const QString &problem, const QString &fine, Tone fineTone)
{
    if (!problem.isEmpty())
        return showProblem(problem);
    markLine(0);
    ToneStyle::text(m_state, fineTone);
    m_state->setText(fine);
}

void DocumentPage::showProblem(const QString &problem)
{
    ToneStyle::text(m_state, Tone::Danger, true);
    m_state->setText(problem);
    markLine(problemLine(problem));
}

void DocumentPage::markLine(int line)
{
    QList<QTextEdit::ExtraSelection> marks;
    const QTextBlock block = m_editor->document()->findBlockByNumber(line - 1);
    if (line > 0 && block.isValid()) {
        QTextEdit::ExtraSelection mark;
        QColor fill = Tones::colour(Tone::Danger);
        fill.setAlpha(60);
        mark.format.setBackground(fill);
        mark.format.setProperty(QTextFormat::FullWidthSelection, true);
        mark.cursor = QTextCursor(block);
        marks << mark;
    }
    m_editor->setExtraSelections(marks);
}

} // namespace sitrep
