#include "sync/secretstore.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace sitrep;
using namespace Qt::StringLiterals;

// Runs against a real GNOME Keyring in a private D-Bus session (tests/fixtures/with-keyring.sh).
class tst_SecretStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void writeReadRemove();
    void missingSecretIsAnError();
};

void tst_SecretStore::writeReadRemove()
{
    SecretStore store(u"sitrep-test-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces));
    QSignalSpy written(&store, &SecretStore::written);
    QSignalSpy read(&store, &SecretStore::secretRead);
    QSignalSpy removed(&store, &SecretStore::removed);

    store.write(u"slack/bot-token"_s, u"xoxb-12345-secret"_s);
    QVERIFY(written.wait(10000));
    QCOMPARE(written.first().at(0).toString(), u"slack/bot-token"_s);
    QCOMPARE(written.first().at(1).toString(), QString());

    store.read(u"slack/bot-token"_s);
    QVERIFY(read.wait(10000));
    QCOMPARE(read.first().at(1).toString(), u"xoxb-12345-secret"_s);
    QCOMPARE(read.first().at(2).toString(), QString());

    store.remove(u"slack/bot-token"_s);
    QVERIFY(removed.wait(10000));
    QCOMPARE(removed.first().at(1).toString(), QString());

    store.read(u"slack/bot-token"_s);
    QVERIFY(read.wait(10000));
    QCOMPARE(read.size(), 2);
    QVERIFY(read.last().at(1).toString().isEmpty());
    QVERIFY(!read.last().at(2).toString().isEmpty());
}

void tst_SecretStore::missingSecretIsAnError()
{
    SecretStore store(u"sitrep-test-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces));
    QSignalSpy read(&store, &SecretStore::secretRead);
    store.read(u"never-written"_s);
    QVERIFY(read.wait(10000));
    QVERIFY2(read.first().at(2).toString().contains(u"never-written"_s),
             qPrintable(read.first().at(2).toString()));
}

QTEST_GUILESS_MAIN(tst_SecretStore)
#include "tst_secretstore.moc"
