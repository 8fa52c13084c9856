#include "storage/database.h"
#include "storage/sloeventhours.h"
#include "storage/slostore.h"

#include <cmath>

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace sitrep;
using namespace Qt::StringLiterals;

// SLO definitions and their cached events in SQLite.
class tst_SloStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void definitionsRoundTrip();
    void thresholdsAndSlicesRoundTrip();
    void changedQueriesForgetTheEvents();
    void eventsKeepUnknownSteps();
    void cachedSpanAndForgetting();
    void aStoreStoppedHalfwayKeepsTheOldestPart();
    void removingAnSloRemovesItsEvents();
    void eventsAcrossHoursComeBackInOrder();
    void aDamagedHourIsNamedAndTheNextFetchReplacesIt();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<SloStore> m_store;
};

void tst_SloStore::init()
{
    m_store.reset();
    m_database.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    auto opened = Database::open(m_dir->filePath(u"sitrep.sqlite"_s));
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error()));
    m_database = std::move(opened).value();
    m_store = std::make_unique<SloStore>(*m_database);
}

void tst_SloStore::definitionsRoundTrip()
{
    const QList<Slo> seed = SloDefaults::seed(u"payments"_s);
    Slo monthly = seed.at(1);
    monthly.calendar = Slo::Calendar::Quarter;
    monthly.calendarStart = QDateTime(QDate(2026, 2, 1), QTime(6, 30), QTimeZone("Europe/Berlin"));
    monthly.minimumEvents = 25;
    monthly.burnTiers = {{BurnAlert::State::Page, u"10m"_s, u"2h"_s, 7.2},
                         {BurnAlert::State::Ticket, u"6h"_s, u"5d"_s, 0.6}};
    QVERIFY(m_store->save(seed.at(0)));
    QVERIFY(m_store->save(monthly));
    const Result<QList<Slo>> listed = m_store->list();
    QVERIFY(listed);
    QCOMPARE(listed.value().size(), 2);
    const Slo &read = listed.value().at(1); // by name: -availability, -latency
    QCOMPARE(read.name, monthly.name);
    QCOMPARE(read.kind, Slo::Kind::Latency);
    QCOMPARE(read.target, 0.99);
    QCOMPARE(read.calendar, Slo::Calendar::Quarter);
    QCOMPARE(read.calendarStart, monthly.calendarStart);
    QCOMPARE(read.calendarStart.timeZone().id(), QByteArray("Europe/Berlin"));
    QCOMPARE(listed.value().at(0).calendar, Slo::Calendar::Rolling);
    QCOMPARE(read.minimumEvents, 25.0);
    QCOMPARE(read.goodQuery, monthly.goodQuery);
    QCOMPARE(read.totalQuery, monthly.totalQuery);
    QVERIFY(read.badQuery.isEmpty());
    QCOMPARE(read.window, monthly.window);
    QCOMPARE(read.burnTiers, monthly.burnTiers);
    QVERIFY(listed.value().at(0).burnTiers.isEmpty()); // the Workbook's, not written out
    QVERIFY(!m_store->find(u"nope"_s).value());
}

// OpenSLO's threshold metric and time slices; a changed threshold makes the cached events
// (bad or good by the old threshold) wrong, so they go.
void tst_SloStore::thresholdsAndSlicesRoundTrip()
{
    Slo slo = SloDefaults::seed(u"payments"_s).at(1);
    slo.goodQuery.clear();
    slo.totalQuery.clear();
    slo.thresholdQuery = u"histogram_quantile(0.99, sum by (le) (rate(d_bucket[5m])))"_s;
    slo.threshold = {SloThreshold::Op::LessOrEqual, 0.25};
    slo.budgeting = {SloBudgeting::Method::Timeslices, 0.95, std::chrono::minutes(10)};
    QVERIFY(m_store->save(slo));
    Slo read = m_store->find(slo.name).value().value();
    QCOMPARE(read.thresholdQuery, slo.thresholdQuery);
    QCOMPARE(read.threshold, slo.threshold);
    QCOMPARE(read.budgeting, slo.budgeting);
    QVERIFY(m_store->storeEvents(slo.name, {{60'000, 1, 1}}));
    slo.budgeting = {SloBudgeting::Method::RatioTimeslices, 0, std::chrono::hours(1)};
    QVERIFY(m_store->save(slo)); // counted another way, from the same events
    QCOMPARE(m_store->find(slo.name).value()->budgeting, slo.budgeting);
    QCOMPARE(m_store->events(slo.name, 0, 200'000).value().size(), 1);
    slo.threshold.value = 0.5;
    QVERIFY(m_store->save(slo));
    QVERIFY(m_store->events(slo.name, 0, 200'000).value().isEmpty());
}

void tst_SloStore::changedQueriesForgetTheEvents()
{
    Slo slo = SloDefaults::seed(u"payments"_s).first();
    QVERIFY(m_store->save(slo));
    QVERIFY(m_store->storeEvents(slo.name, {{60'000, 1, 100}, {120'000, 0, 100}}));
    slo.target = 0.995; // same queries: the events stay
    QVERIFY(m_store->save(slo));
    QCOMPARE(m_store->events(slo.name, 0, 200'000).value().size(), 2);
    slo.totalQuery = u"sum(increase(other_total[{{.window}}]))"_s;
    QVERIFY(m_store->save(slo));
    QVERIFY(m_store->events(slo.name, 0, 200'000).value().isEmpty());
}

void tst_SloStore::eventsKeepUnknownSteps()
{
    const Slo slo = SloDefaults::seed(u"payments"_s).first();
    QVERIFY(m_store->save(slo));
    const double nan = std::numeric_limits<double>::quiet_NaN();
    QVERIFY(m_store->storeEvents(slo.name,
                                 {{180'000, 2, 50}, {60'000, nan, 100}, {120'000, 0, 0}}));
    // A newer fetch of the same step replaces it.
    QVERIFY(m_store->storeEvents(slo.name, {{120'000, 1, 10}}));
    const Result<QList<SloEvent>> events = m_store->events(slo.name, 0, 180'000);
    QVERIFY(events);
    QCOMPARE(events.value().size(), 3);
    QCOMPARE(events.value().at(0).atMs, 60'000);
    QVERIFY(std::isnan(events.value().at(0).bad));
    QVERIFY(!events.value().at(0).known());
    QCOMPARE(events.value().at(1), (SloEvent {120'000, 1, 10}));
    // (from, to]: the step ending at `from` belongs to the time before.
    QCOMPARE(m_store->events(slo.name, 60'000, 120'000).value().size(), 1);
}

// A month is stored in slices, oldest first: one refused halfway leaves the events before it,
// and the cached span ends where they end, so the next fetch asks for the rest.
void tst_SloStore::aStoreStoppedHalfwayKeepsTheOldestPart()
{
    const Slo slo = SloDefaults::seed(u"payments"_s).first();
    QVERIFY(m_store->save(slo));
    constexpr qint64 minute = 60'000;
    constexpr int steps = 43'200;
    QList<SloEvent> month;
    for (int step = steps; step >= 1; --step) // newest first, as no fetch gives them
        month.append({step * minute, 0, 100});
    QVERIFY(QSqlQuery(m_database->connection())
                    .exec(u"CREATE TRIGGER refuse_the_newest BEFORE INSERT ON slo_event_hours"
                          " WHEN NEW.hour_ms = %1 BEGIN SELECT RAISE(ABORT, 'the disk is full');"
                          " END"_s.arg(SloEventHours::hourOf(steps * minute))));
    const Result<void> stored = m_store->storeEvents(slo.name, month);
    QVERIFY(!stored);
    QVERIFY2(stored.error().contains(u"the disk is full"_s), qPrintable(stored.error()));
    const TimeSpan cached = m_store->cachedSpan(slo.name, 0, steps * minute).value();
    QCOMPARE(cached.startMs, minute);
    QVERIFY2(cached.endMs > minute && cached.endMs < steps * minute,
             qPrintable(QString::number(cached.endMs / minute)));
    QCOMPARE(m_store->events(slo.name, 0, steps * minute).value().size(), cached.endMs / minute);
}

void tst_SloStore::cachedSpanAndForgetting()
{
    const Slo slo = SloDefaults::seed(u"payments"_s).first();
    QVERIFY(m_store->save(slo));
    QCOMPARE(m_store->cachedSpan(slo.name, 0, 1'000'000).value(), (TimeSpan {0, 0}));
    QList<SloEvent> events;
    for (qint64 minute = 1; minute <= 10; ++minute)
        events.append({minute * 60'000, 0, 10});
    QVERIFY(m_store->storeEvents(slo.name, events));
    QCOMPARE(m_store->cachedSpan(slo.name, 0, 1'000'000).value(), (TimeSpan {60'000, 600'000}));
    QCOMPARE(m_store->cachedSpan(slo.name, 120'000, 300'000).value(),
             (TimeSpan {180'000, 300'000}));
    QVERIFY(m_store->forgetBefore(slo.name, 300'000));
    QCOMPARE(m_store->cachedSpan(slo.name, 0, 1'000'000).value(), (TimeSpan {300'000, 600'000}));
}

void tst_SloStore::removingAnSloRemovesItsEvents()
{
    const Slo slo = SloDefaults::seed(u"payments"_s).first();
    QVERIFY(m_store->save(slo));
    QVERIFY(m_store->storeEvents(slo.name, {{60'000, 0, 10}}));
    QCOMPARE(m_store->remove(slo.name).value(), true);
    QCOMPARE(m_store->remove(slo.name).value(), false);
    QVERIFY(m_store->events(slo.name, 0, 100'000).value().isEmpty());
}

// The cache keeps an hour to a row: what a read or a later fetch sees does not depend on where
// the hours begin, before 1970 too.
void tst_SloStore::eventsAcrossHoursComeBackInOrder()
{
    const Slo slo = SloDefaults::seed(u"payments"_s).first();
    QVERIFY(m_store->save(slo));
    constexpr qint64 hour = SloEventHours::hourMs;
    QVERIFY(m_store->storeEvents(slo.name,
                                 {{hour, 1, 10},
                                  {-60'000, 0, 1},
                                  {hour + 60'000, 2, 10},
                                  {2 * hour + 60'000, 3, 10},
                                  {hour - 60'000, 4, 10},
                                  {hour - 60'000, 5, 10}}));
    // Of two events of one step in one fetch, the later one stands.
    QCOMPARE(m_store->events(slo.name, -hour, 3 * hour).value(),
             (QList<SloEvent> {{-60'000, 0, 1},
                               {hour - 60'000, 5, 10},
                               {hour, 1, 10},
                               {hour + 60'000, 2, 10},
                               {2 * hour + 60'000, 3, 10}}));
    // A later fetch of one step leaves the rest of its hour.
    QVERIFY(m_store->storeEvents(slo.name, {{hour + 60'000, 0, 10}, {hour + 120'000, 0, 10}}));
    QCOMPARE(m_store->events(slo.name, hour - 60'000, 2 * hour).value(),
             (QList<SloEvent> {{hour, 1, 10}, {hour + 60'000, 0, 10}, {hour + 120'000, 0, 10}}));
    QCOMPARE(m_store->cachedSpan(slo.name, 0, 3 * hour).value(),
             (TimeSpan {hour - 60'000, 2 * hour + 60'000}));
    QVERIFY(m_store->events(slo.name, hour, hour).value().isEmpty());
}

void tst_SloStore::aDamagedHourIsNamedAndTheNextFetchReplacesIt()
{
    const Slo slo = SloDefaults::seed(u"payments"_s).first();
    QVERIFY(m_store->save(slo));
    QVERIFY(m_store->storeEvents(slo.name, {{60'000, 1, 10}, {120'000, 2, 10}}));
    QVERIFY(QSqlQuery(m_database->connection())
                    .exec(u"UPDATE slo_event_hours SET events = x'0102'"_s));
    const Result<QList<SloEvent>> damaged = m_store->events(slo.name, 0, 200'000);
    QVERIFY(!damaged);
    QVERIFY2(damaged.error().contains(u"1970-01-01T00:00:00Z is damaged"_s),
             qPrintable(damaged.error()));
    QVERIFY(m_store->storeEvents(slo.name, {{120'000, 0, 10}}));
    QCOMPARE(m_store->events(slo.name, 0, 200'000).value(), (QList<SloEvent> {{120'000, 0, 10}}));
}

QTEST_GUILESS_MAIN(tst_SloStore)
#include "tst_slostore.moc"
