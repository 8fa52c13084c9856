#pragma once

#include "services/workspaceservices.h"

#include <QWidget>

class QGridLayout;
class QLabel;
class QPushButton;

namespace sitrep {

// What a fresh profile opens on instead of an empty board: the steps that make Sitrep useful,
// each marked done or not from the real configuration (read again whenever the page shows),
// each announcing its choice; the window opens the right place.
class GetStartedPage : public QWidget
{
    Q_OBJECT
public:
    enum class Step { Monitoring, Channel, Schedule, Slos, Team, Declare, Demo };
    explicit GetStartedPage(WorkspaceServices services, QWidget *parent = nullptr);

    // Reads what is configured: endpoints, channels, schedules, SLOs, the team.
    void refresh();
    [[nodiscard]] bool isDone(Step step) const;
    // The team step is offered only where the application offers a team; `joined` marks it.
    void setTeam(bool offered, bool joined);

Q_SIGNALS:
    // A step's button; the demo is started by the page itself.
    void chosen(sitrep::GetStartedPage::Step step);
    void problem(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Row
    {
        Step step;
        QLabel *mark;
        QLabel *text;
        QPushButton *button;
        bool done = false;
        bool shown = false; // its mark drawn once
    };
    void addStep(Step step, const QString &text, const QString &action);
    void setDone(Step step, bool done);
    [[nodiscard]] Row *row(Step step);

    WorkspaceServices m_services;
    QGridLayout *m_steps;
    QList<Row> m_rows;
};

} // namespace sitrep
