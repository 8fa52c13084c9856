#include "escalationpolicydialog.h"

#include "common/tonestyle.h"
#include "itemmodels/escalationpolicymodel.h"
#include "services/oncallservice.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace sitrep {

EscalationPolicyDialog::EscalationPolicyDialog(OnCallService &service, const QString &schedule,
                                               QWidget *parent)
    : QDialog(parent),
      m_service(service),
      m_schedule(schedule),
      m_levels(new EscalationPolicyModel(this)),
      m_table(new QTableView(this)),
      m_repeat(new QSpinBox(this)),
      m_acknowledge(new QSpinBox(this)),
      m_respond(new QSpinBox(this)),
      m_problem(new QLabel(this))
{
    setWindowTitle(tr("Escalation policy of %1").arg(schedule));
    const std::optional<OnCallSchedule> found = service.schedule(schedule);
    const OnCallSchedule current = found.value_or(OnCallSchedule {});
    m_levels->setPolicy(current.escalation);
    m_table->setObjectName(QStringLiteral("escalationLevels"));
    m_table->setModel(m_levels);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(EscalationPolicyModel::Target,
                                                      QHeaderView::Stretch);
    m_table->setMinimumSize(520, 180);
    auto *add = new QPushButton(tr("Add level"), this);
    auto *remove = new QPushButton(tr("Remove level"), this);
    remove->setObjectName(QStringLiteral("removeLevel"));
    connect(add, &QPushButton::clicked, this, [this] {
        m_levels->addLevel();
        m_table->edit(m_levels->index(m_levels->rowCount() - 1, EscalationPolicyModel::Target));
    });
    connect(remove, &QPushButton::clicked, this,
            [this] { m_levels->removeLevel(m_table->currentIndex().row()); });
    m_repeat->setObjectName(QStringLiteral("escalationRepeat"));
    m_repeat->setRange(0, 9);
    m_repeat->setValue(current.escalation.repeat);
    m_acknowledge->setRange(1, 240);
    m_acknowledge->setSuffix(tr(" min"));
    m_acknowledge->setValue(current.expectations.acknowledgeMinutes);
    m_respond->setRange(1, 240);
    m_respond->setSuffix(tr(" min"));
    m_respond->setValue(current.expectations.respondMinutes);
    m_problem->setObjectName(QStringLiteral("escalationProblem"));
    m_problem->setWordWrap(true);
    ToneStyle::text(m_problem, Tone::Danger);
    m_problem->hide();

    auto *levelButtons = new QHBoxLayout;
    levelButtons->addWidget(add);
    levelButtons->addWidget(remove);
    levelButtons->addStretch(1);
    auto *form = new QFormLayout;
    form->addRow(tr("Repeat the levels"), m_repeat);
    form->addRow(tr("Acknowledge within"), m_acknowledge);
    form->addRow(tr("Respond within"), m_respond);
    auto *note = new QLabel(tr("Level 1 is paged when an incident is declared; each level waits "
                               "its minutes for an acknowledgement before the next is paged. "
                               "Incidents already escalating keep the policy they started with."),
                            this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &EscalationPolicyDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &EscalationPolicyDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_table);
    layout->addLayout(levelButtons);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
}

void EscalationPolicyDialog::accept()
{
    EscalationPolicy policy = m_levels->policy();
    policy.repeat = m_repeat->value();
    const Result<void> saved = m_service.setEscalation(
            m_schedule, policy, {m_acknowledge->value(), m_respond->value()});
    if (!saved) {
        m_problem->setText(saved.error());
        m_problem->show();
        return;
    }
    QDialog::accept();
}

} // namespace sitrep
