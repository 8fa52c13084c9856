#include "resolvedialog.h"

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
    m_resolution->setObjectName(QStringLiteral("resolution"));
    m_resolution->setPlaceholderText(tr("What fixed it? (required)"));
    m_rootCause = new QLineEdit(this);
    m_rootCause->setObjectName(QStringLiteral("rootCause"));
    m_rootCause->setPlaceholderText(tr("Why did it happen? (can be filled in later)"));
    m_problem = new QLabel(this);
    m_problem->setStyleSheet(QStringLiteral("color: #b91c1c;"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Resolution:"), m_resolution);
    form->addRow(tr("Root &cause:"), m_rootCause);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Resolve"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ResolveDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ResolveDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
}

void ResolveDialog::accept()
{
    if (m_resolution->toPlainText().trimmed().isEmpty()) {
        m_problem->setText(tr("Say what fixed it: the resolution is required."));
        m_resolution->setFocus();
        return;
    }
    Q_EMIT resolutionGiven(m_resolution->toPlainText().trimmed(), m_rootCause->text().trimmed());
    QDialog::accept();
}

} // namespace sitrep
