#include "services/detectionrulesfile.h"

#include <QTest>

using namespace sitrep;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(sitrep::DetectionRule)

// The detection rules file and the rule arithmetic, data-driven.
class tst_DetectionRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void issueExampleLoadsAsWritten();
    void problemsNameLineAndField_data();
    void problemsNameLineAndField();
    void evaluate_data();
    void evaluate();
    void seedDefaults();
    void writtenFileReadsBackTheSame();
};

namespace {

const QByteArray example = R"(rules:
  - name: high-error-rate
    title: High Error Rate Detected
    severity: SEV-2
    services: [checkout]
    query: sum(rate(http_requests_total{service="checkout",code=~"5.."}[5m])) / sum(rate(http_requests_total{service="checkout"}[5m]))
    op: ">"
    threshold: 0.05
    for: 2m
  - name: traffic-drop
    title: Significant Traffic Drop
    severity: SEV-1
    services: [checkout]
    query: sum(rate(http_requests_total{service="checkout"}[5m])) * 60
    expected: sum(rate(http_requests_total{service="checkout"}[5m] offset 1w)) * 60
    op: "<"
    threshold_ratio: 0.5          # fires when query < 0.5 × expected
verify:                           # the resolution checks, same shape; all must hold
  - { name: error-rate-normal, query: "...", op: "<", threshold: 0.01 }
  - { name: p99-normal, query: "...", op: "<", threshold: 1.0 }
  - { name: traffic-normal, query: "...", expected: "...", op: ">", threshold_ratio: 0.9 }
monitoring_window: 15m
)";

DetectionRule fixed(Comparison comparison, double threshold)
{
    DetectionRule rule;
    rule.name = u"r"_s;
    rule.comparison = comparison;
    rule.threshold = threshold;
    return rule;
}

DetectionRule ratio(Comparison comparison, double share)
{
    DetectionRule rule = fixed(comparison, 0);
    rule.expected = u"expected"_s;
    rule.thresholdRatio = share;
    return rule;
}

} // namespace

void tst_DetectionRules::issueExampleLoadsAsWritten()
{
    const Result<DetectionRulesFile> parsed = DetectionRulesFile::parse(example, u"rules.yaml"_s);
    QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error()));
    const DetectionRulesFile &file = parsed.value();
    QCOMPARE(file.rules.size(), 2);
    const DetectionRule &errors = file.rules.at(0);
    QCOMPARE(errors.title, u"High Error Rate Detected"_s);
    QCOMPARE(errors.severity, Severity::Sev2);
    QCOMPARE(errors.services, QStringList {u"checkout"_s});
    QVERIFY(errors.query.contains(u"code=~\"5..\""_s));
    QCOMPARE(errors.comparison, Comparison::Above);
    QCOMPARE(errors.threshold, 0.05);
    QCOMPARE(errors.holdFor, std::chrono::seconds(120));
    const DetectionRule &traffic = file.rules.at(1);
    QVERIFY(traffic.expected.contains(u"offset 1w"_s));
    QCOMPARE(traffic.comparison, Comparison::Below);
    QCOMPARE(traffic.thresholdRatio, 0.5);
    QCOMPARE(file.verify.size(), 3);
    QCOMPARE(file.verify.at(1).threshold, 1.0);
    QCOMPARE(file.verify.at(2).thresholdRatio, 0.9);
    QCOMPARE(file.monitoringWindow, std::chrono::seconds(900));
    QVERIFY(file.verify.at(2).recheck);

    // The seed re-checks only error rate and p99 at the end of the window: recheck: false.
    const auto withRecheck = DetectionRulesFile::parse(
            "verify:\n  - {name: t, query: q, op: \">\", threshold: 1, recheck: false}\n",
            u"rules.yaml"_s);
    QVERIFY(withRecheck);
    QVERIFY(!withRecheck.value().verify.at(0).recheck);
    const auto missing = DetectionRulesFile::load(u"/nonexistent/rules.yaml"_s);
    QVERIFY(!missing);
    QVERIFY(missing.error().contains(u"/nonexistent/rules.yaml"_s));
}

void tst_DetectionRules::problemsNameLineAndField_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("problem");
    QTest::newRow("not YAML") << QByteArray("rules: [ {name: x\n")
                              << u"rules.yaml:2: not valid YAML"_s;
    QTest::newRow("unknown section")
            << QByteArray("alerts: []\n") << u"rules.yaml:1: alerts: unknown section"_s;
    QTest::newRow("unknown field") << QByteArray("rules:\n  - name: a\n    titel: X\n")
                                   << u"rules.yaml:3: titel: unknown field"_s;
    QTest::newRow("bad op") << QByteArray(
            "verify:\n  - {name: a, query: q, op: \">=\", threshold: 1}\n")
                            << u"op: must be \">\" or \"<\""_s;
    QTest::newRow("no threshold") << QByteArray("verify:\n  - {name: a, query: q, op: \">\"}\n")
                                  << u"threshold: a needs threshold"_s;
    QTest::newRow("ratio without expected")
            << QByteArray("verify:\n  - {name: a, query: q, op: \">\", threshold_ratio: 0.5}\n")
            << u"threshold_ratio needs an expected query"_s;
    QTest::newRow("threshold not a number")
            << QByteArray("verify:\n  - {name: a, query: q, op: \">\", threshold: lots}\n")
            << u"threshold: must be a number"_s;
    QTest::newRow("bad severity") << QByteArray(
            "rules:\n  - {name: a, title: A, severity: SEV-9, query: q, op: \">\", threshold: 1}\n")
                                  << u"severity: must be SEV-1"_s;
    QTest::newRow("bad for") << QByteArray("rules:\n  - {name: a, title: A, severity: SEV-2, "
                                           "query: q, op: \">\", threshold: 1, for: soon}\n")
                             << u"for: must be a duration"_s;
    QTest::newRow("no query") << QByteArray("verify:\n  - {name: a, op: \">\", threshold: 1}\n")
                              << u"query: a needs a query"_s;
    QTest::newRow("bad recheck") << QByteArray(
            "verify:\n  - {name: a, query: q, op: \">\", threshold: 1, recheck: "
            "sometimes}\n") << u"rules.yaml:2: recheck: must be true or false"_s;
    QTest::newRow("recheck on a rule")
            << QByteArray("rules:\n  - {name: a, title: A, severity: SEV-2, query: q, op: \">\", "
                          "threshold: 1, recheck: false}\n")
            << u"recheck: unknown field"_s;
    // Issue 27, defect 5: yaml-cpp's "bad conversion" and recursion limit, now in words.
    const QByteArray rule = "    severity: SEV-2\n    query: up\n    op: \">\"\n    threshold: 1\n";
    QTest::newRow("title a mapping") << "rules:\n  - name: r\n    title: {a: 1}\n" + rule
                                     << u"rules.yaml:3: title: must be text, not a mapping."_s;
    QTest::newRow("name a list") << "rules:\n  - name: [r]\n    title: t\n" + rule
                                 << u"rules.yaml:2: name: must be text, not a list."_s;
    QTest::newRow("services nested")
            << "rules:\n  - name: r\n    title: t\n    services: [[x]]\n" + rule
            << u"rules.yaml:4: services: every entry must be a service's name, not a list."_s;
    QTest::newRow("threshold infinite")
            << QByteArray("verify:\n  - {name: a, query: q, op: \">\", threshold: 1e999}\n")
            << u"rules.yaml:2: threshold: must be a number"_s;
    QTest::newRow("nested 1000 deep") << "rules: " + QByteArray("{a: ").repeated(1000)
                                      << u"rules.yaml:1: not valid YAML here: nested more than"_s;
    // Found by fuzz_detection_rules: yaml-cpp 0.7 alone never returns from these.
    QTest::newRow("stray comma") << QByteArray(", m")
                                 << u"rules.yaml:1: not valid YAML: a comma outside [ ] or { }."_s;
    QTest::newRow("comma after a document")
            << QByteArray("rules: []\n---\n- a\n,\n")
            << u"rules.yaml:4: not valid YAML: a comma outside [ ] or { }."_s;
}

void tst_DetectionRules::problemsNameLineAndField()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, problem);
    const Result<DetectionRulesFile> parsed = DetectionRulesFile::parse(yaml, u"rules.yaml"_s);
    QVERIFY(!parsed);
    QVERIFY2(parsed.error().contains(problem), qPrintable(parsed.error()));
}

void tst_DetectionRules::evaluate_data()
{
    QTest::addColumn<DetectionRule>("rule");
    QTest::addColumn<std::optional<double>>("value");
    QTest::addColumn<std::optional<double>>("expected");
    QTest::addColumn<bool>("fired");
    QTest::addColumn<QString>("problem");
    const std::optional<double> none;
    QTest::newRow("above fires") << fixed(Comparison::Above, 0.05) << std::optional(0.08) << none
                                 << true << QString();
    QTest::newRow("at the threshold is quiet")
            << fixed(Comparison::Above, 0.05) << std::optional(0.05) << none << false << QString();
    QTest::newRow("below fires") << fixed(Comparison::Below, 1.0) << std::optional(0.2) << none
                                 << true << QString();
    QTest::newRow("traffic drop fires") << ratio(Comparison::Below, 0.5) << std::optional(400.0)
                                        << std::optional(1000.0) << true << QString();
    QTest::newRow("traffic normal") << ratio(Comparison::Below, 0.5) << std::optional(900.0)
                                    << std::optional(1000.0) << false << QString();
    QTest::newRow("NaN") << fixed(Comparison::Above, 0.05) << std::optional(std::nan("")) << none
                         << false << u"returned NaN"_s;
    QTest::newRow("+Inf") << fixed(Comparison::Above, 5.0) << std::optional(HUGE_VAL) << none
                          << false << u"returned +Inf"_s;
    QTest::newRow("empty result") << fixed(Comparison::Above, 0.05) << none << none << false
                                  << u"returned no value"_s;
    QTest::newRow("no history") << ratio(Comparison::Below, 0.5) << std::optional(10.0) << none
                                << false << u"no history a week back"_s;
    QTest::newRow("expected zero") << ratio(Comparison::Below, 0.5) << std::optional(0.0)
                                   << std::optional(0.0) << false << u"expected value is zero"_s;
}

void tst_DetectionRules::evaluate()
{
    QFETCH(DetectionRule, rule);
    QFETCH(std::optional<double>, value);
    QFETCH(std::optional<double>, expected);
    QFETCH(bool, fired);
    QFETCH(QString, problem);
    const RuleOutcome outcome = DetectionRules::evaluate(rule, value, expected);
    QCOMPARE(outcome.fired, fired);
    if (problem.isEmpty())
        QCOMPARE(outcome.problem, QString());
    else
        QVERIFY2(outcome.problem.contains(problem), qPrintable(outcome.problem));
}

void tst_DetectionRules::seedDefaults()
{
    const QList<DetectionRule> rules = DetectionRules::seedDefaults(u"checkout"_s);
    QCOMPARE(rules.size(), 3);
    QCOMPARE(rules.at(0).threshold, 0.05);
    QCOMPARE(rules.at(0).severity, Severity::Sev2);
    QCOMPARE(rules.at(1).threshold, 5.0);
    QVERIFY(rules.at(1).query.startsWith(u"histogram_quantile(0.99"_s));
    QCOMPARE(rules.at(2).severity, Severity::Sev1);
    QCOMPARE(rules.at(2).thresholdRatio, 0.5);
    QVERIFY(rules.at(2).expected.contains(u"offset 1w"_s));
    QVERIFY(rules.at(2).query.contains(u"service=\"checkout\""_s));

    const QList<DetectionRule> checks = DetectionRules::seedVerifyChecks(u"checkout"_s);
    QCOMPARE(checks.size(), 3);
    QCOMPARE(checks.at(0).comparison, Comparison::Below);
    QCOMPARE(checks.at(0).threshold, 0.01);
    QCOMPARE(checks.at(1).threshold, 1.0);
    QCOMPARE(checks.at(2).comparison, Comparison::Above);
    QCOMPARE(checks.at(2).thresholdRatio, 0.9);
    QVERIFY(checks.at(0).recheck && checks.at(1).recheck && !checks.at(2).recheck);
    // Without a service the seed's rules cover all traffic.
    QVERIFY(!DetectionRules::seedDefaults().at(0).query.contains(u"service="_s));
    QCOMPARE(DetectionRulesFile::seedDefaults().monitoringWindow, std::chrono::seconds(900));
}

// The Settings window shows the seed's rules as a file to start from: written in the documented
// format, they read back as the same rules and checks (quotes, ratios, `for`, `recheck`).
void tst_DetectionRules::writtenFileReadsBackTheSame()
{
    DetectionRulesFile written;
    written.rules = DetectionRules::seedDefaults(u"check\"out"_s);
    written.verify = DetectionRules::seedVerifyChecks(u"checkout"_s);
    written.monitoringWindow = std::chrono::minutes(20);
    const Result<DetectionRulesFile> read
            = DetectionRulesFile::parse(written.toYaml(), u"detection.yaml"_s);
    QVERIFY2(read, qPrintable(read ? QString() : read.error()));
    const auto same = [](const DetectionRule &a, const DetectionRule &b) {
        return a.name == b.name && a.title == b.title && a.severity == b.severity
                && a.services == b.services && a.query == b.query && a.expected == b.expected
                && a.comparison == b.comparison && a.threshold == b.threshold
                && a.thresholdRatio == b.thresholdRatio && a.holdFor == b.holdFor
                && a.recheck == b.recheck;
    };
    QCOMPARE(read.value().rules.size(), written.rules.size());
    for (qsizetype i = 0; i < written.rules.size(); ++i)
        QVERIFY2(same(read.value().rules[i], written.rules[i]), qPrintable(written.rules[i].name));
    QCOMPARE(read.value().verify.size(), written.verify.size());
    for (qsizetype i = 0; i < written.verify.size(); ++i)
        QVERIFY2(same(read.value().verify[i], written.verify[i]),
                 qPrintable(written.verify[i].name));
    QCOMPARE(read.value().monitoringWindow, std::chrono::seconds(20 * 60));
    // Numbers as people write them.
    QVERIFY(written.toYaml().contains("threshold: 0.05\n"));
}

QTEST_GUILESS_MAIN(tst_DetectionRules)
#include "tst_detectionrules.moc"
