#include "domain/detectionrule.h"
#include "domain/promquery.h"

#include <cmath>

#include <QTest>

using namespace sitrep;
using namespace Qt::StringLiterals;

// Prometheus' answers as Sitrep reads them, and rules evaluated over a `for` window.
class tst_PromQuery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesVectorMatrixAndScalar();
    void keepsNaNAndInfinities();
    void refusals_data();
    void refusals();
    void window_data();
    void window();
    void windowQueryIsASubquery();
};

namespace {

constexpr qint64 at = 1'773'022'200'000; // 02:10 on the scenario day

DetectionRule errorRule()
{
    DetectionRule rule;
    rule.name = u"high-error-rate"_s;
    rule.query = u"errors"_s;
    rule.comparison = Comparison::Above;
    rule.threshold = 0.05;
    rule.holdFor = std::chrono::minutes(2);
    return rule;
}

// A series of `values` one step (15 s) apart, the last at `at`.
PromSeries series(const QList<double> &values)
{
    PromSeries made;
    for (qsizetype i = 0; i < values.size(); ++i)
        made.samples.append(PromSample {at - (values.size() - 1 - i) * 15'000, values[i]});
    return made;
}

} // namespace

void tst_PromQuery::parsesVectorMatrixAndScalar()
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

void tst_PromQuery::keepsNaNAndInfinities()
{
    QVERIFY(std::isnan(*PromQueryReply::number(u"NaN")));
    QCOMPARE(*PromQueryReply::number(u"+Inf"), HUGE_VAL);
    QCOMPARE(*PromQueryReply::number(u"-Inf"), -HUGE_VAL);
    QCOMPARE(*PromQueryReply::number(u"1e-3"), 0.001);
    QVERIFY(!PromQueryReply::number(u"fast"));
}

void tst_PromQuery::refusals_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("problem");
    QTest::newRow("PromQL error") << QByteArray(
            R"({"status":"error","errorType":"bad_data","error":"1:10: parse error: unclosed left parenthesis"})")
                                  << u"refused the query: bad_data: 1:10: parse error"_s;
    QTest::newRow("not JSON") << QByteArray("<html>") << u"not JSON"_s;
    QTest::newRow("string result")
            << QByteArray(R"({"status":"success","data":{"resultType":"string","result":[1,"x"]}})")
            << u"answered a string"_s;
    QTest::newRow("value not a string") << QByteArray(
            R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1,2]}]}})")
                                        << u"vector result is malformed"_s;
}

void tst_PromQuery::refusals()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, problem);
    const auto parsed = PromQueryReply::parse(body);
    QVERIFY(!parsed);
    QVERIFY2(parsed.error().contains(problem), qPrintable(parsed.error()));
}

void tst_PromQuery::window_data()
{
    QTest::addColumn<QList<PromSeries>>("values");
    QTest::addColumn<bool>("fired");
    QTest::addColumn<int>("heldSeconds");
    QTest::addColumn<QString>("problem");
    const QList<double> held(9, 0.2);
    QTest::newRow("held the whole window") << QList {series(held)} << true << 120 << QString();
    QTest::newRow("held since the second step")
            << QList {series({0.01, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2})} << false << 105
            << QString();
    QTest::newRow("broke in the middle")
            << QList {series({0.2, 0.2, 0.2, 0.2, 0.01, 0.2, 0.2, 0.2, 0.2})} << false << 45
            << QString();
    QTest::newRow("quiet now") << QList {series({0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.01})}
                               << false << 0 << QString();
    PromSeries gap = series(held);
    gap.samples.removeAt(4);
    QTest::newRow("a gap restarts the count") << QList {gap} << false << 45 << QString();
    PromSeries stale = series(held);
    for (PromSample &sample : stale.samples)
        sample.atMs -= 60'000;
    QTest::newRow("no recent value") << QList {stale} << false << 0 << QString();
    QTest::newRow("NaN inside the window")
            << QList {series({0.2, 0.2, std::nan(""), 0.2, 0.2, 0.2, 0.2, 0.2, 0.2})} << false << 0
            << u"returned NaN"_s;
    QTest::newRow("empty") << QList<PromSeries>() << false << 0 << u"returned no value"_s;
    QTest::newRow("two series") << QList {series(held), series(held)} << false << 0
                                << u"returned 2 series"_s;
}

void tst_PromQuery::window()
{
    QFETCH(QList<PromSeries>, values);
    QFETCH(bool, fired);
    QFETCH(int, heldSeconds);
    QFETCH(QString, problem);
    const RuleOutcome outcome = DetectionRules::evaluateReply(errorRule(), values, {}, at);
    QCOMPARE(outcome.fired, fired);
    QCOMPARE(outcome.heldFor.count(), heldSeconds);
    if (problem.isEmpty()) {
        QCOMPARE(outcome.problem, QString());
        QCOMPARE(*outcome.value, values[0].samples.last().value);
        QCOMPARE(*outcome.threshold, 0.05);
    } else {
        QVERIFY2(outcome.problem.contains(problem), qPrintable(outcome.problem));
    }
}

void tst_PromQuery::windowQueryIsASubquery()
{
    DetectionRule rule = errorRule();
    QCOMPARE(DetectionRules::windowQuery(rule, u"errors"_s), u"(errors)[135s:15s]"_s);
    rule.holdFor = std::chrono::hours(10);
    QCOMPARE(DetectionRules::windowStep(rule).count(), 360); // at most about 100 steps
    rule.holdFor = std::chrono::seconds(0);
    QCOMPARE(DetectionRules::windowQuery(rule, u"errors"_s), u"errors"_s);
}

QTEST_GUILESS_MAIN(tst_PromQuery)
#include "tst_promquery.moc"
