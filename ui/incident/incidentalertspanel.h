#pragma once

#include "domain/incident.h"

#include <QWidget>

class QLabel;
class QListWidget;

namespace sitrep {

class AlertService;

// Dedupe you can see: the alerts that joined one incident and the label values that put them
// together. Its workspace says when to read them again.
class IncidentAlertsPanel : public QWidget
{
    Q_OBJECT
public:
    IncidentAlertsPanel(IncidentId id, AlertService &alerts, QWidget *parent = nullptr);

    // Reads the incident's alerts again now.
    void refresh();

Q_SIGNALS:
    // The incident has this many alerts (for the tab's title).
    void counted(int alerts);

private:
    IncidentId m_id;
    AlertService &m_alerts;
    QLabel *m_grouping;
    QListWidget *m_list;
};

} // namespace sitrep
