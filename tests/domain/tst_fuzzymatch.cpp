#include "domain/fuzzymatch.h"

#include <QTest>

using namespace sitrep;

// The command palette's matching: letters in order, word starts and runs preferred.
class tst_FuzzyMatch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matches_data();
    void matches();
    void ranking_data();
    void ranking();
};

void tst_FuzzyMatch::matches_data()
{
    QTest::addColumn<QByteArray>("pattern");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("found");
    QTest::newRow("empty pattern") << QByteArray() << QByteArray("dashboard") << true;
    QTest::newRow("prefix") << QByteArray("dash") << QByteArray("dashboard") << true;
    QTest::newRow("scattered") << QByteArray("dsh") << QByteArray("dashboard") << true;
    QTest::newRow("across words") << QByteArray("declinc") << QByteArray("declare incident")
                                  << true;
    QTest::newRow("out of order") << QByteArray("hsd") << QByteArray("dashboard") << false;
    QTest::newRow("missing letter") << QByteArray("dashx") << QByteArray("dashboard") << false;
    QTest::newRow("longer than text")
            << QByteArray("dashboards") << QByteArray("dashboard") << false;
    QTest::newRow("empty text") << QByteArray("a") << QByteArray() << false;
    QTest::newRow("utf-8 upper") << QByteArray("\xc3\xbc"
                                               "bers")
                                 << QByteArray("\xc3\x9c"
                                               "bersicht")
                                 << false;
    QTest::newRow("utf-8 lower") << QByteArray("\xc3\xbc"
                                               "bers")
                                 << QString::fromUtf8("\xc3\x9c"
                                                      "bersicht")
                                            .toLower()
                                            .toUtf8()
                                 << true;
    QTest::newRow("incident number") << QByteArray("#42")
                                     << QByteArray("checkout down\x1f"
                                                   "alice\x1f"
                                                   "api \x1f#42")
                                     << true;
    QTest::newRow("a long text, matched at its end")
            << QByteArray("xyz") << QByteArray(500, 'a') + "xyz" << true;
}

void tst_FuzzyMatch::matches()
{
    QFETCH(QByteArray, pattern);
    QFETCH(QByteArray, text);
    QFETCH(bool, found);
    const int score = fuzzyScore(pattern, text);
    QCOMPARE(score >= 0, found);
}

void tst_FuzzyMatch::ranking_data()
{
    QTest::addColumn<QByteArray>("pattern");
    QTest::addColumn<QByteArray>("better");
    QTest::addColumn<QByteArray>("worse");
    QTest::newRow("a run beats scattered letters")
            << QByteArray("dash") << QByteArray("dashboard") << QByteArray("add a shortcut");
    QTest::newRow("a run beats word starts") << QByteArray("de") << QByteArray("declare incident")
                                             << QByteArray("data export job stuck");
    QTest::newRow("word starts beat the middle of words")
            << QByteArray("cp") << QByteArray("command palette") << QByteArray("accept");
    QTest::newRow("fewer letters skipped")
            << QByteArray("out") << QByteArray("outbox") << QByteArray("checkout timeouts");
    QTest::newRow("the service field starts a word") << QByteArray("pay")
                                                     << QByteArray("latency\x1f"
                                                                   "bob\x1f"
                                                                   "payments ")
                                                     << QByteArray("display glitch\x1f"
                                                                   "ann\x1f"
                                                                   "web ");
}

void tst_FuzzyMatch::ranking()
{
    QFETCH(QByteArray, pattern);
    QFETCH(QByteArray, better);
    QFETCH(QByteArray, worse);
    const int high = fuzzyScore(pattern, better);
    const int low = fuzzyScore(pattern, worse);
    QVERIFY2(low >= 0, "both must match");
    QVERIFY2(high > low, qPrintable(QStringLiteral("%1 vs %2").arg(high).arg(low)));
}

QTEST_GUILESS_MAIN(tst_FuzzyMatch)
#include "tst_fuzzymatch.moc"
