#include "domain/incidentsearch.h"

#include <QRandomGenerator>
#include <QTest>

using namespace sitrep;
using namespace Qt::StringLiterals;

class tst_IncidentSearch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void searchText_data();
    void searchText();
    void searchTextKeepsFieldsApart();
    void preparedInTriageOrder();
    void preparedInTriageOrderAtAnySize();
    void mergeKeepsTriageOrder();
    void rowsContaining_data();
    void rowsContaining();
    void rowsContainingLooksOnAfterAHitAcrossRows();
};

namespace {

BoardIncident incident(IncidentId id, Severity severity, int startedMinutesAgo)
{
    BoardIncident made;
    made.id = id;
    made.title = u"Incident %1"_s.arg(id);
    made.severity = severity;
    made.startedAt = QDateTime(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC)
                             .addSecs(-60 * startedMinutesAgo);
    return made;
}

// The ids in triage order: through `order` when the set has one.
QList<IncidentId> ids(const SearchableIncidents &prepared)
{
    QList<IncidentId> result;
    if (prepared.order.isEmpty()) {
        for (const BoardIncident &each : prepared.incidents)
            result << each.id;
    } else {
        for (int row : prepared.order)
            result << prepared.incidents.at(row).id;
    }
    return result;
}

} // namespace

void tst_IncidentSearch::searchText_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("commander");
    QTest::addColumn<QStringList>("services");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("ascii") << u"Checkout 500s"_s << u"Alice"_s
                           << QStringList {u"Checkout"_s, u"API"_s}
                           << QByteArray("checkout 500s\x1f"
                                         "alice\x1f"
                                         "checkout api \x1f#42");
    QTest::newRow("unicode lower-cased fully")
            << u"ZAHLUNG in ZÜRICH"_s << u"Ärger"_s << QStringList {}
            << u"zahlung in zürich\x1färger\x1f\x1f#42"_s.toUtf8();
    QTest::newRow("empty") << QString() << QString() << QStringList {}
                           << QByteArray("\x1f\x1f\x1f#42");
}

void tst_IncidentSearch::searchText()
{
    QFETCH(QString, title);
    QFETCH(QString, commander);
    QFETCH(QStringList, services);
    QFETCH(QByteArray, expected);
    Incident subject;
    subject.id = 42;
    subject.title = title;
    subject.commander = commander;
    subject.services = services;
    QCOMPARE(incidentSearchText(subject), expected);
    // Written straight into a block, after another row's text: the same bytes.
    SearchTexts texts;
    texts.append("first");
    texts.append(subject);
    QCOMPARE(texts.at(1).toByteArray(), expected);
    QCOMPARE(texts.at(0).toByteArray(), QByteArray("first"));
}

void tst_IncidentSearch::searchTextKeepsFieldsApart()
{
    Incident subject;
    subject.title = u"disk"_s;
    subject.commander = u"full"_s;
    const QByteArray text = incidentSearchText(subject);
    QVERIFY(text.contains("disk"));
    QVERIFY(!text.contains("disk full"));
    QVERIFY(!text.contains("diskfull"));
}

void tst_IncidentSearch::preparedInTriageOrder()
{
    const SearchableIncidents prepared = SearchableIncidents::prepare(
            {incident(1, Severity::Sev3, 10), incident(2, Severity::Sev1, 50),
             incident(3, Severity::Sev1, 5), incident(4, Severity::Sev3, 10),
             incident(5, Severity::Sev2, 1)});
    // SEV-1 first (newest first), then SEV-2, then SEV-3 with equal start times by id.
    QCOMPARE(ids(prepared), (QList<IncidentId> {3, 2, 5, 1, 4}));
    QCOMPARE(prepared.searchTexts.size(), 5);
    for (qsizetype i = 0; i < prepared.incidents.size(); ++i)
        QCOMPARE(prepared.searchTexts.at(i).toByteArray(),
                 incidentSearchText(prepared.incidents.at(i)));
}

void tst_IncidentSearch::preparedInTriageOrderAtAnySize()
{
    // Incidents are put in order in their own list, cycle by cycle: many cycles of all lengths.
    QRandomGenerator random(26);
    QList<BoardIncident> all;
    for (IncidentId id = 1; id <= 2000; ++id)
        all << incident(id, static_cast<Severity>(1 + random.bounded(4)), random.bounded(500));
    QList<BoardIncident> sorted = all;
    std::sort(sorted.begin(), sorted.end(), triageBefore);
    const SearchableIncidents prepared = SearchableIncidents::prepare(all);
    QCOMPARE(prepared.incidents.toList(), sorted);
    for (qsizetype i = 0; i < sorted.size(); ++i)
        QCOMPARE(prepared.searchTexts.at(i).toByteArray(), incidentSearchText(sorted.at(i)));
}

void tst_IncidentSearch::mergeKeepsTriageOrder()
{
    const SearchableIncidents first = SearchableIncidents::prepare(
            {incident(1, Severity::Sev1, 30), incident(3, Severity::Sev4, 1)});
    const SearchableIncidents second = SearchableIncidents::prepare(
            {incident(2, Severity::Sev1, 10), incident(4, Severity::Sev2, 99),
             incident(6, Severity::Sev4, 1)});
    const SearchableIncidents merged = SearchableIncidents::merge(first, second);
    QCOMPARE(ids(merged), (QList<IncidentId> {2, 1, 4, 3, 6}));
    // The incidents stay where their half put them; only the order is merged.
    QCOMPARE(merged.incidents.first().id, 1);
    QCOMPARE(merged.order, (QList<int> {2, 0, 3, 1, 4}));
    for (qsizetype i = 0; i < merged.incidents.size(); ++i)
        QCOMPARE(merged.searchTexts.at(i).toByteArray(),
                 incidentSearchText(merged.incidents.at(i)));
    QCOMPARE(ids(SearchableIncidents::merge({}, second)), ids(second));
    QVERIFY(!merged.hasIdIndex()); // neither half was indexed

    SearchableIncidents indexedFirst = first;
    indexedFirst.indexIds();
    SearchableIncidents indexedSecond = second;
    indexedSecond.indexIds();
    QVERIFY(!SearchableIncidents::merge(indexedFirst, second).hasIdIndex());
    const SearchableIncidents indexed = SearchableIncidents::merge(indexedFirst, indexedSecond);
    QVERIFY(indexed.hasIdIndex());
    for (qsizetype i = 0; i < indexed.incidents.size(); ++i)
        QCOMPARE(indexed.indexOf.rowOf(indexed.incidents.at(i).id), i);
}

namespace {

// The rows whose text contains `key`, one text at a time: what rowsContaining() must agree with.
QBitArray eachTextContaining(const SearchTexts &texts, QByteArrayView key)
{
    QBitArray rows(texts.size());
    for (qsizetype row = 0; row < texts.size(); ++row)
        rows.setBit(row, texts.at(row).contains(key));
    return rows;
}

} // namespace

void tst_IncidentSearch::rowsContaining_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QBitArray>("expected");
    const auto bits = [](std::initializer_list<bool> set) {
        QBitArray rows(qsizetype(set.size()));
        qsizetype row = 0;
        for (const bool bit : set)
            rows.setBit(row++, bit);
        return rows;
    };
    // The texts: "checkout", "outage", "", "disk", "kout" (with "disk" and "kout" meeting).
    QTest::newRow("in several rows") << QByteArray("out") << bits({1, 1, 0, 0, 1});
    QTest::newRow("a whole row") << QByteArray("disk") << bits({0, 0, 0, 1, 0});
    QTest::newRow("the last bytes") << QByteArray("kout") << bits({1, 0, 0, 0, 1});
    QTest::newRow("only across two rows") << QByteArray("skko") << bits({0, 0, 0, 0, 0});
    QTest::newRow("across two rows, into a row's start")
            << QByteArray("tou") << bits({0, 0, 0, 0, 0});
    QTest::newRow("in no row") << QByteArray("pager") << bits({0, 0, 0, 0, 0});
    QTest::newRow("empty: every row") << QByteArray() << bits({1, 1, 1, 1, 1});
}

void tst_IncidentSearch::rowsContaining()
{
    QFETCH(QByteArray, key);
    QFETCH(QBitArray, expected);
    SearchTexts texts;
    for (const char *text : {"checkout", "outage", "", "disk", "kout"})
        texts.append(text);
    QCOMPARE(texts.rowsContaining(key), expected);
    QCOMPARE(eachTextContaining(texts, key), expected);

    // After a replace the block holds an unused old text: it must not be found.
    texts.replace(1, "pager");
    texts.replace(3, "kout");
    QCOMPARE(texts.rowsContaining(key), eachTextContaining(texts, key));
    QVERIFY(!texts.rowsContaining("outage").testBit(1));

    // Texts added after others keep their rows.
    SearchTexts joined;
    joined.append("incident");
    joined.append(SearchTexts(texts));
    QCOMPARE(joined.rowsContaining(key), eachTextContaining(joined, key));

    // A set handed over keeps its blocks, and the rows before it keep theirs: no text is
    // copied. Rows added afterwards come after those, in a block of their own.
    SearchTexts many;
    for (const char *text : {"checkout", "outage", "", "disk", "kout"})
        many.append(text);
    for (const char *text : {"outa", "ge"}) {
        SearchTexts few;
        few.append(text);
        few.append("disk");
        const char *const kept = many.at(0).data();
        const char *const ownKept = few.at(0).data();
        const QByteArray handedOverFirst = many.at(0).toByteArray();
        const qsizetype rows = 2 + many.size();
        few.append(std::move(many));
        QCOMPARE(few.size(), rows);
        QVERIFY(many.isEmpty());
        QCOMPARE(few.at(0).toByteArray(), QByteArray(text));
        QCOMPARE(few.at(0).data(), ownKept); // not copied
        QCOMPARE(few.at(2).toByteArray(), handedOverFirst);
        QCOMPARE(few.at(2).data(), kept); // not copied
        few.append("out");
        // A row of a block handed over changes in that block.
        few.replace(3, "outage");
        QCOMPARE(few.at(3).toByteArray(), QByteArray("outage"));
        QCOMPARE(few.rowsContaining(key), eachTextContaining(few, key));
        QCOMPARE(few.rowsContaining("outage"), eachTextContaining(few, "outage"));
        QCOMPARE(few.rowsContaining("kout"), eachTextContaining(few, "kout"));
        many = std::move(few); // the next round hands over eight rows in three runs
    }
}

void tst_IncidentSearch::rowsContainingLooksOnAfterAHitAcrossRows()
{
    // "xa" and "bab": the first "ab" runs across the two rows, the second lies in "bab".
    SearchTexts texts;
    texts.append("xa");
    texts.append("bab");
    QBitArray secondOnly(2);
    secondOnly.setBit(1);
    QCOMPARE(texts.rowsContaining("ab"), secondOnly);
}

QTEST_GUILESS_MAIN(tst_IncidentSearch)
#include "tst_incidentsearch.moc"
