#include "scheduleimports.h"

#include "importreportdialog.h"
#include "providerimportdialog.h"

#include <QFileDialog>

namespace sitrep {

ScheduleImports::ScheduleImports(OnCallService &service, ProviderImport *providers, QWidget *window)
    : QObject(window), m_service(service), m_providers(providers), m_window(window)
{ }

QString ScheduleImports::importFile(const QString &file)
{
    const Result<QStringList> names = m_service.importFile(file);
    if (!names)
        return names.error();
    Q_EMIT imported(names.value().first());
    Q_EMIT statusMessage(tr("Imported the on-call schedule %1.").arg(names.value().join(u", ")));
    return {};
}

void ScheduleImports::chooseFiles()
{
    const QString yaml = tr("Sitrep schedule files (*.yaml *.yml)");
    const QString pagerDuty = tr("PagerDuty's REST answers (*.json)");
    const QString opsgenie = tr("Opsgenie's REST answers (*.json)");
    QString chosen;
    const QStringList files = QFileDialog::getOpenFileNames(
            m_window, tr("Import on-call schedules"), {},
            QStringList {yaml, pagerDuty, opsgenie}.join(QStringLiteral(";;")), &chosen);
    if (files.isEmpty())
        return;
    QString problem = chosen == yaml
            ? QString()
            : reviewImport(chosen == opsgenie ? OnCallService::Provider::Opsgenie
                                              : OnCallService::Provider::PagerDuty,
                           files);
    for (qsizetype i = 0; chosen == yaml && problem.isEmpty() && i < files.size(); ++i)
        problem = importFile(files.at(i));
    if (!problem.isEmpty())
        Q_EMIT statusMessage(problem);
}

QString ScheduleImports::reviewImport(OnCallService::Provider provider, const QStringList &files)
{
    Result<OnCallImport> import = OnCallService::readProvider(provider, files);
    if (!import)
        return import.error();
    review(std::move(import).value());
    return {};
}

void ScheduleImports::chooseApi()
{
    if (!m_providers)
        return;
    ProviderImportDialog dialog(*m_providers, m_service.nowMs(), m_window);
    if (dialog.exec() != QDialog::Accepted || !dialog.fetched())
        return;
    if (!dialog.keyProblem().isEmpty())
        Q_EMIT statusMessage(dialog.keyProblem());
    review(*dialog.fetched());
}

void ScheduleImports::review(OnCallImport import)
{
    ImportReportDialog dialog(m_service, std::move(import), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Q_EMIT imported(dialog.imported().first());
    Q_EMIT statusMessage(
            tr("Imported %n on-call schedule(s): %1.", nullptr, int(dialog.imported().size()))
                    .arg(dialog.imported().join(u", ")));
}

} // namespace sitrep
