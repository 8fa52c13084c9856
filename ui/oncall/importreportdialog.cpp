#include "importreportdialog.h"

#include "common/tonestyle.h"
#include "services/oncallservice.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sitrep {

ImportReportDialog::ImportReportDialog(OnCallService &service, OnCallImport import, QWidget *parent)
    : QDialog(parent), m_service(service), m_import(std::move(import)), m_problem(new QLabel(this))
{
    setWindowTitle(tr("Import from %1").arg(m_import.provider));
    auto *verdict = new QLabel(this);
    verdict->setObjectName(QStringLiteral("importVerdict"));
    verdict->setWordWrap(true);
    if (m_import.proved()) {
        verdict->setText(
                tr("Every schedule has the same shifts as %1 computes.").arg(m_import.provider));
        ToneStyle::text(verdict, Tone::Success);
    } else {
        verdict->setText(tr("Not every schedule was shown to have %1's shifts: read the "
                            "differences below before you import.")
                                 .arg(m_import.provider));
        ToneStyle::text(verdict, Tone::Warning);
    }
    auto *report = new QPlainTextEdit(OnCallImportReport::text(m_import), this);
    report->setObjectName(QStringLiteral("importReport"));
    report->setReadOnly(true);
    report->setLineWrapMode(QPlainTextEdit::NoWrap);
    report->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    report->setMinimumSize(720, 320);
    m_problem->setObjectName(QStringLiteral("importProblem"));
    m_problem->setWordWrap(true);
    ToneStyle::text(m_problem, Tone::Danger);
    m_problem->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)
            ->setText(tr("Import %n schedule(s)", nullptr, int(m_import.schedules.size())));
    connect(buttons, &QDialogButtonBox::accepted, this, &ImportReportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ImportReportDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(verdict);
    layout->addWidget(report);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
}

void ImportReportDialog::accept()
{
    QList<OnCallSchedule> schedules;
    for (const ImportedSchedule &imported : std::as_const(m_import.schedules))
        schedules << imported.schedule;
    const Result<QStringList> saved = m_service.importSchedules(schedules);
    if (!saved) {
        m_problem->setText(saved.error());
        m_problem->show();
        return;
    }
    m_imported = saved.value();
    QDialog::accept();
}

} // namespace sitrep
