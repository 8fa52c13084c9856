#pragma once

#include "domain/oncallschedule.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QLabel;

namespace sitrep {

class OnCallService;

// Creates an override on a schedule for a range picked on the calendar: who takes over, whom
// they replace (one of those on call then), or who is added or taken off. Times are the
// schedule's wall-clock times. A refusal is shown in the dialog, which stays open.
class OverrideDialog : public QDialog
{
    Q_OBJECT
public:
    OverrideDialog(OnCallService &service, const QString &schedule, qint64 fromMs, qint64 toMs,
                   QWidget *parent = nullptr);

    void accept() override;
    [[nodiscard]] ScheduleOverride change() const;

private:
    void updateFields();

    OnCallService &m_service;
    QString m_schedule;
    QTimeZone m_zone;
    QComboBox *m_kind;
    QComboBox *m_person;
    QComboBox *m_replaces;
    QDateTimeEdit *m_from;
    QDateTimeEdit *m_to;
    QLabel *m_problem;
};

} // namespace sitrep
