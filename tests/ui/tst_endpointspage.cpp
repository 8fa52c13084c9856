#include "../itemmodels/boardfixture.h"
#include "settings/endpointspage.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace sitrep;
using namespace Qt::StringLiterals;

// Settings → Monitoring endpoints, driven with QTest inside a private GNOME Keyring.
class tst_EndpointsPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void savesWithTheSecretInTheKeychain();
    void invalidFormIsExplained();
};

void tst_EndpointsPage::savesWithTheSecretInTheKeychain()
{
    BoardFixture f;
    EndpointsPage dialog(*f.monitoring, f.clock);
    dialog.show();
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"endpointName"_s), u"prod-am"_s);
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"endpointUrl"_s),
                     u"https://alertmanager.example:9093"_s);
    auto *auth = dialog.findChild<QComboBox *>(u"endpointAuth"_s);
    auth->setCurrentIndex(auth->findData(int(Endpoint::Auth::Bearer)));
    auto *secret = dialog.findChild<QLineEdit *>(u"endpointSecret"_s);
    QCOMPARE(secret->echoMode(), QLineEdit::Password);
    QTest::keyClicks(secret, u"tok-123"_s);
    QSignalSpy saved(&dialog, &EndpointsPage::finishedSaving);
    QTest::mouseClick(dialog.findChild<QWidget *>(u"saveEndpoint"_s), Qt::LeftButton);
    QVERIFY(saved.wait());
    QCOMPARE(saved.first().at(0).toString(), QString());
    QVERIFY2(secret->text().isEmpty(), "the form forgets the secret once it is stored");
    auto *table = dialog.findChild<QTableWidget *>(u"endpointsTable"_s);
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 0)->text(), u"prod-am"_s);
    QCOMPARE(table->item(0, 3)->text(), u"not polled yet"_s);

    const Endpoint stored = *f.monitoring->endpoint(u"prod-am"_s).value();
    QCOMPARE(stored.auth, Endpoint::Auth::Bearer);
    QSignalSpy read(&f.monitoring->secrets(), &SecretStore::secretRead);
    f.monitoring->secrets().read(stored.secretKey());
    QVERIFY(read.wait());
    QCOMPARE(read.first().at(1).toString(), u"tok-123"_s);
}

void tst_EndpointsPage::invalidFormIsExplained()
{
    BoardFixture f;
    EndpointsPage dialog(*f.monitoring, f.clock);
    dialog.show();
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"endpointName"_s), u"bad name!"_s);
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"endpointUrl"_s), u"http://x:9093"_s);
    QSignalSpy saved(&dialog, &EndpointsPage::finishedSaving);
    QTest::mouseClick(dialog.findChild<QWidget *>(u"saveEndpoint"_s), Qt::LeftButton);
    QCOMPARE(saved.size(), 1); // refused at once, before the keychain or the database
    auto *problem = dialog.findChild<QLabel *>(u"endpointProblem"_s);
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(u"bad name!"_s), qPrintable(problem->text()));
    QCOMPARE(f.monitoring->endpoints().value().size(), 0);
}

QTEST_MAIN(tst_EndpointsPage)
#include "tst_endpointspage.moc"
