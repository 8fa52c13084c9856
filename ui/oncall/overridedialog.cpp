#include "overridedialog.h"

#include "common/tonestyle.h"
#include "domain/zonetime.h"
#include "services/oncallservice.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

namespace sitrep {

OverrideDialog::OverrideDialog(OnCallService &service, const QString &schedule, qint64 fromMs,
                               qint64 toMs, QWidget *parent)
    : QDialog(parent),
      m_service(service),
      m_schedule(schedule),
      m_kind(new QComboBox(this)),
      m_person(new QComboBox(this)),
      m_replaces(new QComboBox(this)),
      m_from(new QDateTimeEdit(this)),
      m_to(new QDateTimeEdit(this)),
      m_problem(new QLabel(this))
{
    setWindowTitle(tr("New override on %1").arg(schedule));
    const std::optional<OnCallSchedule> found = service.schedule(schedule);
    m_zone = found ? found->zone : QTimeZone::utc();

    m_kind->setObjectName(QStringLiteral("overrideKind"));
    m_kind->addItem(tr("Replace someone"), int(ScheduleOverride::Kind::Replace));
    m_kind->addItem(tr("Add someone beside whoever is on call"), int(ScheduleOverride::Kind::Add));
    m_kind->addItem(tr("Take someone off call"), int(ScheduleOverride::Kind::Remove));
    m_kind->addItem(tr("Take over the schedule (also where nobody is on call)"),
                    int(ScheduleOverride::Kind::Cover));
    m_person->setObjectName(QStringLiteral("overridePerson"));
    m_person->setEditable(true);
    if (found)
        m_person->addItems(found->people());
    m_person->setCurrentText({});
    m_replaces->setObjectName(QStringLiteral("overrideReplaces"));
    // Whom to replace: those on call in the range picked.
    if (const Result<QList<OnCallShift>> shifts = service.shifts(schedule, fromMs, toMs)) {
        QStringList onCall;
        for (const OnCallShift &shift : shifts.value())
            onCall << shift.primary << shift.secondary << shift.added;
        onCall.removeAll(QString());
        onCall.removeDuplicates();
        m_replaces->addItems(onCall);
    }
    for (auto [edit, ms, name] :
         {std::tuple {m_from, fromMs, "overrideFrom"}, std::tuple {m_to, toMs, "overrideTo"}}) {
        edit->setObjectName(QString::fromLatin1(name));
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        edit->setTimeSpec(Qt::UTC); // a plain wall-clock value, read in the schedule's zone
        edit->setDateTime(ZoneTime::wallClock(m_zone, ms));
    }
    m_problem->setObjectName(QStringLiteral("overrideProblem"));
    m_problem->setWordWrap(true);
    ToneStyle::text(m_problem, Tone::Danger);
    m_problem->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("Change"), m_kind);
    form->addRow(tr("Person"), m_person);
    form->addRow(tr("Replaces"), m_replaces);
    form->addRow(tr("From"), m_from);
    form->addRow(tr("Until"), m_to);
    form->addRow(new QLabel(tr("Times in %1.").arg(QString::fromUtf8(m_zone.id())), this));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add override"));
    connect(buttons, &QDialogButtonBox::accepted, this, &OverrideDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &OverrideDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &OverrideDialog::updateFields);
    updateFields();
}

void OverrideDialog::updateFields()
{
    const auto kind = ScheduleOverride::Kind(m_kind->currentData().toInt());
    m_replaces->setEnabled(kind == ScheduleOverride::Kind::Replace);
}

ScheduleOverride OverrideDialog::change() const
{
    ScheduleOverride change;
    change.kind = ScheduleOverride::Kind(m_kind->currentData().toInt());
    change.person = m_person->currentText().trimmed();
    if (change.kind == ScheduleOverride::Kind::Replace)
        change.replaces = m_replaces->currentText();
    change.fromMs = ZoneTime::toUtcMs(m_zone, m_from->dateTime());
    change.toMs = ZoneTime::toUtcMs(m_zone, m_to->dateTime());
    return change;
}

void OverrideDialog::accept()
{
    if (const Result<void> added = m_service.addOverride(m_schedule, change()); !added) {
        m_problem->setText(added.error());
        m_problem->show();
        return;
    }
    QDialog::accept();
}

} // namespace sitrep
