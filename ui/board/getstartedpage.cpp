#include "getstartedpage.h"

#include "common/tonestyle.h"
#include "services/messagingservice.h"
#include "services/monitoringservice.h"
#include "services/oncallservice.h"
#include "services/slomonitor.h"

#include <QGridLayout>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QVBoxLayout>

namespace sitrep {

GetStartedPage::GetStartedPage(WorkspaceServices services, QWidget *parent)
    : QWidget(parent), m_services(services), m_steps(new QGridLayout)
{
    setObjectName(QStringLiteral("getStarted"));
    auto *title = new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Get started")), this);
    auto *intro = new QLabel(tr("No incidents yet. Connect what tells Sitrep about trouble and "
                                "who hears about it, then declare a first incident — or look "
                                "around the demo first."),
                             this);
    intro->setWordWrap(true);
    addStep(Step::Monitoring,
            tr("Connect monitoring: Alertmanager's alerts and Prometheus' detection rules open "
               "incidents by themselves."),
            tr("Connect…"));
    addStep(Step::Channel,
            tr("Add a chat, status page, email or paging channel: declarations and updates "
               "go out there."),
            tr("Add channel…"));
    addStep(Step::Schedule,
            tr("Import on-call schedules (Sitrep YAML, or from PagerDuty or Opsgenie): who is "
               "paged."),
            tr("Import schedule…"));
    addStep(Step::Slos, tr("Import SLOs from OpenSLO or Sloth files: error budgets and burn."),
            tr("Import SLOs…"));
    addStep(Step::Team, tr("Join a team server: every console of the team shares its incidents."),
            tr("Join team…"));
    addStep(Step::Declare, tr("Declare a first incident."), tr("Declare…"));
    addStep(Step::Demo, tr("Open the demo: a live war room on throwaway data, in a second window."),
            tr("Open demo"));

    setTeam(false, false); // until the window offers a team

    auto *box = new QWidget(this);
    // Wide enough that each step reads on one or two whole lines.
    box->setMinimumWidth(std::min(760, fontMetrics().averageCharWidth() * 110));
    box->setMaximumWidth(900);
    auto *boxLayout = new QVBoxLayout(box);
    boxLayout->addWidget(title);
    boxLayout->addWidget(intro);
    boxLayout->addSpacing(8);
    boxLayout->addLayout(m_steps);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(box, 0, Qt::AlignHCenter);
    layout->addStretch(2);
}

void GetStartedPage::addStep(Step step, const QString &text, const QString &action)
{
    const int line = int(m_rows.size());
    auto *mark = new QLabel(this);
    auto *label = new QLabel(text, this);
    label->setWordWrap(true);
    label->setMinimumHeight(label->heightForWidth(fontMetrics().averageCharWidth() * 80));
    auto *button = new QPushButton(action, this);
    button->setAccessibleDescription(text);
    connect(button, &QPushButton::clicked, this, [this, step] {
        // A second console on throwaway data: this one's file is never touched.
        if (step == Step::Demo
            && !QProcess::startDetached(QCoreApplication::applicationFilePath(),
                                        {QStringLiteral("--demo")}))
            Q_EMIT problem(tr("Could not start the demo."));
        Q_EMIT chosen(step);
    });
    m_steps->addWidget(mark, line, 0, Qt::AlignTop);
    m_steps->addWidget(label, line, 1);
    m_steps->addWidget(button, line, 2, Qt::AlignTop);
    m_steps->setColumnStretch(1, 1);
    m_steps->setVerticalSpacing(10);
    m_rows.append({step, mark, label, button});
    setDone(step, false);
}

GetStartedPage::Row *GetStartedPage::row(Step step)
{
    for (Row &row : m_rows)
        if (row.step == step)
            return &row;
    return nullptr;
}

void GetStartedPage::setDone(Step step, bool done)
{
    Row *found = row(step);
    // Refreshed on every change of the configuration: restyle only what changed.
    if (found->shown && found->done == done)
        return;
    found->shown = true;
    found->done = done;
    // A mark and a word, never colour alone.
    found->mark->setText(done ? QStringLiteral("✔") : QStringLiteral("○"));
    found->mark->setAccessibleName(done ? tr("done") : tr("not done"));
    ToneStyle::text(found->mark, done ? Tone::Success : Tone::Secondary, true);
    found->text->setEnabled(!done);
}

bool GetStartedPage::isDone(Step step) const
{
    for (const Row &row : m_rows)
        if (row.step == step)
            return row.done;
    return false;
}

void GetStartedPage::setTeam(bool offered, bool joined)
{
    Row *team = row(Step::Team);
    team->mark->setVisible(offered);
    team->text->setVisible(offered);
    team->button->setVisible(offered);
    setDone(Step::Team, joined);
}

void GetStartedPage::refresh()
{
    // A store that cannot be read counts as not done: the step stays offered.
    const auto any = [](const auto &result) { return result && !result.value().isEmpty(); };
    setDone(Step::Monitoring, any(m_services.monitoring.endpoints()));
    setDone(Step::Channel, any(m_services.messaging.channels()));
    setDone(Step::Schedule, !m_services.oncall.schedules().isEmpty());
    setDone(Step::Slos, any(m_services.slos.slos()));
}

void GetStartedPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

} // namespace sitrep
