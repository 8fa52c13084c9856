#pragma once

#include "scheduleimports.h"
#include "services/oncallservice.h"

#include <QWidget>

class QButtonGroup;
class QComboBox;
class QDateEdit;
class QLabel;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace sitrep {

class HandoffChecklistModel;
class HandoffService;
class OnCallCalendarModel;
class OnCallHoursModel;
class OnCallService;
class ProviderImport;

// The on-call tab: a schedule's month or week in its own zone (who is primary and secondary,
// overrides hatched, gaps red, a now-line), who is on call now with the next handoff and the
// gaps ahead, overrides created by selecting a range, schedule files imported and exported,
// the calendar as .ics, and the hours report per person with CSV export.
class OnCallView : public QWidget
{
    Q_OBJECT
public:
    // Without `providers` schedules come from files only, not from another tool's API.
    OnCallView(OnCallService &service, HandoffService &handoffs, QString author,
               ProviderImport *providers = nullptr, QWidget *parent = nullptr);

    [[nodiscard]] OnCallCalendarModel &calendar() const { return *m_calendar; }
    [[nodiscard]] OnCallHoursModel &hours() const { return *m_hours; }
    [[nodiscard]] HandoffChecklistModel &handoffChecklist() const { return *m_checklist; }
    // Saves the handoff note written in the panel; the problem in words, if any.
    [[nodiscard]] QString saveHandoffNote();
    [[nodiscard]] QTableView *calendarView() const { return m_view; }
    void showWeek();
    void showMonth();
    void selectSchedule(const QString &name);
    // Opens the override dialog for the selected cells.
    void createOverride();
    [[nodiscard]] QString importFile(const QString &file) { return m_imports->importFile(file); }
    // Reads another tool's saved answers and shows the import's report; the schedules are
    // saved when the person imports them there. The problem in words, or empty.
    [[nodiscard]] QString reviewImport(OnCallService::Provider provider, const QStringList &files)
    {
        return m_imports->reviewImport(provider, files);
    }
    [[nodiscard]] QString exportCalendar(const QString &file);
    [[nodiscard]] QString exportHoursCsv(const QString &file);
    void refreshHours();
    // Asks for schedule files (Sitrep YAML, or another tool's saved answers) and imports them.
    void chooseImport() { m_imports->chooseFiles(); }

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void reloadSchedules();
    void refreshSidePanel();
    void periodChanged();
    void chooseCalendarExport();
    void chooseScheduleExport();
    QWidget *createCalendarPage();
    QWidget *createHoursPage();
    QWidget *createHandoffPanel();
    void refreshHandoff();

    OnCallService &m_service;
    ScheduleImports *m_imports;
    HandoffService &m_handoffs;
    QString m_author;
    HandoffChecklistModel *m_checklist;
    QLabel *m_handoffTitle = nullptr;
    QLabel *m_handoffNote = nullptr;
    QPlainTextEdit *m_noteEditor = nullptr;
    OnCallCalendarModel *m_calendar;
    OnCallHoursModel *m_hours;
    QComboBox *m_schedules;
    QLabel *m_title;
    QLabel *m_zoneNote;
    QTableView *m_view;
    QPushButton *m_override;
    QLabel *m_now;
    QLabel *m_gaps;
    QLabel *m_legend;
    QStackedWidget *m_pages;
    QLabel *m_empty;
    QDateEdit *m_hoursFrom;
    QDateEdit *m_hoursTo;
    QLabel *m_balance;
    QButtonGroup *m_modes;
};

} // namespace sitrep
