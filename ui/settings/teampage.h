#pragma once

#include "domain/teamurl.h"

#include <optional>

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

class QCheckBox;

namespace sitrep {

class ConflictCopyService;
class TeamService;

// Settings, page Team server: where the team's shared store is (server, port, database, the CA
// that signed its certificate, the person's own login), "Test connection" that says in words
// what failed (name lookup, refused, certificate, password, schema), joining (the password
// goes to the keychain, never into a file) and leaving. Joining and leaving are announced; the
// application keeps the choice and starts or stops the sync. Below, the conflict copies the
// team's merge kept, to settle.
class TeamPage : public QWidget
{
    Q_OBJECT
public:
    TeamPage(TeamService &team, const std::optional<TeamUrl> &current,
             ConflictCopyService *conflicts = nullptr, QWidget *parent = nullptr);

    void testConnection();
    void join();

Q_SIGNALS:
    void joined(const sitrep::TeamUrl &url);
    void left();
    // The outcome of a test or a join, in words (`ok` false: what failed).
    void answered(const QString &text, bool ok);

private:
    // The URL the form describes, or why it cannot be used.
    [[nodiscard]] Result<TeamUrl> url() const;
    void showAnswer(const QString &text, bool ok);
    // Join or Save, and Leave for a member.
    void showMembership(bool member);
    [[nodiscard]] QString schemaWords(int schema) const;

    TeamService &m_team;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_caFile;
    QLineEdit *m_password;
    QCheckBox *m_bringHistory;
    QLabel *m_answer;
    QPushButton *m_test;
    QPushButton *m_join;
    QPushButton *m_leave;
};

} // namespace sitrep
