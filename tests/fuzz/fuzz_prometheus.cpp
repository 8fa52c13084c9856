// Prometheus's answers to /api/v1/query and /api/v1/query_range, and a detection rule's
// verdict on them: the part before the first NUL is the value query's answer, the rest the
// expected query's.
#include "domain/detectionrule.h"
#include "fuzzinput.h"
#include "sync/promqueryreply.h"

using namespace sitrep;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto [valueBody, expectedBody] = fuzz::split(fuzz::bytes(data, size));
    const auto values = PromQueryReply::parse(valueBody);
    const auto expected = PromQueryReply::parse(expectedBody);
    if (!values)
        return 0;
    DetectionRule rule;
    rule.name = QStringLiteral("fuzz");
    rule.query = QStringLiteral("up");
    rule.holdFor = std::chrono::minutes(1);
    const qint64 at = 1'700'000'060'000;
    (void)DetectionRules::evaluateReply(rule, values.value(), {}, at);
    if (expected) {
        rule.expected = QStringLiteral("up offset 1w");
        rule.thresholdRatio = 2;
        (void)DetectionRules::evaluateReply(rule, values.value(), expected.value(), at);
    }
    return 0;
}
