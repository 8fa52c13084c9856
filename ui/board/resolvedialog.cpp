#include "resolvedialog.h"

#include "common/tonestyle.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sitrep {

ResolveDialog::ResolveDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Resolve incident"));
    m_resolution = new QPlainTextEdit(this);
    m_resolution->setTabChangesFocus(true); // Tab moves on, as in every other field
    m_resolution->setObjectName(QStringLiteral("resolution"));
    m_resolution->setPlaceholderText(tr("What fixed it? (required)"));
    m_rootCause = new QLineEdit(this);
    m_rootCause->setObjectName(QStringLiteral("rootCause"));
    m_rootCause->setPlaceholderText(tr("Why did it happen? (can be filled in later)"));
    m_checks = new QLabel(this);
    m_checks->setObjectName(QStringLiteral("checksNotVerified"));
    m_checks->setWordWrap(true);
    ToneStyle::banner(m_checks, Banner::Notice);
    m_checks->hide();
    m_override = new QLineEdit(this);
    m_override->setObjectName(QStringLiteral("overrideReason"));
    m_override->setPlaceholderText(tr("Why resolve anyway? (recorded on the timeline)"));
    m_problem = new QLabel(this);
    ToneStyle::text(m_problem, Tone::Danger);

    m_form = new QFormLayout;
    m_form->addRow(tr("&Resolution:"), m_resolution);
    m_form->addRow(tr("Root &cause:"), m_rootCause);
    m_form->addRow(tr("&Override reason:"), m_override);
    m_form->setRowVisible(m_override, false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Resolve"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ResolveDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ResolveDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_checks);
    layout->addLayout(m_form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
}

void ResolveDialog::requireOverride(const QString &state)
{
    m_checks->setText(tr("The resolution checks are not verified yet. %1").arg(state));
    m_checks->show();
    m_form->setRowVisible(m_override, true);
}

void ResolveDialog::accept()
{
    if (m_resolution->toPlainText().trimmed().isEmpty()) {
        m_problem->setText(tr("Say what fixed it: the resolution is required."));
        m_resolution->setFocus();
        return;
    }
    const bool overriding = m_checks->isVisibleTo(this);
    if (overriding && m_override->text().trimmed().isEmpty()) {
        m_problem->setText(tr("Say why you resolve before the checks are verified."));
        m_override->setFocus();
        return;
    }
    Q_EMIT resolutionGiven(m_resolution->toPlainText().trimmed(), m_rootCause->text().trimmed(),
                           overriding ? m_override->text().trimmed() : QString());
    QDialog::accept();
}

} // namespace sitrep
