#include "severitylevelsform.h"

#include "common/tonestyle.h"
#include "domain/durationtext.h"
#include "domain/severitypolicyparser.h"
#include "services/policyloader.h"

#include <QComboBox>
#include <QFontMetrics>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sitrep {

namespace {

int indexOf(Severity severity)
{
    return static_cast<int>(severity) - 1;
}

SeverityPolicy shippedPolicy(const ConfigDocument &document)
{
    const Result<SeverityPolicy> shipped = PolicyLoader::parse(document.defaults(), {});
    return shipped ? shipped.value().translated() : SeverityPolicy();
}

} // namespace

SeverityLevelsForm::SeverityLevelsForm(ConfigDocument document, QWidget *parent)
    : QWidget(parent),
      m_document(std::move(document)),
      m_shipped(shippedPolicy(m_document)),
      m_notice(new QLabel(this)),
      m_state(new QLabel(this)),
      m_save(new QPushButton(tr("&Save"), this))
{
    auto *about = new QLabel(tr("Each level's name and criteria, how fast someone must respond, "
                                "and how often stakeholders are owed an update. Only what you "
                                "change is written to %1; the rest stays as shipped. New "
                                "incidents and the next update due follow it at once.")
                                     .arg(m_document.path()),
                             this);
    about->setWordWrap(true);
    about->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->setObjectName(QStringLiteral("levelsNotice"));
    m_notice->setWordWrap(true);
    ToneStyle::text(m_notice, Tone::Danger, true);
    m_notice->hide();
    m_state->setObjectName(QStringLiteral("levelsState"));
    m_state->setWordWrap(true);
    m_save->setObjectName(QStringLiteral("saveLevels"));
    auto *revertButton = new QPushButton(tr("Re&vert"), this);
    revertButton->setToolTip(tr("Show the file's levels again, dropping what was typed."));
    auto *reset = new QPushButton(tr("Reset to &defaults"), this);
    reset->setObjectName(QStringLiteral("resetLevels"));
    reset->setToolTip(tr("Show what Sitrep ships; Save removes your file."));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(about);
    layout->addWidget(m_notice);
    for (Severity severity : allSeverities)
        layout->addWidget(levelBox(severity));
    layout->addWidget(m_state);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(reset);
    buttons->addWidget(revertButton);
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    layout->addLayout(buttons);
    layout->addStretch(1);

    // Checked a moment after typing stops, not on every key.
    m_typing.setSingleShot(true);
    m_typing.setInterval(250);
    connect(&m_typing, &QTimer::timeout, this, &SeverityLevelsForm::check);
    connect(m_save, &QPushButton::clicked, this, &SeverityLevelsForm::save);
    connect(revertButton, &QPushButton::clicked, this, &SeverityLevelsForm::revert);
    connect(reset, &QPushButton::clicked, this, &SeverityLevelsForm::resetToDefaults);
    revert();
}

QWidget *SeverityLevelsForm::levelBox(Severity severity)
{
    const QString code = severityCode(severity);
    const int n = indexOf(severity) + 1;
    LevelFields &fields = m_levels.at(indexOf(severity));
    auto *box = new QGroupBox(code, this);
    fields.name = new QLineEdit(box);
    fields.name->setObjectName(QStringLiteral("levelName%1").arg(n));
    fields.name->setAccessibleName(tr("%1 name").arg(code));
    fields.criteria = new QPlainTextEdit(box);
    fields.criteria->setObjectName(QStringLiteral("levelCriteria%1").arg(n));
    fields.criteria->setAccessibleName(tr("%1 criteria, one per line").arg(code));
    fields.criteria->setToolTip(tr("One criterion per line."));
    fields.criteria->setTabChangesFocus(true);
    fields.criteria->setFixedHeight(fields.criteria->fontMetrics().lineSpacing() * 4 + 12);
    fields.response = new QComboBox(box);
    fields.response->setObjectName(QStringLiteral("levelResponse%1").arg(n));
    fields.response->setAccessibleName(tr("%1 response target").arg(code));
    fields.response->addItem(tr("Immediately"), QStringLiteral("immediate"));
    fields.response->addItem(tr("Within", "a response target: within a time"),
                             QStringLiteral("within"));
    fields.response->addItem(tr("By the next business day"), QStringLiteral("next-business-day"));
    fields.within = new QLineEdit(box);
    fields.within->setObjectName(QStringLiteral("levelWithin%1").arg(n));
    fields.within->setAccessibleName(tr("%1 respond within").arg(code));
    fields.within->setPlaceholderText(tr("e.g. 15m or 1h"));
    // Wide enough for its hint; the name takes the rest of the row.
    const auto fitHint = [](QLineEdit *edit) {
        edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(edit->placeholderText())
                              + 4 * edit->fontMetrics().averageCharWidth());
    };
    fitHint(fields.within);
    // Hidden unless the target is "within", keeping its room so the four levels line up.
    QSizePolicy keepRoom = fields.within->sizePolicy();
    keepRoom.setRetainSizeWhenHidden(true);
    fields.within->setSizePolicy(keepRoom);
    fields.cadence = new QLineEdit(box);
    fields.cadence->setObjectName(QStringLiteral("levelCadence%1").arg(n));
    fields.cadence->setAccessibleName(tr("%1 update every").arg(code));
    fields.cadence->setPlaceholderText(tr("e.g. 30m, 1h or 1d"));
    fitHint(fields.cadence);
    fields.problem = new QLabel(box);
    fields.problem->setObjectName(QStringLiteral("levelProblem%1").arg(n));
    fields.problem->setWordWrap(true);
    ToneStyle::text(fields.problem, Tone::Danger, true);
    fields.problem->hide();

    auto *response = new QHBoxLayout;
    response->addWidget(fields.response);
    response->addWidget(fields.within);
    auto *grid = new QGridLayout(box);
    grid->addWidget(new QLabel(tr("Name"), box), 0, 0);
    grid->addWidget(fields.name, 0, 1);
    grid->addWidget(new QLabel(tr("Respond"), box), 0, 2);
    grid->addLayout(response, 0, 3);
    grid->addWidget(new QLabel(tr("Update every"), box), 0, 4);
    grid->addWidget(fields.cadence, 0, 5);
    grid->addWidget(new QLabel(tr("Criteria"), box), 1, 0, Qt::AlignTop);
    grid->addWidget(fields.criteria, 1, 1, 1, 5);
    grid->addWidget(fields.problem, 2, 1, 1, 5);
    grid->setColumnStretch(1, 1);

    const auto typed = [this] { m_typing.start(); };
    connect(fields.name, &QLineEdit::textEdited, this, typed);
    connect(fields.criteria, &QPlainTextEdit::textChanged, this, typed);
    connect(fields.within, &QLineEdit::textEdited, this, typed);
    connect(fields.cadence, &QLineEdit::textEdited, this, typed);
    connect(fields.response, &QComboBox::currentIndexChanged, this, [this, &fields] {
        fields.within->setVisible(fields.response->currentData().toString() == u"within");
        m_typing.start();
    });
    return box;
}

void SeverityLevelsForm::show(const SeverityPolicy &policy)
{
    for (Severity severity : allSeverities) {
        const SeverityLevel &level = policy.level(severity);
        const LevelFields &fields = m_levels.at(indexOf(severity));
        fields.name->setText(level.name);
        fields.criteria->setPlainText(level.criteria.join(u'\n'));
        const bool within = level.response.kind == ResponseTarget::Kind::Within;
        fields.within->setText(within ? durationText(level.response.within) : QString());
        fields.response->setCurrentIndex(fields.response->findData(
                within ? QStringLiteral("within")
                       : SeverityPolicyParser::responseText(level.response)));
        fields.within->setVisible(within);
        fields.cadence->setText(durationText(level.updateCadence));
    }
    check();
}

SeverityLevel SeverityLevelsForm::typed(Severity severity, QStringList *problems) const
{
    const LevelFields &fields = m_levels.at(indexOf(severity));
    SeverityLevel level;
    level.severity = severity;
    if (const Result<QString> name = SeverityPolicyParser::name(fields.name->text()))
        level.name = name.value();
    else
        *problems << tr("Name: %1").arg(name.error());
    for (const QString &line : fields.criteria->toPlainText().split(u'\n')) {
        if (!line.trimmed().isEmpty())
            level.criteria << line.trimmed();
    }
    const QString kind = fields.response->currentData().toString();
    const Result<ResponseTarget> response
            = SeverityPolicyParser::response(kind == u"within" ? fields.within->text() : kind);
    if (response)
        level.response = response.value();
    else
        *problems << tr("Respond within: %1").arg(response.error());
    if (const Result<std::chrono::minutes> cadence
        = SeverityPolicyParser::cadence(fields.cadence->text()))
        level.updateCadence = cadence.value();
    else
        *problems << tr("Update every: %1").arg(cadence.error());
    return level;
}

SeverityLevelsForm::Typed SeverityLevelsForm::typed() const
{
    Typed form {m_shipped, {}};
    for (Severity severity : allSeverities)
        form.policy.setLevel(typed(severity, &form.problems.at(indexOf(severity))));
    return form;
}

QString SeverityLevelsForm::Typed::first() const
{
    for (Severity severity : allSeverities) {
        if (const QStringList &found = problems.at(indexOf(severity)); !found.isEmpty())
            return SeverityLevelsForm::tr("%1: %2").arg(severityCode(severity), found.first());
    }
    return {};
}

QString SeverityLevelsForm::problem() const
{
    return typed().first();
}

SeverityLevelsForm::Typed SeverityLevelsForm::check()
{
    m_typing.stop();
    const Typed form = typed();
    for (Severity severity : allSeverities) {
        const QStringList &problems = form.problems.at(indexOf(severity));
        QLabel *label = m_levels.at(indexOf(severity)).problem;
        label->setText(problems.join(u'\n'));
        label->setVisible(!problems.isEmpty());
    }
    const QString found = form.first();
    showState(found.isEmpty() ? tr("No problems found.")
                              : tr("Fix the marked fields to save: %1").arg(found),
              found.isEmpty() ? Tone::Secondary : Tone::Danger);
    m_save->setEnabled(found.isEmpty());
    Q_EMIT checked(found);
    return form;
}

void SeverityLevelsForm::save()
{
    const Typed form = check();
    if (const QString found = form.first(); !found.isEmpty()) {
        Q_EMIT saved(found);
        return;
    }
    // The shipped levels need no file: without one they follow later releases and the
    // interface's language.
    const QByteArray text = form.policy == m_shipped
            ? m_document.defaults()
            : SeverityPolicyParser::overrideText(form.policy, m_shipped);
    const QString problem = m_document.save(text);
    if (problem.isEmpty()) {
        m_notice->hide();
        showState(tr("Saved and in force."), Tone::Success);
    } else {
        showState(problem, Tone::Danger);
    }
    Q_EMIT saved(problem);
}

void SeverityLevelsForm::revert()
{
    QString unreadable;
    const QByteArray text = m_document.text(&unreadable);
    const Result<SeverityPolicy> policy = PolicyLoader::parse(text, m_document.path());
    QString notice = unreadable;
    if (notice.isEmpty() && !policy)
        notice = policy.error();
    // A file that cannot be used is not overwritten by surprise: the form shows the levels
    // in force, and says that saving replaces the file.
    m_notice->setText(notice.isEmpty() ? QString()
                                       : tr("%1 The form shows the shipped levels, which are in "
                                            "force; saving replaces the file. Its text is on the "
                                            "File tab.")
                                                 .arg(notice));
    m_notice->setVisible(!notice.isEmpty());
    show(policy ? policy.value().translated() : m_shipped);
}

void SeverityLevelsForm::resetToDefaults()
{
    show(m_shipped);
}

void SeverityLevelsForm::showState(const QString &text, Tone tone)
{
    ToneStyle::text(m_state, tone, tone == Tone::Danger);
    m_state->setText(text);
}

} // namespace sitrep
