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
    void writtenOverrideNamesOnlyWhatDiffers();
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
    QTest::newRow("response under a minute")
            << QByteArray("{ \"levels\": [ { \"severity\": \"SEV-2\", \"response\": \"30s\" } ] }")
            << u"mine.json:1: response: \"30s\""_s;
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

// What the Settings form saves: a file naming only the changed levels and fields, "severity"
// first, that reads back as the edited policy over the same base.
void tst_SeverityPolicyParser::writtenOverrideNamesOnlyWhatDiffers()
{
    const SeverityPolicy base = shippedPolicy();
    QCOMPARE(SeverityPolicyParser::overrideText(base, base),
             QByteArray("{\n  \"levels\": []\n}\n"));

    SeverityPolicy edited = base;
    SeverityLevel high = edited.level(Severity::Sev2);
    high.updateCadence = 45min;
    edited.setLevel(high);
    SeverityLevel low = edited.level(Severity::Sev4);
    low.name = u"Minor \"cosmetic\""_s;
    low.criteria = {u"Typos"_s, u"Ünïcödé layout"_s};
    low.response = {ResponseTarget::Kind::Within, 480min};
    edited.setLevel(low);

    const QByteArray text = SeverityPolicyParser::overrideText(edited, base);
    QCOMPARE(QString::fromUtf8(text),
             QString::fromUtf8("{\n"
                               "  \"levels\": [\n"
                               "    {\n"
                               "      \"severity\": \"SEV-2\",\n"
                               "      \"update_every\": \"45m\"\n"
                               "    },\n"
                               "    {\n"
                               "      \"severity\": \"SEV-4\",\n"
                               "      \"name\": \"Minor \\\"cosmetic\\\"\",\n"
                               "      \"criteria\": [\n"
                               "        \"Typos\",\n"
                               "        \"Ünïcödé layout\"\n"
                               "      ],\n"
                               "      \"response\": \"8h\"\n"
                               "    }\n"
                               "  ]\n"
                               "}\n"));
    const auto parsed = SeverityPolicyParser::parseOverride(text, u"mine.json"_s, base);
    QVERIFY2(parsed, qPrintable(parsed.ok() ? QString() : parsed.error()));
    QCOMPARE(parsed.value(), edited);

    // Back to the shipped response: the field is left out again.
    low.response = base.level(Severity::Sev4).response;
    edited.setLevel(low);
    QVERIFY(!SeverityPolicyParser::overrideText(edited, base).contains("response"));
}

QTEST_GUILESS_MAIN(tst_SeverityPolicyParser)
#include "tst_severitypolicyparser.moc"
