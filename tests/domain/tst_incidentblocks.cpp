#include "domain/incidentblocks.h"
#include "domain/incidentidindex.h"

#include <QMap>
#include <QTest>

using namespace sitrep;

class tst_IncidentBlocks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readAsOneList();
    void ownIncidentsNeverGrowAHandedOverBlock();
    void replaceChangesOnlyItsBlock();
    void joinedIndexesFindRowsAtTheirOffset();
    void insertAfterAJoinFindsEveryRow();
};

namespace {

QList<BoardIncident> incidents(IncidentId from, IncidentId to)
{
    QList<BoardIncident> made;
    for (IncidentId id = from; id <= to; ++id) {
        BoardIncident incident;
        incident.id = id;
        made << incident;
    }
    return made;
}

QList<IncidentId> ids(const IncidentBlocks &list)
{
    QList<IncidentId> result;
    for (const BoardIncident &incident : list)
        result << incident.id;
    return result;
}

} // namespace

void tst_IncidentBlocks::readAsOneList()
{
    IncidentBlocks list(incidents(1, 3));
    list.append(IncidentBlocks(incidents(4, 4)));
    list.append(IncidentBlocks()); // nothing to hand over: no block
    list.append(IncidentBlocks(incidents(5, 7)));
    QCOMPARE(list.blocks().size(), 3);
    QCOMPARE(list.size(), 7);
    QCOMPARE(ids(list), (QList<IncidentId> {1, 2, 3, 4, 5, 6, 7}));
    for (qsizetype i = 0; i < list.size(); ++i)
        QCOMPARE(list.at(i).id, i + 1);
    QCOMPARE(list.toList(), incidents(1, 7));
    // A walk from any incident on, across the blocks' edges.
    for (qsizetype from = 0; from <= list.size(); ++from) {
        QList<IncidentId> walked;
        for (auto it = list.iteratorAt(from); it != list.end(); ++it)
            walked << (*it).id;
        QCOMPARE(walked, ids(list).mid(from));
    }
    const IncidentBlocks none;
    QVERIFY(none.begin() == none.end());
    QVERIFY(IncidentBlocks(QList<BoardIncident>()).isEmpty());
    list.clear();
    QVERIFY(list.isEmpty());
    QCOMPARE(list.blocks().size(), 0);
}

void tst_IncidentBlocks::ownIncidentsNeverGrowAHandedOverBlock()
{
    const QList<BoardIncident> handedOver = incidents(1, 3);
    IncidentBlocks list(handedOver);
    BoardIncident own;
    own.id = 4;
    list.append(own);
    own.id = 5;
    list.append(own);
    QCOMPARE(list.blocks().size(), 2); // both in one block of the list's own
    QCOMPARE(list.blocks().first().constData(), handedOver.constData()); // not moved
    list.append(IncidentBlocks(incidents(6, 6)));
    own.id = 7;
    list.append(own);
    QCOMPARE(list.blocks().size(), 4);
    QCOMPARE(ids(list), (QList<IncidentId> {1, 2, 3, 4, 5, 6, 7}));
}

void tst_IncidentBlocks::replaceChangesOnlyItsBlock()
{
    const QList<BoardIncident> firstBlock = incidents(1, 2);
    IncidentBlocks list(firstBlock);
    list.append(IncidentBlocks(incidents(3, 5)));
    BoardIncident changed = list.at(3);
    changed.title = QStringLiteral("changed");
    list.replace(3, changed);
    QCOMPARE(list.at(3).title, QStringLiteral("changed"));
    QCOMPARE(list.at(3).id, 4);
    QCOMPARE(list.blocks().first().constData(), firstBlock.constData()); // still shared
    changed = list.at(0);
    changed.title = QStringLiteral("first");
    list.replace(0, changed);
    QCOMPARE(list.at(0).title, QStringLiteral("first"));
    QVERIFY(firstBlock.first().title.isEmpty()); // the shared copy detached, not written
}

// Two halves of a history, each indexed from its own row 0, as one index of the joined rows.
void tst_IncidentBlocks::joinedIndexesFindRowsAtTheirOffset()
{
    IncidentIdIndex first;
    first.insert(10, 0);
    first.insert(12, 1);
    IncidentIdIndex second;
    second.insert(30, 0);
    second.insert(31, 1);
    second.insert(32, 2);
    IncidentIdIndex later;
    later.insert(50, 0);
    second.join(std::move(later), 3); // a part of its own joined again keeps both offsets
    first.join(std::move(second), 2);
    QCOMPARE(first.size(), 6);
    QCOMPARE(first.rowOf(10), 0);
    QCOMPARE(first.rowOf(12), 1);
    QCOMPARE(first.rowOf(30), 2);
    QCOMPARE(first.rowOf(32), 4);
    QCOMPARE(first.rowOf(50), 5);
    QCOMPARE(first.rowOf(11), -1);
    QVERIFY(!first.contains(40));
    QMap<IncidentId, int> visited;
    first.forEach([&](IncidentId id, int row) { visited.insert(id, row); });
    const QMap<IncidentId, int> expected {{10, 0}, {12, 1}, {30, 2}, {31, 3}, {32, 4}, {50, 5}};
    QCOMPARE(visited, expected);
}

// A history joined into an empty index, then rows indexed one by one after it (live changes).
void tst_IncidentBlocks::insertAfterAJoinFindsEveryRow()
{
    IncidentIdIndex history;
    history.insert(7, 0);
    history.insert(8, 1);
    IncidentIdIndex index;
    index.join(std::move(history), 5);
    index.insert(100, 7);
    index.reserve(10);
    index.insert(101, 8);
    QCOMPARE(index.size(), 4);
    QCOMPARE(index.rowOf(7), 5);
    QCOMPARE(index.rowOf(8), 6);
    QCOMPARE(index.rowOf(100), 7);
    QCOMPARE(index.rowOf(101), 8);
    index.clear();
    QVERIFY(index.isEmpty());
    QCOMPARE(index.rowOf(7), -1);
}

QTEST_GUILESS_MAIN(tst_IncidentBlocks)
#include "tst_incidentblocks.moc"
