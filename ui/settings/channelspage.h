#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace sitrep {

class MessagingService;

// Settings, page Channels: where announcements go (chat, status page, executives, ...), with each
// channel's role and the severities it hears, a form to add or change one, and a test message.
// A webhook URL or token typed here goes straight to the keychain; the form never shows one.
class ChannelsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ChannelsPage(MessagingService &messaging, QWidget *parent = nullptr);

    void refresh();
    // Saves the form; the outcome arrives through finishedSaving().
    void save();
    void testSelected();

Q_SIGNALS:
    // `problem` is empty when the channel was saved.
    void finishedSaving(const QString &problem);
    void tested(const QString &answer, bool ok);

private:
    void removeSelected();
    void showResult(const QString &text, bool problem);
    void updateFields();

    MessagingService &m_messaging;
    QTableWidget *m_table;
    QComboBox *m_kind;
    QLineEdit *m_name;
    QComboBox *m_role;
    QLineEdit *m_secret;
    QLineEdit *m_slackChannel;
    QLineEdit *m_severities;
    QLineEdit *m_template;
    QLabel *m_result;
    QPushButton *m_save;
};

} // namespace sitrep
