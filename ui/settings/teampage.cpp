#include "teampage.h"

#include "common/tonestyle.h"
#include "conflictcopiespanel.h"
#include "services/teamservice.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sitrep {

TeamPage::TeamPage(TeamService &team, const std::optional<TeamUrl> &current,
                   ConflictCopyService *conflicts, QWidget *parent)
    : QWidget(parent), m_team(team)
{
    auto *intro = new QLabel(
            tr("Every console of a team shares one PostgreSQL store and keeps working from its "
               "own copy while the server cannot be reached. Use your own database login: what "
               "you change is recorded under it."),
            this);
    intro->setWordWrap(true);
    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("teamHost"));
    m_host->setPlaceholderText(QStringLiteral("db.example.com"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("teamPort"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database = new QLineEdit(this);
    m_database->setObjectName(QStringLiteral("teamDatabase"));
    m_database->setPlaceholderText(QStringLiteral("sitrep"));
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("teamUser"));
    m_caFile = new QLineEdit(this);
    m_caFile->setObjectName(QStringLiteral("teamCaFile"));
    m_caFile->setPlaceholderText(tr("Needed for any server beyond this computer"));
    auto *browse = new QPushButton(tr("Choose…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
                this, tr("CA certificate"), {}, tr("Certificates (*.pem *.crt);;All files (*)"));
        if (!file.isEmpty())
            m_caFile->setText(file);
    });
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browse);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("teamPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Kept in the keychain; empty: ~/.pgpass or PGPASSWORD"));

    if (current) {
        m_host->setText(current->host);
        m_port->setValue(current->port);
        m_database->setText(current->database);
        m_user->setText(current->user);
        m_caFile->setText(current->parameters.value(QStringLiteral("sslrootcert")));
    }

    auto *form = new QFormLayout;
    form->addRow(tr("Server:"), m_host);
    form->addRow(tr("Port:"), m_port);
    form->addRow(tr("Database:"), m_database);
    form->addRow(tr("Your login:"), m_user);
    form->addRow(tr("Password:"), m_password);
    form->addRow(tr("CA certificate:"), caRow);
    m_bringHistory
            = new QCheckBox(tr("Bring this console's incidents and settings to the team"), this);
    m_bringHistory->setObjectName(QStringLiteral("teamBringHistory"));
    m_bringHistory->setChecked(!current);
    m_bringHistory->setToolTip(tr("Safe to do again: nothing is brought twice. Without it, "
                                  "this console's earlier incidents are kept in a copy beside "
                                  "its file, and it starts from the team's state."));
    form->addRow(QString(), m_bringHistory);

    m_answer = new QLabel(this);
    m_answer->setObjectName(QStringLiteral("teamAnswer"));
    m_answer->setWordWrap(true);
    m_answer->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_answer->hide();

    m_test = new QPushButton(tr("Test connection"), this);
    m_test->setObjectName(QStringLiteral("testTeam"));
    m_join = new QPushButton(this);
    m_join->setObjectName(QStringLiteral("joinTeam"));
    m_join->setDefault(true);
    m_leave = new QPushButton(tr("Leave team"), this);
    m_leave->setObjectName(QStringLiteral("leaveTeam"));
    showMembership(current.has_value());
    connect(m_leave, &QPushButton::clicked, this, [this] {
        showMembership(false);
        showAnswer(tr("Left the team: this console keeps its own file."), true);
        Q_EMIT left();
    });
    connect(m_test, &QPushButton::clicked, this, &TeamPage::testConnection);
    connect(m_join, &QPushButton::clicked, this, &TeamPage::join);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_leave);
    buttons->addStretch(1);
    buttons->addWidget(m_test);
    buttons->addWidget(m_join);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_answer);
    layout->addLayout(buttons);
    if (conflicts) {
        layout->addSpacing(12);
        layout->addWidget(new ConflictCopiesPanel(*conflicts, this));
    }
    layout->addStretch(1);
}

Result<TeamUrl> TeamPage::url() const
{
    TeamUrl url;
    url.host = m_host->text().trimmed();
    url.port = m_port->value();
    url.database = m_database->text().trimmed();
    url.user = m_user->text().trimmed();
    if (url.host.isEmpty() || url.database.isEmpty() || url.user.isEmpty())
        return Error {tr("Fill in the server, the database and your login.")};
    if (const QString ca = m_caFile->text().trimmed(); !ca.isEmpty()) {
        url.parameters.insert(QStringLiteral("sslmode"), QStringLiteral("verify-full"));
        url.parameters.insert(QStringLiteral("sslrootcert"), ca);
    } else if (!url.isLoopback()) {
        return Error {tr("A team server on another machine needs its certificate verified: "
                         "choose the CA certificate that signed it.")};
    }
    // The same rules as `sitrepctl team connect` (TLS verified beyond this computer).
    return TeamUrl::parse(url.toString());
}

QString TeamPage::schemaWords(int schema) const
{
    if (schema == 0)
        return tr("it has no Sitrep schema yet: the team's owner runs sitrepctl team migrate.");
    if (schema < TeamService::schemaVersion())
        return tr("its schema is at version %1; this console needs %2: the team's owner runs "
                  "sitrepctl team migrate.")
                .arg(schema)
                .arg(TeamService::schemaVersion());
    if (schema > TeamService::schemaVersion())
        return tr("its schema (version %1) is newer than this console: update Sitrep, until "
                  "then it only reads.")
                .arg(schema);
    return tr("ready.");
}

void TeamPage::testConnection()
{
    const Result<TeamUrl> target = url();
    if (!target)
        return showAnswer(target.error(), false);
    m_test->setEnabled(false);
    ToneStyle::clear(m_answer);
    m_answer->setText(tr("Connecting to %1…").arg(target.value().host));
    m_answer->show();
    m_team.probeWith(
            target.value(), m_password->text(),
            [this, target = target.value()](const Result<int> &schema) {
                m_test->setEnabled(true);
                if (!schema)
                    return showAnswer(schema.error(), false);
                showAnswer(tr("Connected to %1 as %2: %3")
                                   .arg(target.host, target.user, schemaWords(schema.value())),
                           true);
            });
}

void TeamPage::join()
{
    const Result<TeamUrl> target = url();
    if (!target)
        return showAnswer(target.error(), false);
    m_join->setEnabled(false);
    const TeamUrl chosen = target.value();
    // The keychain first, so the check reads the password the way every later connection
    // will; a refusal takes it out again and nothing is kept.
    m_team.rememberPassword(chosen, m_password->text(), [this, chosen](const QString &problem) {
        if (!problem.isEmpty()) {
            m_join->setEnabled(true);
            return showAnswer(tr("The keychain did not take the password: %1").arg(problem), false);
        }
        m_team.probe(chosen, [this, chosen](const Result<int> &schema) {
            m_join->setEnabled(true);
            if (!schema) {
                const QString why = schema.error();
                return m_team.forgetPassword(
                        chosen, [this, why](const QString &) { showAnswer(why, false); });
            }
            QString said = tr("Joined %1 as %2: %3")
                                   .arg(chosen.host, chosen.user, schemaWords(schema.value()));
            if (m_bringHistory->isChecked()) {
                const Result<void> recording = m_team.recordFor(chosen);
                const Result<int> brought
                        = recording ? m_team.importLocal() : Result<int>(Error {recording.error()});
                if (!brought)
                    return showAnswer(brought.error(), false);
                said += u' '
                        + tr("%n incident(s) of this console's history go to the team now.",
                             nullptr, brought.value());
            } else {
                // As team connect without --import-local: the solo history is kept whole in a
                // copy, and this file follows the team from here.
                const Result<QString> aside = m_team.setSoloHistoryAside();
                if (!aside)
                    return showAnswer(aside.error(), false);
                if (!aside.value().isEmpty())
                    said += u' '
                            + tr("This console's solo history is kept in %1 (open it with "
                                 "--db).")
                                      .arg(aside.value());
            }
            showAnswer(said, true);
            showMembership(true);
            Q_EMIT joined(chosen);
        });
    });
}

void TeamPage::showMembership(bool member)
{
    m_join->setText(member ? tr("Save") : tr("Join team"));
    m_leave->setVisible(member);
}

void TeamPage::showAnswer(const QString &text, bool ok)
{
    m_answer->setText(text);
    if (ok)
        ToneStyle::text(m_answer, Tone::Success);
    else
        ToneStyle::text(m_answer, Tone::Danger, true);
    m_answer->setVisible(!text.isEmpty());
    Q_EMIT answered(text, ok);
}

} // namespace sitrep
