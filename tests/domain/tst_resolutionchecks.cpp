#include "domain/resolutioncheck.h"

#include <QTest>

using namespace sitrep;
using namespace Qt::StringLiterals;

// The seed's verifyResolution as a state machine: checks hold → monitoring window → the
// re-checked ones still hold → resolve is offered.
class tst_ResolutionChecks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void windowStartsWhenEveryCheckHolds();
    void failingInsideTheWindowRestartsIt();
    void resolvableAfterTheWindowWhenRechecksHold();
    void onlyRecheckedChecksCountAtTheEnd();
    void aProblemIsNotAPass();
    void summaries();
};

namespace {

const QDateTime start(QDate(2026, 3, 9), QTime(2, 45), Qt::UTC);
const std::chrono::seconds window = std::chrono::minutes(15);

CheckResult check(const QString &name, double value, double threshold, bool recheck = true)
{
    CheckResult result;
    result.name = name;
    result.outcome.value = value;
    result.outcome.threshold = threshold;
    result.outcome.fired = value < threshold;
    result.recheck = recheck;
    return result;
}

QList<CheckResult> healthy()
{
    return {check(u"error-rate-normal"_s, 0.004, 0.01), check(u"p99-normal"_s, 0.4, 1.0),
            check(u"traffic-normal"_s, 0.5, 1.0, false)};
}

QList<CheckResult> errorsHigh()
{
    QList<CheckResult> checks = healthy();
    checks[0] = check(u"error-rate-normal"_s, 0.2, 0.01);
    return checks;
}

} // namespace

void tst_ResolutionChecks::windowStartsWhenEveryCheckHolds()
{
    auto failing = ResolutionChecks::advance({}, errorsHigh(), start, window);
    QCOMPARE(failing.step, ResolutionChecks::Step::Unchanged);
    QVERIFY(!failing.state.monitoringUntil.isValid());
    QVERIFY(!failing.state.resolvable);

    auto passing = ResolutionChecks::advance(failing.state, healthy(), start, window);
    QCOMPARE(passing.step, ResolutionChecks::Step::WindowStarted);
    QCOMPARE(passing.state.monitoringUntil, start.addSecs(15 * 60));
    QVERIFY(!passing.state.resolvable);
    QVERIFY(passing.state.monitoring(start.addSecs(60)));
    QVERIFY(ResolutionChecks::timelineText(passing).contains(u"monitoring until 03:00 UTC"_s));
}

void tst_ResolutionChecks::failingInsideTheWindowRestartsIt()
{
    auto started = ResolutionChecks::advance({}, healthy(), start, window);
    auto inside = ResolutionChecks::advance(started.state, healthy(), start.addSecs(300), window);
    QCOMPARE(inside.step, ResolutionChecks::Step::Unchanged);
    QCOMPARE(inside.state.monitoringUntil, started.state.monitoringUntil);

    auto broken = ResolutionChecks::advance(inside.state, errorsHigh(), start.addSecs(600), window);
    QCOMPARE(broken.step, ResolutionChecks::Step::WindowReset);
    QVERIFY(!broken.state.monitoringUntil.isValid());
    auto again = ResolutionChecks::advance(broken.state, healthy(), start.addSecs(900), window);
    QCOMPARE(again.state.monitoringUntil, start.addSecs(900 + 15 * 60));
}

void tst_ResolutionChecks::resolvableAfterTheWindowWhenRechecksHold()
{
    auto started = ResolutionChecks::advance({}, healthy(), start, window);
    auto early = ResolutionChecks::advance(started.state, healthy(), start.addSecs(899), window);
    QVERIFY(!early.state.resolvable);
    auto done = ResolutionChecks::advance(early.state, healthy(), start.addSecs(900), window);
    QCOMPARE(done.step, ResolutionChecks::Step::Passed);
    QVERIFY(done.state.resolvable);
    auto later = ResolutionChecks::advance(done.state, healthy(), start.addSecs(1000), window);
    QCOMPARE(later.step, ResolutionChecks::Step::Unchanged);
    QVERIFY(later.state.resolvable);
    // Errors back after the window: not resolvable any more.
    auto relapse
            = ResolutionChecks::advance(later.state, errorsHigh(), start.addSecs(1100), window);
    QCOMPARE(relapse.step, ResolutionChecks::Step::WindowReset);
    QVERIFY(!relapse.state.resolvable);
}

void tst_ResolutionChecks::onlyRecheckedChecksCountAtTheEnd()
{
    auto started = ResolutionChecks::advance({}, healthy(), start, window);
    QList<CheckResult> trafficLow = healthy();
    trafficLow[2] = check(u"traffic-normal"_s, 2.0, 1.0, false);
    // Inside the window every check must hold...
    auto inside = ResolutionChecks::advance(started.state, trafficLow, start.addSecs(60), window);
    QCOMPARE(inside.step, ResolutionChecks::Step::WindowReset);
    // ...at its end, as in the seed, only error rate and p99 are checked again.
    auto end = ResolutionChecks::advance(started.state, trafficLow, start.addSecs(900), window);
    QCOMPARE(end.step, ResolutionChecks::Step::Passed);
}

void tst_ResolutionChecks::aProblemIsNotAPass()
{
    QList<CheckResult> checks = healthy();
    checks[1].outcome.problem = u"p99-normal: the query returned NaN."_s;
    auto advanced = ResolutionChecks::advance({}, checks, start, window);
    QVERIFY(!advanced.state.monitoringUntil.isValid());
    QVERIFY(ResolutionChecks::describe(checks[1]).contains(u"returned NaN"_s));
    auto none = ResolutionChecks::advance({}, {}, start, window);
    QVERIFY(!none.state.monitoringUntil.isValid());
}

void tst_ResolutionChecks::summaries()
{
    QVERIFY(ResolutionChecks::summary({}, start).contains(u"Not checked yet"_s));
    auto started = ResolutionChecks::advance({}, healthy(), start, window);
    QCOMPARE(ResolutionChecks::summary(started.state, start.addSecs(180)),
             u"The checks hold. Monitoring until 03:00 UTC (12m left); run them again then."_s);
    QCOMPARE(ResolutionChecks::describe(healthy()[0]), u"error-rate-normal 0.004 < 0.01 ✔"_s);
    auto done = ResolutionChecks::advance(started.state, healthy(), start.addSecs(900), window);
    QVERIFY(ResolutionChecks::summary(done.state, start.addSecs(900))
                    .contains(u"resolve is offered"_s));
}

QTEST_GUILESS_MAIN(tst_ResolutionChecks)
#include "tst_resolutionchecks.moc"
