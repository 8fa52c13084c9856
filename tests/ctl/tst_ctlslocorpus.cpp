#include "../fixtures/prometheusfixture.h"
#include "ctlrunner.h"

#include <cmath>

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

// The SLO corpus (tests/fixtures/slo-corpus): one file per accepted form, imported with
// `sitrepctl slo import` as a new user would, reported on at the end of the Prometheus
// fixture's history, and compared with the figures tests/fixtures/promhistory.py computed from
// the data it wrote, not with anything Sitrep computes.
class tst_CtlSloCorpus : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyFormReportsTheHistory_data();
    void everyFormReportsTheHistory();

private:
    QTemporaryDir m_dir;
    QJsonObject m_expected;
    QHash<QString, QJsonObject> m_reports; // by SLO name
};

namespace {

const QString corpus = QStringLiteral(SITREP_SOURCE_DIR "/tests/fixtures/slo-corpus");

bool near(double actual, double expected)
{
    return std::abs(actual - expected) <= 1e-9 * std::max(1.0, std::abs(expected));
}

} // namespace

void tst_CtlSloCorpus::initTestCase()
{
    QVERIFY2(!prometheus_fixture::url().isEmpty(), "the prometheus fixture did not start");
    QFile expected(QStringLiteral(SITREP_BINARY_DIR "/prometheus-fixture/slo-expected.json"));
    QVERIFY(expected.open(QIODevice::ReadOnly));
    m_expected = QJsonDocument::fromJson(expected.readAll()).object();
    const QStringList files = QDir(corpus).entryList({u"*.yaml"_s}, QDir::Files, QDir::Name);
    QCOMPARE(files.size(), 10);
    for (const QString &file : files) {
        const CtlRun imported = runCtl(m_dir, {u"slo"_s, u"import"_s, corpus + u'/' + file});
        QVERIFY2(imported.exitCode == 0, qPrintable(file + u": "_s + imported.err));
    }
    const QDateTime at
            = QDateTime::fromSecsSinceEpoch(m_expected.value(u"at").toInteger(), Qt::UTC);
    const CtlRun report = runCtl(m_dir,
                                 {u"slo"_s, u"report"_s, u"--prometheus"_s,
                                  prometheus_fixture::url().toString(), u"--at"_s,
                                  at.toString(Qt::ISODate), u"--json"_s});
    QVERIFY2(report.exitCode == 0, qPrintable(report.err));
    for (const QJsonValue &value : QJsonDocument::fromJson(report.out).array())
        m_reports.insert(value.toObject().value(u"name").toString(), value.toObject());
    QCOMPARE(m_reports.size(), 10);
}

void tst_CtlSloCorpus::everyFormReportsTheHistory_data()
{
    // How each form counts, as the generator's figures name it: bad and total.
    QTest::addColumn<QString>("slo");
    QTest::addColumn<QString>("bad");
    QTest::addColumn<QString>("total");
    QTest::addColumn<QString>("window");
    const auto form = [](const char *name, const QString &slo, const char *bad, const char *total,
                         const char *window = "30d") {
        QTest::newRow(name) << slo << QString::fromLatin1(bad) << QString::fromLatin1(total)
                            << QString::fromLatin1(window);
    };
    form("sloth events", u"payments-sloth-events"_s, "failed", "total");
    form("sloth raw ratio: each minute an event", u"payments-sloth-raw"_s, "ratio_sum", "minutes");
    form("sloth kubernetes", u"payments-sloth-kubernetes"_s, "failed", "total");
    form("openslo v1", u"openslo-v1"_s, "failed", "total");
    form("openslo v1 SLI of counters", u"openslo-v1-sli"_s, "failed", "total");
    form("openslo v1alpha", u"openslo-v1alpha"_s, "failed", "total");
    form("openslo calendar month", u"openslo-calendar-month"_s, "failed", "total", "month");
    form("openslo threshold: minutes at 1 % or more", u"openslo-threshold"_s, "threshold_bad",
         "minutes");
    form("openslo timeslices: slices under 99 %", u"openslo-timeslices"_s, "bad_slices", "slices");
    form("openslo ratio timeslices: the slices' ratios", u"openslo-ratio-timeslices"_s,
         "slice_ratio_sum", "slices");
}

void tst_CtlSloCorpus::everyFormReportsTheHistory()
{
    QFETCH(QString, slo);
    QFETCH(QString, bad);
    QFETCH(QString, total);
    QFETCH(QString, window);
    QVERIFY2(m_reports.contains(slo), qPrintable(QStringList(m_reports.keys()).join(u", "_s)));
    const QJsonObject report = m_reports.value(slo);
    const QJsonObject windows = m_expected.value(u"windows").toObject();
    const auto figure = [&](const QString &key, const QString &name) {
        return windows.value(key).toObject().value(name).toDouble();
    };
    const double budget = 1.0 - report.value(u"target").toDouble();
    QCOMPARE(report.value(u"missing_steps").toInt(), 0);
    const double expectedTotal = figure(window, total);
    const double expectedBad = figure(window, bad);
    QVERIFY(expectedTotal > 0 && expectedBad > 0);
    QVERIFY2(near(report.value(u"total_events").toDouble(), expectedTotal),
             qPrintable(u"total %1, expected %2"_s.arg(report.value(u"total_events").toDouble())
                                .arg(expectedTotal)));
    QVERIFY2(near(report.value(u"good_events").toDouble(), expectedTotal - expectedBad),
             qPrintable(u"good %1, expected %2"_s.arg(report.value(u"good_events").toDouble())
                                .arg(expectedTotal - expectedBad)));
    const double ratio = expectedBad / expectedTotal;
    QVERIFY(near(report.value(u"error_ratio").toDouble(), ratio));
    QVERIFY(near(report.value(u"budget_remaining").toDouble(), 1.0 - ratio / budget));
    const QJsonObject burnRates = report.value(u"burn_rates").toObject();
    for (const QString &burnWindow :
         {u"5m"_s, u"30m"_s, u"1h"_s, u"2h"_s, u"6h"_s, u"1d"_s, u"3d"_s}) {
        const double expectedRate = figure(burnWindow, bad) / figure(burnWindow, total) / budget;
        QVERIFY2(near(burnRates.value(burnWindow).toDouble(), expectedRate),
                 qPrintable(u"%1: burn %2, expected %3"_s.arg(burnWindow)
                                    .arg(burnRates.value(burnWindow).toDouble())
                                    .arg(expectedRate)));
    }
    // Every form sees the last 90 minutes' burn the same way: a page.
    QCOMPARE(report.value(u"alert").toString(), u"page"_s);
}

QTEST_GUILESS_MAIN(tst_CtlSloCorpus)
#include "tst_ctlslocorpus.moc"
