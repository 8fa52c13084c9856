// A detection rules file (rules.yaml): the rules, the verify checks and the monitoring window.
#include "fuzzinput.h"
#include "services/detectionrulesfile.h"

using namespace sitrep;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString name = QStringLiteral("rules.yaml");
    if (const auto text = fuzz::fileText(data, size, name)) {
        const auto rules = DetectionRulesFile::parse(*text, name);
        // What the detector asks Prometheus for each accepted rule.
        if (rules) {
            for (const DetectionRule &rule : rules.value().rules)
                (void)DetectionRules::windowQuery(rule, rule.query);
        }
    }
    return 0;
}
