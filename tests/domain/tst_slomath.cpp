#include "domain/burnalert.h"
#include "domain/errorbudget.h"
#include "domain/lttb.h"
#include "domain/slacredit.h"

#include <cmath>

#include <QTest>

using namespace sitrep;
using namespace Qt::StringLiterals;
using namespace std::chrono;
using BurnRates = QMap<QString, double>;

// The SLO arithmetic with the test vectors, the SRE Workbook's multi-window alert, SLA
// credits and LTTB downsampling.
class tst_SloMath : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void budgetTotals();
    void burnRateVectors();
    void remainingBudget();
    void guardsAgainstNoTrafficAndNaN();
    void alertStates_data();
    void alertStates();
    void tiersFromABudget();
    void slaCredits_data();
    void slaCredits();
    void lttbKeepsTheShape();
};

void tst_SloMath::budgetTotals()
{
    QCOMPARE(ErrorBudget::total(0.999, days(30)), milliseconds(minutes(43)) + seconds(12));
    QCOMPARE(ErrorBudget::total(0.999, days(28)), milliseconds(2'419'200)); // 40.32 minutes
    QCOMPARE(ErrorBudget::total(1.0, days(30)), milliseconds(0));
}

void tst_SloMath::burnRateVectors()
{
    // Burn 14.4 at 99.9 % is 1.44 % errors...
    QCOMPARE(ErrorBudget::burnRate(0.999, 0.0144), 14.4);
    // ...which spends 2 % of a 30-day budget per hour...
    QVERIFY(std::abs(14.4 * double(hours(1).count()) / double(hours(24 * 30).count()) - 0.02)
            < 1e-12);
    // ...and the whole budget in 50 hours.
    QCOMPARE(ErrorBudget::timeToExhaustion(1.0, 14.4, days(30)),
             std::optional(milliseconds(hours(50))));
    QCOMPARE(ErrorBudget::timeToExhaustion(0.5, 1.0, days(30)),
             std::optional(milliseconds(days(15))));
    QVERIFY(!ErrorBudget::timeToExhaustion(0.5, 0.0, days(30)));  // not burning
    QVERIFY(!ErrorBudget::timeToExhaustion(-0.1, 2.0, days(30))); // already spent
}

void tst_SloMath::remainingBudget()
{
    // 10 million requests with 4,000 errors at 99.9 %: 60 % of the budget is left.
    const auto ratio = ErrorBudget::errorRatio(4000, 10'000'000);
    QVERIFY(ratio);
    QVERIFY(std::abs(ErrorBudget::remaining(0.999, *ratio) - 0.6) < 1e-9);
    QVERIFY(std::abs(ErrorBudget::remaining(0.999, 0.002) - (-1.0)) < 1e-9); // overspent
    QCOMPARE(ErrorBudget::remaining(0.999, 0.0), 1.0);
}

void tst_SloMath::guardsAgainstNoTrafficAndNaN()
{
    QVERIFY(!ErrorBudget::errorRatio(0, 0));      // no traffic
    QVERIFY(!ErrorBudget::errorRatio(1, 5, 100)); // below the minimum events
    QCOMPARE(ErrorBudget::errorRatio(1, 100, 100), std::optional(0.01));
    QVERIFY(!ErrorBudget::errorRatio(std::nan(""), 100));            // NaN from the server
    QVERIFY(!ErrorBudget::errorRatio(1, HUGE_VAL));                  // +Inf
    QVERIFY(!ErrorBudget::errorRatio(-3, 100));                      // a counter reset gone wrong
    QCOMPARE(ErrorBudget::errorRatio(150, 100), std::optional(1.0)); // at most everything
}

void tst_SloMath::alertStates_data()
{
    QTest::addColumn<BurnRates>("rates");
    QTest::addColumn<QString>("state");
    QTest::newRow("fast burn pages") << BurnRates {{u"1h"_s, 15.0}, {u"5m"_s, 20.0}} << u"page"_s;
    QTest::newRow("fast burn already over")
            << BurnRates {{u"1h"_s, 15.0}, {u"5m"_s, 2.0}} << u"none"_s;
    QTest::newRow("6h and 30m page") << BurnRates {{u"6h"_s, 6.5}, {u"30m"_s, 7.0}} << u"page"_s;
    QTest::newRow("at exactly 6x, no page")
            << BurnRates {{u"6h"_s, 6.0}, {u"30m"_s, 7.0}} << u"none"_s;
    QTest::newRow("1d and 2h ticket") << BurnRates {{u"1d"_s, 3.5}, {u"2h"_s, 4.0}} << u"ticket"_s;
    QTest::newRow("3d and 6h ticket") << BurnRates {{u"3d"_s, 1.2}, {u"6h"_s, 1.1}} << u"ticket"_s;
    QTest::newRow("page wins over ticket")
            << BurnRates {{u"1h"_s, 20.0}, {u"5m"_s, 20.0}, {u"3d"_s, 2.0}, {u"6h"_s, 2.0}}
            << u"page"_s;
    QTest::newRow("missing windows never fire") << BurnRates {{u"1h"_s, 100.0}} << u"none"_s;
}

void tst_SloMath::alertStates()
{
    QFETCH(BurnRates, rates);
    QFETCH(QString, state);
    QCOMPARE(BurnAlert::key(BurnAlert::state(rates)), state);
}

void tst_SloMath::tiersFromABudget()
{
    using State = BurnAlert::State;
    // Sloth's defaults for 30 days are the Workbook's: 2 % in 1 h, 5 % in 6 h, 10 % in 1 d
    // and in 3 d.
    const QList<BurnAlert::Tier> sloth {
            *BurnAlert::fromBudget(State::Page, u"5m"_s, u"1h"_s, 2, days(30)),
            *BurnAlert::fromBudget(State::Page, u"30m"_s, u"6h"_s, 5, days(30)),
            *BurnAlert::fromBudget(State::Ticket, u"2h"_s, u"1d"_s, 10, days(30)),
            *BurnAlert::fromBudget(State::Ticket, u"6h"_s, u"3d"_s, 10, days(30))};
    QCOMPARE(sloth, BurnAlert::workbook());
    // Over 7 days 2 % in an hour is 3.36×.
    QCOMPARE(BurnAlert::fromBudget(State::Page, u"5m"_s, u"1h"_s, 2, days(7))->factor, 3.36);
    QVERIFY(!BurnAlert::fromBudget(State::Page, u"1h"_s, u"5m"_s, 2, days(30)));  // reversed
    QVERIFY(!BurnAlert::fromBudget(State::Page, u"5m"_s, u"31d"_s, 2, days(30))); // too long
    QVERIFY(!BurnAlert::fromBudget(State::Page, u"5m"_s, u"1h"_s, 0, days(30)));
    QVERIFY(!BurnAlert::fromBudget(State::Page, u"5m"_s, u"1h"_s, 101, days(30)));
    QVERIFY(!BurnAlert::fromBudget(State::Page, u"5x"_s, u"1h"_s, 2, days(30)));

    // Kept as text and read back; a damaged text is refused whole.
    const QString text = BurnAlert::text(BurnAlert::workbook());
    QCOMPARE(text, u"page 5m/1h 14.4; page 30m/6h 6; ticket 2h/1d 3; ticket 6h/3d 1"_s);
    QCOMPARE(BurnAlert::parse(text), std::optional(BurnAlert::workbook()));
    QCOMPARE(BurnAlert::parse(QString()), std::optional(QList<BurnAlert::Tier>()));
    QVERIFY(!BurnAlert::parse(u"page 5m/1h"_s));
    QVERIFY(!BurnAlert::parse(u"warn 5m/1h 2"_s));
    QVERIFY(!BurnAlert::parse(u"page 5m-1h 2"_s));
    QVERIFY(!BurnAlert::parse(u"page 5m/1h -2"_s));
}

void tst_SloMath::slaCredits_data()
{
    QTest::addColumn<double>("availability");
    QTest::addColumn<double>("credit");
    QTest::newRow("met") << 0.9995 << 0.0;
    QTest::newRow("exactly met") << 0.999 << 0.0;
    QTest::newRow("0.05 % below") << 0.9985 << 10.0;
    QTest::newRow("0.1 % below") << 0.998 << 10.0;
    QTest::newRow("0.15 % below") << 0.9975 << 20.0;
    QTest::newRow("far below, capped") << 0.95 << 100.0;
}

void tst_SloMath::slaCredits()
{
    QFETCH(double, availability);
    QFETCH(double, credit);
    QCOMPARE(SlaCredit::creditPercent(availability), credit);
}

void tst_SloMath::lttbKeepsTheShape()
{
    // 30 days of per-minute samples, flat but for one spike.
    QList<QPointF> series;
    for (int minute = 0; minute < 43'200; ++minute)
        series.append(QPointF(minute, minute == 20'000 ? 50.0 : 1.0 + (minute % 7) * 0.01));
    const QList<QPointF> sampled = Lttb::downsample(series, 2000);
    QCOMPARE(sampled.size(), 2000);
    QCOMPARE(sampled.first(), series.first());
    QCOMPARE(sampled.last(), series.last());
    QVERIFY(std::any_of(sampled.begin(), sampled.end(),
                        [](const QPointF &point) { return point.y() == 50.0; }));
    QVERIFY(std::is_sorted(sampled.begin(), sampled.end(),
                           [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); }));
    QCOMPARE(Lttb::downsample(series.mid(0, 10), 2000).size(), 10); // nothing to drop
}

QTEST_GUILESS_MAIN(tst_SloMath)
#include "tst_slomath.moc"
