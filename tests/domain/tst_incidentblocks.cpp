#include "domain/incidentblocks.h"

#include <QTest>

using namespace sitrep;

class tst_IncidentBlocks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readAsOneList();
    void ownIncidentsNeverGrowAHandedOverBlock();
    void replaceChangesOnlyItsBlock();
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

QTEST_GUILESS_MAIN(tst_IncidentBlocks)
#include "tst_incidentblocks.moc"
