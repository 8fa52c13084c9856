#include "../fixtures/postgresfixture.h"
#include "../itemmodels/boardfixture.h"
#include "services/conflictcopyservice.h"
#include "services/teamservice.h"
#include "services/teamsync.h"
#include "settings/teampage.h"
#include "storage/database.h"
#include "storage/incidentstore.h"
#include "storage/teamconflictcopies.h"
#include "storage/teamdocumentstore.h"
#include "storage/teamschema.h"

#include <QCheckBox>
#include <QFile>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTreeView>

using namespace sitrep;
using namespace Qt::StringLiterals;

// Settings → Team server, driven as a person would against the postgres fixture's server:
// "Test connection" says in words what failed or that all is ready, joining keeps the password
// in the real GNOME Keyring (the test runs inside with-keyring.sh) and announces the URL.
class tst_TeamPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void testConnectionSaysWhatFailed();
    void joiningKeepsThePasswordInTheKeychain();
    void aRemoteServerNeedsItsCertificateVerified();
    void joiningWithoutTheHistoryKeepsItAside();
    void conflictCopiesAreSettledFromThePage();

private:
    // Fills the form for the fixture's server and answers `password`; the test's outcome.
    [[nodiscard]] std::pair<QString, bool> test(const QString &password);
    void fill(const QString &host, const QString &password);
    std::unique_ptr<BoardFixture> f;
    std::unique_ptr<TeamService> team;
    std::unique_ptr<TeamPage> dialog;
    QString m_database;
};

void tst_TeamPage::init()
{
    QVERIFY2(!postgres_fixture::ownerPassword().isEmpty(), "the postgres fixture did not start");
    m_database = postgres_fixture::freshDatabase();
    {
        auto owner = TeamConnection::open(postgres_fixture::url(m_database),
                                          postgres_fixture::ownerPassword(), u"owner"_s);
        QVERIFY(owner && TeamSchema::migrate(owner.value()));
    }
    TeamConnection::close(u"owner"_s);
    f = std::make_unique<BoardFixture>();
    team = std::make_unique<TeamService>(*f->database, f->monitoring->secrets());
    dialog = std::make_unique<TeamPage>(*team, std::nullopt);
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
}

void tst_TeamPage::cleanup()
{
    dialog.reset();
    team.reset();
    f.reset();
}

void tst_TeamPage::fill(const QString &host, const QString &password)
{
    const TeamUrl server = postgres_fixture::url(m_database);
    for (const auto &[name, text] :
         {std::pair {u"teamHost"_s, host},
          {u"teamDatabase"_s, server.database},
          {u"teamUser"_s, server.user},
          {u"teamPassword"_s, password},
          {u"teamCaFile"_s, server.parameters.value(u"sslrootcert"_s)}}) {
        auto *edit = dialog->findChild<QLineEdit *>(name);
        edit->clear();
        QTest::keyClicks(edit, text);
    }
    dialog->findChild<QSpinBox *>(u"teamPort"_s)->setValue(server.port);
}

std::pair<QString, bool> tst_TeamPage::test(const QString &password)
{
    fill(u"127.0.0.1"_s, password);
    QSignalSpy answered(dialog.get(), &TeamPage::answered);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"testTeam"_s), Qt::LeftButton);
    if (!answered.wait(10'000))
        return {u"no answer"_s, false};
    return {answered.first().at(0).toString(), answered.first().at(1).toBool()};
}

void tst_TeamPage::testConnectionSaysWhatFailed()
{
    QSignalSpy answered(dialog.get(), &TeamPage::answered);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"testTeam"_s), Qt::LeftButton);
    QCOMPARE(answered.size(), 1);
    QVERIFY(answered.first().at(0).toString().contains(u"Fill in the server"_s));

    const auto [refused, refusedOk] = test(u"not-the-password"_s);
    QVERIFY(!refusedOk);
    QVERIFY2(refused.contains(u"refused the password for sitrep_owner"_s), qPrintable(refused));
    auto *label = dialog->findChild<QLabel *>(u"teamAnswer"_s);
    QVERIFY(label->isVisible());
    QCOMPARE(label->text(), refused);

    const auto [ready, readyOk] = test(postgres_fixture::ownerPassword());
    QVERIFY2(readyOk, qPrintable(ready));
    QCOMPARE(ready, u"Connected to 127.0.0.1 as sitrep_owner: ready."_s);
    // Testing stores nothing.
    QString stored = u"?"_s;
    team->password(postgres_fixture::url(m_database), [&stored](QString p) { stored = p; });
    QTRY_VERIFY(stored != u"?"_s);
    QVERIFY(stored.isEmpty());
}

void tst_TeamPage::joiningKeepsThePasswordInTheKeychain()
{
    f->declare(u"Checkout 500s"_s, Severity::Sev2);
    fill(u"127.0.0.1"_s, postgres_fixture::ownerPassword());
    QVERIFY(dialog->findChild<QCheckBox *>(u"teamBringHistory"_s)->isChecked());
    QSignalSpy joined(dialog.get(), &TeamPage::joined);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"joinTeam"_s), Qt::LeftButton);
    QVERIFY(joined.wait(10'000));
    const TeamUrl url = joined.first().at(0).value<TeamUrl>();
    QCOMPARE(url.toString(), postgres_fixture::url(m_database).toString());
    // The console's history was brought: its declaration waits to be pushed.
    QVERIFY2(dialog->findChild<QLabel *>(u"teamAnswer"_s)->text().contains(u"1 incident"_s),
             qPrintable(dialog->findChild<QLabel *>(u"teamAnswer"_s)->text()));
    QVERIFY(team->localState().value().pending > 0);
    QString stored;
    team->password(url, [&stored](QString p) { stored = p; });
    QTRY_COMPARE(stored, postgres_fixture::ownerPassword());
    team->forgetPassword(url, [](QString) {});
}

void tst_TeamPage::joiningWithoutTheHistoryKeepsItAside()
{
    f->declare(u"Solo outage"_s, Severity::Sev3);
    fill(u"127.0.0.1"_s, postgres_fixture::ownerPassword());
    dialog->findChild<QCheckBox *>(u"teamBringHistory"_s)->setChecked(false);
    QSignalSpy joined(dialog.get(), &TeamPage::joined);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"joinTeam"_s), Qt::LeftButton);
    QVERIFY(joined.wait(10'000));
    const QString answer = dialog->findChild<QLabel *>(u"teamAnswer"_s)->text();
    QVERIFY2(answer.contains(u"solo history is kept in"_s), qPrintable(answer));
    // The console starts from the team's state; the copy holds the solo incident.
    QCOMPARE(f->service->incidents(IncidentSelection::All).value().size(), 0);
    const QString copy = answer.section(u"kept in "_s, 1).section(u" (open"_s, 0, 0);
    QVERIFY2(QFile::exists(copy), qPrintable(copy));
    auto kept = Database::open(copy);
    QVERIFY(kept);
    QCOMPARE(IncidentStore(*kept.value()).count().value(), 1);
    team->forgetPassword(joined.first().at(0).value<TeamUrl>(), [](QString) {});
}

void tst_TeamPage::aRemoteServerNeedsItsCertificateVerified()
{
    fill(u"db.example.com"_s, u"pw"_s);
    dialog->findChild<QLineEdit *>(u"teamCaFile"_s)->clear();
    QSignalSpy answered(dialog.get(), &TeamPage::answered);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"joinTeam"_s), Qt::LeftButton);
    QCOMPARE(answered.size(), 1);
    QVERIFY(!answered.first().at(1).toBool());
    QVERIFY2(answered.first().at(0).toString().contains(u"choose the CA certificate"_s),
             qPrintable(answered.first().at(0).toString()));
    // Seen as a person sees it.
    if (!qEnvironmentVariableIsEmpty("SITREP_SHOTS"))
        dialog->grab().save(qEnvironmentVariable("SITREP_SHOTS") + u"/teampage.png"_s);
}

// Two schedules lost to ones written at the same time: the page lists both copies, and the
// buttons settle the one chosen, keeping the original or putting the copy in its place.
void tst_TeamPage::conflictCopiesAreSettledFromThePage()
{
    const auto schedule = [](const QString &name, const QString &who) {
        return QJsonObject {{u"document"_s,
                             u"name: %1\nrotation: {start: 2026-01-05, participants: [%2]}\n"_s.arg(
                                     name, who)}};
    };
    TeamDocumentStore documents(*f->database);
    for (const QString &name : {u"primary"_s, u"secondary"_s}) {
        const QString copy = name + u" (conflict copy from alice)"_s;
        QVERIFY(documents.write(TeamDocumentStore::Kind::Schedule, name, schedule(name, u"bob"_s)));
        QVERIFY(documents.write(TeamDocumentStore::Kind::Schedule, copy,
                                schedule(copy, u"alice"_s)));
        QVERIFY(TeamConflictCopies(*f->database)
                        .keep({u"schedule"_s, copy, name, u"alice"_s,
                               QDateTime::currentDateTimeUtc()}));
    }
    ConflictCopyService conflicts(*f->database);
    dialog = std::make_unique<TeamPage>(*team, std::nullopt, &conflicts);
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    auto *summary = dialog->findChild<QLabel *>(u"conflictSummary"_s);
    QVERIFY2(summary->text().startsWith(u"2 shared document(s) were written"_s),
             qPrintable(summary->text()));
    auto *list = dialog->findChild<QTreeView *>(u"conflictCopies"_s);
    auto *keep = dialog->findChild<QPushButton *>(u"keepOriginal"_s);
    auto *use = dialog->findChild<QPushButton *>(u"useCopy"_s);
    QVERIFY(!keep->isEnabled()); // nothing chosen yet

    const auto choose = [list](const QString &copy) {
        for (int row = 0; row < list->model()->rowCount(); ++row) {
            const QModelIndex index = list->model()->index(row, 0);
            if (index.data().toString() == copy)
                QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                                  list->visualRect(index).center());
        }
    };
    choose(u"primary (conflict copy from alice)"_s);
    QVERIFY(keep->isEnabled());
    QTest::mouseClick(keep, Qt::LeftButton);
    QCOMPARE(list->model()->rowCount(), 1);
    QVERIFY(!documents.names(TeamDocumentStore::Kind::Schedule)
                     .value()
                     .contains(u"primary (conflict copy from alice)"_s));
    QVERIFY(documents.read(TeamDocumentStore::Kind::Schedule, u"primary"_s)
                    .value()
                    .toObject()
                    .value(u"document"_s)
                    .toString()
                    .contains(u"bob"_s));

    choose(u"secondary (conflict copy from alice)"_s);
    QTest::mouseClick(use, Qt::LeftButton);
    QCOMPARE(list->model()->rowCount(), 0);
    QCOMPARE(summary->text(), u"None: every shared schedule, channel and SLO is settled."_s);
    QVERIFY(list->isHidden());
    const QString secondary = documents.read(TeamDocumentStore::Kind::Schedule, u"secondary"_s)
                                      .value()
                                      .toObject()
                                      .value(u"document"_s)
                                      .toString();
    // Alice's version, under the original's own name.
    QVERIFY2(secondary.contains(u"alice"_s) && secondary.contains(u"name: secondary"_s),
             qPrintable(secondary));
    QCOMPARE(documents.names(TeamDocumentStore::Kind::Schedule).value(),
             (QStringList {u"primary"_s, u"secondary"_s}));
}

QTEST_MAIN(tst_TeamPage)
#include "tst_teampage.moc"
