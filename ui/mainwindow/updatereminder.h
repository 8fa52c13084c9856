#pragma once

#include "domain/incident.h"

#include <optional>

#include <QObject>
#include <QSet>
#include <QStringList>

class QLabel;

namespace sitrep {

class IncidentTableModel;
class IncidentService;

// Tells the commander when an open incident's next status update falls due (the severity's
// cadence): reminded() once per due time (the window sends it to the desktop's notifications),
// and always a banner in the window listing what is overdue, most severe first, with links to
// the workspaces. Posting an update moves the due time. Many falling due at once (a console
// opened after a weekend) are one reminder that counts them, not one notification each.
class UpdateReminder : public QObject
{
    Q_OBJECT
public:
    UpdateReminder(IncidentTableModel &incidents, IncidentService &service, QLabel &banner,
                   QObject *parent = nullptr);

    // Looks at the clock; called once a second.
    void check();

Q_SIGNALS:
    // Newly overdue incidents, `count` of them: `incident` is the one when there is one, and 0
    // when there are more (the window then opens the board, whose banner lists them).
    void reminded(sitrep::IncidentId incident, int count, const QString &text);
    // The open SEV-1 and SEV-2 incidents and the overdue updates, when either count changed.
    void countsChanged(int urgentOpen, int overdue);

public:
    // How many overdue incidents the banner names; it counts the rest.
    static constexpr int namedInBanner = 5;
    // How many newly overdue incidents a grouped reminder names.
    static constexpr int namedInReminder = 3;

private:
    struct Reminder
    {
        IncidentId incident = 0;
        int count = 0;
        QString text;
    };
    [[nodiscard]] static std::optional<Reminder> reminderFor(QList<const BoardIncident *> due);
    // The names, then how many of `of` they leave out ("… and 3 more").
    [[nodiscard]] static QString withRest(const QStringList &named, qsizetype of);
    void showBanner(QList<std::pair<const BoardIncident *, QDateTime>> overdue);

    IncidentTableModel &m_incidents;
    IncidentService &m_service;
    QLabel &m_banner;
    QSet<std::pair<IncidentId, qint64>> m_told; // (incident, due time)
    std::pair<int, int> m_counts {-1, -1};      // as last announced
};

} // namespace sitrep
