#include "sync/promqueryreply.h"

#include <cmath>

#include <QTest>

using namespace sitrep;
using namespace Qt::StringLiterals;

// Prometheus's query answers as the detector and the SLOs read them: vectors, matrices and
// scalars; NaN and infinities kept; errors and malformed answers refused in words.
class tst_PromQueryReply : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesVectorMatrixAndScalar();
    void keepsNaNAndInfinities();
    void refusals_data();
    void refusals();
};

void tst_PromQueryReply::parsesVectorMatrixAndScalar()
{
    const auto vector = PromQueryReply::parse(
            R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{"code":"500"},"value":[1773022200.5,"0.2"]}]}})");
    QVERIFY(vector);
    QCOMPARE(vector.value().size(), 1);
    QCOMPARE(vector.value()[0].labels, u"{code=\"500\"}"_s);
    QCOMPARE(vector.value()[0].samples, (QList<PromSample> {{1773022200500, 0.2}}));

    const auto matrix = PromQueryReply::parse(
            R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{},"values":[[1773021660,"0.04"],[1773021675,"0.05"]]}]}})");
    QVERIFY(matrix);
    QCOMPARE(matrix.value()[0].samples.size(), 2);
    QCOMPARE(matrix.value()[0].samples[1].atMs, 1773021675000);

    const auto scalar = PromQueryReply::parse(
            R"({"status":"success","data":{"resultType":"scalar","result":[1773022200,"3"]}})");
    QVERIFY(scalar);
    QCOMPARE(scalar.value()[0].samples[0].value, 3.0);

    const auto empty = PromQueryReply::parse(
            R"({"status":"success","data":{"resultType":"vector","result":[]}})");
    QVERIFY(empty);
    QVERIFY(empty.value().isEmpty());
}

void tst_PromQueryReply::keepsNaNAndInfinities()
{
    QVERIFY(std::isnan(*PromQueryReply::number(u"NaN")));
    QCOMPARE(*PromQueryReply::number(u"+Inf"), HUGE_VAL);
    QCOMPARE(*PromQueryReply::number(u"-Inf"), -HUGE_VAL);
    QCOMPARE(*PromQueryReply::number(u"1e-3"), 0.001);
    QVERIFY(!PromQueryReply::number(u"fast"));
}

void tst_PromQueryReply::refusals_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("problem");
    QTest::newRow("PromQL error") << QByteArray(
            R"({"status":"error","errorType":"bad_data","error":"1:10: parse error: unclosed left parenthesis"})")
                                  << u"refused the query: bad_data: 1:10: parse error"_s;
    QTest::newRow("not JSON") << QByteArray("<html>") << u"not JSON"_s;
    // Issue 27, defect 9: no empty slots in the words.
    QTest::newRow("error without words")
            << QByteArray(R"({"status":"error"})")
            << u"did not answer with success (status \"error\") and gave no reason"_s;
    QTest::newRow("error type only") << QByteArray(R"({"status":"error","errorType":"timeout"})")
                                     << u"the server refused the query: timeout"_s;
    QTest::newRow("no status at all")
            << QByteArray(R"({"data":{}})") << u"(status \"none\") and gave no reason"_s;
    QTest::newRow("no result type")
            << QByteArray(R"({"status":"success","data":{}})") << u"says no resultType"_s;
    QTest::newRow("string result")
            << QByteArray(R"({"status":"success","data":{"resultType":"string","result":[1,"x"]}})")
            << u"answered a string"_s;
    QTest::newRow("value not a string") << QByteArray(
            R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1,2]}]}})")
                                        << u"vector result is malformed"_s;
    // Issue 27, defect 2: this time overflowed the rule's milliseconds, and a value above the
    // threshold was reported quiet.
    QTest::newRow("time beyond any range") << QByteArray(
            R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{},"values":[[1700000000,"1"],[1e19,"1"]]}]}})")
                                           << u"sample's time (1e+19) is not a time Prometheus gives"_s;
    QTest::newRow("time before 1970") << QByteArray(
            R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[-5,"1"]}]}})")
                                      << u"is not a time Prometheus gives"_s;
}

void tst_PromQueryReply::refusals()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, problem);
    const auto parsed = PromQueryReply::parse(body);
    QVERIFY(!parsed);
    QVERIFY2(parsed.error().contains(problem), qPrintable(parsed.error()));
    // Never a slot left empty: "a ;", ": :", a sentence ending in a colon.
    for (const QString &hole : {u" ;"_s, u": :"_s, u"a ;"_s})
        QVERIFY2(!parsed.error().contains(hole), qPrintable(parsed.error()));
    QVERIFY2(!parsed.error().trimmed().endsWith(u':'), qPrintable(parsed.error()));
}

QTEST_GUILESS_MAIN(tst_PromQueryReply)
#include "tst_promqueryreply.moc"
