#pragma once

#include "services/oncallimport.h"

#include <QDialog>

class QLabel;

namespace sitrep {

class OnCallService;

// Shows what an import from another on-call tool would bring before anything is saved: whether
// every schedule matches the tool's own shifts, the report (differences with times in each
// schedule's zone, what is not carried over), and Import, which saves all the schedules or none.
// A refusal is shown in the dialog, which stays open.
class ImportReportDialog : public QDialog
{
    Q_OBJECT
public:
    ImportReportDialog(OnCallService &service, OnCallImport import, QWidget *parent = nullptr);

    void accept() override;
    [[nodiscard]] const QStringList &imported() const { return m_imported; }

private:
    OnCallService &m_service;
    OnCallImport m_import;
    QLabel *m_problem;
    QStringList m_imported;
};

} // namespace sitrep
