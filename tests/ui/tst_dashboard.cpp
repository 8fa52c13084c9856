#include "../itemmodels/boardfixture.h"
#include "dashboard/dashboardview.h"
#include "dashboard/metricscharts.h"
#include "itemmodels/metricstrendmodel.h"
#include "itemmodels/severitymetricsmodel.h"
#include "itemmodels/weeklyincidentsmodel.h"

#include <cmath>

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QValueAxis>

using namespace sitrep;
using namespace Qt::StringLiterals;

// The manager's dashboard driven with real widgets over a hand-made history: the figures and
// their models, the period picker, the service filter, and the exports.
class tst_Dashboard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void figuresForTheLastThirtyDays();
    void periodPickerAndServiceFilter();
    void exportsEveryTable();
    void noIncidentsYetDrawsRealAxes();
    void catchesUpWhenShownAgain();

private:
    void waitForUpdate();
    QString figure(const QString &name) const { return m_view->findChild<QLabel *>(name)->text(); }

    std::unique_ptr<BoardFixture> f;
    std::unique_ptr<DashboardView> m_view;
    std::unique_ptr<QAbstractItemModelTester> m_testers[3];
};

namespace {

Incident made(Severity severity, const QDateTime &started, int resolvedMinutes,
              const QString &service, const QString &rootCause = {})
{
    Incident incident;
    incident.title = u"%1 %2"_s.arg(severityCode(severity), started.toString(Qt::ISODate));
    incident.severity = severity;
    incident.services = {service};
    incident.startedAt = started;
    incident.detectedAt = started.addSecs(5 * 60);
    incident.acknowledgedAt = incident.detectedAt.addSecs(3 * 60);
    incident.lastUpdateAt = incident.detectedAt;
    if (resolvedMinutes > 0) {
        incident.status = IncidentStatus::Resolved;
        incident.resolvedAt = started.addSecs(resolvedMinutes * 60);
        incident.resolution = u"fixed"_s;
    }
    incident.rootCause = rootCause;
    return incident;
}

} // namespace

void tst_Dashboard::init()
{
    f = std::make_unique<BoardFixture>();
    // Relative to now: the dashboard's ranges end at the current time.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto imported = f->service->importHistory(
            {made(Severity::Sev1, now.addDays(-3), 40, u"payments"_s, u"Bad deploy"_s),
             made(Severity::Sev1, now.addDays(-10), 60, u"api"_s, u"bad deploy."_s),
             made(Severity::Sev2, now.addDays(-20), 120, u"api"_s),
             made(Severity::Sev3, now.addDays(-2), 0, u"api"_s),
             made(Severity::Sev2, now.addDays(-45), 300, u"api"_s)},
            u"test"_s);
    QVERIFY(imported);
    m_view = std::make_unique<DashboardView>(f->services());
    m_testers[0] = std::make_unique<QAbstractItemModelTester>(&m_view->weekly());
    m_testers[1] = std::make_unique<QAbstractItemModelTester>(&m_view->severities());
    m_testers[2] = std::make_unique<QAbstractItemModelTester>(&m_view->trends());
    m_view->resize(1400, 900);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    if (!m_view->report())
        waitForUpdate();
}

void tst_Dashboard::cleanup()
{
    for (auto &tester : m_testers)
        tester.reset();
    m_view.reset();
    f.reset();
}

void tst_Dashboard::waitForUpdate()
{
    QSignalSpy updated(m_view.get(), &DashboardView::updated);
    QVERIFY(updated.wait());
}

void tst_Dashboard::figuresForTheLastThirtyDays()
{
    QCOMPARE(figure(u"Incidents"_s), u"4 (1 open)"_s);
    QCOMPARE(figure(u"MTTA"_s), u"3.0 min"_s);
    QCOMPARE(figure(u"Repeat rate"_s), u"25.0 % (1 of 4)"_s);
    const SeverityMetricsModel &severities = m_view->severities();
    QCOMPARE(severities.rowCount(), 4);
    QCOMPARE(severities.index(0, SeverityMetricsModel::CountColumn).data().toInt(), 2);
    QCOMPARE(severities.index(0, SeverityMetricsModel::MttrColumn).data().toDouble(), 50.0);
    // The period before had only the SEV-2 of 45 days ago: its MTTR is the ghost bar.
    QCOMPARE(severities.index(1, SeverityMetricsModel::PreviousMttrColumn).data().toDouble(),
             300.0);
    QVERIFY(!severities.index(2, SeverityMetricsModel::MttrColumn).data().isValid());
    // Four or five weeks, every incident in one of them.
    int counted = 0;
    for (int row = 0; row < m_view->weekly().rowCount(); ++row)
        for (int column = WeeklyIncidentsModel::Sev1Column;
             column <= WeeklyIncidentsModel::Sev4Column; ++column)
            counted += m_view->weekly().index(row, column).data().toInt();
    QCOMPARE(counted, 4);
    // Every chart has its series, and reads to a screen reader as its table.
    for (QChartView *chart : m_view->findChildren<QChartView *>()) {
        QVERIFY(!chart->chart()->series().isEmpty());
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(chart);
        QCOMPARE(accessible->role(), QAccessible::Table);
        QAccessibleTableInterface *table = accessible->tableInterface();
        const QAbstractItemModel &model = dynamic_cast<MetricsChart *>(chart)->dataTable();
        QVERIFY(model.rowCount() > 0);
        QCOMPARE(table->rowCount(), model.rowCount());
        QCOMPARE(table->columnDescription(1), model.headerData(1, Qt::Horizontal).toString());
        QCOMPARE(table->cellAt(0, 1)->text(QAccessible::Name), model.index(0, 1).data().toString());
    }
}

void tst_Dashboard::periodPickerAndServiceFilter()
{
    auto *range = m_view->findChild<QComboBox *>(u"range"_s);
    range->setCurrentIndex(range->findData(int(DashboardView::Range::Quarter)));
    waitForUpdate();
    QCOMPARE(figure(u"Incidents"_s), u"5 (1 open)"_s);

    auto *service = m_view->findChild<QComboBox *>(u"service"_s);
    const int payments = service->findData(u"payments"_s);
    QVERIFY(payments > 0); // offered from the incidents' services
    service->setCurrentIndex(payments);
    waitForUpdate();
    QCOMPARE(figure(u"Incidents"_s), u"1 (0 open)"_s);
    QCOMPARE(m_view->period().service, u"payments"_s);

    // A custom period that ends before it starts is refused in words.
    m_view->setCustomPeriod(QDate(2026, 3, 10), QDate(2026, 3, 1));
    QVERIFY2(
            m_view->findChild<QLabel *>(u"dashboardStatus"_s)->text().contains(u"before its end"_s),
            qPrintable(m_view->findChild<QLabel *>(u"dashboardStatus"_s)->text()));
}

void tst_Dashboard::exportsEveryTable()
{
    QTemporaryDir dir;
    QCOMPARE(m_view->exportCsv(dir.path()), QString());
    QFile severities(dir.filePath(u"severities.csv"_s));
    QVERIFY(severities.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = severities.readAll().split('\n');
    QCOMPARE(lines.at(0),
             QByteArray("Severity,Incidents,Open,MTTR (min),MTTR before (min),"
                        "MTTA (min),Response in SLA (%)\r"));
    QCOMPARE(lines.at(1), QByteArray("SEV-1,2,0,50,,3,100\r"));
    QVERIFY(QFile::exists(dir.filePath(u"incidents-per-week.csv"_s)));
    QVERIFY(QFile::exists(dir.filePath(u"trends.csv"_s)));
    const QString png = dir.filePath(u"dashboard.png"_s);
    QCOMPARE(m_view->exportPng(png), QString());
    QCOMPARE(QImage(png).size(), m_view->size());
    // A folder that cannot be written is said so.
    QVERIFY(m_view->exportCsv(dir.filePath(u"missing/folder"_s)).contains(u"Could not write"_s));
}

void tst_Dashboard::noIncidentsYetDrawsRealAxes()
{
    // A fresh profile: no charts with NaN axes, and Qt Charts has nothing to complain about.
    QTest::failOnWarning(QRegularExpression(u"nan|NaN|invalid range"_s));
    BoardFixture empty;
    DashboardView view(empty.services());
    view.resize(1400, 900);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    if (!view.report()) {
        QSignalSpy updated(&view, &DashboardView::updated);
        QVERIFY(updated.wait());
    }
    const QList<QChartView *> charts = view.findChildren<QChartView *>();
    QCOMPARE(charts.size(), 3);
    for (QChartView *chart : charts) {
        for (QAbstractAxis *axis : chart->chart()->axes(Qt::Vertical)) {
            auto *values = qobject_cast<QValueAxis *>(axis);
            QVERIFY(values);
            QVERIFY(std::isfinite(values->min()) && std::isfinite(values->max()));
            QVERIFY2(values->min() == 0 && values->max() >= 1,
                     qPrintable(u"%1 to %2"_s.arg(values->min()).arg(values->max())));
        }
    }
}

void tst_Dashboard::catchesUpWhenShownAgain()
{
    // On screen, a new incident reaches the figures once the changes settle.
    f->clock.setNow(QDateTime::currentDateTimeUtc().addSecs(-3600));
    f->declare(u"Checkout returning 500s"_s, Severity::Sev2, {u"api"_s});
    QTRY_COMPARE(figure(u"Incidents"_s), u"5 (2 open)"_s);
    // Behind another tab it computes nothing; shown again, it computes once and is current.
    m_view->hide();
    f->declare(u"Search latency above SLO"_s, Severity::Sev2, {u"api"_s});
    QSignalSpy updated(m_view.get(), &DashboardView::updated);
    m_view->show();
    QVERIFY(updated.wait());
    QCOMPARE(figure(u"Incidents"_s), u"6 (3 open)"_s);
}

QTEST_MAIN(tst_Dashboard)
#include "tst_dashboard.moc"
