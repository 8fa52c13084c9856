#include "oncallview.h"

#include "common/filewriting.h"
#include "common/tonestyle.h"
#include "domain/durationtext.h"
#include "domain/zonetime.h"
#include "escalationpolicydialog.h"
#include "itemmodels/handoffchecklistmodel.h"
#include "itemmodels/modelcsv.h"
#include "itemmodels/oncallcalendarmodel.h"
#include "itemmodels/oncallhoursmodel.h"
#include "oncallcalendardelegate.h"
#include "oncallsummary.h"
#include "overridedialog.h"
#include "personcolours.h"
#include "scheduleimports.h"
#include "services/handoffservice.h"
#include "services/oncallservice.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace sitrep {

using namespace Qt::StringLiterals;

OnCallView::OnCallView(OnCallService &service, HandoffService &handoffs, QString author,
                       ProviderImport *providers, QWidget *parent)
    : QWidget(parent),
      m_service(service),
      m_imports(new ScheduleImports(service, providers, this)),
      m_handoffs(handoffs),
      m_author(std::move(author)),
      m_checklist(new HandoffChecklistModel(handoffs, this)),
      m_calendar(new OnCallCalendarModel(service, this)),
      m_hours(new OnCallHoursModel(this)),
      m_schedules(new QComboBox(this)),
      m_title(new QLabel(this)),
      m_zoneNote(new QLabel(this)),
      m_view(new QTableView(this)),
      m_override(new QPushButton(tr("Override…"), this)),
      m_now(new QLabel(this)),
      m_gaps(new QLabel(this)),
      m_legend(new QLabel(this)),
      m_pages(new QStackedWidget(this)),
      m_empty(new QLabel(this)),
      m_hoursFrom(new QDateEdit(this)),
      m_hoursTo(new QDateEdit(this)),
      m_balance(new QLabel(this)),
      m_modes(new QButtonGroup(this))
{
    m_schedules->setObjectName(QStringLiteral("scheduleChooser"));
    m_schedules->setAccessibleName(tr("Schedule"));
    m_schedules->setMinimumContentsLength(16);
    auto *importButton = new QToolButton(this);
    importButton->setObjectName(QStringLiteral("importSchedule"));
    importButton->setText(tr("Import schedule…"));
    if (m_imports->offersApi()) {
        importButton->setPopupMode(QToolButton::InstantPopup);
        auto *importMenu = new QMenu(importButton);
        importMenu->addAction(tr("From files (Sitrep, PagerDuty, Opsgenie)…"), m_imports,
                              &ScheduleImports::chooseFiles);
        importMenu->addAction(tr("From PagerDuty's or Opsgenie's API…"), m_imports,
                              &ScheduleImports::chooseApi);
        importButton->setMenu(importMenu);
    } else {
        connect(importButton, &QToolButton::clicked, m_imports, &ScheduleImports::chooseFiles);
    }
    auto *exportButton = new QToolButton(this);
    exportButton->setText(tr("Export"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(exportButton);
    exportMenu->addAction(tr("Schedule file (YAML)…"), this, &OnCallView::chooseScheduleExport);
    exportMenu->addAction(tr("Calendar of this period (.ics)…"), this,
                          &OnCallView::chooseCalendarExport);
    exportButton->setMenu(exportMenu);
    connect(m_imports, &ScheduleImports::imported, this, &OnCallView::selectSchedule);
    connect(m_imports, &ScheduleImports::statusMessage, this, &OnCallView::statusMessage);
    auto *policyButton = new QPushButton(tr("Escalation policy…"), this);
    policyButton->setObjectName(QStringLiteral("editEscalation"));
    connect(policyButton, &QPushButton::clicked, this, [this] {
        if (m_calendar->schedule().isEmpty())
            return;
        EscalationPolicyDialog dialog(m_service, m_calendar->schedule(), this);
        if (dialog.exec() == QDialog::Accepted)
            Q_EMIT statusMessage(tr("Escalation policy of %1 saved.").arg(m_calendar->schedule()));
    });

    auto *tabs = new QTabWidget(this);
    tabs->setDocumentMode(true);
    tabs->addTab(createCalendarPage(), tr("Calendar"));
    tabs->addTab(createHoursPage(), tr("Hours report"));

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Schedule"), this));
    top->addWidget(m_schedules);
    top->addStretch(1);
    top->addWidget(policyButton);
    top->addWidget(importButton);
    top->addWidget(exportButton);

    m_empty->setObjectName(QStringLiteral("oncallEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setText(tr("No on-call schedule yet.\nImport a schedule file (YAML, the shape of "
                        "the seed's onCallSchedule) with \"Import schedule…\" or sitrepctl "
                        "oncall import FILE."));
    m_pages->addWidget(m_empty);
    m_pages->addWidget(tabs);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_pages, 1);

    connect(m_schedules, &QComboBox::currentTextChanged, this, [this](const QString &name) {
        if (name.isEmpty())
            return;
        m_calendar->setSchedule(name);
        periodChanged();
    });
    connect(&m_service, &OnCallService::changed, this, &OnCallView::reloadSchedules);
    connect(&m_handoffs, &HandoffService::changed, this, &OnCallView::refreshHandoff);
    // The side panel's summary and legend are drawn in the scheme's colours.
    ToneStyle::redrawOnSchemeChange(this, [this] { refreshSidePanel(); });
    reloadSchedules();
}

QWidget *OnCallView::createCalendarPage()
{
    auto *page = new QWidget(this);
    auto *month = new QPushButton(tr("Month"), page);
    auto *week = new QPushButton(tr("Week"), page);
    for (QPushButton *button : {month, week}) {
        button->setCheckable(true);
        m_modes->addButton(button);
    }
    month->setChecked(true);
    connect(month, &QPushButton::clicked, this, &OnCallView::showMonth);
    connect(week, &QPushButton::clicked, this, &OnCallView::showWeek);
    auto *previous = new QPushButton(tr("◀"), page);
    previous->setToolTip(tr("Previous period"));
    auto *today = new QPushButton(tr("Today"), page);
    auto *next = new QPushButton(tr("▶"), page);
    next->setToolTip(tr("Next period"));
    connect(previous, &QPushButton::clicked, this, [this] {
        m_calendar->step(-1);
        periodChanged();
    });
    connect(next, &QPushButton::clicked, this, [this] {
        m_calendar->step(1);
        periodChanged();
    });
    connect(today, &QPushButton::clicked, this, [this] {
        m_calendar->showToday();
        periodChanged();
    });
    m_title->setObjectName(QStringLiteral("calendarTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);
    m_override->setObjectName(QStringLiteral("createOverride"));
    m_override->setToolTip(tr("Select days or hours on the calendar, then create an override "
                              "for them."));
    m_override->setEnabled(false);
    connect(m_override, &QPushButton::clicked, this, &OnCallView::createOverride);

    auto *bar = new QHBoxLayout;
    bar->addWidget(month);
    bar->addWidget(week);
    bar->addSpacing(12);
    bar->addWidget(previous);
    bar->addWidget(today);
    bar->addWidget(next);
    bar->addSpacing(12);
    bar->addWidget(m_title);
    bar->addStretch(1);
    bar->addWidget(m_override);

    m_view->setObjectName(QStringLiteral("calendarView"));
    m_view->setModel(m_calendar);
    m_view->setItemDelegate(new OnCallCalendarDelegate(m_view));
    m_view->setSelectionMode(QAbstractItemView::ContiguousSelection);
    m_view->setShowGrid(false);
    m_view->setMouseTracking(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_override->setEnabled(m_view->selectionModel()->hasSelection()); });
    connect(m_view, &QTableView::doubleClicked, this, &OnCallView::createOverride);

    m_zoneNote->setObjectName(QStringLiteral("zoneNote"));
    ToneStyle::text(m_zoneNote, Tone::Secondary);
    m_now->setObjectName(QStringLiteral("onCallNow"));
    m_now->setWordWrap(true);
    m_now->setTextFormat(Qt::RichText);
    m_gaps->setObjectName(QStringLiteral("gapsAhead"));
    m_gaps->setWordWrap(true);
    m_gaps->setTextFormat(Qt::RichText);
    m_legend->setObjectName(QStringLiteral("legend"));
    m_legend->setTextFormat(Qt::RichText);
    m_legend->setWordWrap(true);

    auto *side = new QVBoxLayout;
    side->addWidget(m_now);
    side->addSpacing(8);
    side->addWidget(m_gaps);
    side->addSpacing(8);
    side->addWidget(m_legend);
    side->addSpacing(8);
    side->addWidget(createHandoffPanel());
    side->addStretch(1);
    auto *sideContent = new QWidget(page);
    sideContent->setLayout(side);
    auto *sidePanel = new QScrollArea(page);
    sidePanel->setWidget(sideContent);
    sidePanel->setWidgetResizable(true);
    sidePanel->setFrameShape(QFrame::NoFrame);
    sidePanel->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    sidePanel->setFixedWidth(310);

    auto *body = new QHBoxLayout;
    body->addWidget(m_view, 1);
    body->addWidget(sidePanel);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(bar);
    layout->addWidget(m_zoneNote);
    layout->addLayout(body, 1);
    return page;
}

QWidget *OnCallView::createHandoffPanel()
{
    auto *panel = new QWidget(this);
    m_handoffTitle = new QLabel(panel);
    m_handoffTitle->setObjectName(QStringLiteral("handoffTitle"));
    m_handoffTitle->setTextFormat(Qt::RichText);
    m_handoffTitle->setWordWrap(true);
    auto *checklist = new QListView(panel);
    checklist->setObjectName(QStringLiteral("handoffChecklist"));
    checklist->setModel(m_checklist);
    checklist->setWordWrap(true);
    checklist->setMinimumHeight(260);
    m_handoffNote = new QLabel(panel);
    m_handoffNote->setObjectName(QStringLiteral("handoffNote"));
    m_handoffNote->setWordWrap(true);
    m_noteEditor = new QPlainTextEdit(panel);
    m_noteEditor->setTabChangesFocus(true); // Tab moves on, as in every other field
    m_noteEditor->setObjectName(QStringLiteral("handoffNoteEditor"));
    m_noteEditor->setPlaceholderText(tr("For the next person: open incidents, things to watch…"));
    m_noteEditor->setMaximumHeight(90);
    auto *save = new QPushButton(tr("Save handoff note"), panel);
    save->setObjectName(QStringLiteral("saveHandoffNote"));
    connect(save, &QPushButton::clicked, this, [this] {
        const QString problem = saveHandoffNote();
        Q_EMIT statusMessage(problem.isEmpty() ? tr("Handoff note saved.") : problem);
    });
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_handoffTitle);
    layout->addWidget(checklist);
    layout->addWidget(m_handoffNote);
    layout->addWidget(m_noteEditor);
    layout->addWidget(save, 0, Qt::AlignRight);
    return panel;
}

void OnCallView::refreshHandoff()
{
    const std::optional<Handoff> handoff = m_handoffs.next(m_calendar->schedule());
    if (handoff != m_checklist->handoff())
        m_checklist->setHandoff(handoff);
    if (!handoff) {
        m_handoffTitle->setText(tr("<b>Next handoff</b><br>None in the next 60 days."));
        m_handoffNote->clear();
        m_noteEditor->setEnabled(false);
        return;
    }
    m_noteEditor->setEnabled(true);
    m_handoffTitle->setText(
            tr("<b>Next handoff</b><br>%1: %2 → %3")
                    .arg(OnCallCalendarModel::wallTime(handoff->atMs, m_calendar->zone()),
                         handoff->outgoing.isEmpty() ? tr("nobody")
                                                     : handoff->outgoing.toHtmlEscaped(),
                         handoff->incoming.toHtmlEscaped()));
    const Result<std::optional<HandoffNote>> note = m_handoffs.note(*handoff);
    if (!note) {
        m_handoffNote->setText(note.error());
    } else if (note.value()) {
        m_handoffNote->setText(
                tr("Note from %1 for %2:\n%3")
                        .arg(note.value()->author, handoff->incoming, note.value()->text));
        if (!m_noteEditor->hasFocus())
            m_noteEditor->setPlainText(note.value()->text);
    } else {
        m_handoffNote->setText(tr("No handoff note yet: %1, leave one for %2.")
                                       .arg(handoff->outgoing.isEmpty() ? tr("outgoing person")
                                                                        : handoff->outgoing,
                                            handoff->incoming));
        if (!m_noteEditor->hasFocus())
            m_noteEditor->clear();
    }
}

QString OnCallView::saveHandoffNote()
{
    const std::optional<Handoff> &handoff = m_checklist->handoff();
    if (!handoff)
        return tr("There is no handoff coming up.");
    const Result<void> saved
            = m_handoffs.writeNote(*handoff, m_author, m_noteEditor->toPlainText());
    if (!saved)
        return saved.error();
    refreshHandoff();
    return {};
}

QWidget *OnCallView::createHoursPage()
{
    auto *page = new QWidget(this);
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_service.nowMs(), Qt::UTC).date();
    m_hoursFrom->setObjectName(QStringLiteral("hoursFrom"));
    m_hoursTo->setObjectName(QStringLiteral("hoursTo"));
    for (QDateEdit *edit : {m_hoursFrom, m_hoursTo}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        connect(edit, &QDateEdit::dateChanged, this, &OnCallView::refreshHours);
    }
    m_hoursFrom->setDate(today.addDays(-30));
    m_hoursTo->setDate(today);
    auto *csv = new QPushButton(tr("Export CSV…"), page);
    connect(csv, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getSaveFileName(this, tr("Export the hours report"),
                                                          QStringLiteral("oncall-hours.csv"),
                                                          tr("CSV files (*.csv)"));
        if (file.isEmpty())
            return;
        const QString problem = exportHoursCsv(file);
        Q_EMIT statusMessage(problem.isEmpty() ? tr("Exported %1.").arg(file) : problem);
    });
    auto *table = new QTableView(page);
    table->setObjectName(QStringLiteral("hoursTable"));
    table->setModel(m_hours);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    m_balance->setObjectName(QStringLiteral("balance"));
    m_balance->setWordWrap(true);

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("From"), page));
    bar->addWidget(m_hoursFrom);
    bar->addWidget(new QLabel(tr("to"), page));
    bar->addWidget(m_hoursTo);
    bar->addStretch(1);
    bar->addWidget(csv);
    auto *note = new QLabel(tr("On call means primary (or added by an override); nights are "
                               "22:00–06:00 and weekends Saturday and Sunday, in each "
                               "schedule's zone. Every schedule counts."),
                            page);
    note->setWordWrap(true);
    ToneStyle::text(note, Tone::Secondary);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(bar);
    layout->addWidget(note);
    layout->addWidget(table, 1);
    layout->addWidget(m_balance);
    return page;
}

void OnCallView::reloadSchedules()
{
    const QString current = m_schedules->currentText();
    QStringList names;
    for (const OnCallSchedule &schedule : m_service.schedules())
        names << schedule.name;
    {
        const QSignalBlocker blocker(m_schedules);
        m_schedules->clear();
        m_schedules->addItems(names);
        m_schedules->setCurrentIndex(std::max<qsizetype>(0, names.indexOf(current)));
    }
    m_pages->setCurrentIndex(names.isEmpty() ? 0 : 1);
    if (!names.isEmpty())
        m_calendar->setSchedule(m_schedules->currentText());
    periodChanged();
    refreshHours();
}

void OnCallView::selectSchedule(const QString &name)
{
    m_schedules->setCurrentText(name);
}

void OnCallView::showWeek()
{
    m_calendar->setMode(OnCallCalendarModel::Mode::Week);
    m_modes->buttons().at(1)->setChecked(true);
    periodChanged();
}

void OnCallView::showMonth()
{
    m_calendar->setMode(OnCallCalendarModel::Mode::Month);
    m_modes->buttons().at(0)->setChecked(true);
    periodChanged();
}

void OnCallView::periodChanged()
{
    m_title->setText(m_calendar->title());
    const QTimeZone viewer = QTimeZone::systemTimeZone();
    m_zoneNote->setText(
            viewer == m_calendar->zone()
                    ? tr("Times in %1.").arg(QString::fromUtf8(m_calendar->zone().id()))
                    : tr("Times in %1 (the schedule's zone); hover a cell for your own time (%2).")
                              .arg(QString::fromUtf8(m_calendar->zone().id()),
                                   QString::fromUtf8(viewer.id())));
    m_view->clearSelection();
    refreshSidePanel();
}

void OnCallView::refreshSidePanel()
{
    m_calendar->refreshNow();
    const std::optional<OnCallSchedule> schedule = m_service.schedule(m_calendar->schedule());
    if (!schedule) {
        m_now->clear();
        m_gaps->clear();
        m_legend->clear();
        m_checklist->setHandoff(std::nullopt);
        return;
    }
    const qint64 now = m_service.nowMs();
    const std::optional<OnCallShift> shift = OnCallShifts::at(*schedule, now);
    if (shift && !shift->primary.isEmpty())
        m_now->setText(tr("<b>On call now</b><br><span style='font-size:large'>%1</span><br>"
                          "Secondary: %2<br>Handoff %3 (in %4)")
                               .arg(shift->primary.toHtmlEscaped(),
                                    shift->secondary.isEmpty() ? tr("none")
                                                               : shift->secondary.toHtmlEscaped(),
                                    OnCallCalendarModel::wallTime(shift->endMs, schedule->zone),
                                    SpanText::countdown(shift->endMs - now)));
    else
        m_now->setText(tr("<b>On call now</b>") + u"<br>"_s
                       + ToneStyle::span(tr("Nobody is on call."), Tone::Danger));
    const qint64 horizon = now + OnCallShifts::defaultHorizonMs;
    const ScheduleCoverage coverage
            = OnCallShifts::coverage(OnCallShifts::compute(*schedule, now, horizon), now, horizon);
    if (coverage.gaps.isEmpty()) {
        m_gaps->setText(tr("<b>Next 30 days</b>") + u"<br>"_s
                        + ToneStyle::span(tr("No gaps."), Tone::Success));
    } else {
        QStringList lines;
        for (const TimeSpan &gap : coverage.gaps.mid(0, 5))
            lines << tr("%1 – %2").arg(OnCallCalendarModel::wallTime(gap.startMs, schedule->zone),
                                       OnCallCalendarModel::wallTime(gap.endMs, schedule->zone));
        m_gaps->setText(tr("<b>Next 30 days</b>") + u"<br>"_s
                        + ToneStyle::span(tr("%n gap(s) with nobody on call:<br>%1", nullptr,
                                             int(coverage.gaps.size()))
                                                  .arg(lines.join(u"<br>")),
                                          Tone::Danger));
    }
    QStringList legend;
    const QStringList people = schedule->people();
    const ColourScheme scheme = Tones::current();
    for (qsizetype i = 0; i < people.size(); ++i)
        legend << QStringLiteral("<span style='background:%1'>&nbsp;&nbsp;&nbsp;&nbsp;</span> %2")
                          .arg(PersonColours::fill(int(i), scheme).name(),
                               people.at(i).toHtmlEscaped());
    legend << QStringLiteral("<span style='background:%1'>&nbsp;&nbsp;&nbsp;&nbsp;</span> %2")
                      .arg(PersonColours::gap(scheme).name(), tr("gap: nobody on call"));
    m_legend->setText(tr("<b>People</b><br>%1<br><i>Hatched: an override. Lower bar or right "
                         "strip: the secondary.</i>")
                              .arg(legend.join(u"<br>")));
    refreshHandoff();
}

void OnCallView::createOverride()
{
    const QModelIndexList selected = m_view->selectionModel()->selectedIndexes();
    if (selected.isEmpty() || m_calendar->schedule().isEmpty())
        return;
    qint64 from = std::numeric_limits<qint64>::max();
    qint64 to = std::numeric_limits<qint64>::min();
    for (const QModelIndex &index : selected) {
        const TimeSpan span = m_calendar->cellSpan(index);
        from = std::min(from, span.startMs);
        to = std::max(to, span.endMs);
    }
    OverrideDialog dialog(m_service, m_calendar->schedule(), from, to, this);
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT statusMessage(tr("Override added to %1.").arg(m_calendar->schedule()));
}

QString OnCallView::exportCalendar(const QString &file)
{
    const QModelIndex first = m_calendar->index(0, 0);
    const QModelIndex last
            = m_calendar->index(m_calendar->rowCount() - 1, m_calendar->columnCount() - 1);
    const Result<QByteArray> ics
            = m_service.calendar(m_calendar->schedule(), {}, m_calendar->cellSpan(first).startMs,
                                 m_calendar->cellSpan(last).endMs);
    if (!ics)
        return ics.error();
    return FileWriting::write(file, ics.value());
}

void OnCallView::chooseCalendarExport()
{
    const QString file = QFileDialog::getSaveFileName(
            this, tr("Export the calendar"), m_calendar->schedule() + QStringLiteral(".ics"),
            tr("iCalendar files (*.ics)"));
    if (file.isEmpty())
        return;
    const QString problem = exportCalendar(file);
    Q_EMIT statusMessage(problem.isEmpty() ? tr("Exported %1.").arg(file) : problem);
}

void OnCallView::chooseScheduleExport()
{
    const QString file = QFileDialog::getSaveFileName(
            this, tr("Export the schedule"), m_calendar->schedule() + QStringLiteral(".yaml"),
            tr("Schedule files (*.yaml *.yml)"));
    if (file.isEmpty())
        return;
    const Result<QByteArray> yaml = m_service.exportYaml(m_calendar->schedule());
    const QString problem = yaml ? FileWriting::write(file, yaml.value()) : yaml.error();
    Q_EMIT statusMessage(problem.isEmpty() ? tr("Exported %1.").arg(file) : problem);
}

void OnCallView::refreshHours()
{
    const qint64 from = QDateTime(m_hoursFrom->date(), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const qint64 to
            = QDateTime(m_hoursTo->date().addDays(1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    if (to <= from) {
        m_hours->setReport({});
        m_balance->setText(tr("The end of the range must be after its start."));
        return;
    }
    const OnCallHoursReport report = m_service.hours(from, to);
    m_hours->setReport(report);
    m_balance->setText(tr("Balance %1: the average over pairs of people of the shorter over the "
                          "longer on-call time (1 is an even load).")
                               .arg(report.balance, 0, 'f', 2));
}

QString OnCallView::exportHoursCsv(const QString &file)
{
    return FileWriting::write(file, ModelCsv::write(*m_hours));
}

} // namespace sitrep
