#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace sitrep {

class Clock;
class MonitoringService;

// Settings, page Monitoring endpoints: every Alertmanager and Prometheus the console reads, with
// its health in words, and a form to add or change one. A token or password typed here goes
// straight to the keychain; the form never shows a stored one.
class EndpointsPage : public QWidget
{
    Q_OBJECT
public:
    EndpointsPage(MonitoringService &monitoring, const Clock &clock, QWidget *parent = nullptr);

    void refresh();
    // Saves the form; the outcome arrives through finishedSaving().
    void save();

Q_SIGNALS:
    // `problem` is empty when the endpoint was saved.
    void finishedSaving(const QString &problem);

private:
    void removeSelected();
    void showProblem(const QString &problem);

    MonitoringService &m_monitoring;
    const Clock &m_clock;
    QTableWidget *m_table;
    QComboBox *m_kind;
    QLineEdit *m_name;
    QLineEdit *m_url;
    QComboBox *m_auth;
    QLineEdit *m_username;
    QLineEdit *m_secret;
    QLineEdit *m_caFile;
    QSpinBox *m_poll;
    QSpinBox *m_timeout;
    QLabel *m_problem;
    QPushButton *m_save;
};

} // namespace sitrep
