#include "screenshot.h"

#include "alerts/alertsview.h"
#include "board/boardview.h"
#include "dashboard/dashboardview.h"
#include "incident/incidentworkspace.h"
#include "itemmodels/timelinemodel.h"
#include "mainwindow/commandpalette.h"
#include "mainwindow/mainwindow.h"
#include "oncall/oncallview.h"
#include "postmortem/postmortemsview.h"
#include "slo/sloview.h"

#include <cstdio>

#include <QCoreApplication>
#include <QLineEdit>
#include <QPixmap>
#include <QTableView>
#include <QTimer>

namespace sitrep {

Screenshot::Screenshot(MainWindow &window, QString file, QString view, QObject *parent)
    : QObject(parent), m_window(window), m_file(std::move(file)), m_view(std::move(view))
{
    m_window.resize(1440, 900);
    m_window.setAttribute(Qt::WA_DontShowOnScreen, qEnvironmentVariableIsEmpty("DISPLAY"));
    m_window.show();
}

void Screenshot::takeWhenPainted()
{
    // Show the first incident's details, as a commander would after a click.
    m_window.board()->moveSelection(1);
    if (m_view == u"workspace") {
        // The timeline is read on a worker: wait for its rows.
        IncidentWorkspace *workspace = m_window.openWorkspace(m_window.board()->currentIncident());
        if (workspace && workspace->timelineModel().isLoading()) {
            connect(
                    &workspace->timelineModel(), &TimelineModel::loaded, this,
                    [this] { QTimer::singleShot(0, this, &Screenshot::take); },
                    Qt::SingleShotConnection);
            return;
        }
    } else if (m_view == u"alerts") {
        // The grouping rule is counted on a worker: wait for its words, then for their layout.
        m_window.showAlerts();
        if (!m_window.alerts()->groupingRuleShown()) {
            connect(
                    m_window.alerts(), &AlertsView::groupingRuleTried, this,
                    [this] { QTimer::singleShot(0, this, &Screenshot::take); },
                    Qt::SingleShotConnection);
            return;
        }
    } else if (m_view == u"postmortem")
        m_window.showPostmortems();
    else if (m_view == u"actions") {
        m_window.showPostmortems();
        m_window.postmortems()->showTracker();
    } else if (m_view == u"oncall")
        m_window.showOnCall();
    else if (m_view == u"oncall-week") {
        m_window.showOnCall();
        m_window.oncall()->showWeek();
    } else if (m_view == u"dashboard") {
        // The metrics come from a worker: wait for them to be shown.
        m_window.showDashboard();
        if (m_window.dashboard()->ready())
            return take();
        connect(m_window.dashboard(), &DashboardView::updated, this, [this] {
            if (m_window.dashboard()->ready() && !m_taking) {
                m_taking = true;
                QTimer::singleShot(0, this, &Screenshot::take);
            }
        });
        return;
    } else if (m_view == u"palette") {
        // The palette over the board, a few letters typed.
        m_window.showCommandPalette();
        if (auto *palette = m_window.findChild<CommandPalette *>())
            palette->findChild<QLineEdit *>(QStringLiteral("paletteSearch"))
                    ->setText(QStringLiteral("de"));
    } else if (m_view == u"settings") {
        m_window.showSettings();
    } else if (m_view == u"settings-rules") {
        m_window.showSettings(SettingsWindow::Page::DetectionRules);
    } else if (m_view == u"settings-policy") {
        m_window.showSettings(SettingsWindow::Page::SeverityPolicy);
    } else if (m_view == u"slo") {
        // The charts come from a worker: wait for them to be drawn.
        m_window.showSlos();
        // After the layout and paint events the new charts queue.
        const auto takeSoon = [this] { QTimer::singleShot(0, this, &Screenshot::take); };
        if (m_window.slos()->chartReady())
            return takeSoon();
        connect(m_window.slos(), &SloView::chartShown, this, takeSoon, Qt::SingleShotConnection);
        return;
    }
    // After the queued layout and paint events of the loaded rows.
    QTimer::singleShot(0, this, &Screenshot::take);
}

void Screenshot::take()
{
    QWidget *shown = &m_window;
    if (m_view == u"palette")
        if (auto *palette = m_window.findChild<CommandPalette *>())
            shown = palette;
    if (m_view.startsWith(u"settings"))
        if (auto *settings = m_window.findChild<SettingsWindow *>())
            shown = settings;
    const QPixmap pixmap = shown->grab();
    const bool saved = !pixmap.isNull() && pixmap.save(m_file, "PNG");
    if (!saved)
        std::fprintf(stderr, "sitrep: could not write the screenshot to %s\n", qPrintable(m_file));
    QCoreApplication::exit(saved ? 0 : 1);
}

} // namespace sitrep
