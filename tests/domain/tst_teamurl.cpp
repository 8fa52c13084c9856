#include "domain/teamurl.h"
#include "domain/uuidv7.h"

#include <QTest>

using namespace sitrep;
using namespace Qt::StringLiterals;

// Where the team server is (libpq's URL, TLS verified beyond this machine) and the ids
// consoles make on their own.
class tst_TeamUrl : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsLibpqUrls();
    void refusals_data();
    void refusals();
    void uuidV7SortsByTimeAndCarriesItsVersion();
    void derivedIdsAgreeAcrossConsoles();
};

void tst_TeamUrl::readsLibpqUrls()
{
    const Result<TeamUrl> url = TeamUrl::parse(
            u"postgresql://alice@db.example.com:6432/sitrep?sslmode=verify-full&sslrootcert=/etc/ca.pem"_s);
    QVERIFY2(url, qPrintable(url ? QString() : url.error()));
    QCOMPARE(url.value().host, u"db.example.com"_s);
    QCOMPARE(url.value().port, 6432);
    QCOMPARE(url.value().database, u"sitrep"_s);
    QCOMPARE(url.value().user, u"alice"_s);
    QVERIFY(!url.value().isLoopback());
    const QString options = url.value().connectOptions();
    QVERIFY(options.contains(u"sslmode=verify-full"_s));
    QVERIFY(options.contains(u"sslrootcert=/etc/ca.pem"_s));
    QVERIFY(options.contains(u"keepalives=1"_s));
    QVERIFY(options.contains(u"connect_timeout=5"_s));
    QCOMPARE(TeamUrl::parse(url.value().toString()).value().toString(), url.value().toString());
    // This machine may go without TLS.
    const Result<TeamUrl> local = TeamUrl::parse(u"postgres://bob@127.0.0.1/team"_s);
    QVERIFY(local);
    QCOMPARE(local.value().port, 5432);
    QVERIFY(local.value().isLoopback());

    // Several hosts: the first is tried first, the others in order, each with its port.
    const Result<TeamUrl> several
            = TeamUrl::parse(u"postgresql://alice@db1.example.com:6432,db2.example.com,"
                             "10.0.0.3:7000/sitrep?sslmode=verify-full&"
                             "target_session_attrs=read-write"_s);
    QVERIFY2(several, qPrintable(several ? QString() : several.error()));
    QCOMPARE(several.value().host, u"db1.example.com"_s);
    QCOMPARE(several.value().port, 6432);
    QCOMPARE(
            several.value().fallbacks,
            (QList<std::pair<QString, int>> {{u"db2.example.com"_s, 5432}, {u"10.0.0.3"_s, 7000}}));
    QCOMPARE(several.value().hostList(), u"db1.example.com,db2.example.com,10.0.0.3"_s);
    QVERIFY(several.value().connectOptions().contains(u"port=6432,5432,7000"_s));
    QVERIFY(several.value().connectOptions().contains(u"target_session_attrs=read-write"_s));
    QCOMPARE(TeamUrl::parse(several.value().toString()).value().fallbacks,
             several.value().fallbacks);
    QVERIFY(several.value().toString().contains(u"@db1.example.com:6432,db2.example.com:5432,"
                                                "10.0.0.3:7000/sitrep"_s));
    // One host elsewhere is enough to need TLS.
    QVERIFY(!TeamUrl::parse(u"postgresql://alice@127.0.0.1,db2.example.com/team"_s));
}

void tst_TeamUrl::refusals_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("words");
    QTest::newRow("not postgresql") << u"https://db.example.com/x"_s << u"not a postgresql://"_s;
    QTest::newRow("password inside")
            << u"postgresql://alice:secret@127.0.0.1/team"_s << u"--password-stdin"_s;
    QTest::newRow("no database") << u"postgresql://alice@127.0.0.1"_s << u"needs a user"_s;
    QTest::newRow("no TLS to another machine")
            << u"postgresql://alice@db.example.com/team"_s << u"sslmode=verify-full"_s;
    QTest::newRow("TLS unverified") << u"postgresql://alice@db.example.com/team?sslmode=require"_s
                                    << u"sslmode=verify-full"_s;
    QTest::newRow("bad second host")
            << u"postgresql://alice@127.0.0.1,:5/team"_s << u"not host[:port]"_s;
    QTest::newRow("unknown parameter")
            << u"postgresql://alice@127.0.0.1/team?sslmod=verify-full"_s << u"\"sslmod\""_s;
}

void tst_TeamUrl::refusals()
{
    QFETCH(QString, url);
    QFETCH(QString, words);
    const Result<TeamUrl> parsed = TeamUrl::parse(url);
    QVERIFY(!parsed);
    QVERIFY2(parsed.error().contains(words), qPrintable(parsed.error()));
}

void tst_TeamUrl::uuidV7SortsByTimeAndCarriesItsVersion()
{
    const qint64 at = 1'764'666'000'000; // 2025-12-02
    const QUuid first = UuidV7::make(at);
    const QUuid later = UuidV7::make(at + 1);
    const QUuid again = UuidV7::make(at);
    // Qt 6.4's QUuid::version() knows versions up to 5 only: read the nibble.
    QCOMPARE(quint8(first.toRfc4122().at(6)) >> 4, 7);
    QCOMPARE(first.variant(), QUuid::DCE);
    QVERIFY(first.toRfc4122() < later.toRfc4122());
    QVERIFY(first != again); // the random part differs
    QCOMPARE(first.toRfc4122().left(6), QByteArray::fromHex("019ade4a4280"));
    // Made in one millisecond, or with a clock that stepped back, they still sort in the order
    // they were made (a timeline's entries of one time are ordered by uid on every console).
    QByteArray previous = again.toRfc4122();
    for (int i = 0; i < 5000; ++i) {
        const QByteArray next = UuidV7::make(at).toRfc4122();
        QVERIFY2(previous < next, qPrintable(QString::number(i)));
        QCOMPARE(quint8(next.at(6)) >> 4, 7);
        previous = next;
    }
}

void tst_TeamUrl::derivedIdsAgreeAcrossConsoles()
{
    QCOMPARE(UuidV7::derived("alertgroup/HighLatency/api"),
             UuidV7::derived("alertgroup/HighLatency/api"));
    QVERIFY(UuidV7::derived("alertgroup/HighLatency/api") != UuidV7::derived("alertgroup/x"));
    QCOMPARE(int(UuidV7::derived("x").version()), 5);
}

QTEST_GUILESS_MAIN(tst_TeamUrl)
#include "tst_teamurl.moc"
