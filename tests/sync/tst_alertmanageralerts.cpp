#include "sync/alertmanageralerts.h"

#include <QJsonDocument>
#include <QTest>

using namespace sitrep;
using namespace Qt::StringLiterals;

// Alertmanager's GET /api/v2/alerts as the alert sync reads it: the documented shape with its
// escapes and unknown members, JSON faults refused in the words QJsonDocument uses for them
// (the reader walks the bytes itself, see JsonCursor), and alerts of the wrong shape refused
// by number.
class tst_AlertmanagerAlerts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsTheDocumentedShape();
    void faultsAreNamedAsQJsonDocumentNamesThem_data();
    void faultsAreNamedAsQJsonDocumentNamesThem();
    void wrongShapesAreRefusedByNumber_data();
    void wrongShapesAreRefusedByNumber();
};

void tst_AlertmanagerAlerts::readsTheDocumentedShape()
{
    const QByteArray reply = R"([
 {"annotations": {"summary": "5xx above 5 %", "runbook": "line one\nline \"two\" \u00e9 \ud83d\udd25"},
  "endsAt": "2026-03-09T03:00:00.123456789+01:00", "fingerprint": "a1b2c3d4e5f60718",
  "receivers": [{"name": "sitrep", "extra": [1, -2.5e3, true, false, null, {"deep": [[]]}]}],
  "startsAt": "2026-03-09T02:00:00Z",
  "status": {"inhibitedBy": null, "silencedBy": [], "state": "active"},
  "updatedAt": "2026-03-09T02:00:10.5Z", "generatorURL": "http://prometheus:9090/graph",
  "labels": {"alertname": "HighErrorRate", "service": "checkout", "sev\u0065rity": "page"}},
 {"labels": {"alertname": "Watchdog"}, "annotations": {}, "startsAt": "2026-03-09T01:00:00Z",
  "fingerprint": "ffff000011112222", "receivers": [],
  "status": {"state": "suppressed", "silencedBy": ["5f0a", "77b1"], "inhibitedBy": ["9c"]},
  "stat\u0075s": {"state": "suppressed", "silencedBy": ["5f0a", "77b1"], "inhibitedBy": ["9c"]}}
])";
    const Result<QList<Alert>> alerts = AlertmanagerAlerts::parse(reply);
    QVERIFY2(alerts, qPrintable(alerts ? QString() : alerts.error()));
    QCOMPARE(alerts.value().size(), 2);
    const Alert &first = alerts.value().at(0);
    QCOMPARE(first.fingerprint, u"a1b2c3d4e5f60718"_s);
    QCOMPARE(first.labels,
             (Labels {{u"alertname"_s, u"HighErrorRate"_s},
                      {u"service"_s, u"checkout"_s},
                      {u"severity"_s, u"page"_s}}));
    QCOMPARE(first.annotations.value(u"runbook"_s), u"line one\nline \"two\" \u00e9 \U0001F525"_s);
    QCOMPARE(first.startsAt, QDateTime(QDate(2026, 3, 9), QTime(2, 0), Qt::UTC));
    QCOMPARE(first.endsAt, QDateTime(QDate(2026, 3, 9), QTime(2, 0, 0, 123), Qt::UTC));
    QCOMPARE(first.updatedAt, QDateTime(QDate(2026, 3, 9), QTime(2, 0, 10, 500), Qt::UTC));
    QCOMPARE(first.generatorUrl, u"http://prometheus:9090/graph"_s);
    QCOMPARE(first.state, Alert::State::Active);
    QVERIFY(first.silencedBy.isEmpty());
    QVERIFY(first.inhibitedBy.isEmpty());

    const Alert &second = alerts.value().at(1);
    QCOMPARE(second.state, Alert::State::Suppressed);
    QCOMPARE(second.silencedBy, (QStringList {u"5f0a"_s, u"77b1"_s}));
    QCOMPARE(second.inhibitedBy, QStringList {u"9c"_s});
    QVERIFY(!second.endsAt.isValid());
    QVERIFY(second.annotations.isEmpty());
}

void tst_AlertmanagerAlerts::faultsAreNamedAsQJsonDocumentNamesThem_data()
{
    QTest::addColumn<QByteArray>("reply");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("only white space") << QByteArray(" \n");
    QTest::newRow("array never closed") << QByteArray("[{}");
    QTest::newRow("object never closed") << QByteArray(R"([{"a": 1)");
    QTest::newRow("string never closed") << QByteArray(R"(["abc)");
    QTest::newRow("trailing comma in a list") << QByteArray("[1,]");
    QTest::newRow("trailing comma in an object") << QByteArray(R"([{"a": 1,}])");
    QTest::newRow("no colon") << QByteArray(R"([{"a" 1}])");
    QTest::newRow("a name that is not a string") << QByteArray("[{a: 1}]");
    QTest::newRow("no comma between items") << QByteArray("[1 2]");
    QTest::newRow("no comma between members") << QByteArray(R"({"a": 1 "b": 2})");
    QTest::newRow("garbage after the reply") << QByteArray("[] x");
    QTest::newRow("two replies") << QByteArray("[][]");
    QTest::newRow("a misspelt literal") << QByteArray("[nul]");
    QTest::newRow("a number without digits") << QByteArray("[-]");
    QTest::newRow("an exponent without digits") << QByteArray("[1e+]");
    QTest::newRow("a short \\u escape") << QByteArray(R"(["\u12"])");
    QTest::newRow("a \\u escape of no hex") << QByteArray(R"(["\u12g4"])");
    QTest::newRow("a stray continuation byte") << QByteArray("[\"a\x80\"]");
    QTest::newRow("an overlong slash") << QByteArray("[\"\xC0\xAF\"]");
    QTest::newRow("an encoded surrogate") << QByteArray("[\"\xED\xA0\x80\"]");
    QTest::newRow("beyond U+10FFFF") << QByteArray("[\"\xF4\x90\x80\x80\"]");
    QTest::newRow("a sequence cut short") << QByteArray("[\"\xE2\x82\"]");
    QTest::newRow("too deeply nested") << QByteArray(2000, '[') + QByteArray(2000, ']');
    QTest::newRow("deep inside an alert")
            << QByteArray(R"([{"labels": {}, "annotations": {}, "x": )") + QByteArray(1100, '[')
                    + QByteArray(1100, ']') + "}]";
}

void tst_AlertmanagerAlerts::faultsAreNamedAsQJsonDocumentNamesThem()
{
    QFETCH(QByteArray, reply);
    QJsonParseError expected;
    QJsonDocument::fromJson(reply, &expected);
    QVERIFY2(expected.error != QJsonParseError::NoError, "the row must hold a JSON fault");
    const Result<QList<Alert>> alerts = AlertmanagerAlerts::parse(reply);
    QVERIFY(!alerts);
    QVERIFY2(alerts.error().startsWith(u"the reply is not valid JSON (at byte "_s),
             qPrintable(alerts.error()));
    QVERIFY2(alerts.error().endsWith(u": "_s + expected.errorString() + u")."_s),
             qPrintable(alerts.error() + u" / Qt: "_s + expected.errorString()));
}

void tst_AlertmanagerAlerts::wrongShapesAreRefusedByNumber_data()
{
    QTest::addColumn<QByteArray>("reply");
    QTest::addColumn<QString>("refusal");
    const QByteArray good = R"({"fingerprint": "f1", "labels": {"a": "b"}, "annotations": {},
        "startsAt": "2026-03-09T01:00:00Z", "status": {"state": "active"}})";
    QTest::newRow("not a list") << QByteArray(R"({"alerts": []})")
                                << u"the reply is not a list of alerts."_s;
    QTest::newRow("an item that is not an object")
            << "[" + good + ", 42]" << u"alert 2: is not an object."_s;
    QTest::newRow("no fingerprint")
            << QByteArray(R"([{"fingerprint": 7, "labels": {}, "annotations": {}}])")
            << u"alert 1: has no fingerprint."_s;
    QTest::newRow("a label that is not a string")
            << QByteArray(R"([{"fingerprint": "f", "labels": {"a": 1}, "annotations": {}}])")
            << u"alert 1: labels must be an object of strings."_s;
    QTest::newRow("no annotations") << QByteArray(R"([{"fingerprint": "f", "labels": {}}])")
                                    << u"alert 1: annotations must be an object of strings."_s;
    QTest::newRow("a start that is not a time")
            << QByteArray(R"([{"fingerprint": "f", "labels": {}, "annotations": {},
                 "startsAt": "2026-13-09T01:00:00Z"}])")
            << u"alert 1: startsAt is not a time."_s;
    QTest::newRow("an unknown state")
            << QByteArray(R"([{"fingerprint": "f", "labels": {}, "annotations": {},
                 "startsAt": "2026-03-09T01:00:00Z", "status": {"state": "firing"}}])")
            << u"alert 1: status.state must be active, suppressed or unprocessed."_s;
    QTest::newRow("silences that are not a list")
            << QByteArray(R"([{"fingerprint": "f", "labels": {}, "annotations": {},
                 "startsAt": "2026-03-09T01:00:00Z",
                 "status": {"state": "active", "silencedBy": "s1"}}])")
            << u"alert 1: status.silencedBy and status.inhibitedBy must be lists."_s;
    // The first wrong alert is named, but a JSON fault anywhere comes first, as it did when
    // the whole reply was parsed before any alert was read.
    QTest::newRow("the first of two wrong alerts")
            << "[" + good + R"(, 1, {"fingerprint": ""}])" << u"alert 2: is not an object."_s;
    // RFC 8259 refuses these; QJsonDocument lets them pass.
    QTest::newRow("a fraction without digits")
            << QByteArray("[1.]") << u"the reply is not valid JSON (at byte 3: illegal number)"_s;
    QTest::newRow("an unknown escape")
            << QByteArray(R"(["a\x"])")
            << u"the reply is not valid JSON (at byte 3: invalid escape sequence)"_s;
    QTest::newRow("a JSON fault after a wrong alert")
            << QByteArray(R"([1, {"a": ]])") << u"the reply is not valid JSON (at byte "_s;
}

void tst_AlertmanagerAlerts::wrongShapesAreRefusedByNumber()
{
    QFETCH(QByteArray, reply);
    QFETCH(QString, refusal);
    const Result<QList<Alert>> alerts = AlertmanagerAlerts::parse(reply);
    QVERIFY(!alerts);
    QVERIFY2(alerts.error().startsWith(refusal), qPrintable(alerts.error()));
}

QTEST_GUILESS_MAIN(tst_AlertmanagerAlerts)
#include "tst_alertmanageralerts.moc"
