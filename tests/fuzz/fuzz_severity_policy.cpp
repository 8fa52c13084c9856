// The severity policy a person writes in ~/.config/sitrep/severity-levels.json, read as
// PolicyLoader reads it: as the whole policy, and as an override of the shipped one.
#include "domain/severitypolicyparser.h"
#include "fuzzinput.h"

#include <QFile>

using namespace sitrep;

static SeverityPolicy shippedPolicy()
{
    QFile file(QStringLiteral(SITREP_SOURCE_DIR "/resources/policy/severity-levels.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("The shipped severity policy is missing");
    return SeverityPolicyParser::parseDefaults(file.readAll(), QStringLiteral("shipped")).value();
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const SeverityPolicy shipped = shippedPolicy();
    const QString name = QStringLiteral("severity-levels.json");
    const auto text = fuzz::fileText(data, size, name);
    if (!text)
        return 0;
    (void)SeverityPolicyParser::parseDefaults(*text, name);
    (void)SeverityPolicyParser::parseOverride(*text, name, shipped);
    return 0;
}
