#pragma once

#include "domain/incident.h"

#include <utility>

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace sitrep {

class IncidentService;
class MessagingService;

// Writes a status update (the seed's updateStatus): a status, a message started from a
// template, and a preview of what each channel will receive. Posting records it on the
// timeline, restarts the update clock and queues it for the channels in one step.
class UpdateComposer : public QWidget
{
    Q_OBJECT
public:
    UpdateComposer(IncidentId incident, IncidentService &incidents, MessagingService &messaging,
                   const QString &author, QWidget *parent = nullptr);

    // The incident changed (status, severity, last update): the defaults and the due time
    // follow.
    void showIncident(const Incident &incident);
    void refreshTimes();
    void post();
    // Someone is writing an update here (typed, not yet posted): the team sees it.
    [[nodiscard]] bool drafting() const;
    // The update as typed so far and its status, to carry into a window built again.
    [[nodiscard]] std::pair<QString, IncidentStatus> draft() const;
    void restoreDraft(const QString &message, IncidentStatus status);

Q_SIGNALS:
    void posted(const QString &message);
    void draftingChanged(bool drafting);

private:
    void useTemplate(int index);
    void refreshTemplates();
    void refreshPreview();
    // The incident's own Slack channels, one click to join.
    void refreshRooms();

    IncidentId m_id;
    IncidentService &m_incidents;
    MessagingService &m_messaging;
    QString m_author;
    Incident m_incident;
    QComboBox *m_status;
    QComboBox *m_templates;
    QPlainTextEdit *m_message;
    QTextBrowser *m_preview;
    QLabel *m_due;
    QLabel *m_rooms;
    QLabel *m_problem;
    QPushButton *m_post;
};

} // namespace sitrep
