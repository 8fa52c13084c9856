#include "ruleevaluation.h"

#include "sync/prometheusclient.h"

#include <memory>

namespace sitrep {

namespace {

// The answers of one evaluation round as they arrive.
struct Round
{
    QList<DetectionRule> rules;
    QDateTime at;
    QList<QList<PromSeries>> values;
    QList<QList<PromSeries>> expected;
    QList<QString> problems;
    int pending = 0;
    std::function<void(QList<RuleOutcome>)> done;

    void finish()
    {
        QList<RuleOutcome> outcomes;
        outcomes.reserve(rules.size());
        for (qsizetype i = 0; i < rules.size(); ++i) {
            if (!problems[i].isEmpty()) {
                RuleOutcome failed;
                failed.problem = problems[i];
                failed.answered = false;
                outcomes.append(failed);
            } else {
                outcomes.append(DetectionRules::evaluateReply(rules[i], values[i], expected[i],
                                                              at.toMSecsSinceEpoch()));
            }
        }
        done(std::move(outcomes));
    }
};

} // namespace

void evaluateRules(PrometheusClient &client, const Endpoint &endpoint, const QString &secret,
                   const QList<DetectionRule> &rules, const QDateTime &at,
                   std::function<void(QList<RuleOutcome>)> done)
{
    auto round = std::make_shared<Round>();
    round->rules = rules;
    round->at = at.isValid() ? at : QDateTime::currentDateTimeUtc();
    round->values.resize(rules.size());
    round->expected.resize(rules.size());
    round->problems.resize(rules.size());
    round->done = std::move(done);
    if (rules.isEmpty())
        return round->finish();
    for (const DetectionRule &rule : rules)
        round->pending += rule.expected.isEmpty() ? 1 : 2;
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const DetectionRule &rule = rules[i];
        const auto ask = [&, i](const QString &query, bool isExpected) {
            client.query(endpoint, secret, DetectionRules::windowQuery(rule, query), round->at,
                         [round, i, isExpected](Result<QList<PromSeries>> answer) {
                             if (!answer) {
                                 if (round->problems[i].isEmpty())
                                     round->problems[i] = QStringLiteral("%1: %2").arg(
                                             round->rules[i].name, answer.error());
                             } else {
                                 (isExpected ? round->expected : round->values)[i]
                                         = std::move(answer).value();
                             }
                             if (--round->pending == 0)
                                 round->finish();
                         });
        };
        ask(rule.query, false);
        if (!rule.expected.isEmpty())
            ask(rule.expected, true);
    }
}

} // namespace sitrep
