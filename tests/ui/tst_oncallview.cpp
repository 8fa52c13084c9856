#include "../fixtures/providerreceiver.h"
#include "../itemmodels/boardfixture.h"
#include "itemmodels/escalationpolicymodel.h"
#include "itemmodels/handoffchecklistmodel.h"
#include "itemmodels/oncallcalendarmodel.h"
#include "itemmodels/oncallhoursmodel.h"
#include "oncall/escalationpolicydialog.h"
#include "oncall/importreportdialog.h"
#include "oncall/oncallsummary.h"
#include "oncall/oncallview.h"
#include "oncall/overridedialog.h"
#include "oncall/providerimportdialog.h"
#include "services/providerimport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace sitrep;
using namespace Qt::StringLiterals;

// The on-call tab driven with real widgets over the schedule: the month and week
// calendars and their models, gaps and overrides as the calendar shows them, an override made
// by selecting hours, the hours report and the exports.
class tst_OnCallView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void emptyStateSaysHowToStart();
    void monthShowsHandoffsAndOverrides();
    void weekShowsHoursAndGaps();
    void overrideFromASelection();
    void refusedOverrideKeepsTheDialogOpen();
    void coverOverrideTakesTheSchedule();
    void providerImportShowsTheReportFirst();
    void providerApiAsksFetchesAndReports();
    void hoursReportAndExports();
    void badImportIsShownInWords();
    void summaryForTheStatusBar();
    void handoffChecklistsAndNote();
    void escalationPolicyIsEditable();

private:
    QModelIndex cell(int row, int column) const { return m_view->calendar().index(row, column); }
    QList<CalendarSegment> segments(int row, int column) const
    {
        return cell(row, column)
                .data(OnCallCalendarModel::SegmentsRole)
                .value<QList<CalendarSegment>>();
    }

    std::unique_ptr<BoardFixture> f;
    std::unique_ptr<OnCallView> m_view;
    std::unique_ptr<QAbstractItemModelTester> m_testers[3];
};

namespace {

const QString fixture = u"" SITREP_SOURCE_DIR "/tests/fixtures/oncall/platform.yaml"_s;

} // namespace

void tst_OnCallView::init()
{
    f = std::make_unique<BoardFixture>();
    // Wednesday of week 2 (bob's), 14:00 in Berlin.
    f->clock.setNow(QDateTime(QDate(2026, 4, 1), QTime(12, 0), Qt::UTC));
    m_view = std::make_unique<OnCallView>(*f->oncall, *f->handoffs, u"bob@example.com"_s);
    m_testers[0] = std::make_unique<QAbstractItemModelTester>(
            &m_view->calendar(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_testers[1] = std::make_unique<QAbstractItemModelTester>(
            &m_view->hours(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_testers[2] = std::make_unique<QAbstractItemModelTester>(
            &m_view->handoffChecklist(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_view->resize(1300, 850);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void tst_OnCallView::cleanup()
{
    for (auto &tester : m_testers)
        tester.reset();
    m_view.reset();
    f.reset();
}

void tst_OnCallView::emptyStateSaysHowToStart()
{
    auto *empty = m_view->findChild<QLabel *>(u"oncallEmpty"_s);
    QVERIFY(empty->isVisible());
    QVERIFY(empty->text().contains(u"Import a schedule file"_s));
    QCOMPARE(m_view->importFile(fixture), QString());
    QVERIFY(!empty->isVisible());
    QCOMPARE(m_view->findChild<QComboBox *>(u"scheduleChooser"_s)->currentText(), u"platform"_s);
}

void tst_OnCallView::monthShowsHandoffsAndOverrides()
{
    QCOMPARE(m_view->importFile(fixture), QString());
    QCOMPARE(m_view->findChild<QLabel *>(u"calendarTitle"_s)->text(), u"April 2026"_s);
    QCOMPARE(m_view->calendar().rowCount(), 6);
    // The month starts on Wednesday the 1st: row 0 begins with Monday 30 March.
    QCOMPARE(cell(0, 0).data().toInt(), 30);
    QVERIFY(!cell(0, 0).data(OnCallCalendarModel::InPeriodRole).toBool());
    QVERIFY(cell(0, 2).data(OnCallCalendarModel::InPeriodRole).toBool());
    // Wednesday the 1st is today: the now-line at 14:00 of the day.
    QCOMPARE(cell(0, 2).data(OnCallCalendarModel::NowRole).toDouble(), 14.0 / 24);
    // Monday 6 April: bob until the 09:00 handoff, then carol with dave as her secondary
    // (he replaces alice until midnight), hatched as an override.
    const QList<CalendarSegment> monday = segments(1, 0);
    QCOMPARE(monday.size(), 2);
    QCOMPARE(monday.at(0).primary, u"bob@example.com"_s);
    QCOMPARE(monday.at(0).to, 9.0 / 24);
    QCOMPARE(monday.at(1).primary, u"carol@example.com"_s);
    QCOMPARE(monday.at(1).secondary, u"dave@example.com"_s);
    QVERIFY(monday.at(1).overridden);
    QVERIFY(!cell(1, 0).data(OnCallCalendarModel::GapRole).toBool());
    QVERIFY(cell(1, 0).data(Qt::ToolTipRole).toString().contains(u"(override)"_s));
    // People keep their colours: the schedule's order.
    QCOMPARE(monday.at(0).colour, 1);
    // Before the rotation starts (March) nobody is on call.
    m_view->calendar().step(-1);
    QVERIFY(cell(0, 0).data(OnCallCalendarModel::GapRole).toBool());
    // 23 March: the first handoff at 09:00 ends the gap; the 24th is covered all day.
    QVERIFY(cell(4, 0).data(OnCallCalendarModel::GapRole).toBool());
    QCOMPARE(segments(4, 0).first().from, 9.0 / 24);
    QVERIFY(!cell(4, 1).data(OnCallCalendarModel::GapRole).toBool());
}

void tst_OnCallView::weekShowsHoursAndGaps()
{
    QCOMPARE(m_view->importFile(fixture), QString());
    m_view->showWeek();
    QCOMPARE(m_view->calendar().rowCount(), 24);
    QCOMPARE(m_view->calendar().headerData(0, Qt::Horizontal, Qt::DisplayRole).toString(),
             QLocale().toString(QDate(2026, 3, 30), u"ddd d MMM"));
    QCOMPARE(cell(14, 2).data(OnCallCalendarModel::NowRole).toDouble(), 0.0);
    QCOMPARE(cell(9, 2).data(OnCallCalendarModel::PrimaryRole).toString(), u"bob@example.com"_s);
    QCOMPARE(cell(9, 2).data().toString(), u"bob"_s);
    // Taking bob off for Thursday 10:00-12:00 leaves a gap there.
    QVERIFY(f->oncall->addOverride(
            u"platform"_s,
            {ScheduleOverride::Kind::Remove,
             u"bob@example.com"_s,
             {},
             QDateTime(QDate(2026, 4, 2), QTime(8, 0), Qt::UTC).toMSecsSinceEpoch(),
             QDateTime(QDate(2026, 4, 2), QTime(10, 0), Qt::UTC).toMSecsSinceEpoch()}));
    QVERIFY(cell(10, 3).data(OnCallCalendarModel::GapRole).toBool());
    QVERIFY(cell(11, 3).data(OnCallCalendarModel::GapRole).toBool());
    QVERIFY(!cell(12, 3).data(OnCallCalendarModel::GapRole).toBool());
    QVERIFY(m_view->findChild<QLabel *>(u"gapsAhead"_s)->text().contains(u"1 gap(s)"_s));
    // Next week: Monday's handoff at 09:00 Berlin.
    m_view->calendar().step(1);
    QCOMPARE(cell(8, 0).data(OnCallCalendarModel::PrimaryRole).toString(), u"bob@example.com"_s);
    QCOMPARE(cell(9, 0).data(OnCallCalendarModel::PrimaryRole).toString(), u"carol@example.com"_s);
}

void tst_OnCallView::overrideFromASelection()
{
    QCOMPARE(m_view->importFile(fixture), QString());
    m_view->showWeek();
    QTableView *calendar = m_view->calendarView();
    auto *button = m_view->findChild<QPushButton *>(u"createOverride"_s);
    QVERIFY(!button->isEnabled());
    // Thursday 10:00 to 12:59: click, then shift-click.
    QTest::mouseClick(calendar->viewport(), Qt::LeftButton, {},
                      calendar->visualRect(cell(10, 3)).center());
    QTest::mouseClick(calendar->viewport(), Qt::LeftButton, Qt::ShiftModifier,
                      calendar->visualRect(cell(12, 3)).center());
    QVERIFY(button->isEnabled());
    bool filled = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<OverrideDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QCOMPARE(dialog->findChild<QDateTimeEdit *>(u"overrideFrom"_s)->dateTime().time(),
                 QTime(10, 0));
        QCOMPARE(dialog->findChild<QDateTimeEdit *>(u"overrideTo"_s)->dateTime().time(),
                 QTime(13, 0));
        auto *replaces = dialog->findChild<QComboBox *>(u"overrideReplaces"_s);
        QVERIFY(replaces->findText(u"bob@example.com"_s) >= 0);
        replaces->setCurrentText(u"bob@example.com"_s);
        auto *person = dialog->findChild<QComboBox *>(u"overridePerson"_s);
        QTest::keyClicks(person->lineEdit(), u"zoe@example.com"_s);
        filled = true;
        QTest::keyClick(dialog, Qt::Key_Return);
    });
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(filled);
    const std::optional<OnCallSchedule> schedule = f->oncall->schedule(u"platform"_s);
    QCOMPARE(schedule->overrides.size(), 2);
    QCOMPARE(schedule->overrides.last().person, u"zoe@example.com"_s);
    QCOMPARE(cell(11, 3).data(OnCallCalendarModel::PrimaryRole).toString(), u"zoe@example.com"_s);
    QCOMPARE(cell(13, 3).data(OnCallCalendarModel::PrimaryRole).toString(), u"bob@example.com"_s);
}

void tst_OnCallView::refusedOverrideKeepsTheDialogOpen()
{
    QCOMPARE(m_view->importFile(fixture), QString());
    const qint64 from = QDateTime(QDate(2026, 4, 2), QTime(8, 0), Qt::UTC).toMSecsSinceEpoch();
    OverrideDialog dialog(*f->oncall, u"platform"_s, from, from + 3'600'000);
    dialog.show();
    dialog.accept(); // nobody named
    QVERIFY(dialog.isVisible());
    auto *problem = dialog.findChild<QLabel *>(u"overrideProblem"_s);
    QVERIFY(problem->isVisible());
    QCOMPARE(problem->text(), u"An override needs a person."_s);
    QCOMPARE(f->oncall->schedule(u"platform"_s)->overrides.size(), 1);
}

void tst_OnCallView::coverOverrideTakesTheSchedule()
{
    QCOMPARE(m_view->importFile(fixture), QString());
    const qint64 from = QDateTime(QDate(2026, 4, 2), QTime(8, 0), Qt::UTC).toMSecsSinceEpoch();
    OverrideDialog dialog(*f->oncall, u"platform"_s, from, from + 3'600'000);
    dialog.show();
    auto *kind = dialog.findChild<QComboBox *>(u"overrideKind"_s);
    kind->setFocus();
    QTest::keyClick(kind, Qt::Key_End);
    QCOMPARE(kind->currentText(), u"Take over the schedule (also where nobody is on call)"_s);
    QVERIFY(!dialog.findChild<QComboBox *>(u"overrideReplaces"_s)->isEnabled());
    QTest::keyClicks(dialog.findChild<QComboBox *>(u"overridePerson"_s)->lineEdit(),
                     u"zoe@example.com"_s);
    dialog.accept();
    QVERIFY(!dialog.isVisible());
    const ScheduleOverride added = f->oncall->schedule(u"platform"_s)->overrides.last();
    QCOMPARE(added.kind, ScheduleOverride::Kind::Cover);
    QCOMPARE(added.replaces, QString());
    const Result<std::optional<OnCallShift>> who = f->oncall->who(u"platform"_s, from + 1'800'000);
    QVERIFY(who.ok() && who.value());
    QCOMPARE(who.value()->primary, u"zoe@example.com"_s);
}

void tst_OnCallView::providerImportShowsTheReportFirst()
{
    const QString folder = u"" SITREP_SOURCE_DIR "/tests/fixtures/pagerduty/"_s;
    const QStringList files {folder + u"schedule.json"_s, folder + u"users.json"_s};
    const auto review = [&](bool import, const QString &expectedVerdict) {
        bool seen = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<ImportReportDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QCOMPARE(dialog->findChild<QLabel *>(u"importVerdict"_s)->text(), expectedVerdict);
            QVERIFY(dialog->findChild<QPlainTextEdit *>(u"importReport"_s)
                            ->toPlainText()
                            .contains(u"Same as PagerDuty's own shifts from 2026-12-03 09:00"_s));
            seen = true;
            QTest::keyClick(dialog, import ? Qt::Key_Return : Qt::Key_Escape);
        });
        QCOMPARE(m_view->reviewImport(OnCallService::Provider::PagerDuty, files), QString());
        QVERIFY(seen);
    };
    const QString proved = u"Every schedule has the same shifts as PagerDuty computes."_s;
    review(false, proved);
    QVERIFY(!f->oncall->schedule(u"Platform Primary"_s)); // cancelled: nothing saved
    review(true, proved);
    QVERIFY(f->oncall->schedule(u"Platform Primary"_s));
    QCOMPARE(m_view->findChild<QComboBox *>(u"scheduleChooser"_s)->currentText(),
             u"Platform Primary"_s);

    // A file that is not PagerDuty's answer is said in words, and no dialog opens.
    const QString problem = m_view->reviewImport(OnCallService::Provider::Opsgenie, files);
    QVERIFY2(problem.startsWith(folder + u"schedule.json:1: data: missing"_s), qPrintable(problem));
}

// Straight from PagerDuty's API (the local receiver answering its documented endpoints): a
// wrong key is said in the dialog, which stays open; the right one fetches the named schedule,
// and its report comes before anything is saved.
void tst_OnCallView::providerApiAsksFetchesAndReports()
{
    ProviderReceiver receiver("right-key");
    ProviderImport providers(f->monitoring->network(), f->monitoring->secrets());
    OnCallView view(*f->oncall, *f->handoffs, u"bob@example.com"_s, &providers);
    QMenu *menu = view.findChild<QToolButton *>(u"importSchedule"_s)->menu();
    QVERIFY(menu);
    QCOMPARE(menu->actions().size(), 2);
    QVERIFY(!m_view->findChild<QToolButton *>(u"importSchedule"_s)->menu()); // files only

    bool fetched = false;
    bool reported = false;
    QTimer driver;
    connect(&driver, &QTimer::timeout, this, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *dialog = qobject_cast<ProviderImportDialog *>(modal); dialog && !fetched) {
            fetched = true;
            QCOMPARE(dialog->findChild<QComboBox *>(u"importUrl"_s)->currentText(),
                     u"https://api.pagerduty.com"_s);
            dialog->findChild<QComboBox *>(u"importUrl"_s)->setEditText(receiver.url());
            auto *key = dialog->findChild<QLineEdit *>(u"importKey"_s);
            QCOMPARE(key->echoMode(), QLineEdit::Password);
            QTest::keyClicks(key, u"wrong-key"_s);
            QSignalSpy problem(dialog, &ProviderImportDialog::problemShown);
            QTest::keyClick(dialog, Qt::Key_Return);
            QVERIFY(problem.wait(10000));
            QVERIFY2(problem.first().first().toString().contains(u"401"_s),
                     qPrintable(problem.first().first().toString()));
            QVERIFY(dialog->isVisible());
            QVERIFY(key->isEnabled());
            QCOMPARE(QApplication::focusWidget(), key); // Return fetches again, not Cancel
            key->clear();
            QTest::keyClicks(key, u"right-key"_s);
            QTest::keyClicks(dialog->findChild<QLineEdit *>(u"importSchedules"_s),
                             u"Platform Primary"_s);
            QTest::keyClick(dialog, Qt::Key_Return);
        } else if (auto *report = qobject_cast<ImportReportDialog *>(modal)) {
            reported = true;
            QVERIFY(!f->oncall->schedule(u"Platform Primary"_s)); // nothing saved yet
            QTest::keyClick(report, Qt::Key_Return);
        }
    });
    driver.start(20);
    QSignalSpy imported(&view, &OnCallView::statusMessage);
    menu->actions().at(1)->trigger();
    driver.stop();
    QVERIFY(fetched);
    QVERIFY2(reported,
             qPrintable(imported.isEmpty() ? QString() : imported.last().first().toString()));
    QVERIFY(f->oncall->schedule(u"Platform Primary"_s));
    QCOMPARE(view.findChild<QComboBox *>(u"scheduleChooser"_s)->currentText(),
             u"Platform Primary"_s);
    QVERIFY(!receiver.all().isEmpty());
    QCOMPARE(receiver.all().last().authorization, QByteArray("Token token=right-key"));
    // (Without the English translation installed the plural reads "schedule(s)".)
    const QString said = imported.last().first().toString();
    QVERIFY2(said.startsWith(u"Imported 1 on-call schedule"_s)
                     && said.endsWith(u": Platform Primary."_s),
             qPrintable(said));
}

void tst_OnCallView::hoursReportAndExports()
{
    QCOMPARE(m_view->importFile(fixture), QString());
    m_view->findChild<QDateEdit *>(u"hoursFrom"_s)->setDate(QDate(2026, 3, 30));
    m_view->findChild<QDateEdit *>(u"hoursTo"_s)->setDate(QDate(2026, 4, 12));
    const OnCallHoursModel &hours = m_view->hours();
    QCOMPARE(hours.rowCount(), 4);
    QCOMPARE(hours.index(0, OnCallHoursModel::Person).data().toString(), u"bob@example.com"_s);
    QVERIFY(m_view->findChild<QLabel *>(u"balance"_s)->text().startsWith(u"Balance 0."_s));

    QTemporaryDir dir;
    const QString csv = dir.filePath(u"hours.csv"_s);
    QCOMPARE(m_view->exportHoursCsv(csv), QString());
    QFile written(csv);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(written.readLine().startsWith("Person,On call (h),Nights (h)"));
    const QString ics = dir.filePath(u"platform.ics"_s);
    QCOMPARE(m_view->exportCalendar(ics), QString());
    QFile calendar(ics);
    QVERIFY(calendar.open(QIODevice::ReadOnly));
    const QByteArray text = calendar.readAll();
    QVERIFY(text.startsWith("BEGIN:VCALENDAR\r\n"));
    QVERIFY(text.count("BEGIN:VEVENT") >= 5);
    QVERIFY(m_view->exportHoursCsv(dir.filePath(u"missing/dir/x.csv"_s))
                    .startsWith(u"Could not write"_s));
}

void tst_OnCallView::badImportIsShownInWords()
{
    QTemporaryDir dir;
    QFile bad(dir.filePath(u"bad.yaml"_s));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write(
            "name: x\ntimezone: Mars/Olympus\nrotation: {start: 2026-01-01, participants: [a]}\n");
    bad.close();
    const QString problem = m_view->importFile(bad.fileName());
    QVERIFY2(problem.endsWith(u"bad.yaml:2: timezone: \"Mars/Olympus\" is not an IANA time zone "
                              "(such as Europe/Berlin)."_s),
             qPrintable(problem));
    QVERIFY(f->oncall->schedules().isEmpty());
}

void tst_OnCallView::summaryForTheStatusBar()
{
    QCOMPARE(OnCallSummary::text(*f->oncall), u"No schedule configured"_s);
    QCOMPARE(m_view->importFile(fixture), QString());
    // Wednesday 14:00 Berlin; bob hands off Monday 09:00: 4 days 19 hours.
    QCOMPARE(OnCallSummary::text(*f->oncall), u"platform: bob@example.com, handoff in 4 d 19 h"_s);
    QVERIFY(m_view->findChild<QLabel *>(u"onCallNow"_s)->text().contains(u"bob@example.com"_s));
}

void tst_OnCallView::handoffChecklistsAndNote()
{
    QCOMPARE(m_view->importFile(fixture), QString());
    // Bob hands off to carol on Monday 6 April, 09:00 Berlin.
    auto *title = m_view->findChild<QLabel *>(u"handoffTitle"_s);
    QVERIFY(title->text().contains(u"bob@example.com → carol@example.com"_s));
    QVERIFY(title->text().contains(u"Mon 6 Apr 09:00"_s));
    HandoffChecklistModel &checklist = m_view->handoffChecklist();
    QCOMPARE(checklist.rowCount(), 3 + 6 + 6 + 5);
    QCOMPARE(checklist.index(0).data().toString(),
             u"Before your on-call week (carol@example.com)"_s);
    QVERIFY(!(checklist.flags(checklist.index(0)) & Qt::ItemIsUserCheckable));
    const QModelIndex test = checklist.index(2);
    QCOMPARE(test.data().toString(), u"Test pager/alerting system"_s);
    QCOMPARE(test.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
    // Ticked by clicking its box in the list.
    auto *list = m_view->findChild<QListView *>(u"handoffChecklist"_s);
    list->scrollTo(test);
    QStyleOptionViewItem option;
    option.initFrom(list);
    option.rect = list->visualRect(test);
    option.features |= QStyleOptionViewItem::HasCheckIndicator;
    const QRect box
            = list->style()->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &option, list);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, box.center());
    QCOMPARE(test.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
    QCOMPARE(checklist.index(8).data().toString(), u"Acknowledge alerts within 5 minutes"_s);
    QCOMPARE(checklist.index(14).data().toString(), u"After on-call (bob@example.com)"_s);
    // Kept: a new view over the same cache shows it ticked.
    OnCallView again(*f->oncall, *f->handoffs, u"carol@example.com"_s);
    QCOMPARE(again.handoffChecklist().index(2).data(Qt::CheckStateRole).value<Qt::CheckState>(),
             Qt::Checked);

    auto *editor = m_view->findChild<QPlainTextEdit *>(u"handoffNoteEditor"_s);
    QCOMPARE(m_view->saveHandoffNote(), u"Write what the next person should know first."_s);
    editor->setPlainText(u"#42 still open; watch the db replica lag."_s);
    QCOMPARE(m_view->saveHandoffNote(), QString());
    QCOMPARE(again.findChild<QLabel *>(u"handoffNote"_s)->text(),
             u"Note from bob@example.com for carol@example.com:\n#42 still open; watch the db "
             "replica lag."_s);
}

void tst_OnCallView::escalationPolicyIsEditable()
{
    QCOMPARE(m_view->importFile(fixture), QString());
    EscalationPolicyDialog dialog(*f->oncall, u"platform"_s);
    EscalationPolicyModel &levels = dialog.levels();
    QAbstractItemModelTester tester(&levels,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    dialog.show();
    QCOMPARE(levels.rowCount(), 4);
    QCOMPARE(levels.index(2, EscalationPolicyModel::Target).data().toString(),
             u"engineering-manager@example.com"_s);
    QCOMPARE(levels.index(2, EscalationPolicyModel::Timeout).data().toInt(), 15);
    // The manager waits 20 minutes; the VP level goes; the policy runs twice more.
    QVERIFY(levels.setData(levels.index(2, EscalationPolicyModel::Timeout), 20, Qt::EditRole));
    auto *table = dialog.findChild<QTableView *>(u"escalationLevels"_s);
    table->setCurrentIndex(levels.index(3, EscalationPolicyModel::Target));
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"removeLevel"_s), Qt::LeftButton);
    QCOMPARE(levels.rowCount(), 3);
    dialog.findChild<QSpinBox *>(u"escalationRepeat"_s)->setValue(2);
    // A level that pages nobody is refused, in words, and the dialog stays.
    levels.addLevel();
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.findChild<QLabel *>(u"escalationProblem"_s)->text(),
             u"Level 4 pages nobody: name primary, secondary or a person."_s);
    levels.removeLevel(3);
    dialog.accept();
    QVERIFY(!dialog.isVisible());
    const EscalationPolicy saved = f->oncall->schedule(u"platform"_s)->escalation;
    QCOMPARE(saved.levels.size(), 3);
    QCOMPARE(saved.levels.at(2).timeoutMinutes, 20);
    QCOMPARE(saved.repeat, 2);
    QVERIFY(f->oncall->exportYaml(u"platform"_s).value().contains("repeat: 2"));
}

QTEST_MAIN(tst_OnCallView)
#include "tst_oncallview.moc"
