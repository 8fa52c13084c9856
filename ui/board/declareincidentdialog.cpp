#include "declareincidentdialog.h"

#include "common/severitystyle.h"
#include "common/tonestyle.h"
#include "services/incidentservice.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sitrep {

DeclareIncidentDialog::DeclareIncidentDialog(IncidentService &service, const QString &author,
                                             QWidget *parent)
    : QDialog(parent), m_service(service), m_author(author)
{
    setWindowTitle(tr("Declare incident"));
    setObjectName(QStringLiteral("declareIncidentDialog"));

    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("title"));
    m_title->setPlaceholderText(tr("What is broken, in a few words"));
    m_severity = new QComboBox(this);
    m_severity->setObjectName(QStringLiteral("severity"));
    for (Severity severity : allSeverities) {
        const SeverityLevel &level = service.policy().level(severity);
        m_severity->addItem(tr("%1 (%2)").arg(severityCode(severity),
                                              SeverityPolicy::translatedText(level.name)),
                            static_cast<int>(severity));
    }
    m_severity->setCurrentIndex(1);
    m_criteria = new QLabel(this);
    m_criteria->setObjectName(QStringLiteral("criteria"));
    m_criteria->setWordWrap(true);
    m_criteria->setMinimumWidth(260);
    m_criteria->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_services = new QLineEdit(this);
    m_services->setObjectName(QStringLiteral("services"));
    m_services->setPlaceholderText(tr("checkout, payments"));
    m_commander = new QLineEdit(author, this);
    m_commander->setObjectName(QStringLiteral("commander"));
    m_impact = new QPlainTextEdit(this);
    m_impact->setTabChangesFocus(true); // Tab moves on, as in every other field
    m_impact->setObjectName(QStringLiteral("impact"));
    m_impact->setPlaceholderText(tr("Who is affected, and how"));
    m_impact->setFixedHeight(70);
    m_affectedUsers = new QSpinBox(this);
    m_affectedUsers->setObjectName(QStringLiteral("affectedUsers"));
    m_affectedUsers->setRange(0, std::numeric_limits<int>::max());
    m_affectedUsers->setGroupSeparatorShown(true);
    m_revenue = new QDoubleSpinBox(this);
    m_revenue->setObjectName(QStringLiteral("revenue"));
    m_revenue->setRange(0, 1e9);
    m_revenue->setDecimals(0);
    m_revenue->setGroupSeparatorShown(true);
    m_revenue->setSuffix(tr(" $/hour"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Severity:"), m_severity);
    form->addRow(tr("Ser&vices:"), m_services);
    form->addRow(tr("&Commander:"), m_commander);
    form->addRow(tr("&Impact:"), m_impact);
    form->addRow(tr("&Affected users:"), m_affectedUsers);
    form->addRow(tr("&Revenue impact:"), m_revenue);

    auto *columns = new QHBoxLayout;
    columns->addLayout(form, 3);
    columns->addWidget(m_criteria, 2);

    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setWordWrap(true);
    ToneStyle::text(m_problems, Tone::Danger);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Declare"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DeclareIncidentDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &DeclareIncidentDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);

    connect(m_severity, &QComboBox::currentIndexChanged, this,
            &DeclareIncidentDialog::showCriteria);
    connect(m_title, &QLineEdit::textEdited, this, &DeclareIncidentDialog::validate);
    showCriteria();
    resize(760, sizeHint().height());
}

void DeclareIncidentDialog::showCriteria()
{
    const auto severity = static_cast<Severity>(m_severity->currentData().toInt());
    const SeverityLevel &level = m_service.policy().level(severity);
    QString html = QStringLiteral("<p><span style='background:%1;color:white;font-weight:bold;"
                                  "padding:2px'>&nbsp;%2&nbsp;</span> <b>%3</b></p><ul>")
                           .arg(SeverityStyle::background(severity).name(), severityCode(severity),
                                SeverityPolicy::translatedText(level.name).toHtmlEscaped());
    for (const QString &criterion : level.criteria)
        html += QStringLiteral("<li>%1</li>")
                        .arg(SeverityPolicy::translatedText(criterion).toHtmlEscaped());
    html += QStringLiteral("</ul><p>%1<br>%2</p>")
                    .arg(tr("Response: %1").arg(SeverityPolicy::responseText(level.response)),
                         tr("Updates: %1").arg(SeverityPolicy::cadenceText(level.updateCadence)));
    m_criteria->setText(html);
}

void DeclareIncidentDialog::validate()
{
    // Only clear problems while typing; new ones appear when the user tries to declare.
    if (!m_problems->text().isEmpty() && !m_title->text().trimmed().isEmpty())
        m_problems->clear();
}

void DeclareIncidentDialog::accept()
{
    IncidentDraft draft;
    draft.title = m_title->text();
    draft.severity = static_cast<Severity>(m_severity->currentData().toInt());
    draft.services = m_services->text().split(u',');
    draft.commander = m_commander->text();
    draft.impact = m_impact->toPlainText();
    draft.affectedUsers = m_affectedUsers->value();
    draft.revenueImpactPerHour = m_revenue->value();

    const QList<FieldProblem> problems = IncidentDraftRules::problems(
            IncidentDraftRules::normalised(draft), m_service.clock().now());
    if (!problems.isEmpty()) {
        QStringList messages;
        for (const FieldProblem &problem : problems)
            messages << problem.message;
        m_problems->setText(messages.join(u'\n'));
        m_title->setFocus();
        return;
    }
    const Result<Incident> declared = m_service.declare(draft, m_author);
    if (!declared) {
        m_problems->setText(declared.error());
        return;
    }
    m_declaredId = declared.value().id;
    Q_EMIT this->declared(m_declaredId);
    QDialog::accept();
}

} // namespace sitrep
