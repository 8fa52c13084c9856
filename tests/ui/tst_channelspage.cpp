#include "../fixtures/chatreceiver.h"
#include "../itemmodels/boardfixture.h"
#include "settings/channelspage.h"

#include <QComboBox>
#include <QEventLoop>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>

using namespace sitrep;
using namespace Qt::StringLiterals;

// Settings → Channels, driven as a commander would: add a channel (its URL into the real
// GNOME Keyring: the test runs inside with-keyring.sh), test it against a local receiver,
// refuse an unsafe URL in words.
class tst_ChannelsPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void addTestAndRemoveAChannel();
    void unsafeUrlIsRefusedInWords();
};

void tst_ChannelsPage::addTestAndRemoveAChannel()
{
    BoardFixture f;
    ChatReceiver receiver;
    ChannelsPage dialog(*f.messaging);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *kind = dialog.findChild<QComboBox *>(u"channelKind"_s);
    kind->setCurrentIndex(kind->findData(int(Channel::Kind::Teams)));
    auto *role = dialog.findChild<QComboBox *>(u"channelRole"_s);
    role->setCurrentIndex(role->findData(int(Channel::Role::StatusPage)));
    const QString name = u"teams-%1"_s.arg(QCoreApplication::applicationPid());
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"channelName"_s), name);
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"channelSecret"_s), receiver.url(u"/teams"_s));
    QSignalSpy saved(&dialog, &ChannelsPage::finishedSaving);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"saveChannel"_s), Qt::LeftButton);
    QVERIFY(saved.wait());
    QCOMPARE(saved.first().first().toString(), QString());
    QVERIFY(dialog.findChild<QLineEdit *>(u"channelSecret"_s)->text().isEmpty());

    auto *table = dialog.findChild<QTableWidget *>(u"channelsTable"_s);
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 0)->text(), name);
    QCOMPARE(table->item(0, 2)->text(), u"status-page"_s);
    QCOMPARE(table->item(0, 3)->text(), u"SEV-1, SEV-2, SEV-3, SEV-4"_s);

    table->selectRow(0);
    QSignalSpy tested(&dialog, &ChannelsPage::tested);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"testChannel"_s), Qt::LeftButton);
    QVERIFY(tested.wait());
    QVERIFY(tested.first().at(1).toBool());
    QCOMPARE(receiver.requests(u"/teams"_s).size(), 1);
    QVERIFY(dialog.findChild<QLabel *>(u"channelResult"_s)->text().contains(u"took the test"_s));

    // Remove it again, which also takes its URL out of the keychain.
    QEventLoop removed;
    f.messaging->removeChannel(name, [&](const QString &problem) {
        QCOMPARE(problem, QString());
        removed.quit();
    });
    removed.exec();
}

void tst_ChannelsPage::unsafeUrlIsRefusedInWords()
{
    BoardFixture f;
    ChannelsPage dialog(*f.messaging);
    dialog.show();
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"channelName"_s), u"hook"_s);
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"channelSecret"_s),
                     u"http://hooks.example.com/x"_s);
    QSignalSpy saved(&dialog, &ChannelsPage::finishedSaving);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"saveChannel"_s), Qt::LeftButton);
    QCOMPARE(saved.size(), 1); // refused before the keychain is asked
    QVERIFY(saved.first().first().toString().contains(u"https"_s));
    QVERIFY(dialog.findChild<QLabel *>(u"channelResult"_s)->text().contains(u"https"_s));
    QCOMPARE(dialog.findChild<QTableWidget *>(u"channelsTable"_s)->rowCount(), 0);
}

QTEST_MAIN(tst_ChannelsPage)
#include "tst_channelspage.moc"
