#include "boardfixture.h"
#include "itemmodels/boardsorter.h"

#include <algorithm>
#include <numeric>
#include <random>

#include <QRandomGenerator>

using namespace sitrep;
using namespace Qt::StringLiterals;

// The sorter must give exactly the order one comparison per pair gives (the board's live
// changes find their place that way): checked against that comparison, written out here, over
// rows chosen to tie, share prefixes, differ in case and end inside a seven-byte step.
class tst_BoardSorter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void ordersAsOneComparisonPerPair_data();
    void ordersAsOneComparisonPerPair();
    void sortsPartOfTheRows();

private:
    [[nodiscard]] bool before(int column, Qt::SortOrder order, int left, int right) const;

    std::unique_ptr<BoardFixture> f;
    std::unique_ptr<IncidentTableModel> table;
};

namespace {

// The fixture's table has its texts: where it would not, it builds them when asked.
constexpr auto tableBuilds = BoardSortRows::UnbuiltTexts::TableBuildsThem;

template<typename T> int threeWay(const T &a, const T &b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

QList<Incident> trickyIncidents()
{
    // Titles that agree for 0 to 30 bytes, end where the next step starts, repeat exactly,
    // differ only in case, and hold bytes above 127.
    const QStringList titles = {
            u"checkout returning 500s"_s,
            u"checkout returning 500s (1)"_s,
            u"checkout returning 500s (10)"_s,
            u"checkout returning 500s (2)"_s,
            u"Checkout returning 500s"_s,
            u"checkout"_s,
            u"checkou"_s,
            u"checkout returnin"_s,
            u"checkout returning"_s,
            u"ÄÖÜ outage"_s,
            u"Zürich datacenter"_s,
            u"zurich datacenter"_s,
            u""_s,
            u"a"_s,
            u"checkout returning 500s\u00a0x"_s,
            u"checkout returning 500s x"_s,
    };
    const QStringList commanders = {u"alice"_s, u"Alice"_s, u"bob"_s, u""_s, u"Ærin"_s};
    const QList<QStringList> services
            = {{u"checkout"_s}, {u"Checkout"_s, u"api"_s}, {}, {u"search"_s}};
    const QDateTime start(QDate(2024, 1, 10), QTime(9, 0), Qt::UTC);
    QRandomGenerator random(27);
    QList<Incident> incidents;
    for (int i = 0; i < 400; ++i) {
        Incident incident;
        incident.id = i + 1;
        incident.title = titles.at(random.bounded(int(titles.size())));
        incident.commander = commanders.at(random.bounded(int(commanders.size())));
        incident.services = services.at(random.bounded(int(services.size())));
        incident.severity = Severity(random.bounded(1, 5));
        // Few distinct start times, so that many rows tie on everything but their row.
        incident.startedAt = start.addSecs(600 * random.bounded(6));
        incident.lastUpdateAt = incident.startedAt.addSecs(60 * random.bounded(3));
        if (random.bounded(3) == 0) {
            incident.status = IncidentStatus::Resolved;
            incident.resolvedAt = incident.startedAt.addSecs(3600);
        } else {
            incident.status = IncidentStatus(random.bounded(int(IncidentStatus::Resolved)));
        }
        incidents.append(incident);
    }
    return incidents;
}

} // namespace

void tst_BoardSorter::init()
{
    f = std::make_unique<BoardFixture>();
    table = std::make_unique<IncidentTableModel>(*f->service, f->clock);
    table->setIncidents(trickyIncidents());
    QCOMPARE(table->rowCount(), 400);
}

void tst_BoardSorter::cleanup()
{
    table.reset();
    f.reset();
}

bool tst_BoardSorter::before(int column, Qt::SortOrder order, int left, int right) const
{
    const BoardIncident &a = table->incidentAt(left);
    const BoardIncident &b = table->incidentAt(right);
    const auto dueMs = [this](const BoardIncident &incident) {
        const QDateTime due = table->policy().nextUpdateDue(incident);
        return due.isValid() ? due.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
    };
    int result = 0;
    switch (column) {
    case IncidentTableModel::SeverityColumn:
        result = threeWay(a.severity, b.severity);
        break;
    case IncidentTableModel::TitleColumn:
        result = table->searchTextAt(left).compare(table->searchTextAt(right));
        break;
    case IncidentTableModel::StatusColumn:
        result = threeWay(a.status, b.status);
        break;
    case IncidentTableModel::CommanderColumn:
        result = a.commander.compare(b.commander, Qt::CaseInsensitive);
        break;
    case IncidentTableModel::ServicesColumn:
        result = a.services.value(0).compare(b.services.value(0), Qt::CaseInsensitive);
        break;
    case IncidentTableModel::AgeColumn:
        result = threeWay(b.startedAt, a.startedAt);
        break;
    case IncidentTableModel::NextUpdateColumn:
        result = threeWay(dueMs(a), dueMs(b));
        break;
    }
    if (order == Qt::DescendingOrder)
        result = -result;
    if (result == 0)
        result = threeWay(b.startedAt, a.startedAt);
    if (result == 0)
        result = threeWay(left, right);
    return result < 0;
}

void tst_BoardSorter::ordersAsOneComparisonPerPair_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    for (int column = 0; column < IncidentTableModel::ColumnCount; ++column) {
        QTest::addRow("column %d ascending", column) << column << Qt::AscendingOrder;
        QTest::addRow("column %d descending", column) << column << Qt::DescendingOrder;
    }
}

void tst_BoardSorter::ordersAsOneComparisonPerPair()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QList<int> rows(table->rowCount());
    std::iota(rows.begin(), rows.end(), 0);
    std::shuffle(rows.begin(), rows.end(), std::mt19937(7));

    QList<int> expected = rows;
    std::sort(expected.begin(), expected.end(),
              [&](int l, int r) { return before(column, order, l, r); });
    QCOMPARE(
            BoardSorter(BoardSortRows::of(*table, column, tableBuilds), column, order).sorted(rows),
            expected);
}

void tst_BoardSorter::sortsPartOfTheRows()
{
    const QList<int> rows = {17, 3, 250, 4, 399, 0};
    QList<int> expected = rows;
    std::sort(expected.begin(), expected.end(), [&](int l, int r) {
        return before(IncidentTableModel::TitleColumn, Qt::AscendingOrder, l, r);
    });
    const int title = IncidentTableModel::TitleColumn;
    const auto byTitle = [&] {
        return BoardSorter(BoardSortRows::of(*table, title, tableBuilds), title,
                           Qt::AscendingOrder);
    };
    QCOMPARE(byTitle().sorted(rows), expected);
    QCOMPARE(byTitle().sorted({}), QList<int>());
    // Where the texts are not built yet, the sorter builds its own.
    BoardSortRows withoutTexts = BoardSortRows::of(*table, title, tableBuilds);
    QVERIFY(!withoutTexts.searchTexts.isEmpty());
    withoutTexts.searchTexts.clear();
    QCOMPARE(BoardSorter(withoutTexts, title, Qt::AscendingOrder).sorted(rows), expected);
}

QTEST_GUILESS_MAIN(tst_BoardSorter)
#include "tst_boardsorter.moc"
