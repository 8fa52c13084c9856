#include "domain/detectionrule.h"
#include "domain/promquery.h"

#include <QTest>

using namespace sitrep;
using namespace Qt::StringLiterals;

// Rules evaluated over a `for` window of Prometheus' samples (how its answers are read is
// tests/sync/tst_promqueryreply).
class tst_PromQuery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
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
