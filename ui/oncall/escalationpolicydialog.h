#pragma once

#include <QDialog>

class QLabel;
class QSpinBox;
class QTableView;

namespace sitrep {

class EscalationPolicyModel;
class OnCallService;

// Edits a schedule's escalation: its levels (who is paged, how long each waits), how often the
// policy repeats, and the acknowledge and respond expectations. A refusal stays in the dialog.
class EscalationPolicyDialog : public QDialog
{
    Q_OBJECT
public:
    EscalationPolicyDialog(OnCallService &service, const QString &schedule,
                           QWidget *parent = nullptr);

    [[nodiscard]] EscalationPolicyModel &levels() const { return *m_levels; }
    void accept() override;

private:
    OnCallService &m_service;
    QString m_schedule;
    EscalationPolicyModel *m_levels;
    QTableView *m_table;
    QSpinBox *m_repeat;
    QSpinBox *m_acknowledge;
    QSpinBox *m_respond;
    QLabel *m_problem;
};

} // namespace sitrep
