#include "domain/fractionalkey.h"
#include "domain/teamincidentfields.h"
#include "domain/teampostmortemfields.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QTest>

using namespace sitrep;
using namespace Qt::StringLiterals;

// How a postmortem travels in a team's log: order keys that always leave room, items that keep
// their ids and places, sections that round-trip field by field, and conflict copies shown
// after the winner in one order on every console.
class tst_TeamPostmortem : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keysAlwaysLeaveRoom();
    void identifyKeepsKeysThatStillSort();
    void fieldsRoundTrip();
    void changedNamesOnlyWhatDiffers();
    void copiesFollowTheWinnerOldestFirst();
    void incidentCountsOutOfRangeAreNotApplied();
};

namespace {

Postmortem::ActionItem item(const QString &action, const QString &owner = {})
{
    Postmortem::ActionItem made;
    made.action = action;
    made.owner = owner;
    return made;
}

} // namespace

void tst_TeamPostmortem::keysAlwaysLeaveRoom()
{
    // Inserting at random places a thousand times never runs out of keys or breaks the order.
    QStringList keys {FractionalKey::between({}, {})};
    QRandomGenerator random(7);
    for (int i = 0; i < 1000; ++i) {
        const qsizetype at = random.bounded(keys.size() + 1);
        const QString before = at > 0 ? keys.at(at - 1) : QString();
        const QString after = at < keys.size() ? keys.at(at) : QString();
        const QString key = FractionalKey::between(before, after);
        QVERIFY2(key > before && (after.isEmpty() || key < after),
                 qPrintable(u"%1 < %2 < %3"_s.arg(before, key, after)));
        QVERIFY(!key.endsWith(u'a'));
        keys.insert(at, key);
    }
    // Neighbouring digits and a bound that is a prefix.
    QCOMPARE(FractionalKey::between(u"y"_s, u"z"_s), u"yn"_s);
    QVERIFY(FractionalKey::between(u"c"_s, u"cb"_s) > u"c"_s);
    QVERIFY(FractionalKey::between(u"c"_s, u"cb"_s) < u"cb"_s);
}

void tst_TeamPostmortem::identifyKeepsKeysThatStillSort()
{
    Postmortem p;
    p.actionItems = {item(u"first"_s), item(u"second"_s)};
    TeamPostmortemFields::identify(p, 1'700'000'000'000);
    const Postmortem::ActionItem first = p.actionItems.at(0);
    const Postmortem::ActionItem second = p.actionItems.at(1);
    QVERIFY(!first.uid.isNull() && !second.uid.isNull() && first.uid != second.uid);
    QVERIFY(first.order < second.order);
    // An item put between the two gets a key between theirs; theirs stay.
    p.actionItems.insert(1, item(u"between"_s));
    TeamPostmortemFields::identify(p, 1'700'000'000'001);
    QCOMPARE(p.actionItems.at(0), first);
    QCOMPARE(p.actionItems.at(2), second);
    QVERIFY(p.actionItems.at(1).order > first.order && p.actionItems.at(1).order < second.order);
}

void tst_TeamPostmortem::fieldsRoundTrip()
{
    StoredPostmortem stored;
    stored.postmortem.incident = 4;
    stored.postmortem.title = u"Checkout 500s"_s;
    stored.postmortem.summary = u"The pool ran dry."_s;
    stored.postmortem.status = Postmortem::Status::InReview;
    stored.postmortem.lessons = {u"Load test first"_s};
    stored.postmortem.actionItems = {item(u"Alert on the pool"_s, u"alice"_s)};
    TeamPostmortemFields::identify(stored.postmortem, 1'700'000'000'000);
    stored.reviewAt = QDateTime(QDate(2026, 12, 4), QTime(10, 0), Qt::UTC);
    stored.attendees = {u"alice"_s, u"leads@example.com"_s};

    StoredPostmortem rebuilt;
    rebuilt.postmortem.incident = 4;
    for (const TeamField &field : TeamPostmortemFields::all(stored))
        QVERIFY2(TeamPostmortemFields::apply(rebuilt, field), qPrintable(field.name));
    QCOMPARE(rebuilt.postmortem, stored.postmortem);
    QCOMPARE(rebuilt.reviewAt, stored.reviewAt);
    QCOMPARE(rebuilt.attendees, stored.attendees);
    QVERIFY(!TeamPostmortemFields::apply(rebuilt, {u"a_newer_section"_s, u"x"_s}));
}

void tst_TeamPostmortem::changedNamesOnlyWhatDiffers()
{
    StoredPostmortem before;
    before.postmortem.actionItems = {item(u"keep"_s), item(u"drop"_s)};
    TeamPostmortemFields::identify(before.postmortem, 1'700'000'000'000);
    StoredPostmortem after = before;
    after.postmortem.summary = u"New summary"_s;
    after.postmortem.actionItems.removeAt(1);
    QStringList names;
    for (const TeamField &field : TeamPostmortemFields::changed(before, after))
        names << field.name + (field.value.isNull() ? u" (out)"_s : QString());
    QCOMPARE(names,
             QStringList({u"summary"_s,
                          u"action_items/%1 (out)"_s.arg(
                                  before.postmortem.actionItems.at(1).uid.toString(
                                          QUuid::WithoutBraces))}));
}

void tst_TeamPostmortem::copiesFollowTheWinnerOldestFirst()
{
    const ConflictCopy later {
            QUuid::createUuid(), {1'700'000'060'000, 0}, u"carol"_s, u"Carol's"_s};
    const ConflictCopy earlier {QUuid::createUuid(), {1'700'000'000'000, 0}, u"bob"_s, u"Bob's"_s};
    const QString text
            = TeamPostmortemFields::withCopies(u"Alice's"_s, {later, earlier}).toString();
    QVERIFY2(text.startsWith(u"Alice's\n\nConflict copy: bob's version"_s), qPrintable(text));
    QVERIFY(text.indexOf(u"Bob's"_s) < text.indexOf(u"carol's version"_s));
    QVERIFY(text.endsWith(u"Carol's"_s));
    // In a list section a copy is one more line.
    const QJsonArray lines
            = TeamPostmortemFields::withCopies(QJsonArray {u"Ours"_s},
                                               {{QUuid::createUuid(),
                                                 {1, 0},
                                                 u"bob"_s,
                                                 QJsonArray {u"Theirs"_s, u"More"_s}}})
                      .toArray();
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(1).toString().endsWith(u"Theirs; More"_s));
}

// Issue 27, defect 1: a peer's affected_users or revenue outside the documented range (1e300
// would be undefined behaviour as a qint64) leaves the field as it was.
void tst_TeamPostmortem::incidentCountsOutOfRangeAreNotApplied()
{
    Incident incident;
    incident.affectedUsers = 42;
    incident.revenueImpactPerHour = 10;
    for (const double hostile : {1e300, -1.0, double(Incident::mostAffectedUsers) * 2,
                                 std::numeric_limits<double>::quiet_NaN()}) {
        TeamIncidentFields::apply(incident, {u"affected_users"_s, QJsonValue(hostile)});
        QCOMPARE(incident.affectedUsers, 42);
    }
    TeamIncidentFields::apply(incident, {u"revenue_impact_per_hour"_s, QJsonValue(-5.0)});
    QCOMPARE(incident.revenueImpactPerHour, 10.0);
    TeamIncidentFields::apply(incident, {u"affected_users"_s, QJsonValue(1e6)});
    QCOMPARE(incident.affectedUsers, 1'000'000);
}

QTEST_GUILESS_MAIN(tst_TeamPostmortem)
#include "tst_teampostmortem.moc"
