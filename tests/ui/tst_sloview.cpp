#include "../itemmodels/boardfixture.h"
#include "common/chartstyle.h"
#include "itemmodels/slooverviewmodel.h"
#include "slo/slochartspanel.h"
#include "slo/slochartview.h"
#include "slo/sloview.h"

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QAreaSeries>
#include <QChart>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QListView>
#include <QPointer>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace sitrep;
using namespace Qt::StringLiterals;

namespace {

// Whether `colour` is painted inside `box` (scene coordinates) of the chart view.
bool paintedIn(SloChartView &view, const QRectF &box, const QColor &colour)
{
    const QImage image = view.grab().toImage();
    const QRect area = view.mapFromScene(box).boundingRect().intersected(image.rect());
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            if (image.pixelColor(x, y).rgb() == colour.rgb())
                return true;
        }
    }
    return false;
}

} // namespace

// The SLO view driven as a manager would: cards worst first, the SLA table, picking an SLO
// draws its charts (downsampled for the screen, full data in the export), zoom and reset.
class tst_SloView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void cardsAreWorstFirst();
    void slicesAreNamedInTheTarget();
    void pickingAnSloDrawsItsCharts();
    void chartsAreDownsampledAndZoomShowsDetail();
    void aRedrawnSpanLeavesNoLinesBehind();
    void exportsKeepEveryMinute();
    void chartsReadAsTables();
    void emptyStateSaysWhatToDo();
    void badImportIsShownInWords();

private:
    void seed(const QString &service, double failing);
    void showView();

    std::unique_ptr<BoardFixture> f;
    std::unique_ptr<SloView> m_view;
    QDateTime m_at;
};

void tst_SloView::init()
{
    f = std::make_unique<BoardFixture>();
    m_at = QDateTime(QDate(2026, 3, 10), QTime(0, 0), Qt::UTC);
    f->clock.setNow(m_at);
}

void tst_SloView::cleanup()
{
    m_view.reset();
    f.reset();
}

// The seed's availability SLO for `service` with 30 days of 1,000 requests a minute, a share
// `failing` of them failed.
void tst_SloView::seed(const QString &service, double failing)
{
    const Slo slo = SloDefaults::seed(service).first();
    QVERIFY(f->slos->save({slo}));
    QList<SloEvent> events;
    const qint64 endMs = m_at.toMSecsSinceEpoch();
    for (qint64 minute = 43'200 - 1; minute >= 0; --minute)
        events.append({endMs - minute * 60'000, 1000 * failing, 1000});
    QVERIFY(f->slos->storeEvents(slo.name, events));
}

void tst_SloView::showView()
{
    m_view = std::make_unique<SloView>(*f->slos);
    m_view->resize(1400, 900);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QSignalSpy charted(m_view.get(), &SloView::chartShown);
    f->slos->start();
    if (!m_view->overview().rowCount() || charted.isEmpty())
        QVERIFY(charted.wait());
}

void tst_SloView::cardsAreWorstFirst()
{
    seed(u"checkout"_s, 0.0002);
    seed(u"payments"_s, 0.0008);
    showView();
    QAbstractItemModelTester overviewTester(&m_view->overview());
    QAbstractItemModelTester slaTester(&m_view->sla());
    SloOverviewModel &overview = m_view->overview();
    QCOMPARE(overview.rowCount(), 2);
    QCOMPARE(overview.index(0, SloOverviewModel::NameColumn).data().toString(),
             u"payments-availability"_s);
    QCOMPARE(overview.index(0, SloOverviewModel::BudgetColumn).data().toString(), u"20.0 %"_s);
    QCOMPARE(overview.index(1, SloOverviewModel::BudgetColumn).data().toString(), u"80.0 %"_s);
    QCOMPARE(overview.index(0, SloOverviewModel::BurnColumn).data().toString(), u"0.8×"_s);
    QCOMPARE(overview.index(0, SloOverviewModel::AlertColumn).data().toString(), u"OK"_s);
    // A screen reader hears what the card paints, through the card list's first cell.
    auto *cards = m_view->findChild<QListView *>(u"sloCards"_s);
    QAccessibleInterface *list = QAccessible::queryAccessibleInterface(cards);
    QVERIFY(list && list->childCount() >= 2);
    QCOMPARE(list->child(0)->text(QAccessible::Name),
             u"payments-availability (payments, target 99.90 % over 30d): 20.0 % budget left, "
             "burn 0.8×, OK"_s);
    QCOMPARE(overview.index(0, 0)
                     .data(SloOverviewModel::SparklineRole)
                     .value<QList<QPointF>>()
                     .size(),
             SloCalculation::sparklinePoints);
    // The SLA table: February (from the 8th) and March so far, per service.
    QCOMPARE(m_view->sla().rowCount(), 4);
    QCOMPARE(m_view->sla().index(0, SlaTableModel::AvailabilityColumn).data().toString(),
             u"99.980 %"_s);
    QCOMPARE(m_view->sla().index(0, SlaTableModel::CreditColumn).data().toString(),
             u"0 % of the fee"_s);
    // The worst is picked and charted.
    QCOMPARE(m_view->charts()->chart()->report.slo.name, u"payments-availability"_s);
}

// An SLO counted in five-minute slices says so, and its budget is in slices: one whole failed
// minute a day spends 1/1440 of the events (budget left 30.6 %) but 1/288 of the slices,
// three and a half times the budget.
void tst_SloView::slicesAreNamedInTheTarget()
{
    Slo slo = SloDefaults::seed(u"payments"_s).first();
    slo.budgeting = {SloBudgeting::Method::Timeslices, 0.99, std::chrono::minutes(5)};
    QVERIFY(f->slos->save({slo}));
    QList<SloEvent> events;
    const qint64 endMs = m_at.toMSecsSinceEpoch();
    for (qint64 minute = 43'200 - 1; minute >= 0; --minute)
        events.append({endMs - minute * 60'000, minute % 1440 == 7 ? 1000.0 : 0.0, 1000});
    QVERIFY(f->slos->storeEvents(slo.name, events));
    showView();
    QAbstractItemModelTester tester(&m_view->overview());
    const SloOverviewModel &overview = m_view->overview();
    QCOMPARE(overview.rowCount(), 1);
    QCOMPARE(overview.index(0, SloOverviewModel::TargetColumn).data().toString(),
             u"99.90 % of 5m slices over 30d"_s);
    QCOMPARE(overview.index(0, SloOverviewModel::BudgetColumn).data().toString(),
             QLocale().toString(-247.2, 'f', 1) + u" %"_s);
}

void tst_SloView::pickingAnSloDrawsItsCharts()
{
    seed(u"checkout"_s, 0.0002);
    seed(u"payments"_s, 0.0008);
    // An incident shaded on every chart: its span has no legend entry, the lines have.
    f->declare(u"Checkout slow"_s, Severity::Sev2, {u"checkout"_s});
    f->clock.setNow(m_at);
    showView();
    QSignalSpy charted(m_view.get(), &SloView::chartShown);
    const QRect second = m_view->cards()->visualRect(m_view->overview().index(1, 0));
    QTest::mouseClick(m_view->cards()->viewport(), Qt::LeftButton, {}, second.center());
    QVERIFY(charted.wait());
    QCOMPARE(m_view->charts()->chart()->report.slo.name, u"checkout-availability"_s);
    const auto *caption = m_view->charts()->findChild<QLabel *>(u"chartCaption"_s);
    QVERIFY2(caption->text().contains(u"checkout-availability"_s), qPrintable(caption->text()));
    QVERIFY(caption->text().contains(u"80.0 % left"_s));
    // Three charts: budget (ideal + actual), burn (four thresholds + the rate), SLI (target +
    // SLI).
    const QList<SloChartView *> views = m_view->charts()->views();
    QCOMPARE(views.at(0)->chart()->series().size(), 1 + 2);
    QCOMPARE(views.at(1)->chart()->series().size(), 1 + 5);
    QCOMPARE(views.at(2)->chart()->series().size(), 1 + 2);
    // Drawn again after the first layout, each legend still shows its lines' names: the
    // primary line's colour is painted in the legend's box.
    for (SloChartView *view : views) {
        const QColor primary = ChartStyle::colour(Series::Primary, Tones::current());
        QTRY_VERIFY2(paintedIn(*view, view->chart()->legend()->geometry(), primary),
                     qPrintable(view->objectName()));
    }
}

void tst_SloView::chartsAreDownsampledAndZoomShowsDetail()
{
    // An incident on payments shades a span on every chart.
    f->clock.setNow(m_at.addDays(-2));
    f->declare(u"Payments failing"_s, Severity::Sev2, {u"payments"_s});
    f->clock.setNow(m_at);
    seed(u"payments"_s, 0.0008);
    showView();
    SloChartView *budget = m_view->charts()->views().first();
    QCOMPARE(budget->chart()->series().size(), 3); // the incident's span, ideal, actual
    const qsizetype plotWidth = qsizetype(budget->chart()->plotArea().width());
    // A month of minutes is 43,200 points; on screen about two per pixel.
    const qsizetype drawn = budget->drawnPoints();
    QVERIFY2(drawn <= 2 * plotWidth + 2 + 4, qPrintable(QString::number(drawn)));
    QVERIFY(drawn > plotWidth);
    // Zooming in on a day draws that day's minutes, not the month's sample of them.
    budget->chart()->zoomIn(
            QRectF(budget->chart()->plotArea().left(), budget->chart()->plotArea().top(),
                   budget->chart()->plotArea().width() / 30, budget->chart()->plotArea().height()));
    QVERIFY(budget->drawnPoints() > 2 * 1440 / 2); // ideal line's 2 + most of a day's minutes
    QTest::mouseDClick(budget->viewport(), Qt::LeftButton);
    QVERIFY(budget->drawnPoints() <= 2 * plotWidth + 6);
}

void tst_SloView::aRedrawnSpanLeavesNoLinesBehind()
{
    // A span is an area between two lines the area does not own; every redraw removes the
    // chart's series, and the lines must go with them (they leaked at each redraw).
    SloChartView view(u"Budget"_s);
    view.reset(0, 3'600'000, 0, 100, u"%"_s);
    view.addSpan(600'000, 1'200'000, Qt::red, u"Incident #1"_s);
    auto *area = qobject_cast<QAreaSeries *>(view.chart()->series().value(0));
    QVERIFY(area);
    const QPointer<QLineSeries> upper = area->upperSeries();
    const QPointer<QLineSeries> lower = area->lowerSeries();
    QVERIFY(upper && lower);
    view.reset(0, 3'600'000, 0, 100, u"%"_s);
    QVERIFY(view.chart()->series().isEmpty());
    QVERIFY(!upper);
    QVERIFY(!lower);
}

void tst_SloView::exportsKeepEveryMinute()
{
    seed(u"payments"_s, 0.0008);
    showView();
    QTemporaryDir dir;
    const QString csv = dir.filePath(u"payments.csv"_s);
    QCOMPARE(m_view->exportCsv(csv), QString());
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.size(), 43'200 + 2); // header, every minute, and the empty end
    QCOMPARE(lines.first(),
             QByteArray("time,budget_remaining_percent,burn_rate_1h,sli_1h_percent\r"));
    QCOMPARE(lines.at(43'200), QByteArray("2026-03-10T00:00:00Z,20,0.8,99.92\r"));
    const QString png = dir.filePath(u"payments.png"_s);
    QCOMPARE(m_view->exportPng(png), QString());
    const QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() > 400);
}

// A screen reader walks each chart as the table of its lines: the same minutes as the CSV.
void tst_SloView::chartsReadAsTables()
{
    seed(u"checkout"_s, 0.0002);
    seed(u"payments"_s, 0.0008);
    showView();
    SloChartView *budget = m_view->charts()->views().first();
    QAbstractItemModelTester tester(const_cast<QAbstractItemModel *>(&budget->dataTable()));
    QSignalSpy charted(m_view.get(), &SloView::chartShown);
    QSignalSpy tableReset(&budget->dataTable(), &QAbstractItemModel::modelReset);
    const QRect second = m_view->cards()->visualRect(m_view->overview().index(1, 0));
    QTest::mouseClick(m_view->cards()->viewport(), Qt::LeftButton, {}, second.center());
    QVERIFY(charted.wait());
    // The chart drawn anew tells a screen reader once, not once per line.
    QCOMPARE(tableReset.size(), 1);
    QAccessibleInterface *chart = QAccessible::queryAccessibleInterface(budget);
    QVERIFY(chart);
    QCOMPARE(chart->role(), QAccessible::Table);
    QAccessibleTableInterface *table = chart->tableInterface();
    QVERIFY(table);
    // The window's start, where the ideal line begins, then every minute.
    QCOMPARE(table->rowCount(), 1 + 43'200);
    // Time, then each line by its legend's name.
    QCOMPARE(table->columnCount(), 3);
    QCOMPARE(table->columnDescription(0), u"Time"_s);
    QStringList lines;
    for (int column = 1; column < table->columnCount(); ++column)
        lines << table->columnDescription(column);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines, QStringList({u"Ideal burn-down"_s, u"Budget left"_s}));
    // The last minute: 80 % of checkout's budget left, as its CSV says.
    QAccessibleInterface *cell = table->cellAt(43'200, 2);
    QVERIFY(cell);
    QCOMPARE(cell->role(), QAccessible::Cell);
    QCOMPARE(cell->text(QAccessible::Name), u"80.00"_s);
    QCOMPARE(cell->tableCellInterface()->rowIndex(), 43'200);
    // Where a line has no point, its cell is empty.
    QCOMPARE(table->cellAt(0, 1)->text(QAccessible::Name), u"100.00"_s);
    QCOMPARE(table->cellAt(0, 2)->text(QAccessible::Name), QString());
    QCOMPARE(cell->parent(), chart);
    QCOMPARE(chart->child(chart->indexOfChild(cell)), cell);
    QVERIFY(chart->text(QAccessible::Description).contains(u"43201 rows"_s));
}

void tst_SloView::emptyStateSaysWhatToDo()
{
    m_view = std::make_unique<SloView>(*f->slos);
    m_view->show();
    QSignalSpy updated(f->slos.get(), &SloMonitor::updated);
    f->slos->start();
    QVERIFY(updated.wait());
    const auto *empty = m_view->findChild<QLabel *>(u"sloEmpty"_s);
    QVERIFY(empty->isVisible());
    QVERIFY(empty->text().contains(u"sitrepctl slo seed"_s));
    QVERIFY(!m_view->charts()->chart());
    // No empty axes beside it: the charts give way to the message.
    for (SloChartView *view : m_view->charts()->views())
        QVERIFY(!view->isVisible());
    QCOMPARE(m_view->charts()->findChild<QLabel *>(u"chartCaption"_s)->text(),
             u"No SLOs to chart."_s);
}

void tst_SloView::badImportIsShownInWords()
{
    m_view = std::make_unique<SloView>(*f->slos);
    QTemporaryDir dir;
    QFile file(dir.filePath(u"bad.yaml"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("apiVersion: openslo/v1\nkind: SLO\nmetadata: {name: x}\nspec: {}\n");
    file.close();
    m_view->importFiles({file.fileName()});
    const auto *status = m_view->findChild<QLabel *>(u"sloStatus"_s);
    QVERIFY2(status->text().contains(u"bad.yaml"_s), qPrintable(status->text()));
    QVERIFY(f->slos->slos().value().isEmpty());
}

QTEST_MAIN(tst_SloView)
#include "tst_sloview.moc"
