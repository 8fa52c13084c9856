#include "shippedpolicy.h"

#include <QTest>

using namespace sitrep;
using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

class tst_SeverityPolicyParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void overrideChangesOnlyWhatItNames();
    void badFiles_data();
    void badFiles();
    void defaultsMustBeComplete();
};

void tst_SeverityPolicyParser::overrideChangesOnlyWhatItNames()
{
    const QByteArray json = R"({
  "levels": [
    { "severity": "SEV-2", "update_every": "45m" },
    { "severity": "SEV-4", "response": "8h", "name": "Minor" }
  ]
})";
    const SeverityPolicy base = shippedPolicy();
    const auto parsed = SeverityPolicyParser::parseOverride(json, u"mine.json"_s, base);
    QVERIFY2(parsed, qPrintable(parsed.ok() ? QString() : parsed.error()));
    const SeverityPolicy &policy = parsed.value();
    QCOMPARE(policy.level(Severity::Sev2).updateCadence, 45min);
    QCOMPARE(policy.level(Severity::Sev2).name, base.level(Severity::Sev2).name);
    QCOMPARE(policy.level(Severity::Sev2).response, base.level(Severity::Sev2).response);
    QCOMPARE(policy.level(Severity::Sev4).name, u"Minor"_s);
    QCOMPARE(policy.level(Severity::Sev4).response.kind, ResponseTarget::Kind::Within);
    QCOMPARE(policy.level(Severity::Sev4).response.within, 480min);
    QCOMPARE(policy.level(Severity::Sev1), base.level(Severity::Sev1));
    QCOMPARE(policy.level(Severity::Sev3), base.level(Severity::Sev3));
}

void tst_SeverityPolicyParser::badFiles_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected"); // the start of the message: file:line: field

    QTest::newRow("syntax error") << QByteArray(
            "{\n  \"levels\": [\n    { \"severity\": \"SEV-1\" \n  ]\n}")
                                  << u"mine.json:4: "_s;
    QTest::newRow("not an object") << QByteArray("[1, 2]") << u"mine.json:1: "_s;
    QTest::newRow("levels not a list")
            << QByteArray("{\n\n  \"levels\": 3\n}") << u"mine.json:3: levels: "_s;
    QTest::newRow("unknown severity")
            << QByteArray("{\n  \"levels\": [\n    { \"severity\": \"SEV-1\" },\n    { "
                          "\"severity\": \"SEV-9\" }\n  ]\n}")
            << u"mine.json:4: severity: \"SEV-9\""_s;
    QTest::newRow("level twice") << QByteArray("{\n  \"levels\": [\n    { \"severity\": \"SEV-2\" "
                                               "},\n    { \"severity\": \"SEV-2\" }\n  ]\n}")
                                 << u"mine.json:4: severity: SEV-2 is given twice"_s;
    QTest::newRow("bad cadence") << QByteArray(
            "{\n  \"levels\": [\n    {\n      \"severity\": \"SEV-3\",\n      \"update_every\": "
            "\"45x\"\n    }\n  ]\n}")
                                 << u"mine.json:5: update_every: \"45x\""_s;
    QTest::newRow("cadence under a minute") << QByteArray(
            "{ \"levels\": [ { \"severity\": \"SEV-3\", \"update_every\": \"30s\" } ] }")
                                            << u"mine.json:1: update_every: "_s;
    QTest::newRow("bad response") << QByteArray(
            "{\n  \"levels\": [\n    { \"severity\": \"SEV-1\" },\n    {\n      \"severity\": "
            "\"SEV-2\",\n      \"response\": \"soon\"\n    }\n  ]\n}")
                                  << u"mine.json:6: response: \"soon\""_s;
    QTest::newRow("criteria not texts") << QByteArray(
            "{\n  \"levels\": [\n    { \"severity\": \"SEV-1\",\n      \"criteria\": [1] }\n  ]\n}")
                                        << u"mine.json:4: criteria: "_s;
    QTest::newRow("empty name") << QByteArray(
            "{\n  \"levels\": [\n    { \"severity\": \"SEV-1\",\n\n      \"name\": \" \" }\n  ]\n}")
                                << u"mine.json:5: name: "_s;
}

void tst_SeverityPolicyParser::badFiles()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    const auto parsed = SeverityPolicyParser::parseOverride(json, u"mine.json"_s, shippedPolicy());
    QVERIFY(!parsed);
    QVERIFY2(parsed.error().startsWith(expected), qPrintable(parsed.error()));
}

void tst_SeverityPolicyParser::defaultsMustBeComplete()
{
    const QByteArray json = R"({ "levels": [ { "severity": "SEV-1", "name": "Critical",
        "criteria": [], "response": "immediate", "update_every": "30m" } ] })";
    const auto parsed = SeverityPolicyParser::parseDefaults(json, u"defaults.json"_s);
    QVERIFY(!parsed);
    QVERIFY2(parsed.error().contains(u"SEV-2 is missing"_s), qPrintable(parsed.error()));

    const auto noCadence = SeverityPolicyParser::parseDefaults(
            R"({ "levels": [ { "severity": "SEV-1", "name": "Critical", "criteria": [],
                 "response": "immediate" } ] })",
            u"defaults.json"_s);
    QVERIFY(!noCadence);
    QVERIFY2(noCadence.error().contains(u"update_every"_s), qPrintable(noCadence.error()));
}

QTEST_GUILESS_MAIN(tst_SeverityPolicyParser)
#include "tst_severitypolicyparser.moc"
